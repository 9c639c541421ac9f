#include "ui/plots/LossPlot.h"

#include "ui/concepts/ControlHelp.h"
#include "ui/forms/FlowLayout.h"
#include "ui/plots/PlotSaveMenu.h"
#include "ui/plots/PlotStyle.h"
#include "ui/style/NumberFormat.h"
#include "ui/style/Theme.h"

#include <QBoxLayout>
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
    // The one legend is the label under the plots; QCustomPlot's own, inside the axes, would cover the
    // curves of a narrow plot. It keeps its place (top right) for a picture saved with its menu.
    p->legend->setVisible(false);
    p->legend->setIconSize(12, 10);
    p->legend->setIconTextPadding(4);
    p->legend->setMargins(QMargins(3, 2, 3, 2));
    p->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
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
  m_hover->setWordWrap(true);
  m_hover->setTextFormat(Qt::RichText);

  m_plots = new QBoxLayout(QBoxLayout::LeftToRight);
  // Equal halves: a narrower metric plot would have no room for its axis in a narrow dock.
  m_plots->addWidget(m_loss, 1);
  m_plots->addWidget(m_metric, 1);
  // The check box and the legend share a row where they fit, else the legend goes under the box.
  auto* bar = new FlowLayout;
  bar->addWidget(m_log);
  bar->addWidget(m_hover);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addLayout(m_plots, 1);
  layout->addLayout(bar);
  connect(&Theme::instance(), &Theme::changed, this, &LossPlot::restyle);
  connect(&Theme::instance(), &Theme::scaleChanged, this, &LossPlot::restyle);
  restyle();
  retranslateUi();
  arrange();
  ControlHelp::attach(m_log, QStringLiteral("concept/loss-curves")); // after its own tooltip
}

bool LossPlot::sideBySide() const { return m_plots->direction() == QBoxLayout::LeftToRight; }

void LossPlot::arrange() {
  // Side by side where each plot keeps, beside its y axis's numbers and name, at least four lines of
  // text across for its curve and the epochs under it (the column's height is the scarcer), else one
  // above the other. Never shorter than its axis labels and a few lines of curve.
  const QFontMetrics fm(font());
  const int line = fm.height();
  const int least = fm.horizontalAdvance(QStringLiteral("0.75")) + 2 * line + 4 * line;
  m_plots->setDirection(width() >= 2 * least + m_plots->spacing() ? QBoxLayout::LeftToRight
                                                                  : QBoxLayout::TopToBottom);
  for (QCustomPlot* p : {m_loss, m_metric}) p->setMinimumSize(5 * line, 6 * line);
}

void LossPlot::resizeEvent(QResizeEvent* e) {
  QWidget::resizeEvent(e);
  arrange();
}

void LossPlot::showLegend() {
  // The two curves' names after a sample of each line, in their colours: solid for training, dashed
  // for validation. Non-breaking spaces keep a sample with its name when the label wraps.
  const Theme& theme = Theme::instance();
  const auto entry = [](const QColor& colour, const QString& sample, const QString& name) {
    return QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>&nbsp;%3")
        .arg(colour.name(), sample, name.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
  };
  m_hover->setText(entry(theme.classColor(0), QStringLiteral("━━"), tr("training")) +
                   QStringLiteral(" &nbsp; ") +
                   entry(theme.classColor(1), QStringLiteral("╍╍"), tr("validation")));
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
  if (m_hover && m_tracer && !m_tracer->visible()) showLegend(); // the legend's colours
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
  if (!m_tracer->visible()) showLegend();
  m_loss->replot(QCustomPlot::rpQueuedReplot);
  m_metric->replot(QCustomPlot::rpQueuedReplot);
}

void LossPlot::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) {
    restyle(); // tick numbers in the new language's locale
    retranslateUi();
    showLegend(); // the hover's values were written in the old language; the next hover writes them anew
  } else if (e->type() == QEvent::FontChange) {
    restyle();
    arrange();
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
  showLegend();
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
  case QEvent::MouseMove: {
    const double epoch = plot->xAxis->pixelToCoord(static_cast<QMouseEvent*>(e)->position().x());
    const QString text = hoverText(epoch);
    if (text.isEmpty())
      showLegend();
    else
      m_hover->setText(text.toHtmlEscaped());
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
    showLegend();
    m_loss->replot(QCustomPlot::rpQueuedReplot);
    break;
  default: break;
  }
  return QWidget::eventFilter(watched, e);
}
