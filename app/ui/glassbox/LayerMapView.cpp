#include "ui/glassbox/LayerMapView.h"

#include "model/Project.h"
#include "ui/plots/PlotStyle.h"
#include "ui/style/Theme.h"

#include "neurona/core/nn/Network.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

using neurona::MatrixD;

LayerMapView::LayerMapView(Project* project, QWidget* parent)
    : QWidget(parent), m_project(project), m_sentence(new QLabel(this)), m_chooserLabel(new QLabel(this)),
      m_chooser(new QComboBox(this)), m_plot(new QCustomPlot(this)), m_timer(new QTimer(this)) {
  m_sentence->setWordWrap(true);
  m_chooserLabel->setBuddy(m_chooser);
  auto* row = new QHBoxLayout;
  row->addWidget(m_chooserLabel);
  row->addWidget(m_chooser, 1);
  auto* layout = new QVBoxLayout(this);
  layout->addWidget(m_sentence);
  layout->addLayout(row);
  layout->addWidget(m_plot, 1);
  m_plot->setMinimumSize(200, 200);

  m_timer->setSingleShot(true);
  connect(m_timer, &QTimer::timeout, this, &LayerMapView::redraw);
  connect(m_chooser, qOverload<int>(&QComboBox::currentIndexChanged), this, [this] { redraw(); });
  connect(m_project, &Project::loaded, this, &LayerMapView::onProjectChanged);
  connect(m_project, &Project::networkChanged, this, &LayerMapView::onProjectChanged);
  connect(m_project, &Project::dataChanged, this, &LayerMapView::onProjectChanged);
  connect(m_project, &Project::preparationChanged, this, &LayerMapView::onProjectChanged);
  connect(m_project, &Project::trainingReplaced, this, [this] {
    m_projectionValid = false; // other learned values (reset, undo): fit afresh
    scheduleRedraw();
  });
  connect(&Theme::instance(), &Theme::changed, this, &LayerMapView::restyle);
  connect(&Theme::instance(), &Theme::scaleChanged, this, &LayerMapView::restyle);
  m_sinceRedraw.start();
  onProjectChanged();
  retranslateUi();
}

bool LayerMapView::isShowingMap() const { return m_planar; }

int LayerMapView::entryCount() const { return m_chooser->count(); }

int LayerMapView::drawnPoints() const {
  int n = 0;
  for (const QCPGraph* g : m_pointGraphs) n += g->dataCount();
  return n;
}

void LayerMapView::showSnapshot(const SnapshotPtr& snapshot) {
  if (!snapshot) return;
  if (!m_snapshot || m_snapshot->run != snapshot->run) m_projectionValid = false;
  m_snapshot = snapshot;
  scheduleRedraw();
}

void LayerMapView::setEntry(int entry) { m_chooser->setCurrentIndex(entry); }

void LayerMapView::redrawNow() {
  m_timer->stop();
  redraw();
}

void LayerMapView::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}

void LayerMapView::retranslateUi() {
  setAccessibleName(tr("How each layer bends space"));
  m_sentence->setText(tr("How each layer bends space is shown for data with two inputs and no extra "
                         "inputs: this network does not see a plane."));
  m_chooserLabel->setText(tr("&Layer:"));
  m_chooser->setAccessibleName(tr("Layer shown"));
  m_plot->setAccessibleName(tr("The grid of the input plane and the training points, as the chosen "
                               "layer sees them"));
  if (m_chooser->count() > 0) m_chooser->setItemText(0, tr("Input"));
  updateAxisLabels();
  PlotStyle::apply(m_plot);
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LayerMapView::updateAxisLabels() {
  // The input plane in the data's own names; a layer's plane in its two axes (its outputs, or their
  // principal directions for a wider layer).
  const neurona::Dataset& raw = m_project->rawData();
  if (m_chooser->currentIndex() <= 0 && raw.featureNames.size() == 2) {
    m_plot->xAxis->setLabel(QString::fromStdString(raw.featureNames[0]));
    m_plot->yAxis->setLabel(QString::fromStdString(raw.featureNames[1]));
  } else {
    m_plot->xAxis->setLabel(tr("axis 1"));
    m_plot->yAxis->setLabel(tr("axis 2"));
  }
}

void LayerMapView::onProjectChanged() {
  m_projectionValid = false;
  m_snapshot.reset(); // a snapshot of another network or data would not fit
  rebuildInputs();
  rebuildChooser();
  rebuildPointGraphs();
  m_sentence->setVisible(!m_planar);
  m_chooserLabel->setVisible(m_planar);
  m_chooser->setVisible(m_planar);
  m_plot->setVisible(m_planar);
  redrawNow();
}

void LayerMapView::rebuildInputs() {
  const neurona::PreparedData& prepared = m_project->prepared();
  const neurona::Dataset& raw = prepared.raw;
  m_planar = false;
  m_gridRows = 0;
  m_raw.resize(0, 2);
  m_input.resize(0, 2);
  m_classes.resize(0);
  if (raw.featureCount() != 2 || prepared.pipeline.inputCount(2) != 2) return;

  // The grid in the same order as LayerMaps::map: kLines horizontal lines (y constant, from the bottom),
  // then kLines vertical ones (x constant, from the left), each of kPointsPerLine points.
  const QRectF plane = m_project->plane();
  const double x0 = plane.left(), x1 = plane.right(), y0 = plane.top(), y1 = plane.bottom();
  const auto at = [](double lo, double hi, int k, int count) {
    return lo + (hi - lo) * static_cast<double>(k) / static_cast<double>(count - 1);
  };
  const std::vector<Eigen::Index>& rows = prepared.split.train;
  m_gridRows = static_cast<Eigen::Index>(2 * kLines * kPointsPerLine);
  m_raw.resize(m_gridRows + static_cast<Eigen::Index>(rows.size()), 2);
  for (int l = 0; l < 2 * kLines; ++l) {
    const bool horizontal = l < kLines;
    const int k = horizontal ? l : l - kLines;
    for (int p = 0; p < kPointsPerLine; ++p) {
      const Eigen::Index r = static_cast<Eigen::Index>(l) * kPointsPerLine + p;
      m_raw(r, 0) = horizontal ? at(x0, x1, p, kPointsPerLine) : at(x0, x1, k, kLines);
      m_raw(r, 1) = horizontal ? at(y0, y1, k, kLines) : at(y0, y1, p, kPointsPerLine);
    }
  }
  const bool classification = neurona::isClassification(raw.task) && raw.labels.size() == raw.samples();
  m_classes.resize(static_cast<Eigen::Index>(rows.size()));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    m_raw.row(m_gridRows + static_cast<Eigen::Index>(i)) = raw.features.row(rows[i]);
    m_classes(static_cast<Eigen::Index>(i)) = classification ? raw.labels(rows[i]) : 0;
  }
  m_input = prepared.pipeline.apply(m_raw);
  m_planar = m_input.cols() == 2 && m_input.allFinite();
}

void LayerMapView::rebuildChooser() {
  const int was = m_chooser->currentIndex();
  const QSignalBlocker block(m_chooser);
  m_chooser->clear();
  m_chooser->addItem(tr("Input"));
  for (const neurona::LayerSpec& layer : m_project->network().layers)
    if (layer.type == neurona::LayerType::Dense) m_chooser->addItem(m_project->layerName(layer.id));
  m_chooser->setCurrentIndex(was >= 0 && was < m_chooser->count() ? was : 0);
}

void LayerMapView::rebuildPointGraphs() {
  for (QCPGraph* g : m_pointGraphs) m_plot->removeGraph(g);
  m_pointGraphs.clear();
  const neurona::Dataset& raw = m_project->rawData();
  const int groups = neurona::isClassification(raw.task) ? std::max(1, raw.classCount()) : 1;
  for (int k = 0; k < groups; ++k) {
    QCPGraph* g = m_plot->addGraph();
    g->setLineStyle(QCPGraph::lsNone);
    m_pointGraphs.push_back(g);
  }
  restyle();
}

void LayerMapView::restyle() {
  const Theme& theme = Theme::instance();
  const neurona::Dataset& raw = m_project->rawData();
  const bool classification = neurona::isClassification(raw.task);
  const double size = theme.markerSize();
  // Discs ringed in the paper's colour (white in high contrast, so a black class shows on black paper).
  const QColor ring = theme.highContrast() ? theme.foreground() : theme.background();
  const double ringWidth = theme.highContrast() ? 1.5 : 1.0;
  for (std::size_t k = 0; k < m_pointGraphs.size(); ++k) {
    const QColor c = classification ? theme.classColor(static_cast<int>(k)) : theme.foreground();
    m_pointGraphs[k]->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(ring, ringWidth), QBrush(c), size));
  }
  // The grid: thin and neutral, behind the points; in high contrast the ink itself, at a readable width.
  QPen linePen(theme.highContrast() ? theme.foreground() : QColor(128, 128, 128, 170),
               theme.highContrast() ? 1.5 : 1.0);
  for (QCPCurve* c : m_curves) c->setPen(linePen);
  PlotStyle::apply(m_plot);
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void LayerMapView::scheduleRedraw() {
  if (m_timer->isActive()) return; // coalesced: the pending redraw takes the newest snapshot
  const qint64 wait = std::max<qint64>(0, 1000 / kMaxFps - m_sinceRedraw.elapsed());
  m_timer->start(static_cast<int>(wait));
}

void LayerMapView::redraw() {
  m_sinceRedraw.restart();
  updateAxisLabels();
  const int entry = std::max(0, m_chooser->currentIndex());
  const auto lineCount = static_cast<std::size_t>(2 * kLines);
  if (m_curves.size() != lineCount) {
    for (QCPCurve* c : m_curves) m_plot->removePlottable(c);
    m_curves.clear();
    for (std::size_t i = 0; i < lineCount; ++i) {
      auto* curve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
      curve->removeFromLegend();
      curve->setLayer(QStringLiteral("grid")); // under the points
      m_curves.push_back(curve);
    }
    // The points drawn last: move them to the top layer.
    for (QCPGraph* g : m_pointGraphs) g->setLayer(QStringLiteral("main"));
    restyle();
  }
  auto clear = [this] {
    for (QCPCurve* c : m_curves) c->data()->clear();
    for (QCPGraph* g : m_pointGraphs) g->data()->clear();
  };
  if (!m_planar) {
    clear();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    return;
  }

  // The coordinates of every row (grid then training points) in the chosen entry.
  neurona::Points2 xy;
  if (entry == 0) {
    xy = m_raw; // the input plane itself, in the data's own units
  } else {
    std::shared_ptr<const neurona::ModelParams> params =
        m_snapshot ? m_snapshot->params : m_project->training().params;
    if (!params) {
      clear(); // nothing trained yet: no values to push the plane through
      m_plot->replot(QCustomPlot::rpQueuedReplot);
      return;
    }
    neurona::Rng rng(0); // the drawn values are replaced at once
    neurona::NetworkD net(m_project->network(), 2, rng);
    if (!net.setParams(*params)) {
      clear();
      m_plot->replot(QCustomPlot::rpQueuedReplot);
      return;
    }
    const quint64 run = m_snapshot ? m_snapshot->run : 0;
    if (!m_projectionValid || m_projectionRun != run) {
      m_projection = neurona::LayerMaps::fitProjection(net, m_input.bottomRows(m_input.rows() - m_gridRows));
      m_projectionRun = run;
      m_projectionValid = true;
    }
    const neurona::MappedPlane mapped = neurona::LayerMaps::map(net, m_projection, 0, 0, 0, 0, 0, 0, m_input);
    if (static_cast<std::size_t>(entry) >= mapped.points.size()) {
      m_projectionValid = false; // another shape: refit next time
      clear();
      m_plot->replot(QCustomPlot::rpQueuedReplot);
      return;
    }
    xy = mapped.points[static_cast<std::size_t>(entry)];
  }

  for (std::size_t l = 0; l < lineCount; ++l) {
    QVector<double> t(kPointsPerLine), x(kPointsPerLine), y(kPointsPerLine);
    for (int p = 0; p < kPointsPerLine; ++p) {
      const Eigen::Index r = static_cast<Eigen::Index>(l) * kPointsPerLine + p;
      t[p] = p;
      x[p] = xy(r, 0);
      y[p] = xy(r, 1);
    }
    m_curves[l]->setData(t, x, y, true);
  }
  std::vector<QVector<double>> px(m_pointGraphs.size()), py(m_pointGraphs.size());
  for (Eigen::Index i = 0; i < m_classes.size(); ++i) {
    const auto k = static_cast<std::size_t>(std::clamp(m_classes(i), 0, static_cast<int>(px.size()) - 1));
    px[k].push_back(xy(m_gridRows + i, 0));
    py[k].push_back(xy(m_gridRows + i, 1));
  }
  for (std::size_t k = 0; k < m_pointGraphs.size(); ++k) m_pointGraphs[k]->setData(px[k], py[k]);

  // The view fits what is drawn, with a little room around it.
  double xMin = xy.col(0).minCoeff(), xMax = xy.col(0).maxCoeff();
  double yMin = xy.col(1).minCoeff(), yMax = xy.col(1).maxCoeff();
  if (!std::isfinite(xMin) || !std::isfinite(xMax) || !std::isfinite(yMin) || !std::isfinite(yMax)) {
    xMin = yMin = -1.0;
    xMax = yMax = 1.0;
  }
  const double padX = std::max(1e-6, 0.05 * (xMax - xMin)), padY = std::max(1e-6, 0.05 * (yMax - yMin));
  m_plot->xAxis->setRange(xMin - padX, xMax + padX);
  m_plot->yAxis->setRange(yMin - padY, yMax + padY);
  m_plot->replot(QCustomPlot::rpQueuedReplot);
}
