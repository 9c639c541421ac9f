// The plots and the canvas follow the presentation choices live: the class palette, the diverging
// map and high contrast repaint everything at once, without a restart.
#include "support/ProjectFixtures.h"
#include "support/QtApp.h"
#include "support/SampleData.h"

#include "model/NetworkTemplates.h"
#include "model/Project.h"
#include "ui/canvas/CanvasInternals.h"
#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/ConnectionItem.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/plots/BoundaryPlot.h"
#include "ui/plots/LossPlot.h"
#include "ui/plots/MetricsView.h"
#include "ui/shell/PresentationController.h"
#include "ui/style/ColorPalettes.h"
#include "ui/style/Theme.h"

#include <QCheckBox>
#include <QMainWindow>
#include <QPainter>
#include <QTableWidget>

#include <gtest/gtest.h>

#include <cmath>

namespace {

// Leaves the theme as a fresh start has it, whatever the test changed.
struct ThemeGuard {
  ThemeGuard() {
    qtApp();
    Theme::instance().setHighContrast(false);
    Theme::instance().setColorBlindSafe(true);
  }
  ~ThemeGuard() {
    Theme::instance().setHighContrast(false);
    Theme::instance().setColorBlindSafe(true);
  }
};

// Colour maps are sampled at 256 levels: allow one unit of rounding per channel.
bool sameColour(const QColor& a, const QColor& b, int tolerance = 1) {
  return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance &&
         std::abs(a.blue() - b.blue()) <= tolerance;
}

QColor mapEnd(const BoundaryPlot& plot, double position) {
  return QColor::fromRgb(plot.colorMap()->gradient().color(position, QCPRange(0.0, 1.0)));
}

SnapshotPtr binarySnapshot() {
  auto s = std::make_shared<Snapshot>();
  s->grid.grid = {-1.0, 1.0, -2.0, 2.0, 4, 3};
  s->grid.outputs = neurona::MatrixF::Constant(12, 1, 0.8f);
  s->hasGrid = true;
  return s;
}

// Pixels of `image` whose hue is within 12° of `colour`'s and that are clearly coloured.
int pixelsOfHue(const QImage& image, const QColor& colour) {
  const int hue = colour.hsvHue();
  int n = 0;
  for (int y = 0; y < image.height(); ++y)
    for (int x = 0; x < image.width(); ++x) {
      const QColor c = image.pixelColor(x, y);
      if (c.hsvSaturation() < 120 || c.value() < 60) continue;
      const int d = std::abs(c.hsvHue() - hue);
      if (std::min(d, 360 - d) <= 12) ++n;
    }
  return n;
}

} // namespace

TEST(ThemeFollow, boundaryPlotRecoloursClassesAndMapWhenThePaletteChanges) {
  ThemeGuard guard;
  Theme& theme = Theme::instance();
  BoundaryPlot plot;
  plot.setData(binaryData(), neurona::DatasetSplit{{0, 1, 2}, {3}, {}}, QRectF(-1, -2, 2, 4));
  plot.showSnapshot(binarySnapshot());
  ASSERT_NE(plot.classGraph(1, false), nullptr);
  ASSERT_NE(plot.classGraph(1, true), nullptr);
  EXPECT_EQ(plot.classGraph(0, false)->scatterStyle().brush().color(), ColorPalettes::okabeIto(0));
  EXPECT_EQ(plot.classGraph(1, false)->scatterStyle().brush().color(), ColorPalettes::okabeIto(1));
  EXPECT_EQ(plot.classGraph(1, true)->scatterStyle().pen().color(), ColorPalettes::okabeIto(1)); // rings
  EXPECT_TRUE(sameColour(mapEnd(plot, 1.0), ColorPalettes::blueOrange(1.0)));
  EXPECT_TRUE(sameColour(mapEnd(plot, 0.0), ColorPalettes::blueOrange(-1.0)));

  theme.setColorBlindSafe(false); // what the View menu does: no call on the plot itself
  EXPECT_EQ(plot.classGraph(0, false)->scatterStyle().brush().color(), ColorPalettes::standardClass(0));
  EXPECT_EQ(plot.classGraph(1, false)->scatterStyle().brush().color(), ColorPalettes::standardClass(1));
  EXPECT_EQ(plot.classGraph(1, true)->scatterStyle().pen().color(), ColorPalettes::standardClass(1));
  EXPECT_TRUE(sameColour(mapEnd(plot, 1.0), ColorPalettes::blueRed(1.0)));
  EXPECT_FALSE(sameColour(mapEnd(plot, 1.0), ColorPalettes::blueOrange(1.0), 8));
  // The data, the legend's names and the map survive the restyle.
  QStringList names;
  for (int i = 0; i < plot.graphCount(); ++i)
    if (plot.graph(i)->visible()) names << plot.graph(i)->name();
  EXPECT_TRUE(names.contains(QStringLiteral("validation / test"))) << names.join('|').toStdString();
  EXPECT_EQ(plot.pointCount(false), 3);
  EXPECT_NEAR(plot.cellValue(2, 1), 0.8, 1e-6);
}

TEST(ThemeFollow, regressionMapIsTheThemesDivergingMap) {
  ThemeGuard guard;
  neurona::Dataset d = binaryData();
  d.task = neurona::TaskKind::Regression;
  d.labels.resize(0);
  d.classNames.clear();
  d.targets.resize(4, 1);
  d.targets << 0.0, 1.0, 2.0, 3.0;
  BoundaryPlot plot;
  plot.setData(d, neurona::DatasetSplit{{0, 1, 2, 3}, {}, {}}, QRectF(-1, -2, 2, 4));
  auto s = std::make_shared<Snapshot>(*binarySnapshot());
  s->grid.outputs = neurona::MatrixF::Constant(12, 1, 1.5f);
  plot.showSnapshot(s);
  EXPECT_TRUE(sameColour(mapEnd(plot, 1.0), ColorPalettes::blueOrange(1.0)));
  Theme::instance().setColorBlindSafe(false);
  EXPECT_TRUE(sameColour(mapEnd(plot, 1.0), ColorPalettes::blueRed(1.0)));
}

TEST(ThemeFollow, highContrastPaintsBlackPaperThickerLinesAndLargerPoints) {
  ThemeGuard guard;
  BoundaryPlot plot;
  plot.setData(binaryData(), neurona::DatasetSplit{{0, 1, 2}, {3}, {}}, QRectF(-1, -2, 2, 4));
  LossPlot loss;
  const double axisWidth = plot.xAxis->basePen().widthF();
  const double pointSize = plot.classGraph(0, false)->scatterStyle().size();
  const double curveWidth = loss.validationLoss()->pen().widthF();
  // The corner of the widget, outside the axes, shows the paper.
  const auto corner = [](QCustomPlot* p) { return p->toPixmap(240, 200).toImage().pixelColor(1, 1); };
  EXPECT_EQ(corner(&plot), QColor(Qt::white));
  EXPECT_EQ(corner(loss.lossPlot()), QColor(Qt::white));

  Theme::instance().setHighContrast(true);
  EXPECT_EQ(corner(&plot), QColor(Qt::black));
  EXPECT_EQ(corner(loss.lossPlot()), QColor(Qt::black));
  EXPECT_EQ(corner(loss.metricPlot()), QColor(Qt::black));
  EXPECT_EQ(plot.xAxis->basePen().color(), QColor(Qt::white));
  EXPECT_EQ(plot.xAxis->tickLabelColor(), QColor(Qt::white));
  EXPECT_GT(plot.xAxis->basePen().widthF(), axisWidth);
  EXPECT_GT(plot.classGraph(0, false)->scatterStyle().size(), pointSize);
  EXPECT_GT(loss.validationLoss()->pen().widthF(), curveWidth);

  Theme::instance().setHighContrast(false);
  EXPECT_EQ(corner(&plot), QColor(Qt::white));
  EXPECT_DOUBLE_EQ(plot.xAxis->basePen().widthF(), axisWidth);
  EXPECT_DOUBLE_EQ(plot.classGraph(0, false)->scatterStyle().size(), pointSize);
}

TEST(ThemeFollow, lossCurvesFollowThePaletteAndValidationIsDashedInEveryTheme) {
  ThemeGuard guard;
  LossPlot loss;
  for (bool safe : {true, false})
    for (bool contrast : {false, true}) {
      Theme::instance().setColorBlindSafe(safe);
      Theme::instance().setHighContrast(contrast);
      const QColor train = safe ? ColorPalettes::okabeIto(0) : ColorPalettes::standardClass(0);
      const QColor val = safe ? ColorPalettes::okabeIto(1) : ColorPalettes::standardClass(1);
      EXPECT_EQ(loss.trainLoss()->pen().color(), train);
      EXPECT_EQ(loss.validationLoss()->pen().color(), val);
      EXPECT_EQ(loss.trainMetric()->pen().color(), train);
      EXPECT_EQ(loss.trainLoss()->pen().style(), Qt::SolidLine);
      EXPECT_EQ(loss.validationLoss()->pen().style(), Qt::DashLine);
      EXPECT_EQ(loss.validationMetric()->pen().style(), Qt::DashLine);
    }
}

TEST(ThemeFollow, confusionMatrixDiagonalTakesTheClassColours) {
  ThemeGuard guard;
  MetricsView view;
  view.setClasses({"a", "b"}, false);
  auto s = std::make_shared<Snapshot>();
  s->trainClassification.accuracy = 0.75;
  s->trainClassification.confusion.resize(2, 2);
  s->trainClassification.confusion << 5, 1, 2, 4;
  view.showSnapshot(s);
  const auto diagonal = [&](int k) { return view.confusion()->item(k, k)->background().color().rgb(); };
  EXPECT_EQ(diagonal(1), ColorPalettes::okabeIto(1).rgb());
  Theme::instance().setColorBlindSafe(false);
  EXPECT_EQ(diagonal(1), ColorPalettes::standardClass(1).rgb());
}

namespace {

// The tutorial network on a visible canvas, with a snapshot whose weights are all +1 and whose
// neurons all output 1 (a probability), so every edge and neuron map shows the "positive" colour.
struct LiveCanvas : ThemeGuard {
  Project doc;
  NetworkView view{&doc};
  CanvasInternals internals{&view, &doc};

  LiveCanvas() {
    projecttest::loadNetwork(doc, NetworkTemplates::build(NetworkTemplate::Tutorial, 2));
    view.resize(1200, 700);
    view.show();
    view.fitNetwork();
    auto s = std::make_shared<Snapshot>();
    s->grid.grid = {-1.0, 1.0, -1.0, 1.0, 4, 4};
    auto params = std::make_shared<neurona::ModelParams>();
    for (const neurona::LayerSpec& l : doc.network().layers) {
      const neurona::LayerShape* shape = doc.shapeOf(l.id);
      neurona::LayerParams p;
      p.id = l.id;
      p.weights = neurona::MatrixD::Constant(shape->inputs, shape->outputs, 1.0);
      params->push_back(p);
      s->grid.layers.push_back(neurona::MatrixF::Constant(16, shape->outputs, 1.0f));
    }
    s->params = params;
    s->grid.outputs = s->grid.layers.back();
    s->hasGrid = true;
    internals.showSnapshot(s);
  }

  // The strip between the input block and the first layer, where only edges are drawn.
  QImage firstGap() const {
    NetworkScene* scene = view.networkScene();
    const QRectF from = scene->inputBlock()->sceneBoundingRect();
    const QRectF to = scene->block(doc.network().layers.front().id)->sceneBoundingRect();
    const QRectF gap(QPointF(from.right() + 2, from.top()), QPointF(to.left() - 2, from.bottom()));
    QImage image(gap.size().toSize() * 2, QImage::Format_RGB32);
    image.fill(CanvasStyle::canvasBackground());
    QPainter p(&image);
    scene->render(&p, QRectF(image.rect()), gap);
    return image;
  }
  QImage firstNeuron() const {
    const LayerBlockItem* b = view.networkScene()->block(doc.network().layers.front().id);
    return b->neuronImages().value(0);
  }
};

} // namespace

TEST(ThemeFollow, canvasEdgesAndNeuronMapsTakeTheNewPaletteAtOnce) {
  LiveCanvas c;
  const QColor safe = ColorPalettes::blueOrange(1.0), standard = ColorPalettes::blueRed(1.0);
  ASSERT_FALSE(c.firstNeuron().isNull());
  EXPECT_EQ(c.firstNeuron().pixelColor(12, 12).rgb(), safe.rgb());
  QImage edges = c.firstGap();
  EXPECT_GT(pixelsOfHue(edges, safe), 200);
  EXPECT_EQ(pixelsOfHue(edges, standard), 0);

  Theme::instance().setColorBlindSafe(false);
  EXPECT_EQ(c.firstNeuron().pixelColor(12, 12).rgb(), standard.rgb());
  edges = c.firstGap();
  EXPECT_GT(pixelsOfHue(edges, standard), 200);
  EXPECT_EQ(pixelsOfHue(edges, safe), 0);
}

TEST(ThemeFollow, highContrastCanvasHasBlackPaperWhiteInkAndThickerEdges) {
  LiveCanvas c;
  // Share of pure black in the view's top-left corner, which shows the canvas paper.
  const auto blackShare = [&] {
    const QImage image = c.view.viewport()->grab().toImage();
    int black = 0;
    for (int y = 0; y < 40; ++y)
      for (int x = 0; x < 40; ++x) black += image.pixelColor(x, y) == QColor(Qt::black) ? 1 : 0;
    return black / 1600.0;
  };
  EXPECT_LT(blackShare(), 0.1);
  const int colouredBefore = pixelsOfHue(c.firstGap(), CanvasStyle::positiveWeight());

  Theme::instance().setHighContrast(true);
  EXPECT_GT(blackShare(), 0.8);
  EXPECT_EQ(CanvasStyle::textColour(), QColor(Qt::white));
  // The lighter edge colour of high contrast, and more of it: the lines are thicker.
  EXPECT_GT(pixelsOfHue(c.firstGap(), CanvasStyle::positiveWeight()), colouredBefore * 3 / 2);

  Theme::instance().setHighContrast(false);
  EXPECT_LT(blackShare(), 0.1);
}

TEST(ThemeFollow, neuronMapsPutAnOffNeuronInTheNeutralMiddle) {
  ThemeGuard guard;
  neurona::GridResult g;
  g.grid = {-1.0, 1.0, -1.0, 1.0, 4, 4};
  g.layers.push_back(neurona::MatrixF::Zero(16, 2));
  g.layers.back().col(1).setLinSpaced(-2.0f, 1.0f);
  // A ReLU that never fires is neither class: the neutral middle, not the end of the map.
  const QImage off = CanvasInternals::neuronImage(g, 0, 0);
  EXPECT_EQ(off.pixelColor(5, 5).rgb(), Theme::instance().diverging(0.0).rgb());
  // A probability of 0 is class 0's side.
  const QImage p = CanvasInternals::neuronImage(g, 0, 0, CanvasInternals::Scale::Probability);
  EXPECT_EQ(p.pixelColor(5, 5).rgb(), Theme::instance().boundaryColor(0.0).rgb());
  // A signed output reaches the negative end where it is largest in magnitude (bottom-left, x2 lowest).
  const QImage signedMap = CanvasInternals::neuronImage(g, 0, 1);
  EXPECT_EQ(signedMap.pixelColor(0, CanvasInternals::kImageSize - 1).rgb(),
            Theme::instance().diverging(-1.0).rgb());
  Theme::instance().setColorBlindSafe(false);
  EXPECT_EQ(CanvasInternals::neuronImage(g, 0, 1).pixelColor(0, CanvasInternals::kImageSize - 1).rgb(),
            ColorPalettes::blueRed(-1.0).rgb());
}

TEST(ThemeFollow, anUntickedCheckBoxStaysVisibleInHighContrast) {
  ThemeGuard guard;
  QMainWindow window;
  PresentationController presentation(&window);
  const auto whitePixels = [] {
    QCheckBox box; // no text: only the indicator is drawn
    box.resize(24, 24);
    const QImage image = box.grab().toImage();
    int n = 0;
    for (int y = 0; y < image.height(); ++y)
      for (int x = 0; x < image.width(); ++x) n += image.pixelColor(x, y).lightness() > 220 ? 1 : 0;
    return n;
  };
  presentation.setHighContrast(true);
  EXPECT_GT(whitePixels(), 20);
  presentation.setHighContrast(false);
  EXPECT_TRUE(qApp->styleSheet().isEmpty());
}
