#include "ui/experiments/SweepGrid.h"

#include "training/SweepController.h"
#include "ui/experiments/RunStatusText.h"

#include "neurona/core/sweep/SettingKeys.h"
#include "neurona/core/train/Trainer.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QToolButton>

#include <cmath>

namespace {

// The metric in the corner: validation accuracy when there is one, else training accuracy, else the loss.
QString cornerMetric(const neurona::EpochRecord& r) {
  if (std::isfinite(r.valAccuracy)) return SweepGrid::tr("val. %1%").arg(100.0 * r.valAccuracy, 0, 'f', 1);
  if (std::isfinite(r.accuracy)) return QStringLiteral("%1%").arg(100.0 * r.accuracy, 0, 'f', 1);
  if (std::isfinite(r.valLoss)) return SweepGrid::tr("val. loss %1").arg(r.valLoss, 0, 'g', 3);
  if (std::isfinite(r.loss)) return SweepGrid::tr("loss %1").arg(r.loss, 0, 'g', 3);
  return QStringLiteral("—");
}

QString shownValue(const std::string& v) { return QString::fromStdString(neurona::SettingKeys::display(v)); }

// The metric the spread over seeds is taken of: the corner's, as a number (NaN when the run has none).
double spreadMetric(const neurona::EpochRecord& r, bool& percent) {
  for (double v : {r.valAccuracy, r.accuracy}) {
    percent = true;
    if (std::isfinite(v)) return v;
  }
  percent = false;
  return std::isfinite(r.valLoss) ? r.valLoss : r.loss;
}

} // namespace

SweepGrid::SweepGrid(SweepController* sweeps, std::function<QPixmap(int)> thumbnail, QWidget* parent)
    : QWidget(parent), m_sweeps(sweeps), m_thumbnail(std::move(thumbnail)), m_layout(new QGridLayout(this)) {
  setObjectName(QStringLiteral("sweepGrid"));
  m_layout->setSpacing(6);
}

QToolButton* SweepGrid::cell(int run) const {
  return run >= 0 && run < static_cast<int>(m_cells.size()) ? m_cells[static_cast<std::size_t>(run)]
                                                            : nullptr;
}

void SweepGrid::rebuild() {
  while (QLayoutItem* item = m_layout->takeAt(0)) {
    delete item->widget();
    delete item;
  }
  m_cells.clear();
  m_spreads.clear();
  const auto& settings = m_sweeps->settings();
  if (settings.empty()) return;
  const auto rows = static_cast<int>(settings[0].values.size());
  const int columns = settings.size() > 1 ? static_cast<int>(settings[1].values.size()) : 1;
  // Headers: the first setting's values down the left, the second's along the top.
  const auto header = [this](const QString& text) {
    auto* l = new QLabel(text, this);
    l->setAlignment(Qt::AlignCenter);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
  };
  m_layout->addWidget(header(QString::fromStdString(neurona::SettingKeys::brief(settings[0].key))), 0, 0);
  for (int c = 0; settings.size() > 1 && c < columns; ++c)
    m_layout->addWidget(
        header(SweepController::describe({settings[1]}, {settings[1].values[static_cast<std::size_t>(c)]})),
        0, c + 1);
  for (int r = 0; r < rows; ++r) {
    m_layout->addWidget(header(shownValue(settings[0].values[static_cast<std::size_t>(r)])), r + 1, 0);
    for (int c = 0; c < columns; ++c) {
      auto* b = new QToolButton(this);
      const int run = r * columns + c;
      b->setObjectName(QStringLiteral("sweepCell%1").arg(run + 1));
      b->setToolButtonStyle(Qt::ToolButtonTextUnderIcon);
      b->setIconSize(QSize(96, 96));
      b->setText(tr("waiting"));
      b->setAutoRaise(false);
      connect(b, &QToolButton::clicked, this, [this, run] { emit runClicked(run); });
      m_layout->addWidget(b, r + 1, c + 1);
      m_cells.push_back(b);
    }
  }
  // With the seed as one of the settings, each line of cells along it shows how much the result depends on
  // the seed alone: the mean and the range of the metric over the seeds.
  m_seedSetting = -1;
  for (std::size_t i = 0; i < settings.size(); ++i)
    if (settings[i].key == "training.seed") m_seedSetting = static_cast<int>(i);
  if (m_seedSetting == 0) { // seeds down the rows: one spread under each column
    for (int c = 0; c < columns; ++c) {
      auto* l = new QLabel(this);
      l->setObjectName(QStringLiteral("seedSpread%1").arg(c + 1));
      l->setWordWrap(true);
      l->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
      m_layout->addWidget(l, rows + 1, c + 1);
      m_spreads.push_back(l);
    }
  } else if (m_seedSetting == 1) { // seeds along the columns: one spread after each row
    for (int r = 0; r < rows; ++r) {
      auto* l = new QLabel(this);
      l->setObjectName(QStringLiteral("seedSpread%1").arg(r + 1));
      l->setWordWrap(true);
      m_layout->addWidget(l, r + 1, columns + 1);
      m_spreads.push_back(l);
    }
  }
  // The cells keep their size, packed at the top left; the space left over goes past the last row and
  // column.
  for (int c = 0; c <= columns + 2; ++c) m_layout->setColumnStretch(c, c == columns + 2 ? 1 : 0);
  for (int r = 0; r <= rows + 2; ++r) m_layout->setRowStretch(r, r == rows + 2 ? 1 : 0);
  for (int run = 0; run < static_cast<int>(m_cells.size()); ++run) updateCell(run);
}

void SweepGrid::updateCell(int run) {
  QToolButton* b = cell(run);
  if (!b || run >= static_cast<int>(m_sweeps->outcomes().size())) return;
  const auto& outcome = m_sweeps->outcomes()[static_cast<std::size_t>(run)];
  const QString values =
      SweepController::describe(m_sweeps->settings(), outcome ? outcome->values : std::vector<std::string>{});
  if (!outcome) {
    b->setAccessibleName(tr("Run %1: waiting").arg(run + 1));
    return;
  }
  const QColor frame = RunStatusText::color(outcome->status);
  b->setIcon(QIcon(m_thumbnail(run)));
  b->setText(cornerMetric(outcome->final));
  b->setStyleSheet(QStringLiteral("QToolButton { border: 3px solid %1; border-radius: 4px; padding: 2px; }")
                       .arg(frame.name()));
  const QString status = RunStatusText::text(outcome->status);
  b->setToolTip(tr("%1\n%2 after %n epoch(s)", nullptr, outcome->epochs).arg(values, status));
  b->setAccessibleName(
      tr("Run %1: %2, %3, %4").arg(run + 1).arg(values, status, cornerMetric(outcome->final)));
  updateSpreads();
}

void SweepGrid::updateSpreads() {
  if (m_spreads.empty()) return;
  const auto& settings = m_sweeps->settings();
  const int columns = settings.size() > 1 ? static_cast<int>(settings[1].values.size()) : 1;
  const int rows = static_cast<int>(settings[0].values.size());
  for (int line = 0; line < static_cast<int>(m_spreads.size()); ++line) {
    // The runs of this line: down column `line` when the seeds are the rows, along row `line` otherwise.
    const int count = m_seedSetting == 0 ? rows : columns;
    double sum = 0.0, low = INFINITY, high = -INFINITY;
    int n = 0;
    bool percent = false;
    for (int k = 0; k < count; ++k) {
      const int run = m_seedSetting == 0 ? k * columns + line : line * columns + k;
      const auto& o = m_sweeps->outcomes()[static_cast<std::size_t>(run)];
      if (!o || !o->started) continue;
      const double v = spreadMetric(o->final, percent);
      if (!std::isfinite(v)) continue;
      sum += v;
      low = std::min(low, v);
      high = std::max(high, v);
      ++n;
    }
    const auto text = [percent](double v) {
      return percent ? QStringLiteral("%1%").arg(100.0 * v, 0, 'f', 1) : QString::number(v, 'g', 3);
    };
    m_spreads[static_cast<std::size_t>(line)]->setText(
        n == 0
            ? QString()
            : tr("%n seed(s): mean %1, from %2 to %3", nullptr, n).arg(text(sum / n), text(low), text(high)));
  }
}

void SweepGrid::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) rebuild();
  QWidget::changeEvent(event);
}
