#include "ui/glassbox/LossLandscapeView.h"

#include "model/Project.h"
#include "ui/plots/PlotStyle.h"
#include "ui/style/Theme.h"

#include "neurona/core/nn/Network.h"
#include "neurona/core/train/Metrics.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace {

// The flat parameter vector of `params` on `spec` (copyParameters' order, the one LossLandscape uses);
// empty when they do not fit.
neurona::VectorD flatten(const neurona::NetworkSpec& spec, int inputs, const neurona::ModelParams& params) {
  neurona::VectorD flat;
  try {
    neurona::Rng rng(0); // the drawn values are replaced at once
    neurona::NetworkD net(spec, inputs, rng);
    if (net.setParams(params)) net.copyParameters(flat);
  } catch (const std::invalid_argument&) {
    // a network that does not fit its inputs (mid-edit): no point on the path
  }
  return flat;
}

} // namespace

LossLandscapeView::LossLandscapeView(Project* project, QWidget* parent)
    : QWidget(parent), m_project(project), m_compute(new QPushButton(this)), m_cancel(new QPushButton(this)),
      m_progress(new QProgressBar(this)), m_status(new QLabel(this)), m_plot(new QCustomPlot(this)) {
  auto* row = new QHBoxLayout;
  row->addWidget(m_compute);
  row->addWidget(m_cancel);
  row->addWidget(m_progress, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addLayout(row);
  layout->addWidget(m_status);
  layout->addWidget(m_plot, 1);
  m_status->setWordWrap(true);
  m_cancel->setEnabled(false);
  m_progress->setRange(0, kSteps);
  m_progress->setValue(0);
  m_plot->setMinimumSize(200, 200);

  m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
  m_map->removeFromLegend();
  m_map->setInterpolate(false);
  m_scale = new QCPColorScale(m_plot);
  m_plot->plotLayout()->addElement(0, 1, m_scale);
  m_scale->setType(QCPAxis::atRight);
  m_scale->setBarWidth(12);
  m_map->setColorScale(m_scale);
  m_scale->setDataScaleType(QCPAxis::stLogarithmic); // see the header: colour by log of the loss
  m_scale->axis()->setTicker(QSharedPointer<QCPAxisTickerLog>(new QCPAxisTickerLog));
  auto* margins = new QCPMarginGroup(m_plot);
  m_plot->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
  m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, margins);
  m_pathCurve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
  m_pathCurve->removeFromLegend();
  m_endMarker = m_plot->addGraph();
  m_endMarker->removeFromLegend();
  m_endMarker->setLineStyle(QCPGraph::lsNone);
  m_plot->xAxis->setRange(-kSpan, kSpan);
  m_plot->yAxis->setRange(-kSpan, kSpan);

  connect(m_compute, &QPushButton::clicked, this, &LossLandscapeView::compute);
  connect(m_cancel, &QPushButton::clicked, this, &LossLandscapeView::cancel);
  connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &LossLandscapeView::onFinished);
  connect(this, &LossLandscapeView::progressed, this, [this](quint64 generation, int done, int rows) {
    if (generation != m_generation) return; // a cancelled computation's late news
    m_progress->setRange(0, rows);
    m_progress->setValue(done);
  });
  connect(m_project, &Project::loaded, this, &LossLandscapeView::onProjectChanged);
  connect(m_project, &Project::networkChanged, this, &LossLandscapeView::onProjectChanged);
  connect(m_project, &Project::dataChanged, this, &LossLandscapeView::onProjectChanged);
  connect(m_project, &Project::preparationChanged, this, &LossLandscapeView::onProjectChanged);
  connect(m_project, &Project::settingChanged, this, [this](SettingKey key) {
    if (key == SettingKey::Loss) clearPicture(); // another loss is another landscape; the rest is the path's
  });
  connect(&Theme::instance(), &Theme::changed, this, &LossLandscapeView::restyle);
  connect(&Theme::instance(), &Theme::scaleChanged, this, &LossLandscapeView::restyle);
  restyle();
  retranslateUi();
}

LossLandscapeView::~LossLandscapeView() {
  if (m_stop) m_stop->stop();
  m_watcher.waitForFinished();
}

std::shared_ptr<const neurona::ModelParams> LossLandscapeView::currentParams() const {
  if (m_snapshot && m_snapshot->params) return m_snapshot->params;
  return m_project->training().params;
}

void LossLandscapeView::showSnapshot(const SnapshotPtr& snapshot) {
  if (!snapshot || !snapshot->params) return;
  if (snapshot->run != m_run) {
    m_run = snapshot->run;
    m_path.clear();
    m_lastParams = nullptr;
  }
  m_snapshot = snapshot;
  if (snapshot->params.get() == m_lastParams) return; // the same values published again (idle)
  neurona::VectorD flat =
      flatten(m_project->runnableNetwork(), m_project->networkInputs(), *snapshot->params);
  if (flat.size() == 0) return;
  m_lastParams = snapshot->params.get();
  m_path.push_back(std::move(flat));
  if (m_path.size() > kMaxPath) {
    // Thin the path to half, keeping its first and last points: long runs stay cheap to project.
    std::vector<neurona::VectorD> thinned;
    thinned.reserve(m_path.size() / 2 + 1);
    for (std::size_t i = 0; i + 1 < m_path.size(); i += 2) thinned.push_back(std::move(m_path[i]));
    thinned.push_back(std::move(m_path.back()));
    m_path = std::move(thinned);
  }
  if (m_hasResult) drawPath();
}

void LossLandscapeView::compute() {
  cancel(); // a new computation replaces the old one
  m_watcher.waitForFinished();
  const std::shared_ptr<const neurona::ModelParams> params = currentParams();
  const neurona::PreparedData& prepared = m_project->prepared();
  const int inputs = m_project->networkInputs();
  neurona::Rng initRng(0);
  neurona::NetworkD net(m_project->runnableNetwork(), inputs, initRng);
  if (!params || !net.setParams(*params) || prepared.train.samples() == 0 ||
      prepared.train.featureCount() != inputs) {
    ++m_generation; // a computation cancelled above no longer reports
    m_computing = false;
    m_cancel->setEnabled(false);
    m_statusKind = Status::NoValues;
    retranslateUi();
    return;
  }
  const Eigen::Index rows = std::min(prepared.train.samples(), kMaxRows);
  neurona::MatrixD x = prepared.train.features.topRows(rows);
  neurona::MatrixD y = neurona::targetMatrix<double>(prepared.train, net.outputs()).topRows(rows);
  const neurona::LossKind loss = m_project->settings().loss;

  m_stop = std::make_shared<neurona::StopToken>();
  const quint64 generation = ++m_generation;
  m_computing = true;
  m_statusKind = Status::Computing;
  m_cancel->setEnabled(true);
  m_progress->setRange(0, m_steps);
  m_progress->setValue(0);
  retranslateUi();
  const int steps = m_steps;
  const std::shared_ptr<neurona::StopToken> stop = m_stop;
  m_watcher.setFuture(QtConcurrent::run([this, net = std::move(net), x = std::move(x), y = std::move(y), loss,
                                         stop, generation, steps]() -> Result {
    Result r;
    r.generation = generation;
    neurona::Rng rng(kSeed); // the same directions every time: the same picture at the same weights
    r.dirs = neurona::LossLandscape::directions(net, rng);
    net.copyParameters(r.center);
    // The signal is emitted from the worker thread and so queued to the view's (the destructor waits
    // for this function, so `this` outlives it).
    r.grid = neurona::LossLandscape::compute(
        net, r.dirs, x, y, loss, kSpan, steps, stop.get(),
        [this, generation](int done, int all) { emit progressed(generation, done, all); });
    return r;
  }));
}

void LossLandscapeView::cancel() {
  if (m_stop) m_stop->stop();
}

void LossLandscapeView::onFinished() {
  if (!m_watcher.isFinished()) return;
  const Result r = m_watcher.result();
  if (r.generation != m_generation) return; // replaced by a newer computation
  m_computing = false;
  m_cancel->setEnabled(false);
  m_lastRowsDone = r.grid.rowsDone;
  if (r.grid.rowsDone < static_cast<int>(r.grid.alphas.size()) || r.grid.alphas.empty()) {
    m_statusKind = Status::Cancelled; // the previous picture (if any) stays
    retranslateUi();
    return;
  }
  m_grid = r.grid;
  m_dirs = r.dirs;
  m_center = r.center;
  m_hasResult = true;
  m_statusKind = Status::Done;

  const int steps = static_cast<int>(m_grid.alphas.size());
  m_map->data()->setSize(steps, steps);
  m_map->data()->setRange(QCPRange(m_grid.alphas.front(), m_grid.alphas.back()),
                          QCPRange(m_grid.betas.front(), m_grid.betas.back()));
  double lo = std::numeric_limits<double>::infinity(), hi = 0.0;
  for (int i = 0; i < steps; ++i)
    for (int j = 0; j < steps; ++j) {
      const double v = m_grid.loss(i, j);
      m_map->data()->setCell(j, i, v); // key index: α (column j), value index: β (row i)
      if (std::isfinite(v) && v > 0.0) {
        lo = std::min(lo, v);
        hi = std::max(hi, v);
      }
    }
  if (!std::isfinite(lo)) lo = hi = 1.0;
  if (hi <= lo) hi = lo * 10.0;
  m_map->setDataRange(QCPRange(lo, hi));
  m_plot->xAxis->setRange(m_grid.alphas.front(), m_grid.alphas.back());
  m_plot->yAxis->setRange(m_grid.betas.front(), m_grid.betas.back());
  drawPath();
  retranslateUi();
}

void LossLandscapeView::drawPath() {
  const auto points = neurona::LossLandscape::projectPath(m_center, m_dirs, m_path);
  QVector<double> t, a, b;
  for (std::size_t i = 0; i < points.size(); ++i) {
    t.push_back(static_cast<double>(i));
    a.push_back(points[i].first);
    b.push_back(points[i].second);
  }
  m_pathCurve->setData(t, a, b, true);
  m_endMarker->data()->clear();
  if (!points.empty()) m_endMarker->addData(points.back().first, points.back().second);
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LossLandscapeView::clearPicture() {
  cancel();
  m_hasResult = false;
  m_map->data()->clear();
  m_pathCurve->data()->clear();
  m_endMarker->data()->clear();
  if (m_statusKind != Status::Computing) m_statusKind = Status::None;
  retranslateUi();
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LossLandscapeView::onProjectChanged() {
  m_snapshot.reset();
  m_path.clear();
  m_lastParams = nullptr;
  clearPicture();
}

void LossLandscapeView::restyle() {
  const Theme& theme = Theme::instance();
  // A sequential map banded into levels (reads like contour lines); grey in high contrast, where the
  // path is drawn in the ink over it.
  QCPColorGradient gradient(theme.highContrast() ? QCPColorGradient::gpGrayscale
                                                 : QCPColorGradient::gpThermal);
  gradient.setLevelCount(kLevels);
  m_map->setGradient(gradient);
  const QColor ink = theme.highContrast() ? QColor(Qt::yellow) : theme.foreground();
  m_pathCurve->setPen(QPen(ink, theme.lineWidth()));
  m_pathCurve->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, ink, theme.markerSize() * 0.4));
  m_endMarker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(ink, theme.lineWidth() + 1.0),
                                               QBrush(theme.background()), theme.markerSize() * 1.6));
  PlotStyle::apply(m_plot);
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LossLandscapeView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void LossLandscapeView::retranslateUi() {
  setAccessibleName(tr("Loss landscape"));
  m_compute->setText(tr("&Compute"));
  m_compute->setAccessibleName(tr("Compute the loss landscape"));
  m_compute->setToolTip(tr("Computes the loss on a slice through the current weights along two random "
                           "directions"));
  m_cancel->setText(tr("Cancel"));
  m_cancel->setAccessibleName(tr("Cancel the loss landscape"));
  m_progress->setAccessibleName(tr("Loss landscape progress"));
  m_plot->setAccessibleName(tr("Loss landscape around the current weights, with the training path"));
  m_plot->xAxis->setLabel(tr("direction 1"));
  m_plot->yAxis->setLabel(tr("direction 2"));
  m_scale->axis()->setLabel(tr("loss (log scale)"));
  QString status;
  switch (m_statusKind) {
  case Status::None: status = tr("Compute the loss around the current weights."); break;
  case Status::Computing: status = tr("Computing the loss landscape…"); break;
  case Status::Done:
    status = tr("The loss around the current weights (at the centre); the line is the path of training.");
    break;
  case Status::Cancelled: status = tr("Cancelled."); break;
  case Status::NoValues: status = tr("Train the network first: there are no weights to look around."); break;
  }
  m_status->setText(status);
  PlotStyle::apply(m_plot);
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}
