#include "ui/health/TrainingHealthView.h"

#include "model/Project.h"
#include "training/HealthMonitor.h"
#include "ui/concepts/ControlHelp.h"
#include "ui/plots/PlotSaveMenu.h"
#include "ui/plots/PlotStyle.h"
#include "ui/style/Theme.h"

#include <QEvent>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {

// Eight colours, then the same colours dashed: ten layers stay apart without a legend lookup per curve.
QPen healthLayerPen(int k) {
  const Theme& theme = Theme::instance();
  QPen p(theme.classColor(k % 8), theme.lineWidth(), k < 8 ? Qt::SolidLine : Qt::DashLine);
  p.setCapStyle(Qt::FlatCap);
  return p;
}

QCPGraph* addHealthCurve(QCustomPlot* plot) {
  QCPGraph* g = plot->addGraph();
  g->setAdaptiveSampling(true);
  return g;
}

} // namespace

TrainingHealthView::TrainingHealthView(Project* project, HealthMonitor* monitor, QWidget* parent)
    : QWidget(parent), m_project(project), m_monitor(monitor) {
  setObjectName(QStringLiteral("trainingHealthView"));
  m_empty = new QLabel(this);
  m_empty->setObjectName(QStringLiteral("healthEmpty"));
  m_empty->setWordWrap(true);
  m_gradient = new QCustomPlot(this);
  m_gradient->setObjectName(QStringLiteral("healthGradients"));
  m_activation = new QCustomPlot(this);
  m_activation->setObjectName(QStringLiteral("healthActivations"));
  m_dead = new QCustomPlot(this);
  m_dead->setObjectName(QStringLiteral("healthDeadUnits"));
  m_noRelu = new QLabel(this);
  m_noRelu->setObjectName(QStringLiteral("healthNoRelu"));
  m_noRelu->setWordWrap(true);
  m_legend = new QLabel(this);
  m_legend->setObjectName(QStringLiteral("healthLegend"));
  m_legend->setWordWrap(true);
  m_legend->setTextFormat(Qt::RichText);

  m_gradient->yAxis->setScaleType(QCPAxis::stLogarithmic);
  m_gradient->yAxis->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  m_gradient->yAxis->setNumberFormat(QStringLiteral("eb"));
  m_gradient->yAxis->setNumberPrecision(0);
  m_dead->yAxis->setRange(0.0, 100.0);
  for (QCustomPlot* p : {m_gradient, m_activation, m_dead}) {
    p->legend->setVisible(false); // the legend is the label under the plots, as in LossPlot
    p->setMinimumHeight(110);
    PlotSaveMenu::install(p);
  }

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addWidget(m_empty);
  layout->addWidget(m_gradient, 1);
  layout->addWidget(m_activation, 1);
  layout->addWidget(m_dead, 1);
  layout->addWidget(m_noRelu);
  layout->addWidget(m_legend);

  connect(m_monitor, &HealthMonitor::updated, this, &TrainingHealthView::scheduleRefresh);
  // Layer names ("Dense 2") follow the network.
  connect(m_project, &Project::networkChanged, this, &TrainingHealthView::showLegend);
  connect(&Theme::instance(), &Theme::changed, this, &TrainingHealthView::restyle);
  connect(&Theme::instance(), &Theme::scaleChanged, this, &TrainingHealthView::restyle);
  retranslateUi();
  refresh();
  ControlHelp::attach(m_gradient, QStringLiteral("concept/vanishing-gradients"));
  ControlHelp::attach(m_dead, QStringLiteral("concept/dead-neurons"));
}

int TrainingHealthView::deadCurveCount() const {
  return static_cast<int>(std::count_if(m_deadCurves.begin(), m_deadCurves.end(),
                                        [](const QCPGraph* g) { return g != nullptr; }));
}

void TrainingHealthView::scheduleRefresh() {
  // Many snapshots may arrive in one turn of the event loop; the curves are rebuilt once.
  if (m_pending) return;
  m_pending = true;
  QTimer::singleShot(0, this, &TrainingHealthView::refresh);
}

void TrainingHealthView::rebuildCurves() {
  for (QCustomPlot* p : {m_gradient, m_activation, m_dead}) p->clearGraphs();
  m_gradCurves.clear();
  m_meanCurves.clear();
  m_upper.clear();
  m_lower.clear();
  m_deadCurves.clear();
  m_layers.clear();
  for (const HealthMonitor::Series& s : m_monitor->series()) {
    m_layers.push_back(s.layer);
    m_gradCurves.push_back(addHealthCurve(m_gradient));
    // The band first, so that every mean line is drawn over the bands.
    QCPGraph* lower = addHealthCurve(m_activation);
    QCPGraph* upper = addHealthCurve(m_activation);
    upper->setChannelFillGraph(lower);
    m_lower.push_back(lower);
    m_upper.push_back(upper);
    m_deadCurves.push_back(s.relu ? addHealthCurve(m_dead) : nullptr);
  }
  for (std::size_t i = 0; i < m_layers.size(); ++i) m_meanCurves.push_back(addHealthCurve(m_activation));
  restyle();
}

void TrainingHealthView::refresh() {
  m_pending = false;
  const auto& series = m_monitor->series();
  // Another set of layers, or a layer that became (or stopped being) ReLU: new graphs.
  bool same = series.size() == m_layers.size();
  for (std::size_t i = 0; same && i < series.size(); ++i)
    same = series[i].layer == m_layers[i] && series[i].relu == (m_deadCurves[i] != nullptr);
  if (!same) rebuildCurves();

  bool anyRelu = false;
  for (std::size_t i = 0; i < series.size(); ++i) {
    const auto& pts = series[i].points;
    QVector<double> x, grad, gradX, mean, upper, lower, dead;
    x.reserve(static_cast<int>(pts.size()));
    for (const HealthMonitor::Point& p : pts) {
      x << p.epoch;
      // A log axis has no place for 0 (a layer no gradient reaches): that point is left out.
      if (p.gradNorm > 0.0 && std::isfinite(p.gradNorm)) {
        gradX << p.epoch;
        grad << p.gradNorm;
      }
      mean << p.activationMean;
      upper << p.activationMean + p.activationSpread;
      lower << p.activationMean - p.activationSpread;
      dead << 100.0 * std::max(0.0, p.deadFraction);
    }
    m_gradCurves[i]->setData(gradX, grad, true);
    m_meanCurves[i]->setData(x, mean, true);
    m_upper[i]->setData(x, upper, true);
    m_lower[i]->setData(x, lower, true);
    if (m_deadCurves[i]) {
      anyRelu = true;
      m_deadCurves[i]->setData(x, dead, true);
    }
  }
  const bool empty = series.empty() || series.front().points.empty();
  m_empty->setVisible(empty);
  m_dead->setVisible(anyRelu || empty);
  m_noRelu->setVisible(!anyRelu && !empty);
  m_gradient->rescaleAxes();
  m_activation->rescaleAxes();
  m_dead->xAxis->setRange(m_gradient->xAxis->range());
  m_dead->yAxis->setRange(0.0, 100.0);
  if (!empty) {
    // One epoch alone would give an empty x range; the axes keep at least one epoch across.
    for (QCustomPlot* p : {m_gradient, m_activation, m_dead}) {
      const QCPRange r = p->xAxis->range();
      if (r.size() < 1.0) p->xAxis->setRange(r.lower, r.lower + 1.0);
    }
    const QCPRange g = m_gradient->yAxis->range();
    if (g.upper <= g.lower * 10.0) m_gradient->yAxis->setRange(g.lower / 3.0, g.upper * 3.0);
  }
  showLegend();
  for (QCustomPlot* p : {m_gradient, m_activation, m_dead}) p->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingHealthView::restyle() {
  for (std::size_t i = 0; i < m_gradCurves.size(); ++i) {
    const QPen pen = healthLayerPen(static_cast<int>(i));
    m_gradCurves[i]->setPen(pen);
    m_meanCurves[i]->setPen(pen);
    QColor band = pen.color();
    band.setAlpha(Theme::instance().highContrast() ? 70 : 40);
    for (QCPGraph* edge : {m_upper[i], m_lower[i]}) edge->setPen(Qt::NoPen);
    m_upper[i]->setBrush(band);
    if (m_deadCurves[i]) m_deadCurves[i]->setPen(pen);
  }
  for (QCustomPlot* p : {m_gradient, m_activation, m_dead}) {
    PlotStyle::apply(p);
    p->replot(QCustomPlot::rpQueuedReplot);
  }
  showLegend();
}

void TrainingHealthView::showLegend() {
  // Each layer's name after a sample of its line, in its colour; non-breaking spaces keep a sample with
  // its name when the label wraps.
  QStringList entries;
  for (std::size_t i = 0; i < m_layers.size(); ++i) {
    const QPen pen = healthLayerPen(static_cast<int>(i));
    const QString name = m_project->layerName(m_layers[i]);
    entries << QStringLiteral("<span style=\"color:%1\"><b>%2</b></span>&nbsp;%3")
                   .arg(pen.color().name(),
                        pen.style() == Qt::SolidLine ? QStringLiteral("━━") : QStringLiteral("╍╍"),
                        name.toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;")));
  }
  m_legend->setText(entries.join(QStringLiteral(" &nbsp; ")));
  m_legend->setVisible(!entries.isEmpty());
  m_legend->setAccessibleDescription(QString());
}

void TrainingHealthView::retranslateUi() {
  m_empty->setText(tr("Train the network to see, epoch by epoch, how well each layer learns."));
  m_noRelu->setText(tr("No ReLU layer: only ReLU neurons can die (output 0 for every example)."));
  m_gradient->xAxis->setLabel(tr("epoch"));
  m_gradient->yAxis->setLabel(tr("gradient size"));
  m_activation->xAxis->setLabel(tr("epoch"));
  m_activation->yAxis->setLabel(tr("activation (mean ± spread)"));
  m_dead->xAxis->setLabel(tr("epoch"));
  m_dead->yAxis->setLabel(tr("dead neurons (%)"));
  m_gradient->setAccessibleName(tr("Gradient size per layer"));
  m_gradient->setAccessibleDescription(
      tr("The size of each layer's weight gradient over the epochs, on a logarithmic scale. A layer far "
         "below the output layer hardly learns (vanishing gradients)."));
  m_activation->setAccessibleName(tr("Activations per layer"));
  m_activation->setAccessibleDescription(
      tr("The mean of each layer's outputs over the epochs, with a band of one standard deviation either "
         "side."));
  m_dead->setAccessibleName(tr("Dead neurons per layer"));
  m_dead->setAccessibleDescription(
      tr("The share of each ReLU layer's neurons that output 0 for every example, over the epochs."));
  m_legend->setAccessibleName(tr("Layers"));
  setAccessibleName(tr("Training health"));
  for (QCustomPlot* p : {m_gradient, m_activation, m_dead}) p->replot(QCustomPlot::rpQueuedReplot);
}

void TrainingHealthView::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) {
    restyle(); // tick numbers in the new language's locale
    retranslateUi();
  } else if (e->type() == QEvent::FontChange) {
    restyle();
  }
  QWidget::changeEvent(e);
}
