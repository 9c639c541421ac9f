#include "ui/plots/MetricsView.h"

#include "ui/style/NumberFormat.h"
#include "ui/style/Theme.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

// Reuses the cell's item: creating items each epoch would relayout the table every time.
QTableWidgetItem* cell(QTableWidget* table, int row, int column, const QString& text) {
  QTableWidgetItem* item = table->item(row, column);
  if (!item) {
    item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled);
    item->setTextAlignment(Qt::AlignCenter);
    table->setItem(row, column, item);
  }
  if (item->text() != text) item->setText(text);
  return item;
}

} // namespace

MetricsView::MetricsView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("metricsView"));
  m_confusionTitle = new QLabel(this);
  m_confusionTitle->setWordWrap(true); // the right-hand column is narrow on a projector
  m_confusion = new QTableWidget(this);
  m_confusion->setObjectName(QStringLiteral("confusionMatrix"));
  m_metrics = new QTableWidget(this);
  m_metrics->setObjectName(QStringLiteral("metricsTable"));
  for (QTableWidget* t : {m_confusion, m_metrics}) {
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  }
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(m_metrics, 1);
  layout->addWidget(m_confusionTitle);
  layout->addWidget(m_confusion, 2);
  // The diagonal is shaded in the class colours: shade again when the palette changes.
  connect(&Theme::instance(), &Theme::changed, this, [this] {
    if (m_snapshot) showSnapshot(m_snapshot);
  });
  retranslateUi();
}

void MetricsView::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(e);
}

void MetricsView::setClasses(const std::vector<std::string>& classNames, bool regression) {
  m_classes = classNames;
  m_regression = regression;
  clear();
}

void MetricsView::clear() {
  m_snapshot.reset();
  m_confusion->clearContents();
  m_metrics->clearContents();
  retranslateUi();
}

void MetricsView::retranslateUi() {
  m_confusionTitle->setText(tr("Confusion matrix (rows: true class, columns: predicted)"));
  m_confusionTitle->setVisible(!m_regression);
  m_confusion->setVisible(!m_regression);
  const int k = static_cast<int>(m_classes.size());
  m_confusion->setRowCount(k);
  m_confusion->setColumnCount(k);
  QStringList names;
  for (const std::string& c : m_classes) names << QString::fromStdString(c);
  m_confusion->setHorizontalHeaderLabels(names);
  m_confusion->setVerticalHeaderLabels(names);

  QStringList rows;
  if (m_regression)
    rows << tr("MAE") << tr("RMSE") << tr("R²");
  else
    rows << tr("Accuracy");
  m_metrics->setRowCount(static_cast<int>(rows.size()));
  m_metrics->setColumnCount(2);
  m_metrics->setHorizontalHeaderLabels({tr("Training"), tr("Validation / test")});
  m_metrics->setVerticalHeaderLabels(rows);
  if (m_snapshot) showSnapshot(m_snapshot);
}

void MetricsView::showSnapshot(const SnapshotPtr& s) {
  m_snapshot = s;
  if (!s) return;
  if (m_regression) {
    const auto& a = s->trainRegression;
    const auto& b = s->heldOutRegression;
    const double na = std::nan("");
    const double bv[3] = {s->hasHeldOut ? b.mae : na, s->hasHeldOut ? b.rmse : na, s->hasHeldOut ? b.r2 : na};
    const double av[3] = {a.mae, a.rmse, a.r2};
    for (int r = 0; r < 3 && r < m_metrics->rowCount(); ++r) {
      cell(m_metrics, r, 0, NumberFormat::number(av[r], 4));
      cell(m_metrics, r, 1, NumberFormat::number(bv[r], 4));
    }
    return;
  }
  const double na = std::nan("");
  cell(m_metrics, 0, 0, NumberFormat::percent(s->trainClassification.accuracy));
  cell(m_metrics, 0, 1, NumberFormat::percent(s->hasHeldOut ? s->heldOutClassification.accuracy : na));
  const Eigen::MatrixXi& m =
      s->hasHeldOut ? s->heldOutClassification.confusion : s->trainClassification.confusion;
  const int k = static_cast<int>(std::min<Eigen::Index>(m.rows(), m_confusion->rowCount()));
  const int total = std::max(1, m.sum());
  for (int r = 0; r < k; ++r)
    for (int c = 0; c < k; ++c) {
      QTableWidgetItem* item = cell(m_confusion, r, c, NumberFormat::integer(m(r, c)));
      // Shade by the share of all samples; the diagonal (correct) in the true class's colour, mistakes
      // in grey, which no colour vision confuses with a class and either kind of paper shows.
      QColor shade = r == c ? Theme::instance().classColor(r) : QColor(0x80, 0x80, 0x80);
      shade.setAlphaF(std::min(1.0, 0.15 + 2.0 * m(r, c) / total) * (m(r, c) > 0 ? 0.6 : 0.0));
      if (item->background().color() != shade) item->setBackground(shade);
    }
}
