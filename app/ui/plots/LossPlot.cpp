#include "ui/plots/LossPlot.h"

#include "ui/concepts/ControlHelp.h"
#include "ui/plots/PlotSaveMenu.h"
#include "ui/plots/PlotStyle.h"
#include "ui/style/NumberFormat.h"
#include "ui/style/Theme.h"

#include <QCheckBox>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {

QCPGraph* addCurve(QCustomPlot* plot) {
  QCPGraph* g = plot->addGraph();
  g->setAdaptiveSampling(true);
  return g;
}

void addPoint(QCPGraph* g, double x, double y) {
  if (std::isfinite(y)) g->addData(x, y);
}

} // namespace

LossPlot::LossPlot(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("lossPlot"));
  m_loss = new QCustomPlot(this);
  m_loss->setObjectName(QStringLiteral("lossCurves"));
  m_metric = new QCustomPlot(this);
  m_metric->setObjectName(QStringLiteral("metricCurves"));
  m_trainLoss = addCurve(m_loss);
  m_valLoss = addCurve(m_loss);
  m_trainMetric = addCurve(m_metric);
  m_valMetric = addCurve(m_metric);
  for (QCustomPlot* p : {m_loss, m_metric}) {
    p->legend->setVisible(true);
    // A short line sample is enough for two curves (solid and dashed), and leaves room for the curves'
    // names in a narrow dock ("entrenamiento" is long).
    p->legend->setIconSize(12, 10);
    p->legend->setIconTextPadding(4);
    p->legend->setMargins(QMargins(3, 2, 3, 2));
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    p->setMinimumSize(140, 120); // two side by side fit the narrow right-hand column
    PlotSaveMenu::install(p);
    p->installEventFilter(this);
    p->setMouseTracking(true);
  }
  m_metric->yAxis->setRange(0.0, 1.0);
  m_metric->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom | Qt::AlignRight);
  m_tracer = new QCPItemTracer(m_loss);
  m_tracer->setGraph(m_trainLoss);
  m_tracer->setStyle(QCPItemTracer::tsCircle);
  m_tracer->setSize(8);
  m_tracer->setVisible(false);

  m_log = new QCheckBox(this);
  m_log->setObjectName(QStringLiteral("logScale"));
  connect(m_log, &QCheckBox::toggled, this, &LossPlot::setLogScale);
  m_hover = new QLabel(this);
  m_hover->setObjectName(QStringLiteral("hoverValues"));

  auto* plots = new QHBoxLayout;
  // Equal halves: a narrower metric plot would have no room for its legend in a narrow dock.
  plots->addWidget(m_loss, 1);
  plots->addWidget(m_metric, 1);
  auto* bar = new QHBoxLayout;
  bar->addWidget(m_log);
  bar->addWidget(m_hover, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addLayout(plots, 1);
  layout->addLayout(bar);
  connect(&Theme::instance(), &Theme::changed, this, &LossPlot::restyle);
  connect(&Theme::instance(), &Theme::scaleChanged, this, &LossPlot::restyle);
  restyle();
  retranslateUi();
  ControlHelp::attach(m_log, QStringLiteral("concept/loss-curves")); // after its own tooltip
}

void LossPlot::restyle() {
  const Theme& theme = Theme::instance();
  // Training solid, validation dashed: the two curves differ without colour too (greyscale print,
  // colour blindness, a washed-out projector).
  const auto pen = [&](int k, Qt::PenStyle style) {
    QPen p(theme.classColor(k), theme.lineWidth(), style);
    p.setCapStyle(Qt::FlatCap);
    return p;
  };
  m_trainLoss->setPen(pen(0, Qt::SolidLine));
  m_trainMetric->setPen(pen(0, Qt::SolidLine));
  m_valLoss->setPen(pen(1, Qt::DashLine));
  m_valMetric->setPen(pen(1, Qt::DashLine));
  m_tracer->setPen(QPen(theme.foreground(), theme.highContrast() ? 2.0 : 1.0));
  m_tracer->setBrush(Qt::NoBrush);
  for (QCustomPlot* p : {m_loss, m_metric}) {
    PlotStyle::apply(p);
    p->replot(QCustomPlot::rpQueuedReplot);
  }
}

void LossPlot::retranslateUi() {
  m_log->setText(tr("Log scale"));
  m_log->setToolTip(
      tr("Show the loss on a logarithmic scale, where each step down the axis is 10 times smaller, "
         "so the small improvements of the late epochs stay visible."));
  // The axis names the quantity, so the legends stay short enough for a narrow dock.
  m_trainLoss->setName(tr("training"));
  m_valLoss->setName(tr("validation"));
  m_trainMetric->setName(tr("training"));
  m_valMetric->setName(tr("validation"));
  m_loss->xAxis->setLabel(tr("epoch"));
  m_loss->yAxis->setLabel(tr("loss"));
  m_metric->xAxis->setLabel(tr("epoch"));
  m_metric->yAxis->setLabel(m_regression ? tr("R²") : tr("accuracy"));
  m_loss->replot(QCustomPlot::rpQueuedReplot);
  m_metric->replot(QCustomPlot::rpQueuedReplot);
}

void LossPlot::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) {
    restyle(); // tick numbers in the new language's locale
    retranslateUi();
    m_hover->clear(); // written in the old language; the next hover writes it anew
  } else if (e->type() == QEvent::FontChange) {
    restyle();
  }
  QWidget::changeEvent(e);
}

void LossPlot::setRegression(bool regression) {
  if (regression == m_regression) return;
  m_regression = regression;
  retranslateUi();
}

void LossPlot::clear() {
  m_records.clear();
  for (QCPGraph* g : {m_trainLoss, m_valLoss, m_trainMetric, m_valMetric}) g->data()->clear();
  m_tracer->setVisible(false);
  m_hover->clear();
  rescale();
}

void LossPlot::appendEpochs(const std::vector<neurona::EpochRecord>& history, int first) {
  for (std::size_t i = static_cast<std::size_t>(std::max(0, first)); i < history.size(); ++i) {
    const neurona::EpochRecord& r = history[i];
    m_records.push_back(r);
    const double x = r.epoch;
    addPoint(m_trainLoss, x, r.loss);
    addPoint(m_valLoss, x, r.valLoss);
    addPoint(m_trainMetric, x, m_regression ? r.r2 : r.accuracy);
    addPoint(m_valMetric, x, m_regression ? r.valR2 : r.valAccuracy);
  }
  // New epochs arrive once per published frame of the run: the curves are drawn then, queued with
  // every other view's repaint.
  rescale();
}

void LossPlot::rescale() {
  const double last = m_records.empty() ? 1.0 : std::max(1, m_records.back().epoch);
  m_loss->xAxis->setRange(0.0, last);
  m_metric->xAxis->setRange(0.0, last);
  bool found = false;
  QCPRange lossRange = m_trainLoss->data()->valueRange(found, QCP::sdBoth);
  bool foundVal = false;
  const QCPRange valRange = m_valLoss->data()->valueRange(foundVal, QCP::sdBoth);
  if (foundVal)
    lossRange =
        found ? QCPRange(std::min(lossRange.lower, valRange.lower), std::max(lossRange.upper, valRange.upper))
              : valRange;
  if (found || foundVal) {
    if (logScale()) {
      bool positive = false;
      QCPRange pos = m_trainLoss->data()->valueRange(positive, QCP::sdPositive);
      m_loss->yAxis->setRange(positive ? pos.lower * 0.8 : 1e-4, std::max(lossRange.upper * 1.2, 1e-3));
    } else {
      m_loss->yAxis->setRange(0.0, std::max(lossRange.upper * 1.05, 1e-9));
    }
  }
  if (m_regression) {
    bool f = false;
    const QCPRange r = m_trainMetric->data()->valueRange(f);
    m_metric->yAxis->setRange(f ? std::min(0.0, r.lower) : 0.0, 1.0);
  } else {
    m_metric->yAxis->setRange(0.0, 1.0);
  }
  m_loss->replot(QCustomPlot::rpQueuedReplot);
  m_metric->replot(QCustomPlot::rpQueuedReplot);
}

void LossPlot::setLogScale(bool on) {
  if (m_log->isChecked() != on) m_log->setChecked(on);
  m_loss->yAxis->setScaleType(on ? QCPAxis::stLogarithmic : QCPAxis::stLinear);
  if (on)
    m_loss->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  else
    m_loss->yAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
  rescale();
}

bool LossPlot::logScale() const { return m_log->isChecked(); }

QString LossPlot::hoverText(double epoch) const {
  if (m_records.empty()) return {};
  const int target = static_cast<int>(std::lround(epoch));
  auto it = std::lower_bound(m_records.begin(), m_records.end(), target,
                             [](const neurona::EpochRecord& r, int e) { return r.epoch < e; });
  if (it == m_records.end()) it = std::prev(it);
  const neurona::EpochRecord& r = *it;
  using NumberFormat::fixed;
  QString text = tr("epoch %1: loss %2").arg(NumberFormat::integer(r.epoch), NumberFormat::number(r.loss, 4));
  if (std::isfinite(r.valLoss)) text += tr(", validation loss %1").arg(NumberFormat::number(r.valLoss, 4));
  const double m = m_regression ? r.r2 : r.accuracy, vm = m_regression ? r.valR2 : r.valAccuracy;
  if (std::isfinite(m))
    text += m_regression ? tr(", R² %1").arg(fixed(m, 3)) : tr(", accuracy %1%").arg(fixed(100.0 * m, 1));
  if (std::isfinite(vm))
    text += m_regression ? tr(", validation R² %1").arg(fixed(vm, 3))
                         : tr(", validation accuracy %1%").arg(fixed(100.0 * vm, 1));
  return text;
}

bool LossPlot::eventFilter(QObject* watched, QEvent* e) {
  if (watched != m_loss && watched != m_metric) return QWidget::eventFilter(watched, e);
  auto* plot = static_cast<QCustomPlot*>(watched);
  switch (e->type()) {
  case QEvent::Resize: {
    // One epoch label per twice the width of "00000": "40000" and its neighbours stay apart in a narrow
    // dock and in presentation mode's large fonts, and a wide plot still gets a fine scale.
    const int labelRoom = std::max(
        40, 2 * QFontMetrics(plot->xAxis->tickLabelFont()).horizontalAdvance(QStringLiteral("00000")));
    const int width = static_cast<QResizeEvent*>(e)->size().width();
    plot->xAxis->ticker()->setTickCount(std::clamp(width / labelRoom, 2, 8));
    break;
  }
  case QEvent::MouseMove: {
    const double epoch = plot->xAxis->pixelToCoord(static_cast<QMouseEvent*>(e)->position().x());
    const QString text = hoverText(epoch);
    m_hover->setText(text);
    plot->setToolTip(text);
    if (!text.isEmpty()) {
      m_tracer->setGraphKey(std::clamp(std::round(epoch), 1.0, static_cast<double>(m_records.back().epoch)));
      m_tracer->setVisible(true);
      m_loss->replot(QCustomPlot::rpQueuedReplot);
    }
    break;
  }
  case QEvent::Leave:
    m_tracer->setVisible(false);
    m_loss->replot(QCustomPlot::rpQueuedReplot);
    break;
  default: break;
  }
  return QWidget::eventFilter(watched, e);
}
