#include "ui/plots/MetricsView.h"

#include "ui/style/NumberFormat.h"
#include "ui/style/Theme.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <numeric>

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

// `text` broken into lines between words so that each line fits `width` pixels where it can.
QString wrapped(const QFontMetrics& fm, const QString& text, int width) {
  QStringList lines;
  QString line;
  for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
    const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
    if (!line.isEmpty() && fm.horizontalAdvance(longer) > width) {
      lines << line;
      line = word;
    } else {
      line = longer;
    }
  }
  if (!line.isEmpty()) lines << line;
  return lines.join(QLatin1Char('\n'));
}

// As tall as the header and the rows, so no empty rows take room from the plots.
void fitHeight(QTableWidget* table) {
  int height = 2 * table->frameWidth() + table->horizontalHeader()->sizeHint().height();
  for (int r = 0; r < table->rowCount(); ++r)
    height += std::max(table->verticalHeader()->sectionSizeHint(r), table->rowHeight(r));
  table->setFixedHeight(height);
}

} // namespace

MetricsView::MetricsView(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("metricsView"));
  m_metricsTitle = new QLabel(this);
  m_metricsTitle->setWordWrap(true);
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
    t->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    t->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
  }
  m_metrics->installEventFilter(this); // the column titles follow the table's width
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(m_metricsTitle);
  layout->addWidget(m_metrics);
  layout->addWidget(m_confusionTitle);
  layout->addWidget(m_confusion);
  layout->addStretch(1);
  // The diagonal is shaded in the class colours: shade again when the palette changes.
  connect(&Theme::instance(), &Theme::changed, this, [this] {
    if (m_snapshot) showSnapshot(m_snapshot);
  });
  retranslateUi();
}

void MetricsView::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  if (e->type() == QEvent::FontChange) fitHeaders();
  QWidget::changeEvent(e);
}

bool MetricsView::eventFilter(QObject* watched, QEvent* e) {
  if (watched == m_metrics && e->type() == QEvent::Resize) fitHeaders();
  return QWidget::eventFilter(watched, e);
}

void MetricsView::fitHeaders() {
  // Each column as wide as its title where the table has room; where it has not, the columns keep
  // their longest word (and value) and share the rest, and the titles wrap between words.
  QHeaderView* header = m_metrics->horizontalHeader();
  const int columns = m_metrics->columnCount();
  if (m_columnTitles.size() != columns || columns == 0) return;
  const int margin = 2 * header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header) + 4;
  const QFontMetrics fm(header->font()), cells(m_metrics->font());
  // A pixel or two to spare: the last column stretches into them, and none scrolls sideways.
  const QHeaderView* rowNames = m_metrics->verticalHeader();
  const int room = m_metrics->width() - 2 * m_metrics->frameWidth() -
                   (rowNames->isHidden() ? 0 : rowNames->sizeHint().width()) - 2;
  QVector<int> need(columns), want(columns);
  for (int c = 0; c < columns; ++c) {
    int cell = 0;
    for (int r = 0; r < m_metrics->rowCount(); ++r)
      if (const QTableWidgetItem* item = m_metrics->item(r, c))
        cell = std::max(cell, cells.horizontalAdvance(item->text()));
    int word = 0;
    for (const QString& w : m_columnTitles[c].split(QLatin1Char(' '), Qt::SkipEmptyParts))
      word = std::max(word, fm.horizontalAdvance(w));
    need[c] = std::max(word, cell) + margin;
    want[c] = std::max(fm.horizontalAdvance(m_columnTitles[c]), cell) + margin;
  }
  const int wantAll = std::accumulate(want.begin(), want.end(), 0);
  const int needAll = std::accumulate(need.begin(), need.end(), 0);
  QVector<int> widths(columns);
  for (int c = 0; c < columns; ++c) {
    if (wantAll <= room)
      widths[c] = want[c] * room / std::max(1, wantAll);
    else if (needAll < room && wantAll > needAll)
      widths[c] = need[c] + (room - needAll) * (want[c] - need[c]) / (wantAll - needAll);
    else
      widths[c] = need[c];
  }
  header->setSectionResizeMode(QHeaderView::Fixed);
  header->setStretchLastSection(true);
  for (int c = 0; c < columns; ++c) {
    header->resizeSection(c, widths[c]);
    const QString title = wrapped(fm, m_columnTitles[c], widths[c] - margin);
    QTableWidgetItem* item = m_metrics->horizontalHeaderItem(c);
    if (!item) {
      item = new QTableWidgetItem;
      m_metrics->setHorizontalHeaderItem(c, item);
    }
    if (item->text() != title) item->setText(title);
  }
  fitHeight(m_metrics);
  fitHeight(m_confusion);
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
  m_columnTitles = {tr("Training"), tr("Validation / test")};
  m_metrics->setVerticalHeaderLabels(rows);
  // One metric (accuracy) is named above the table, so its two columns get the whole width of a narrow
  // column; the regression metrics' short names (MAE, RMSE, R²) stay beside their rows.
  m_metricsTitle->setText(m_regression ? QString() : rows.front());
  m_metricsTitle->setVisible(!m_regression);
  m_metrics->verticalHeader()->setVisible(m_regression);
  fitHeaders();
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
