#include "ui/plots/CurvesView.h"

#include "model/Project.h"
#include "training/TrainingController.h"
#include "ui/plots/LossPlot.h"
#include "ui/plots/MetricsView.h"

#include <QScrollArea>

CurvesView::CurvesView(Project* project, TrainingController* controller, QWidget* parent)
    : QSplitter(Qt::Vertical, parent), m_project(project) {
  setObjectName(QStringLiteral("lossSplitter"));
  m_loss = new LossPlot(this);
  // The metrics take the height their tables need; where the column is short (a projector's large
  // text) they scroll, and the curves keep the rest.
  auto* scroll = new QScrollArea(this);
  scroll->setObjectName(QStringLiteral("metricsScroll"));
  scroll->setWidgetResizable(true);
  scroll->setFrameShape(QFrame::NoFrame);
  scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  m_metrics = new MetricsView;
  scroll->setWidget(m_metrics);
  setChildrenCollapsible(false);
  setStretchFactor(0, 1);
  setStretchFactor(1, 0);
  connect(project, &Project::dataChanged, this, &CurvesView::showData);
  connect(project, &Project::loaded, this, [this] {
    showData();
    showHistory();
  });
  connect(project, &Project::trainingReplaced, this, &CurvesView::showHistory);
  connect(project, &Project::trainingAppended, this, [this](int first) {
    if (first < m_loss->recordCount())
      showHistory(); // the run replaced records it had drawn
    else
      m_loss->appendEpochs(m_project->history(), first);
  });
  connect(controller, &TrainingController::snapshotReady, m_metrics, &MetricsView::showSnapshot);
  connect(controller, &TrainingController::startFailed, m_metrics, &MetricsView::clear);
  showData();
  showHistory();
}

void CurvesView::showData() {
  const neurona::Dataset& raw = m_project->rawData();
  const bool regression = raw.task == neurona::TaskKind::Regression;
  m_loss->setRegression(regression);
  m_metrics->setClasses(raw.classNames, regression);
}

void CurvesView::showHistory() {
  m_loss->clear();
  m_loss->appendEpochs(m_project->history(), 0);
}
