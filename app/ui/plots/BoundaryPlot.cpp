#include "ui/plots/BoundaryPlot.h"

#include "ui/plots/PlotSaveMenu.h"
#include "ui/plots/PlotStyle.h"
#include "ui/style/ColorPalettes.h"
#include "ui/style/Theme.h"

#include <algorithm>
#include <cmath>

using neurona::TaskKind;

namespace {

QCPColorGradient divergingGradient() {
  QCPColorGradient g;
  QMap<double, QColor> stops;
  for (int i = 0; i <= 10; ++i) stops.insert(i / 10.0, Theme::instance().boundaryColor(i / 10.0));
  g.setColorStops(stops);
  g.setLevelCount(256);
  return g;
}

// Class k owns [k, k+1): from a pale tint at k (probability 1/K) to the full class colour near k + 1.
QCPColorGradient classGradient(int classes) {
  QCPColorGradient g;
  QMap<double, QColor> stops;
  const QColor paper = Theme::instance().background();
  for (int k = 0; k < classes; ++k) {
    const QColor c = Theme::instance().classColor(k);
    const double lo = static_cast<double>(k) / classes, hi = (k + 0.999) / classes;
    stops.insert(lo, ColorPalettes::mix(paper, c, 0.15));
    stops.insert(hi, ColorPalettes::mix(paper, c, 0.65));
  }
  g.setColorStops(stops);
  g.setColorInterpolation(QCPColorGradient::ciRGB);
  g.setLevelCount(std::max(350, 100 * classes));
  return g;
}

// Column `c` of the grid's outputs at (x, y): bilinear between the four grid points around it (a point
// beyond the grid takes its edge's values).
double gridValue(const neurona::GridResult& r, Eigen::Index c, double x, double y) {
  const int nx = r.grid.nx, ny = r.grid.ny;
  const auto at = [&](double v, double lo, double hi, int n, int& i0, double& t) {
    const double f = n > 1 && hi > lo ? std::clamp((v - lo) / (hi - lo), 0.0, 1.0) * (n - 1) : 0.0;
    i0 = std::min(static_cast<int>(f), std::max(0, n - 2));
    t = n > 1 ? f - i0 : 0.0;
  };
  int ix = 0, iy = 0;
  double tx = 0.0, ty = 0.0;
  at(x, r.grid.xMin, r.grid.xMax, nx, ix, tx);
  at(y, r.grid.yMin, r.grid.yMax, ny, iy, ty);
  const int ix1 = std::min(ix + 1, nx - 1), iy1 = std::min(iy + 1, ny - 1);
  const auto v = [&](int i, int j) {
    return static_cast<double>(r.outputs(static_cast<Eigen::Index>(j) * nx + i, c));
  };
  return (1 - ty) * ((1 - tx) * v(ix, iy) + tx * v(ix1, iy)) +
         ty * ((1 - tx) * v(ix, iy1) + tx * v(ix1, iy1));
}

} // namespace

BoundaryPlot::BoundaryPlot(QWidget* parent) : QCustomPlot(parent) {
  setObjectName(QStringLiteral("boundaryPlot"));
  setNotAntialiasedElements(QCP::aeAll);
  setAntialiasedElement(QCP::aeScatters, true);
  m_map = new QCPColorMap(xAxis, yAxis);
  m_map->setInterpolate(true);
  m_map->setTightBoundary(true);
  m_map->setGradient(divergingGradient());
  m_map->setDataRange(QCPRange(0.0, 1.0));
  m_map->setLayer(QStringLiteral("background"));
  m_map->removeFromLegend(); // added there by default, as a row without a name
  legend->setVisible(true);
  legend->setRowSpacing(0);
  legend->setIconSize(10, 10);
  axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
  // The colour bar of regression data, beside the plot and as tall as its axis rect.
  m_scale = new QCPColorScale(this);
  m_scale->setType(QCPAxis::atRight);
  m_scale->setBarWidth(12);
  m_margins = new QCPMarginGroup(this);
  axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, m_margins);
  m_scale->setMarginGroup(QCP::msTop | QCP::msBottom, m_margins); // placed in the layout for regression data
  setContextMenuPolicy(Qt::CustomContextMenu);
  connect(this, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
    if (m_paintClass >= 0) return; // a right-click paints (removes a point) instead
    QMenu menu(this);
    PlotSaveMenu::addActions(&menu, this);
    menu.exec(mapToGlobal(pos));
  });
  // The class colours, the map and the paper follow the View menu's choices at once.
  connect(&Theme::instance(), &Theme::changed, this, &BoundaryPlot::restyle);
  connect(&Theme::instance(), &Theme::scaleChanged, this, &BoundaryPlot::restyle);
  restyle();
  retranslateUi();
}

void BoundaryPlot::placeColorScale(bool shown) {
  const bool placed = plotLayout()->hasElement(0, 1) && plotLayout()->element(0, 1) == m_scale;
  if (shown && !placed) {
    plotLayout()->addElement(0, 1, m_scale);
    plotLayout()->setColumnStretchFactor(1, 0.01);
  } else if (!shown && placed) {
    plotLayout()->take(m_scale);
    plotLayout()->simplify();
  }
  m_scale->setVisible(shown);
}

void BoundaryPlot::restyle() {
  PlotStyle::apply(this);
  // The colour bar's axis reads as the plot's own.
  const Theme& theme = Theme::instance();
  QCPAxis* bar = m_scale->axis();
  bar->setBasePen(QPen(theme.foreground(), theme.highContrast() ? 2.0 : 1.0));
  bar->setTickPen(bar->basePen());
  bar->setSubTickPen(bar->basePen());
  bar->setTickLabelColor(theme.foreground());
  bar->setLabelColor(theme.foreground());
  bar->setTickLabelFont(font());
  bar->setLabelFont(font());
  m_scale->setGradient(divergingGradient());
  rebuildGraphs();
  refreshMap();
}

void BoundaryPlot::retranslateUi() {
  xAxis->setLabel(m_raw.featureNames.size() > 0 ? QString::fromStdString(m_raw.featureNames[0]) : tr("x1"));
  yAxis->setLabel(m_raw.featureNames.size() > 1 ? QString::fromStdString(m_raw.featureNames[1]) : tr("x2"));
  if (m_heldOutLegend) m_heldOutLegend->setName(tr("validation / test"));
  m_scale->axis()->setLabel(tr("target"));
}

void BoundaryPlot::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) {
    PlotStyle::apply(this); // tick numbers in the new language's locale
    retranslateUi();
    replot(rpQueuedReplot);
  } else if (e->type() == QEvent::FontChange) {
    PlotStyle::apply(this);
    replot(rpQueuedReplot);
  }
  QCustomPlot::changeEvent(e);
}

void BoundaryPlot::setData(const neurona::Dataset& raw, const neurona::DatasetSplit& split,
                           const QRectF& plane) {
  m_raw = raw;
  m_split = split;
  m_plane = plane;
  xAxis->setRange(plane.left(), plane.right());
  yAxis->setRange(plane.top(), plane.bottom());
  rebuildGraphs();
  retranslateUi();
  replot(rpQueuedReplot);
}

void BoundaryPlot::rebuildGraphs() {
  for (QCPGraph* g : m_trainGraphs) removeGraph(g);
  for (QCPGraph* g : m_heldOutGraphs) removeGraph(g);
  if (m_heldOutLegend) removeGraph(m_heldOutLegend);
  if (m_reconstruction) removeGraph(m_reconstruction);
  m_trainGraphs.clear();
  m_heldOutGraphs.clear();
  m_heldOutLegend = nullptr;
  m_reconstruction = nullptr;
  const int marked = m_markedRow;
  if (m_marker) removeGraph(m_marker);
  m_marker = nullptr;
  m_markedRow = -1;
  if (m_raw.featureCount() < 2) {
    placeColorScale(false);
    return;
  }

  const bool classification = neurona::isClassification(m_raw.task);
  const bool reconstruction = showsReconstruction();
  const bool regression = m_raw.task == TaskKind::Regression && m_raw.targets.rows() == m_raw.samples() &&
                          m_raw.targets.cols() > 0 && !reconstruction;
  placeColorScale(regression);
  if (regression) {
    const double lo = m_raw.targets.col(0).minCoeff(), hi = m_raw.targets.col(0).maxCoeff();
    m_valueRange = QCPRange(lo, hi > lo ? hi : lo + 1.0);
    m_scale->setDataRange(m_valueRange);
  }
  QCPColorGradient values = divergingGradient(); // not const: color() fills its lookup table
  const int groups = classification ? std::max(1, m_raw.classCount()) : regression ? kValueLevels : 1;
  const Theme& theme = Theme::instance();
  const double size = theme.markerSize();
  // Discs are ringed in the paper's colour so they stand off the map; in high contrast in white, so
  // that even a black class shows on the black paper.
  const QColor ring = theme.highContrast() ? theme.foreground() : theme.background();
  const double ringWidth = theme.highContrast() ? 1.5 : 1.0;
  const double heldOutWidth = theme.lineWidth();
  for (int k = 0; k < groups; ++k) {
    // A band of targets takes the map's colour at its middle, so a point matches a perfect prediction.
    const QColor c = classification ? theme.classColor(k)
                     : regression
                         ? QColor::fromRgba(values.color((k + 0.5) / kValueLevels, QCPRange(0.0, 1.0)))
                         : theme.foreground();
    QCPGraph* train = addGraph();
    train->setLineStyle(QCPGraph::lsNone);
    train->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(ring, ringWidth), QBrush(c), size));
    if (classification)
      train->setName(QString::fromStdString(m_raw.classNames[static_cast<std::size_t>(k)]));
    else if (reconstruction)
      train->setName(tr("data"));
    else
      train->removeFromLegend(); // the colour bar says what the colours mean
    m_trainGraphs.push_back(train);
    QCPGraph* held = addGraph();
    held->setLineStyle(QCPGraph::lsNone);
    held->setScatterStyle(
        QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(c, heldOutWidth), QBrush(theme.background()), size));
    held->removeFromLegend();
    m_heldOutGraphs.push_back(held);
  }
  m_heldOutLegend = addGraph();
  m_heldOutLegend->setName(tr("validation / test"));
  m_heldOutLegend->setLineStyle(QCPGraph::lsNone);
  m_heldOutLegend->setScatterStyle(QCPScatterStyle(
      QCPScatterStyle::ssCircle, QPen(theme.foreground(), heldOutWidth), QBrush(theme.background()), size));

  auto fill = [&](const std::vector<Eigen::Index>& rows, std::vector<QCPGraph*>& graphs) {
    std::vector<QVector<double>> xs(graphs.size()), ys(graphs.size());
    const auto band = [&](Eigen::Index r) {
      const double t = (m_raw.targets(r, 0) - m_valueRange.lower) / m_valueRange.size();
      return static_cast<std::size_t>(std::clamp(static_cast<int>(t * kValueLevels), 0, kValueLevels - 1));
    };
    for (Eigen::Index r : rows) {
      const std::size_t k = classification ? static_cast<std::size_t>(m_raw.labels(r))
                            : regression   ? band(r)
                                           : 0;
      if (k >= graphs.size()) continue;
      xs[k].push_back(m_raw.features(r, 0));
      ys[k].push_back(m_raw.features(r, 1));
    }
    for (std::size_t k = 0; k < graphs.size(); ++k) graphs[k]->setData(xs[k], ys[k], true);
  };
  std::vector<Eigen::Index> heldOut = m_split.validation;
  heldOut.insert(heldOut.end(), m_split.test.begin(), m_split.test.end());
  std::vector<Eigen::Index> train = m_split.train;
  if (train.empty() && heldOut.empty())
    for (Eigen::Index r = 0; r < m_raw.samples(); ++r) train.push_back(r);
  fill(train, m_trainGraphs);
  fill(heldOut, m_heldOutGraphs);
  for (QCPGraph* g : m_heldOutGraphs) g->setVisible(m_showHeldOut);
  m_heldOutLegend->setVisible(m_showHeldOut && !heldOut.empty());
  if (!m_showHeldOut || heldOut.empty()) m_heldOutLegend->removeFromLegend();
  if (reconstruction) {
    // Over the points: the network's output for each of them, once a snapshot comes.
    m_reconstruction = addGraph();
    m_reconstruction->setName(tr("reconstruction"));
    m_reconstruction->setLineStyle(QCPGraph::lsNone);
    m_reconstruction->setScatterStyle(QCPScatterStyle(
        QCPScatterStyle::ssCross, QPen(theme.classColor(1), theme.lineWidth()), Qt::NoBrush, size));
    drawReconstruction();
  }
  legend->setVisible(legend->itemCount() > 0); // regression data without held-out points names nothing
  if (marked >= 0) setMarkedRow(marked);       // over the new points
}

void BoundaryPlot::showSnapshot(const SnapshotPtr& snapshot) {
  if (!snapshot || !snapshot->hasGrid) return;
  m_snapshot = snapshot;
  refreshMap();
}

void BoundaryPlot::clearBoundary() {
  m_snapshot.reset();
  m_map->data()->clear();
  replot(rpQueuedReplot);
}

void BoundaryPlot::setDiscretize(bool on) {
  if (on == m_discretize) return;
  m_discretize = on;
  refreshMap();
}

void BoundaryPlot::setShowHeldOut(bool on) {
  if (on == m_showHeldOut) return;
  m_showHeldOut = on;
  rebuildGraphs();
  replot(rpQueuedReplot);
}

void BoundaryPlot::setPaintClass(int classIndex) {
  m_paintClass = classIndex;
  setCursor(classIndex >= 0 ? Qt::CrossCursor : Qt::ArrowCursor);
}

void BoundaryPlot::showNeuronMap(int layerIndex, int unit) {
  m_neuronLayer = layerIndex;
  m_neuronUnit = unit;
  refreshMap();
}

void BoundaryPlot::clearNeuronMap() {
  if (m_neuronLayer < 0) return;
  m_neuronLayer = m_neuronUnit = -1;
  refreshMap();
}

void BoundaryPlot::refreshMap() {
  if (!m_snapshot) {
    replot(rpQueuedReplot);
    return;
  }
  const neurona::GridResult& r = m_snapshot->grid;
  const int nx = r.grid.nx, ny = r.grid.ny;
  QCPColorMapData* d = m_map->data();
  if (d->keySize() != nx || d->valueSize() != ny) d->setSize(nx, ny);
  d->setRange(QCPRange(r.grid.xMin, r.grid.xMax), QCPRange(r.grid.yMin, r.grid.yMax));

  const bool neuron = m_neuronLayer >= 0 && m_neuronLayer < static_cast<int>(r.layers.size()) &&
                      m_neuronUnit >= 0 &&
                      m_neuronUnit < r.layers[static_cast<std::size_t>(m_neuronLayer)].cols();
  if (neuron) {
    const auto col = r.layers[static_cast<std::size_t>(m_neuronLayer)].col(m_neuronUnit);
    const double m = std::max(1e-6, static_cast<double>(col.cwiseAbs().maxCoeff()));
    for (int iy = 0; iy < ny; ++iy)
      for (int ix = 0; ix < nx; ++ix) d->setCell(ix, iy, 0.5 + 0.5 * col(iy * nx + ix) / m);
    m_map->setGradient(divergingGradient());
    m_map->setDataRange(QCPRange(0.0, 1.0));
    drawReconstruction();
    replot(rpQueuedReplot);
    return;
  }

  const int outputs = static_cast<int>(r.outputs.cols());
  const bool regression = m_raw.task == TaskKind::Regression;
  if (showsReconstruction()) {
    d->clear(); // the points tell the story: no map
    drawReconstruction();
  } else if (regression) {
    for (int iy = 0; iy < ny; ++iy)
      for (int ix = 0; ix < nx; ++ix) d->setCell(ix, iy, r.outputs(iy * nx + ix, 0));
    // Low to high predictions run along the same diverging map as the points' targets (its ends differ in
    // lightness too); a prediction beyond the targets' range takes the colour of its end.
    m_map->setGradient(divergingGradient());
    m_map->setDataRange(m_valueRange);
  } else if (outputs == 1) {
    for (int iy = 0; iy < ny; ++iy)
      for (int ix = 0; ix < nx; ++ix) {
        const double p = r.outputs(iy * nx + ix, 0);
        d->setCell(ix, iy, m_discretize ? (p >= 0.5 ? 1.0 : 0.0) : p);
      }
    m_map->setGradient(divergingGradient());
    m_map->setDataRange(QCPRange(0.0, 1.0));
  } else {
    const double chance = 1.0 / outputs;
    for (int iy = 0; iy < ny; ++iy)
      for (int ix = 0; ix < nx; ++ix) {
        const Eigen::Index row = iy * nx + ix;
        Eigen::Index k = 0;
        const double p = r.outputs.row(row).maxCoeff(&k);
        const double confidence = std::clamp((p - chance) / (1.0 - chance), 0.0, 0.999);
        d->setCell(ix, iy, static_cast<double>(k) + (m_discretize ? 0.999 : confidence));
      }
    m_map->setGradient(classGradient(outputs));
    m_map->setDataRange(QCPRange(0.0, outputs));
  }
  replot(rpQueuedReplot);
}

bool BoundaryPlot::showsReconstruction() const {
  return m_raw.task == TaskKind::Regression && m_raw.targetsAreInputs && m_raw.featureCount() == 2 &&
         m_raw.targets.cols() == 2;
}

void BoundaryPlot::drawReconstruction() {
  if (!m_reconstruction) return;
  if (!m_snapshot || !m_snapshot->hasGrid || m_snapshot->grid.outputs.cols() != 2) {
    m_reconstruction->data()->clear();
    return;
  }
  const neurona::GridResult& r = m_snapshot->grid;
  // The outputs are the inputs as the network sees them: x = x'·scale + offset undoes the preprocessing.
  const neurona::Preprocessing& p = m_targetScaling;
  const bool scaled =
      p.kind != neurona::PreprocessingKind::None && p.offset.size() >= 2 && p.scale.size() >= 2;
  std::vector<Eigen::Index> rows = m_split.train;
  if (m_showHeldOut) {
    rows.insert(rows.end(), m_split.validation.begin(), m_split.validation.end());
    rows.insert(rows.end(), m_split.test.begin(), m_split.test.end());
  }
  if (rows.empty())
    for (Eigen::Index row = 0; row < m_raw.samples(); ++row) rows.push_back(row);
  QVector<double> xs, ys;
  for (Eigen::Index row : rows) {
    if (row < 0 || row >= m_raw.samples()) continue;
    const double x = m_raw.features(row, 0), y = m_raw.features(row, 1);
    double ox = gridValue(r, 0, x, y), oy = gridValue(r, 1, x, y);
    if (scaled) {
      ox = ox * p.scale(0) + p.offset(0);
      oy = oy * p.scale(1) + p.offset(1);
    }
    xs.push_back(ox);
    ys.push_back(oy);
  }
  m_reconstruction->setData(xs, ys); // a scatter: the graph sorts the points by x
}

double BoundaryPlot::cellValue(int ix, int iy) const { return m_map->data()->cell(ix, iy); }

QCPGraph* BoundaryPlot::classGraph(int classIndex, bool heldOut) const {
  const std::vector<QCPGraph*>& graphs = heldOut ? m_heldOutGraphs : m_trainGraphs;
  return classIndex >= 0 && classIndex < static_cast<int>(graphs.size())
             ? graphs[static_cast<std::size_t>(classIndex)]
             : nullptr;
}

int BoundaryPlot::pointCount(bool heldOut) const {
  int n = 0;
  for (QCPGraph* g : heldOut ? m_heldOutGraphs : m_trainGraphs) n += g->dataCount();
  return n;
}

void BoundaryPlot::mousePressEvent(QMouseEvent* e) {
  if (m_paintClass >= 0 && axisRect()->rect().contains(e->pos())) {
    const double x = xAxis->pixelToCoord(e->pos().x()), y = yAxis->pixelToCoord(e->pos().y());
    if (e->button() == Qt::LeftButton) {
      emit addPointRequested(x, y, m_paintClass);
      e->accept();
      return;
    }
    if (e->button() == Qt::RightButton) {
      // Within 12 pixels of the click, measured along the x axis.
      const double radius = std::abs(xAxis->pixelToCoord(e->pos().x() + 12) - x);
      emit removePointRequested(x, y, radius);
      e->accept();
      return;
    }
  }
  if (m_paintClass < 0 && e->button() == Qt::LeftButton && axisRect()->rect().contains(e->pos()))
    emit planeClicked(xAxis->pixelToCoord(e->pos().x()), yAxis->pixelToCoord(e->pos().y()));
  QCustomPlot::mousePressEvent(e);
}

void BoundaryPlot::setMarkedRow(int rawRow) {
  m_markedRow = rawRow;
  if (m_marker) {
    removeGraph(m_marker);
    m_marker = nullptr;
  }
  if (rawRow >= 0 && rawRow < m_raw.samples() && m_raw.featureCount() >= 2) {
    // Added last, so it is drawn over every point.
    const Theme& theme = Theme::instance();
    m_marker = addGraph();
    m_marker->removeFromLegend();
    m_marker->setLineStyle(QCPGraph::lsNone);
    m_marker->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(theme.foreground(), 3.0),
                                              Qt::NoBrush, theme.markerSize() * 2.6));
    m_marker->setData({m_raw.features(rawRow, 0)}, {m_raw.features(rawRow, 1)}, true);
  }
  replot(rpQueuedReplot);
}
