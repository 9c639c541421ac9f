#include "support/ProjectFixtures.h"
#include "support/QtApp.h"

#include "model/NetworkTemplates.h"
#include "model/Project.h"
#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/ConnectionItem.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/canvas/PalettePanel.h"
#include "ui/style/Theme.h"

#include <QDir>
#include <QDropEvent>
#include <QElapsedTimer>
#include <QFile>
#include <QMimeData>
#include <QPainter>
#include <QSet>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

using neurona::ActivationKind;
using neurona::LayerId;
using neurona::LayerType;

namespace {

// A document with the tutorial network and a visible canvas and palette, as in the app.
struct AppFirst {
  AppFirst() { qtApp(); }
};

struct Canvas : AppFirst {
  Project doc;
  NetworkView view{&doc};
  PalettePanel palette;

  Canvas() {
    projecttest::loadNetwork(doc, NetworkTemplates::build(NetworkTemplate::Tutorial, 2));
    view.resize(1400, 700);
    view.show();
    view.fitNetwork();
    QCoreApplication::processEvents();
  }
  NetworkScene* scene() const { return view.networkScene(); }
  LayerId id(int index) const { return doc.network().layers[static_cast<std::size_t>(index)].id; }
  QPoint viewPoint(const QPointF& scenePos) const { return view.mapFromScene(scenePos); }
  QPoint blockPoint(int index, const QPointF& itemPos) const {
    return viewPoint(scene()->block(id(index))->mapToScene(itemPos));
  }
  // Drag enter, move and drop at `at` (viewport coordinates), the way QDrag delivers them.
  bool drop(QMimeData* mime, const QPoint& at) {
    std::unique_ptr<QMimeData> owned(mime);
    QDragEnterEvent enter(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &enter);
    if (!enter.isAccepted()) return false;
    QDragMoveEvent move(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &move);
    if (!move.isAccepted()) return false;
    QDropEvent dropped(QPointF(at), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &dropped);
    return dropped.isAccepted();
  }
  void mouse(QEvent::Type type, const QPoint& at, Qt::MouseButton button, Qt::MouseButtons buttons) {
    QMouseEvent e(type, QPointF(at), view.viewport()->mapToGlobal(QPointF(at)), button, buttons,
                  Qt::NoModifier);
    QCoreApplication::sendEvent(view.viewport(), &e);
  }
};

std::vector<int> unitsOf(const Project& doc) {
  std::vector<int> out;
  for (const auto& l : doc.network().layers) out.push_back(l.type == LayerType::Dense ? l.units : -1);
  return out;
}

} // namespace

TEST(Canvas, dropFromPaletteInsertsAtTheDropPositionUndoAndRedo) {
  Canvas c;
  // Row 2 of the palette is Dropout; drop it between Dense 1 and Dense 2.
  const double between = (c.scene()->columnX(c.id(0)) + c.scene()->columnX(c.id(1))) / 2.0;
  ASSERT_TRUE(c.drop(c.palette.mimeDataForBlockRow(2), c.viewPoint(QPointF(between, 120))));
  ASSERT_EQ(c.doc.layerCount(), 4);
  const LayerId added = c.id(1);
  EXPECT_EQ(c.doc.layer(added)->type, LayerType::Dropout);
  EXPECT_EQ(c.scene()->selectedLayers(), QList<LayerId>{added});
  ASSERT_NE(c.scene()->block(added), nullptr);
  EXPECT_NE(c.scene()->connectionInto(added), nullptr);

  c.doc.undoStack()->undo();
  EXPECT_EQ(c.doc.layerCount(), 3);
  EXPECT_EQ(c.scene()->block(added), nullptr);
  c.doc.undoStack()->redo();
  EXPECT_EQ(c.id(1), added);
  EXPECT_NE(c.scene()->block(added), nullptr);

  // Dense (row 1) dropped left of the first layer goes first; dropped far right goes last.
  ASSERT_TRUE(
      c.drop(c.palette.mimeDataForBlockRow(1), c.viewPoint(QPointF(c.scene()->columnX(c.id(0)) - 60, 100))));
  EXPECT_EQ(c.doc.layer(c.id(0))->type, LayerType::Dense);
  EXPECT_EQ(c.doc.layer(c.id(0))->units, 4);
  const double right = c.scene()->columnX(c.id(c.doc.layerCount() - 1)) + 150;
  ASSERT_TRUE(c.drop(c.palette.mimeDataForBlockRow(1), c.viewPoint(QPointF(right, 100))));
  EXPECT_EQ(c.doc.layerCount(), 6);
  EXPECT_EQ(c.scene()->currentLayer(), c.id(5));
}

TEST(Canvas, inputCannotBeDroppedAndActivationChipsLandOnDenseBlocks) {
  Canvas c;
  EXPECT_FALSE(c.drop(c.palette.mimeDataForBlockRow(0), c.viewPoint(QPointF(300, 100))));
  EXPECT_EQ(c.doc.layerCount(), 3);

  int tanhRow = -1;
  for (int i = 0; i < static_cast<int>(neurona::allActivations().size()); ++i)
    if (neurona::allActivations()[static_cast<std::size_t>(i)] == ActivationKind::Tanh) tanhRow = i;
  ASSERT_GE(tanhRow, 0);
  ASSERT_TRUE(c.drop(c.palette.mimeDataForActivationRow(tanhRow), c.blockPoint(1, QPointF(80, 100))));
  EXPECT_EQ(c.doc.layer(c.id(1))->activation, ActivationKind::Tanh);
  EXPECT_EQ(c.doc.undoStack()->undoText(), QStringLiteral("Change activation of Dense 2"));
  // Dropped on empty canvas: refused.
  EXPECT_FALSE(c.drop(c.palette.mimeDataForActivationRow(tanhRow), c.viewPoint(QPointF(125, 1000))));
}

TEST(Canvas, draggingABlockReordersTheLayers) {
  Canvas c;
  const LayerId first = c.id(0);
  // Grabbed by its title (not the − / + below it) and dropped just right of Dense 2's centre.
  const QPointF grip(c.scene()->block(first)->centreX(), 10);
  const QPoint start = c.blockPoint(0, grip);
  const double target =
      c.scene()->columnX(c.id(1)) + 0.2 * (c.scene()->columnX(c.id(2)) - c.scene()->columnX(c.id(1)));
  const QPoint end = c.viewPoint(QPointF(target, c.scene()->block(first)->mapToScene(grip).y()));
  c.mouse(QEvent::MouseButtonPress, start, Qt::LeftButton, Qt::LeftButton);
  for (int i = 1; i <= 8; ++i)
    c.mouse(QEvent::MouseMove, start + (end - start) * i / 8, Qt::NoButton, Qt::LeftButton);
  c.mouse(QEvent::MouseButtonRelease, end, Qt::LeftButton, Qt::NoButton);
  EXPECT_EQ(c.doc.indexOf(first), 1);
  EXPECT_EQ(unitsOf(c.doc), (std::vector<int>{8, 4, 1}));
  EXPECT_EQ(c.doc.undoStack()->count(), 1);
  // The block snaps to its new column.
  EXPECT_NEAR(c.scene()->block(first)->pos().x() + c.scene()->block(first)->centreX(),
              c.scene()->columnX(first), 1e-9);
  c.doc.undoStack()->undo();
  EXPECT_EQ(c.doc.indexOf(first), 0);
}

TEST(Canvas, plusMinusButtonsAndWheelChangeUnitsInOneUndoStep) {
  Canvas c;
  LayerBlockItem* block = c.scene()->block(c.id(1));
  const QPoint plus = c.viewPoint(block->mapToScene(block->plusRect().center()));
  const QPoint minus = c.viewPoint(block->mapToScene(block->minusRect().center()));
  for (int i = 0; i < 3; ++i) {
    QTest::mouseClick(c.view.viewport(), Qt::LeftButton, Qt::NoModifier, plus);
    EXPECT_EQ(c.doc.layer(c.id(1))->units, 9 + i); // the + stays under the mouse
  }
  QTest::mouseClick(c.view.viewport(), Qt::LeftButton, Qt::NoModifier, minus);
  EXPECT_EQ(c.doc.layer(c.id(1))->units, 10);
  EXPECT_EQ(block->content().units, 10);

  const QPoint over = c.blockPoint(1, QPointF(84, 100));
  QWheelEvent wheel(QPointF(over), c.view.viewport()->mapToGlobal(QPointF(over)), QPoint(), QPoint(0, 120),
                    Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
  QCoreApplication::sendEvent(c.view.viewport(), &wheel);
  EXPECT_EQ(c.doc.layer(c.id(1))->units, 11);
  EXPECT_EQ(c.doc.undoStack()->count(), 1);
  EXPECT_EQ(c.doc.undoStack()->undoText(), QStringLiteral("Change units of Dense 2"));
  c.doc.undoStack()->undo();
  EXPECT_EQ(c.doc.layer(c.id(1))->units, 8);

  // On a dropout block the same buttons step the rate by 5%.
  neurona::LayerSpec drop;
  drop.type = LayerType::Dropout;
  drop.rate = 0.2;
  const LayerId dropout = c.doc.insertLayer(1, drop);
  LayerBlockItem* dropBlock = c.scene()->block(dropout);
  QTest::mouseClick(c.view.viewport(), Qt::LeftButton, Qt::NoModifier,
                    c.viewPoint(dropBlock->mapToScene(dropBlock->plusRect().center())));
  EXPECT_DOUBLE_EQ(c.doc.layer(dropout)->rate, 0.25);
  EXPECT_EQ(dropBlock->content().stepperText, QStringLiteral("25%"));
  c.doc.undoStack()->undo();
  c.doc.undoStack()->undo();

  // Ctrl+wheel zooms instead.
  const double zoom = c.view.zoom();
  QWheelEvent ctrlWheel(QPointF(over), c.view.viewport()->mapToGlobal(QPointF(over)), QPoint(),
                        QPoint(0, 120), Qt::NoButton, Qt::ControlModifier, Qt::NoScrollPhase, false);
  QCoreApplication::sendEvent(c.view.viewport(), &ctrlWheel);
  EXPECT_GT(c.view.zoom(), zoom);
  EXPECT_EQ(c.doc.layer(c.id(1))->units, 8);
  QTest::keyClick(&c.view, Qt::Key_F);
  EXPECT_NEAR(c.view.zoom(), zoom, 1e-9);
}

TEST(Canvas, keyboardDeletesDuplicatesAndWalksBetweenLayers) {
  Canvas c;
  c.view.setFocus();
  QTest::keyClick(&c.view, Qt::Key_Right);
  EXPECT_EQ(c.scene()->currentLayer(), c.id(0));
  QTest::keyClick(&c.view, Qt::Key_Right);
  EXPECT_EQ(c.scene()->currentLayer(), c.id(1));
  QTest::keyClick(&c.view, Qt::Key_D, Qt::ControlModifier);
  EXPECT_EQ(unitsOf(c.doc), (std::vector<int>{4, 8, 8, 1}));
  EXPECT_EQ(c.scene()->currentLayer(), c.id(2));
  QTest::keyClick(&c.view, Qt::Key_Left);
  QTest::keyClick(&c.view, Qt::Key_Left);
  EXPECT_EQ(c.scene()->currentLayer(), c.id(0));
  QTest::keyClick(&c.view, Qt::Key_Delete);
  EXPECT_EQ(unitsOf(c.doc), (std::vector<int>{8, 8, 1}));
  EXPECT_EQ(c.scene()->currentLayer(), neurona::kNoLayer);
}

TEST(Canvas, blocksShowShapesParametersAndTheTotal) {
  Canvas c;
  Preparation prep = c.doc.preparation();
  prep.transforms = {neurona::FeatureTransform::X1Squared}; // a third input
  ASSERT_TRUE(c.doc.setPreparation(prep));
  const auto& b1 = c.scene()->block(c.id(0))->content();
  EXPECT_EQ(b1.shape, QStringLiteral("3 → 4"));
  EXPECT_EQ(b1.params, QStringLiteral("16 parameters")); // 3·4 weights + 4 biases
  EXPECT_EQ(c.scene()->block(c.id(2))->content().params, QStringLiteral("9 parameters"));
  EXPECT_EQ(c.scene()->totalText(), QStringLiteral("65 parameters")); // 16 + 40 + 9
  EXPECT_EQ(c.scene()->inputBlock()->content().neurons, 3);
  // Every input neuron connects to every neuron of Dense 1.
  EXPECT_EQ(c.scene()->connectionInto(c.id(0))->lineCount(), 3 * 4);

  // Wide layers collapse to 5 + "…N" + 5 circles; connections go to the drawn ones only.
  c.doc.setLayerProperty(c.id(1), LayerProperty::Units, 40);
  LayerBlockItem* wide = c.scene()->block(c.id(1));
  EXPECT_EQ(wide->slotCount(), 11);
  EXPECT_EQ(wide->unitOfSlot(5), -1);
  EXPECT_EQ(wide->unitOfSlot(10), 39);
  EXPECT_EQ(c.scene()->connectionInto(c.id(1))->lineCount(), 4 * 10);
}

TEST(Canvas, invalidLayerIsRedWithTheReasonInItsTooltip) {
  Canvas c;
  EXPECT_FALSE(c.scene()->block(c.id(2))->content().error);
  c.doc.setLayerProperty(c.id(2), LayerProperty::Units, 3); // binary task: one sigmoid unit
  const auto& out = c.scene()->block(c.id(2))->content();
  EXPECT_TRUE(out.error);
  EXPECT_TRUE(out.toolTip.contains(QStringLiteral("yes/no")));
  EXPECT_FALSE(c.doc.canTrain());
}

TEST(Canvas, screenshotOfTheTutorialNetwork) {
  Canvas c;
  c.scene()->selectOnly(c.id(1));
  const QImage image = c.view.renderImage(2.0);
  const QString dir = QStringLiteral(NEURONA_BINARY_DIR "/screenshots");
  QDir().mkpath(dir);
  ASSERT_TRUE(image.save(dir + QStringLiteral("/canvas_tutorial.png")));
  // Four columns of about 170 units plus gaps, at 2×.
  EXPECT_GT(image.width(), 1400);
  EXPECT_GT(image.height(), 500);
  // Non-trivial: many colours (antialiased text, curves, shadows) and the dense blue header present.
  QSet<QRgb> colours;
  int blue = 0;
  for (int y = 0; y < image.height(); y += 2)
    for (int x = 0; x < image.width(); x += 2) {
      const QRgb p = image.pixel(x, y);
      colours.insert(p);
      blue += p == CanvasStyle::accent(CanvasStyle::BlockKind::Dense).rgb() ? 1 : 0;
    }
  EXPECT_GT(colours.size(), 200);
  EXPECT_GT(blue, 1000);

  // The same network with a wrong output size: the output card turns red.
  c.doc.setLayerProperty(c.id(2), LayerProperty::Units, 3);
  neurona::LayerSpec drop;
  drop.type = LayerType::Dropout;
  c.doc.insertLayer(1, drop);
  const QImage invalid = c.view.renderImage(2.0);
  ASSERT_TRUE(invalid.save(dir + QStringLiteral("/canvas_invalid.png")));
  int red = 0;
  for (int y = 0; y < invalid.height(); y += 2)
    for (int x = 0; x < invalid.width(); x += 2)
      red += invalid.pixel(x, y) == CanvasStyle::errorColour().rgb() ? 1 : 0;
  EXPECT_GT(red, 1000);
  c.doc.undoStack()->undo();
  c.doc.undoStack()->undo();

  const QString svg = dir + QStringLiteral("/canvas_tutorial.svg");
  ASSERT_TRUE(c.view.exportSvg(svg));
  QFile f(svg);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  const QByteArray text = f.readAll();
  EXPECT_TRUE(text.contains("<svg"));
  EXPECT_TRUE(text.contains("Dense 2"));
}

TEST(Canvas, fitKeepsTheWholeDeepNetworkInsideANarrowView) {
  Canvas c;
  NetworkTemplates::apply(c.doc, NetworkTemplate::DeepSpiral);
  for (int i = 0; i < 4; ++i) c.doc.appendLayer(c.doc.network().layers.front()); // 9 columns wide
  c.view.resize(420, 700);
  QCoreApplication::processEvents();
  c.view.fitNetwork();
  const QRect viewport = c.view.viewport()->rect();
  for (QGraphicsItem* item : {static_cast<QGraphicsItem*>(c.scene()->inputBlock()),
                              static_cast<QGraphicsItem*>(c.scene()->block(c.id(7)))}) {
    const QRect r = c.view.mapFromScene(item->sceneBoundingRect()).boundingRect();
    EXPECT_TRUE(viewport.contains(r)) << r.x() << "," << r.y() << " " << r.width() << "x" << r.height();
  }
}

// The exported picture is the canvas as the person sees it: in high contrast, white ink on black paper,
// not white ink on a white page.
TEST(Canvas, exportedPictureKeepsTheTheme) {
  Canvas c;
  struct NormalContrastAfter {
    ~NormalContrastAfter() { Theme::instance().setHighContrast(false); }
  } after;
  Theme::instance().setHighContrast(true);
  const QImage dark = c.view.renderImage(1.0);
  const QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString svgPath = dir.filePath(QStringLiteral("network.svg"));
  ASSERT_TRUE(c.view.exportSvg(svgPath));
  Theme::instance().setHighContrast(false);
  const QImage light = c.view.renderImage(1.0);

  ASSERT_FALSE(dark.isNull());
  const QColor darkCorner = dark.pixelColor(1, 1);
  EXPECT_LT(darkCorner.lightness(), 40) << "high-contrast paper is " << darkCorner.name().toStdString();
  EXPECT_GT(light.pixelColor(1, 1).lightness(), 200);
  // Light ink on the dark page: some pixels are bright (the blocks' text and edges).
  int bright = 0;
  for (int y = 0; y < dark.height(); y += 2)
    for (int x = 0; x < dark.width(); x += 2) bright += dark.pixelColor(x, y).lightness() > 200 ? 1 : 0;
  EXPECT_GT(bright, 100);
  // The SVG drawn back: its page is black too.
  QSvgRenderer svg(svgPath);
  ASSERT_TRUE(svg.isValid());
  QImage drawn(svg.defaultSize(), QImage::Format_ARGB32);
  drawn.fill(Qt::white);
  QPainter painter(&drawn);
  svg.render(&painter);
  painter.end();
  EXPECT_LT(drawn.pixelColor(1, 1).lightness(), 40) << "the SVG's page is not black";
}

namespace {

// Pixels of the viewport between Dense 1 and Dense 2, whose hue is that of
// positive (first) and of negative (second) weights.
std::pair<int, int> lineColours(Canvas& c) {
  // Between the two cards, where only lines are drawn.
  const QRectF from = c.scene()->block(c.id(0))->sceneBoundingRect();
  const QRectF to = c.scene()->block(c.id(1))->sceneBoundingRect();
  const QRectF gap(QPointF(from.right() + 2, std::min(from.top(), to.top())),
                   QPointF(to.left() - 2, std::max(from.bottom(), to.bottom())));
  const QRect area = c.view.mapFromScene(gap).boundingRect() & c.view.viewport()->rect();
  const QImage shot = c.view.viewport()->grab().toImage();
  const int positiveHue = CanvasStyle::positiveWeight().hsvHue();
  const int negativeHue = CanvasStyle::negativeWeight().hsvHue();
  const auto near = [](int a, int b) { return std::min(std::abs(a - b), 360 - std::abs(a - b)) < 15; };
  int positive = 0, negative = 0;
  for (int y = area.top(); y <= area.bottom(); ++y)
    for (int x = area.left(); x <= area.right(); ++x) {
      const QColor p = shot.pixelColor(x, y);
      if (p.hsvSaturation() < 80) continue;
      positive += near(p.hsvHue(), positiveHue) ? 1 : 0;
      negative += near(p.hsvHue(), negativeHue) ? 1 : 0;
    }
  return {positive, negative};
}

} // namespace

// The lines are drawn off the GUI thread while a network trains: what the view shows follows the newest
// weights within a moment, and never stays on an old picture.
TEST(Canvas, linesFollowTheWeightsAsTheyChange) {
  Canvas c;
  ConnectionItem* lines = c.scene()->connectionInto(c.id(1));
  ASSERT_NE(lines, nullptr);
  const auto showsMostly = [&](bool positive) {
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 5000) {
      QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
      const auto [pos, neg] = lineColours(c);
      if (positive ? pos > 200 && neg < pos / 10 : neg > 200 && pos < neg / 10) return true;
    }
    const auto [pos, neg] = lineColours(c);
    ADD_FAILURE() << "positive " << pos << ", negative " << neg;
    return false;
  };
  neurona::MatrixD w = neurona::MatrixD::Constant(4, 8, 1.0); // Dense 1 (4 units) into Dense 2 (8)
  lines->setWeights(w);
  EXPECT_TRUE(showsMostly(true));
  // Time for the picture of these weights to be drawn and shown.
  QElapsedTimer settle;
  settle.start();
  while (settle.elapsed() < 400) QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
  EXPECT_TRUE(showsMostly(true));
  w.setConstant(-1.0);
  lines->setWeights(w);
  EXPECT_TRUE(showsMostly(false));
  // Quick changes, as in a run, end on the last weights.
  for (int i = 0; i < 10; ++i) {
    w.setConstant(i % 2 ? 1.0 : -1.0);
    lines->setWeights(w);
    QCoreApplication::processEvents();
  }
  w.setConstant(-0.5);
  lines->setWeights(w);
  EXPECT_TRUE(showsMostly(false));
}
