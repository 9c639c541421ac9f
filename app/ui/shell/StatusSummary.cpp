#include "ui/shell/StatusSummary.h"

#include "model/Project.h"
#include "training/TrainingController.h"
#include "ui/style/NumberFormat.h"

#include <QEvent>

#include <cmath>

StatusSummary::StatusSummary(Project* project, TrainingController* controller, QWidget* parent)
    : QLabel(parent), m_project(project) {
  setObjectName(QStringLiteral("trainingSummary"));
  connect(controller, &TrainingController::snapshotReady, this, &StatusSummary::showSnapshot);
  // A new run (another project, an undo, a reset) shows nothing until its first picture.
  connect(controller, &TrainingController::runPrepared, this, [this] { showSnapshot(nullptr); });
  connect(controller, &TrainingController::startFailed, this, [this] { showSnapshot(nullptr); });
}

void StatusSummary::showSnapshot(const SnapshotPtr& s) {
  m_snapshot = s;
  refresh();
}

void StatusSummary::refresh() {
  const SnapshotPtr& s = m_snapshot;
  if (!s) {
    clear();
    return;
  }
  QStringList parts;
  parts << tr("epoch %1").arg(NumberFormat::integer(s->epoch));
  if (std::isfinite(s->last.loss)) parts << tr("train loss %1").arg(NumberFormat::number(s->last.loss, 3));
  if (std::isfinite(s->last.valLoss))
    parts << tr("val loss %1").arg(NumberFormat::number(s->last.valLoss, 3));
  if (m_project->rawData().task == neurona::TaskKind::Regression) {
    const double r2 = s->hasHeldOut ? s->heldOutRegression.r2 : s->trainRegression.r2;
    parts << tr("R² %1").arg(NumberFormat::fixed(r2, 3));
  } else {
    const double acc = s->hasHeldOut ? s->heldOutClassification.accuracy : s->trainClassification.accuracy;
    parts << tr("accuracy %1").arg(NumberFormat::percent(acc, 1));
  }
  setText(parts.join(QStringLiteral(" · ")));
}

void StatusSummary::changeEvent(QEvent* e) {
  // The numbers in the new language, without waiting for the next epoch.
  if (e->type() == QEvent::LanguageChange) refresh();
  QLabel::changeEvent(e);
}
