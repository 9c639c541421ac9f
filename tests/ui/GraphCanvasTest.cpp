// Graph networks on the canvas (issue #20): the project's graph edits (connect, disconnect, a layer on a
// wire, moved blocks, Arrange) as single undo steps, and the same edits made with the mouse on the canvas.
#include "support/ProjectFixtures.h"
#include "support/QtApp.h"

#include "model/GraphLayout.h"
#include "model/Project.h"
#include "ui/canvas/CanvasInternals.h"
#include "ui/canvas/ConnectionItem.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/canvas/PalettePanel.h"
#include "ui/canvas/PortItem.h"
#include "ui/canvas/WireItem.h"

#include <QAction>
#include <QApplication>
#include <QDropEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainterPathStroker>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <memory>

using neurona::kNetworkInput;
using neurona::LayerId;
using neurona::LayerSpec;
using neurona::LayerType;
using neurona::NetworkSpec;

namespace {

constexpr int kAddRow = 5; // the palette's rows: Input, Dense, Dropout, BatchNorm, Output, Add, Concat
constexpr int kConcatRow = 6;
constexpr int kDropoutRow = 2;

// Dense 4 → Dense 4 → 1 sigmoid: equal widths, so an Add can join the two hidden layers.
NetworkSpec twoHidden() {
  return NetworkSpec::denseStack({4, 4}, 1, neurona::ActivationKind::Relu, neurona::ActivationKind::Sigmoid);
}

std::vector<LayerId> inputsOf(const Project& doc, LayerId id) {
  NetworkSpec spec = doc.network();
  spec.makeInputsExplicit();
  return *spec.find(id)->inputs;
}

struct AppFirst {
  AppFirst() { qtApp(); }
};

struct Doc : AppFirst {
  Project doc;
  explicit Doc(const NetworkSpec& net = twoHidden()) { projecttest::loadNetwork(doc, net); }
  LayerId id(int index) const { return doc.network().layers[static_cast<std::size_t>(index)].id; }
  int steps() const { return doc.undoStack()->count(); }
};

// A visible canvas and palette, as in the app.
struct GraphCanvas : Doc {
  NetworkView view{&doc};
  PalettePanel palette;

  explicit GraphCanvas(const NetworkSpec& net = twoHidden()) : Doc(net) {
    view.resize(1400, 700);
    view.show();
    view.fitNetwork();
    QCoreApplication::processEvents();
  }
  NetworkScene* scene() const { return view.networkScene(); }
  QPoint viewPoint(const QPointF& scenePos) const { return view.mapFromScene(scenePos); }
  QPointF outPort(LayerId id) const { return scene()->blockOf(id)->outputPort()->scenePos(); }
  QPointF cardCentre(LayerId id) const {
    const LayerBlockItem* b = scene()->blockOf(id);
    return b->mapToScene(b->shape().boundingRect().center());
  }
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
  // Press at `from`, move in steps, release at `to` (scene coordinates), as a hand would.
  void drag(const QPointF& from, const QPointF& to) {
    mouse(QEvent::MouseMove, viewPoint(from), Qt::NoButton, Qt::NoButton); // hover first: ports show
    mouse(QEvent::MouseButtonPress, viewPoint(from), Qt::LeftButton, Qt::LeftButton);
    for (int k = 1; k <= 6; ++k)
      mouse(QEvent::MouseMove, viewPoint(from + (to - from) * (k / 6.0)), Qt::NoButton, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, viewPoint(to), Qt::LeftButton, Qt::NoButton);
    QCoreApplication::processEvents();
  }
  void click(const QPointF& at) {
    mouse(QEvent::MouseButtonPress, viewPoint(at), Qt::LeftButton, Qt::LeftButton);
    mouse(QEvent::MouseButtonRelease, viewPoint(at), Qt::LeftButton, Qt::NoButton);
    QCoreApplication::processEvents();
  }
  // A point on the wire, away from its ends (which are under the ports).
  QPointF onWire(LayerId from, LayerId to) const {
    const WireItem* w = scene()->wire(from, to);
    return w ? w->path().pointAtPercent(0.5) : QPointF();
  }
};

} // namespace

// --- the project's graph edits ---

TEST(GraphModel, connectAppendsToTheReadersInputsAndIsOneUndoStep) {
  Doc d;
  const LayerId d1 = d.id(0), d2 = d.id(1), out = d.id(2);
  const NetworkSpec straight = d.doc.network();
  ASSERT_FALSE(straight.isGraph());
  ASSERT_TRUE(d.doc.connectLayers(kNetworkInput, d2));
  EXPECT_EQ(d.steps(), 1);
  EXPECT_TRUE(d.doc.network().isGraph());
  EXPECT_EQ(inputsOf(d.doc, d2), (std::vector<LayerId>{d1, kNetworkInput}));
  EXPECT_EQ(inputsOf(d.doc, out), std::vector<LayerId>{d2}); // made explicit, unchanged
  // The same wire again changes nothing and is no step.
  EXPECT_FALSE(d.doc.connectLayers(kNetworkInput, d2));
  EXPECT_EQ(d.steps(), 1);
  d.doc.undo();
  EXPECT_EQ(d.doc.network(), straight);
  d.doc.redo();
  EXPECT_EQ(inputsOf(d.doc, d2), (std::vector<LayerId>{d1, kNetworkInput}));
}

TEST(GraphModel, aWireThatWouldCloseACycleIsRefused) {
  Doc d;
  const NetworkSpec before = d.doc.network();
  EXPECT_FALSE(d.doc.connectLayers(d.id(2), d.id(0))); // output → first layer
  EXPECT_FALSE(d.doc.connectLayers(d.id(1), d.id(0)));
  EXPECT_FALSE(d.doc.connectLayers(d.id(1), d.id(1))); // a layer reading itself
  EXPECT_EQ(d.doc.network(), before);
  EXPECT_EQ(d.steps(), 0);
}

TEST(GraphModel, connectKeepsTheListTopologicallySorted) {
  Doc d;
  const LayerId d2 = d.id(1);
  // A loose layer listed first, then wired from Dense 2: it must move after Dense 2.
  LayerSpec extra;
  extra.units = 3;
  const LayerId loose = d.doc.addLooseLayer(0, extra, QPointF(2.0, 1.0));
  ASSERT_NE(loose, neurona::kNoLayer);
  EXPECT_EQ(d.doc.indexOf(loose), 0);
  EXPECT_TRUE(inputsOf(d.doc, loose).empty());
  EXPECT_EQ(d.doc.blockPositions().at(loose), QPointF(2.0, 1.0));
  ASSERT_TRUE(d.doc.connectLayers(d2, loose));
  EXPECT_GT(d.doc.indexOf(loose), d.doc.indexOf(d2));
  NetworkSpec copy = d.doc.network();
  EXPECT_TRUE(copy.sortTopologically());
  EXPECT_EQ(copy, d.doc.network()); // already sorted: nothing moves
  EXPECT_EQ(d.steps(), 2);
  d.doc.undo();
  EXPECT_EQ(d.doc.indexOf(loose), 0);
}

TEST(GraphModel, disconnectRemovesOneWireAsOneUndoStep) {
  Doc d;
  const LayerId d1 = d.id(0), d2 = d.id(1);
  ASSERT_TRUE(d.doc.connectLayers(kNetworkInput, d2));
  ASSERT_TRUE(d.doc.disconnectLayers(d1, d2));
  EXPECT_EQ(inputsOf(d.doc, d2), std::vector<LayerId>{kNetworkInput});
  EXPECT_FALSE(d.doc.disconnectLayers(d1, d2)); // no such wire any more
  EXPECT_EQ(d.steps(), 2);
  d.doc.undo();
  EXPECT_EQ(inputsOf(d.doc, d2), (std::vector<LayerId>{d1, kNetworkInput}));
  d.doc.redo();
  EXPECT_EQ(inputsOf(d.doc, d2), std::vector<LayerId>{kNetworkInput});
}

TEST(GraphModel, aLayerOnAWireSitsBetweenItsEndsInOneStep) {
  Doc d;
  const LayerId d1 = d.id(0), d2 = d.id(1);
  ASSERT_TRUE(d.doc.connectLayers(kNetworkInput, d2));
  LayerSpec drop;
  drop.type = LayerType::Dropout;
  const LayerId id = d.doc.insertOnWire(kNetworkInput, d2, drop, QPointF(1.0, 1.0));
  ASSERT_NE(id, neurona::kNoLayer);
  EXPECT_EQ(d.steps(), 2);
  EXPECT_EQ(inputsOf(d.doc, id), std::vector<LayerId>{kNetworkInput});
  EXPECT_EQ(inputsOf(d.doc, d2), (std::vector<LayerId>{d1, id})); // the wire's place in the list is kept
  EXPECT_LT(d.doc.indexOf(id), d.doc.indexOf(d2));
  EXPECT_EQ(d.doc.blockPositions().at(id), QPointF(1.0, 1.0));
  // Not a wire: refused.
  EXPECT_EQ(d.doc.insertOnWire(d2, d1, drop), neurona::kNoLayer);
  d.doc.undo();
  EXPECT_EQ(d.doc.layer(id), nullptr);
  EXPECT_EQ(d.doc.storedPositions().count(id), 0u);
  EXPECT_EQ(inputsOf(d.doc, d2), (std::vector<LayerId>{d1, kNetworkInput}));
}

TEST(GraphModel, movingBlocksKeepsTheTrainingAndIsUndoable) {
  Doc d;
  ASSERT_TRUE(d.doc.connectLayers(kNetworkInput, d.id(1)));
  const BlockPositions before = d.doc.blockPositions();
  ASSERT_TRUE(d.doc.moveBlocks({{d.id(1), QPointF(2.5, -1.0)}}));
  EXPECT_EQ(d.doc.blockPositions().at(d.id(1)), QPointF(2.5, -1.0));
  // The others are pinned where they were shown.
  EXPECT_EQ(d.doc.storedPositions().size(), before.size());
  EXPECT_EQ(d.doc.storedPositions().at(d.id(0)), before.at(d.id(0)));
  d.doc.undo();
  EXPECT_EQ(d.doc.blockPositions(), before);
  EXPECT_TRUE(d.doc.storedPositions().empty());
}

TEST(GraphModel, arrangeLaysADiamondOutInColumnsInOneStep) {
  // input → A, input → B, A + B → Add → out.
  NetworkSpec net;
  LayerSpec a, b;
  a.units = 3;
  b.units = 3;
  const LayerId ia = net.append(a);
  const LayerId ib = net.append(b);
  LayerSpec add = LayerSpec::merge(LayerType::Add);
  const LayerId iadd = net.append(add);
  LayerSpec out;
  out.units = 1;
  out.activation = neurona::ActivationKind::Sigmoid;
  const LayerId iout = net.append(out);
  net.makeInputsExplicit();
  net.find(ib)->inputs = std::vector<LayerId>{kNetworkInput};
  net.find(iadd)->inputs = std::vector<LayerId>{ia, ib};
  Doc d(net);
  const LayerId A = d.id(0), B = d.id(1), Add = d.id(2), Out = d.id(3);
  (void)iout;
  ASSERT_TRUE(d.doc.moveBlocks({{Out, QPointF(-3.0, 5.0)}, {A, QPointF(7.0, 7.0)}}));
  ASSERT_TRUE(d.doc.arrange());
  EXPECT_EQ(d.steps(), 2);
  const BlockPositions& p = d.doc.storedPositions();
  EXPECT_EQ(p.at(kNetworkInput).x(), 0.0);
  EXPECT_EQ(p.at(A).x(), 1.0);
  EXPECT_EQ(p.at(B).x(), 1.0);
  EXPECT_EQ(p.at(Add).x(), 2.0);
  EXPECT_EQ(p.at(Out).x(), 3.0);
  EXPECT_NE(p.at(A).y(), p.at(B).y());
  EXPECT_DOUBLE_EQ(p.at(Add).y(), 0.0); // a column of one sits level with the input
  EXPECT_FALSE(d.doc.arrange());        // arranged already: no step
  d.doc.undo();
  EXPECT_EQ(d.doc.storedPositions().at(Out), QPointF(-3.0, 5.0));
}

TEST(GraphModel, arrangeOrdersAColumnByItsSourcesToAvoidCrossings) {
  // input → P, input → Q (P above Q); then X reads Q and Y reads P, listed X first: Y goes above X.
  NetworkSpec net;
  LayerSpec l;
  l.units = 2;
  const LayerId p = net.append(l);
  const LayerId q = net.append(l);
  const LayerId x = net.append(l);
  const LayerId y = net.append(l);
  LayerSpec cat = LayerSpec::merge(LayerType::Concat);
  const LayerId c = net.append(cat);
  net.makeInputsExplicit();
  net.find(q)->inputs = std::vector<LayerId>{kNetworkInput};
  net.find(x)->inputs = std::vector<LayerId>{q};
  net.find(y)->inputs = std::vector<LayerId>{p};
  net.find(c)->inputs = std::vector<LayerId>{x, y};
  const BlockPositions pos = GraphLayout::arrange(net);
  EXPECT_LT(pos.at(p).y(), pos.at(q).y());
  EXPECT_LT(pos.at(y).y(), pos.at(x).y());
  EXPECT_EQ(pos.at(c).x(), 3.0);
}

TEST(GraphModel, positionsSurviveSaveAndReopen) {
  Doc d;
  ASSERT_TRUE(d.doc.connectLayers(kNetworkInput, d.id(1)));
  ASSERT_TRUE(d.doc.moveBlocks({{d.id(1), QPointF(2.25, -1.5)}, {kNetworkInput, QPointF(-0.5, 0.25)}}));
  const BlockPositions before = d.doc.storedPositions();
  // Through the project's file value (what every writer gets) …
  const neurona::Project file = d.doc.toFile({});
  ASSERT_TRUE(file.canvas.contains("positions"));
  EXPECT_EQ(file.canvas["positions"]["input"], nlohmann::json::array({-0.5, 0.25}));
  EXPECT_EQ(file.canvas["positions"]["L2"], nlohmann::json::array({2.25, -1.5}));
  Project again;
  ASSERT_TRUE(again.load(file).ok());
  ASSERT_EQ(again.storedPositions().size(), before.size());
  for (int i = 0; i < again.layerCount(); ++i)
    EXPECT_EQ(again.storedPositions().at(again.network().layers[static_cast<std::size_t>(i)].id),
              before.at(d.id(i)));
  EXPECT_EQ(again.storedPositions().at(kNetworkInput), QPointF(-0.5, 0.25));
  // … and through a file on disk.
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("graph.neurona"));
  ASSERT_TRUE(d.doc.save(path).ok());
  Project reopened;
  ASSERT_TRUE(reopened.open(path).ok());
  ASSERT_EQ(reopened.layerCount(), 3);
  for (int i = 0; i < reopened.layerCount(); ++i)
    EXPECT_EQ(reopened.storedPositions().at(reopened.network().layers[static_cast<std::size_t>(i)].id),
              before.at(d.id(i)));
}

TEST(GraphModel, aStraightNetworksFileHasNoPositions) {
  Doc d;
  ASSERT_TRUE(d.doc.moveBlocks({{d.id(1), QPointF(2.25, -1.5)}}));
  EXPECT_FALSE(d.doc.toFile({}).canvas.contains("positions"));
}

// --- the canvas ---

TEST(GraphCanvas, aStraightNetworkShowsNoPortsOrWires) {
  GraphCanvas c;
  EXPECT_FALSE(c.scene()->isGraphMode());
  EXPECT_TRUE(c.scene()->wires().isEmpty());
  for (int i = 0; i < c.doc.layerCount(); ++i) {
    EXPECT_FALSE(c.scene()->block(c.id(i))->outputPort()->isVisible());
    EXPECT_NE(c.scene()->connectionInto(c.id(i)), nullptr);
  }
  EXPECT_FALSE(c.view.arrangeAction()->isEnabled());
}

TEST(GraphCanvas, buildAResidualNetworkWithTheMouse) {
  GraphCanvas c;
  const LayerId d1 = c.id(0), d2 = c.id(1), out = c.id(2);
  // Add from the palette, between Dense 2 and the output: the network becomes a graph.
  const double between = (c.scene()->columnX(d2) + c.scene()->columnX(out)) / 2.0;
  ASSERT_TRUE(c.drop(c.palette.mimeDataForBlockRow(kAddRow), c.viewPoint(QPointF(between, 120))));
  ASSERT_EQ(c.doc.layerCount(), 4);
  const LayerId add = c.id(2);
  EXPECT_EQ(c.doc.layer(add)->type, LayerType::Add);
  EXPECT_EQ(c.doc.layer(add)->activation, neurona::ActivationKind::Linear);
  EXPECT_TRUE(c.scene()->isGraphMode());
  EXPECT_TRUE(c.view.arrangeAction()->isEnabled());
  ASSERT_NE(c.scene()->wire(d2, add), nullptr);
  ASSERT_NE(c.scene()->wire(add, out), nullptr);
  ASSERT_NE(c.scene()->wire(kNetworkInput, d1), nullptr);
  EXPECT_TRUE(c.scene()->block(add)->inputPort()->isVisible());
  // Left to right as before.
  EXPECT_LT(c.scene()->block(d2)->pos().x(), c.scene()->block(add)->pos().x());
  const int steps = c.steps();

  // A wire from Dense 1's output port to the Add block: the shortcut.
  c.drag(c.outPort(d1), c.cardCentre(add));
  EXPECT_EQ(inputsOf(c.doc, add), (std::vector<LayerId>{d2, d1}));
  EXPECT_EQ(c.steps(), steps + 1);
  ASSERT_NE(c.scene()->wire(d1, add), nullptr);
  c.doc.undo();
  EXPECT_EQ(c.scene()->wire(d1, add), nullptr);
  EXPECT_EQ(inputsOf(c.doc, add), std::vector<LayerId>{d2});
  c.doc.redo();
  ASSERT_NE(c.scene()->wire(d1, add), nullptr);
  // The shortcut arcs over Dense 2 instead of passing under it.
  const QRectF card2 = c.scene()->block(d2)->mapRectToScene(c.scene()->block(d2)->shape().boundingRect());
  QPainterPathStroker stroker;
  EXPECT_FALSE(stroker.createStroke(c.scene()->wire(d1, add)->path()).intersects(card2));

  // A wire released on empty canvas, or back onto its own block, changes nothing; one that would make a
  // loop or that exists already is refused, and the status bar says why.
  QSignalSpy said(&c.view, &NetworkView::statusMessage);
  c.drag(c.outPort(d2), c.outPort(d2) + QPointF(0, 400));
  c.drag(c.outPort(d2), c.cardCentre(d2));
  EXPECT_EQ(said.count(), 0);
  c.drag(c.outPort(add), c.cardCentre(d1));
  ASSERT_EQ(said.count(), 1);
  EXPECT_TRUE(said.back().front().toString().contains(QStringLiteral("loop")));
  c.drag(c.outPort(d2), c.cardCentre(add));
  ASSERT_EQ(said.count(), 2);
  EXPECT_TRUE(said.back().front().toString().contains(QStringLiteral("already")));
  EXPECT_EQ(c.steps(), steps + 1);

  // A wire from the input block too, then selected with a click and removed with Delete.
  c.drag(c.outPort(kNetworkInput), c.cardCentre(d2));
  EXPECT_EQ(inputsOf(c.doc, d2), (std::vector<LayerId>{d1, kNetworkInput}));
  ASSERT_NE(c.scene()->wire(kNetworkInput, d2), nullptr);
  c.click(c.onWire(kNetworkInput, d2));
  ASSERT_EQ(c.scene()->selectedWires().size(), 1);
  EXPECT_EQ(c.scene()->selectedWires().front()->fromLayer(), kNetworkInput);
  EXPECT_TRUE(c.scene()->selectedLayers().isEmpty());
  c.view.setFocus();
  QTest::keyClick(&c.view, Qt::Key_Delete);
  EXPECT_EQ(inputsOf(c.doc, d2), std::vector<LayerId>{d1});
  EXPECT_EQ(c.scene()->wire(kNetworkInput, d2), nullptr);
  EXPECT_EQ(c.steps(), steps + 3);
  c.doc.undo();
  EXPECT_NE(c.scene()->wire(kNetworkInput, d2), nullptr);
  c.doc.redo();
  EXPECT_EQ(c.scene()->wire(kNetworkInput, d2), nullptr);

  // The shortcut itself, clicked on its arc and deleted.
  c.click(c.onWire(d1, add));
  ASSERT_EQ(c.scene()->selectedWires().size(), 1);
  QTest::keyClick(&c.view, Qt::Key_Delete);
  EXPECT_EQ(inputsOf(c.doc, add), std::vector<LayerId>{d2});
  c.doc.undo();
  EXPECT_EQ(inputsOf(c.doc, add), (std::vector<LayerId>{d2, d1}));
  // The dense layers keep their neuron lines from their one source.
  ASSERT_NE(c.scene()->connectionInto(d2), nullptr);
  EXPECT_EQ(c.scene()->connectionInto(d2)->from(), c.scene()->block(d1));
  EXPECT_EQ(c.scene()->connectionInto(out)->from(), c.scene()->block(add));
}

TEST(GraphCanvas, aPaletteBlockDroppedOnAWireIsInsertedThere) {
  GraphCanvas c;
  const LayerId d1 = c.id(0), d2 = c.id(1);
  ASSERT_TRUE(c.doc.connectLayers(kNetworkInput, d2)); // a graph
  QCoreApplication::processEvents();
  const QPointF at = c.onWire(d1, d2);
  ASSERT_FALSE(at.isNull());
  ASSERT_TRUE(c.drop(c.palette.mimeDataForBlockRow(kDropoutRow), c.viewPoint(at)));
  ASSERT_EQ(c.doc.layerCount(), 4);
  const LayerId added = c.id(1);
  EXPECT_EQ(c.doc.layer(added)->type, LayerType::Dropout);
  EXPECT_EQ(inputsOf(c.doc, added), std::vector<LayerId>{d1});
  EXPECT_EQ(inputsOf(c.doc, d2), (std::vector<LayerId>{added, kNetworkInput}));
  EXPECT_EQ(c.scene()->currentLayer(), added);
  EXPECT_NE(c.scene()->wire(d1, added), nullptr);
  EXPECT_NE(c.scene()->wire(added, d2), nullptr);
  c.doc.undo(); // one step
  EXPECT_EQ(c.doc.layerCount(), 3);
  EXPECT_NE(c.scene()->wire(d1, d2), nullptr);

  // Concat dropped on empty canvas: connected to nothing, before the output, where it was dropped.
  const QPointF empty = c.cardCentre(d2) + QPointF(0, 600);
  ASSERT_TRUE(c.drop(c.palette.mimeDataForBlockRow(kConcatRow), c.viewPoint(empty)));
  ASSERT_EQ(c.doc.layerCount(), 4);
  const LayerId cat = c.id(2);
  EXPECT_EQ(c.doc.layer(cat)->type, LayerType::Concat);
  EXPECT_TRUE(inputsOf(c.doc, cat).empty());
  EXPECT_GT(c.scene()->block(cat)->pos().y(), c.scene()->block(d2)->pos().y());
}

TEST(GraphCanvas, blocksMoveFreelyAndArrangeIsOneStepOfLeftToRightColumns) {
  GraphCanvas c;
  const LayerId d1 = c.id(0), d2 = c.id(1), out = c.id(2);
  ASSERT_TRUE(c.doc.connectLayers(kNetworkInput, d2));
  QCoreApplication::processEvents();
  // Drag Dense 2 by its header, down and to the left of Dense 1.
  const LayerBlockItem* b2 = c.scene()->block(d2);
  const QPointF header = b2->mapToScene(QPointF(b2->width() / 2.0, c.scene()->metrics().headerHeight / 3.0));
  const QPointF target(c.scene()->block(d1)->pos().x() - 20.0, header.y() + 300.0);
  c.drag(header, target);
  const int steps = c.steps();
  EXPECT_EQ(steps, 2);
  EXPECT_LT(c.scene()->block(d2)->pos().x(), c.scene()->block(d1)->pos().x());
  EXPECT_GT(c.scene()->block(d2)->pos().y(), c.scene()->block(d1)->pos().y() + 100.0);
  EXPECT_EQ(c.doc.network().layers.size(), 3u); // moved, not reordered
  EXPECT_EQ(c.id(1), d2);
  // The wires follow.
  const QPointF end = c.scene()->wire(d1, d2)->path().currentPosition();
  EXPECT_LT(QLineF(end, c.scene()->block(d2)->inputPort()->scenePos()).length(), 1.0);

  c.view.arrangeAction()->trigger();
  EXPECT_EQ(c.steps(), steps + 1);
  const auto x = [&](LayerId id) { return c.scene()->blockOf(id)->pos().x(); };
  EXPECT_LT(x(kNetworkInput), x(d1));
  EXPECT_LT(x(d1), x(d2));
  EXPECT_LT(x(d2), x(out));
  EXPECT_EQ(c.doc.storedPositions().at(d2), QPointF(2.0, 0.0));
  c.doc.undo();
  EXPECT_LT(x(d2), x(d1));
  c.doc.redo();
  EXPECT_LT(x(d1), x(d2));
}

TEST(GraphCanvas, aWireFromAStraightNetworksPortMakesItAGraph) {
  GraphCanvas c;
  const LayerId d1 = c.id(0), out = c.id(2);
  // The ports show under the mouse only.
  LayerBlockItem* b1 = c.scene()->block(d1);
  ASSERT_FALSE(b1->outputPort()->isVisible());
  c.mouse(QEvent::MouseMove, c.viewPoint(c.cardCentre(d1)), Qt::NoButton, Qt::NoButton);
  EXPECT_TRUE(b1->outputPort()->isVisible());
  c.drag(c.outPort(d1), c.cardCentre(out));
  EXPECT_TRUE(c.scene()->isGraphMode());
  EXPECT_EQ(inputsOf(c.doc, out), (std::vector<LayerId>{c.id(1), d1}));
  EXPECT_NE(c.scene()->wire(d1, out), nullptr);
  EXPECT_EQ(c.steps(), 1);
  c.doc.undo();
  EXPECT_FALSE(c.scene()->isGraphMode());
  EXPECT_TRUE(c.scene()->wires().isEmpty());
  // Back to the straight look: the neuron lines join neighbours again.
  EXPECT_EQ(c.scene()->connectionInto(out)->from(), c.scene()->block(c.id(1)));
}

TEST(GraphCanvas, aBlockChosenInThePaletteGoesBeforeTheOutput) {
  GraphCanvas c;
  // Straight: before the output, as the window always did.
  const LayerId dense = c.view.addFromPalette(static_cast<int>(PaletteBlock::Dense));
  EXPECT_EQ(c.doc.indexOf(dense), 2);
  EXPECT_FALSE(c.doc.network().isGraph());
  // A graph: on the wire into the output.
  const LayerId out = c.id(3);
  ASSERT_TRUE(c.doc.connectLayers(kNetworkInput, c.id(1)));
  const std::vector<LayerId> before = inputsOf(c.doc, out);
  const LayerId add = c.view.addFromPalette(static_cast<int>(PaletteBlock::Add));
  ASSERT_NE(add, neurona::kNoLayer);
  EXPECT_EQ(inputsOf(c.doc, add), std::vector<LayerId>{before.front()});
  EXPECT_EQ(inputsOf(c.doc, out), std::vector<LayerId>{add});
  EXPECT_EQ(c.scene()->currentLayer(), add);
  EXPECT_EQ(c.view.addFromPalette(static_cast<int>(PaletteBlock::Input)), neurona::kNoLayer);
}

TEST(GraphCanvas, anActivationChipLandsOnAMergeBlock) {
  GraphCanvas c;
  const LayerId add = c.doc.insertLayer(2, LayerSpec::merge(LayerType::Add));
  QCoreApplication::processEvents();
  int tanh = -1;
  const auto all = neurona::allActivations();
  for (std::size_t i = 0; i < all.size(); ++i)
    if (all[i] == neurona::ActivationKind::Tanh) tanh = static_cast<int>(i);
  ASSERT_GE(tanh, 0);
  ASSERT_TRUE(c.drop(c.palette.mimeDataForActivationRow(tanh), c.viewPoint(c.cardCentre(add))));
  EXPECT_EQ(c.doc.layer(add)->activation, neurona::ActivationKind::Tanh);
  EXPECT_EQ(c.doc.layer(add)->type, LayerType::Add);
}

TEST(GraphCanvas, neuronMapsAndWeightColoursShowOnEveryBranch) {
  // input → Dense 1 → Dense 2 → Add(Dense 2, Dense 1) → output, with values as a run would publish them.
  NetworkSpec net = twoHidden();
  net.insert(2, LayerSpec::merge(LayerType::Add));
  net.makeInputsExplicit();
  net.layers[2].inputs = std::vector<LayerId>{net.layers[1].id, net.layers[0].id};
  net.layers[3].inputs = std::vector<LayerId>{net.layers[2].id};
  GraphCanvas c(net);
  ASSERT_TRUE(c.scene()->isGraphMode());
  CanvasInternals internals(&c.view, &c.doc);
  auto snapshot = std::make_shared<Snapshot>();
  auto params = std::make_shared<neurona::ModelParams>();
  const int widths[] = {4, 4, 4, 1};
  const int inputs[] = {2, 4, 0, 4};
  snapshot->grid.grid.nx = 4;
  snapshot->grid.grid.ny = 4;
  for (int i = 0; i < 4; ++i) {
    neurona::LayerParams p;
    p.id = c.id(i);
    if (inputs[i] > 0) {
      p.weights = neurona::MatrixD::Random(inputs[i], widths[i]);
      p.bias = neurona::VectorD::Zero(widths[i]);
    }
    params->push_back(p);
    snapshot->grid.layers.push_back(neurona::MatrixF::Random(16, widths[i]));
  }
  snapshot->params = params;
  snapshot->hasGrid = true;
  internals.showSnapshot(snapshot);
  for (int i = 0; i < 4; ++i) {
    const LayerBlockItem* b = c.scene()->block(c.id(i));
    ASSERT_EQ(b->neuronImages().size(), widths[i]) << i;
    EXPECT_FALSE(b->neuronImages().front().isNull()) << i;
  }
  // The dense layers' lines from their one source carry the weights, wherever the blocks sit.
  ASSERT_TRUE(c.doc.moveBlocks({{c.id(1), QPointF(1.5, 1.0)}}));
  internals.showSnapshot(snapshot);
  EXPECT_TRUE(c.scene()->connectionInto(c.id(0))->hasWeights());
  EXPECT_TRUE(c.scene()->connectionInto(c.id(1))->hasWeights());
  EXPECT_TRUE(c.scene()->connectionInto(c.id(3))->hasWeights());
  EXPECT_EQ(c.scene()->connectionInto(c.id(2)), nullptr); // the Add's lines are one to one, without weights
  EXPECT_FALSE(c.scene()->mergeLines(c.id(1), c.id(2))->hasWeights());
}

TEST(GraphCanvas, theInputBlockOfAGraphMovesToo) {
  GraphCanvas c;
  ASSERT_TRUE(c.doc.connectLayers(kNetworkInput, c.id(1)));
  QCoreApplication::processEvents();
  LayerBlockItem* input = c.scene()->inputBlock();
  const QPointF header = input->mapToScene(QPointF(input->width() / 2.0, 10.0));
  const double y = input->pos().y();
  c.drag(header, header + QPointF(0.0, 250.0));
  EXPECT_GT(input->pos().y(), y + 100.0);
  EXPECT_GT(c.doc.storedPositions().at(kNetworkInput).y(), 0.2); // rows are a card and a gap high
  EXPECT_EQ(c.steps(), 2);
}

TEST(GraphModel, possibleSourcesAreWhatAWireCouldComeFrom) {
  Doc d; // Dense 1 → Dense 2 → Output
  const LayerId d1 = d.id(0), d2 = d.id(1), out = d.id(2);
  EXPECT_EQ(d.doc.sourcesOf(d2), QList<LayerId>{d1});
  // Dense 2 could also read the input or (no loop) nothing after it.
  EXPECT_EQ(d.doc.possibleSources(d2), QList<LayerId>{kNetworkInput});
  EXPECT_EQ(d.doc.possibleSources(out), (QList<LayerId>{kNetworkInput, d1}));
  EXPECT_EQ(d.doc.possibleSources(d1), QList<LayerId>{}); // it reads the input; the rest read it
  EXPECT_TRUE(d.doc.possibleSources(neurona::kNoLayer).isEmpty());
  EXPECT_EQ(d.doc.blockName(kNetworkInput), QStringLiteral("Input"));
}

TEST(GraphCanvas, theKeyboardWalksAndRemovesWiresAndEscapeCancelsOne) {
  GraphCanvas c;
  const LayerId d1 = c.id(0), d2 = c.id(1), out = c.id(2);
  ASSERT_TRUE(c.doc.connectLayers(d1, out)); // out reads Dense 2 and Dense 1
  QCoreApplication::processEvents();
  c.view.setFocus();
  QSignalSpy said(&c.view, &NetworkView::statusMessage);

  c.scene()->selectOnly(out);
  QTest::keyClick(&c.view, Qt::Key_Down);
  ASSERT_EQ(c.scene()->selectedWires().size(), 1);
  EXPECT_EQ(c.scene()->selectedWires().front()->fromLayer(), d2);
  ASSERT_FALSE(said.isEmpty());
  EXPECT_TRUE(
      said.back().front().toString().startsWith(QStringLiteral("Wire 1 of 2 into Output, from Dense 2")))
      << said.back().front().toString().toStdString();
  QTest::keyClick(&c.view, Qt::Key_Down);
  EXPECT_EQ(c.scene()->selectedWires().front()->fromLayer(), d1);
  QTest::keyClick(&c.view, Qt::Key_Down); // round again
  EXPECT_EQ(c.scene()->selectedWires().front()->fromLayer(), d2);
  QTest::keyClick(&c.view, Qt::Key_Up);
  EXPECT_EQ(c.scene()->selectedWires().front()->fromLayer(), d1);
  const int steps = c.steps();
  QTest::keyClick(&c.view, Qt::Key_Delete);
  EXPECT_EQ(inputsOf(c.doc, out), std::vector<LayerId>{d2});
  EXPECT_EQ(c.steps(), steps + 1);

  // ← from a wire goes on from the block it went into; Escape leaves a wire for its block.
  c.doc.undo();
  QCoreApplication::processEvents();
  c.scene()->selectOnly(out);
  QTest::keyClick(&c.view, Qt::Key_Up);
  ASSERT_EQ(c.scene()->selectedWires().size(), 1);
  QTest::keyClick(&c.view, Qt::Key_Escape);
  EXPECT_TRUE(c.scene()->selectedWires().isEmpty());
  EXPECT_EQ(c.scene()->currentLayer(), out);
  QTest::keyClick(&c.view, Qt::Key_Up);
  QTest::keyClick(&c.view, Qt::Key_Left);
  EXPECT_EQ(c.scene()->currentLayer(), d2);

  // A block that reads nothing says so.
  ASSERT_TRUE(c.doc.disconnectLayers(d2, out));
  ASSERT_TRUE(c.doc.disconnectLayers(d1, out));
  QCoreApplication::processEvents();
  c.scene()->selectOnly(out);
  QTest::keyClick(&c.view, Qt::Key_Down);
  EXPECT_TRUE(c.scene()->selectedWires().isEmpty());
  EXPECT_TRUE(said.back().front().toString().contains(QStringLiteral("reads nothing")));
  c.doc.undo();
  c.doc.undo();
  QCoreApplication::processEvents();

  // Escape while a wire is being drawn: the drag ends with nothing connected.
  const int before = c.steps();
  const QPointF from = c.outPort(d1), to = c.cardCentre(d2);
  c.mouse(QEvent::MouseMove, c.viewPoint(from), Qt::NoButton, Qt::NoButton);
  c.mouse(QEvent::MouseButtonPress, c.viewPoint(from), Qt::LeftButton, Qt::LeftButton);
  c.mouse(QEvent::MouseMove, c.viewPoint((from + to) / 2), Qt::NoButton, Qt::LeftButton);
  ASSERT_TRUE(c.scene()->isDrawingWire());
  QTest::keyClick(&c.view, Qt::Key_Escape);
  EXPECT_FALSE(c.scene()->isDrawingWire());
  c.mouse(QEvent::MouseMove, c.viewPoint(to), Qt::NoButton, Qt::LeftButton);
  c.mouse(QEvent::MouseButtonRelease, c.viewPoint(to), Qt::LeftButton, Qt::NoButton);
  QCoreApplication::processEvents();
  EXPECT_EQ(c.steps(), before);
  EXPECT_EQ(inputsOf(c.doc, d2), std::vector<LayerId>{d1});
  // Without a wire or a drag, Escape is not the canvas's (the window's, for leaving presentation mode).
  QKeyEvent escape(QEvent::ShortcutOverride, Qt::Key_Escape, Qt::NoModifier);
  QCoreApplication::sendEvent(&c.view, &escape);
  EXPECT_FALSE(escape.isAccepted());
}

TEST(GraphCanvas, theMenuKeyOffersReadFromAndStopReading) {
  GraphCanvas c;
  const LayerId d1 = c.id(0), d2 = c.id(1), out = c.id(2);
  c.scene()->selectOnly(out);
  c.view.setFocus();
  // The menu key opens the selected block's menu; Read From ▸ Dense 1 adds the wire (one step).
  const auto chooseFromMenu = [&](const QString& submenu, const QString& item) {
    bool found = false;
    QStringList seen;
    QTimer::singleShot(0, [&] {
      auto* menu = qobject_cast<QMenu*>(QApplication::activePopupWidget());
      if (!menu) return;
      for (QAction* a : menu->actions()) {
        if (!a->menu() || a->text() != submenu) continue;
        for (QAction* sub : a->menu()->actions()) {
          seen << sub->text();
          if (sub->text() == item) {
            found = true;
            sub->trigger();
          }
        }
      }
      menu->close();
    });
    QContextMenuEvent e(QContextMenuEvent::Keyboard, QPoint(5, 5), c.view.mapToGlobal(QPoint(5, 5)));
    QCoreApplication::sendEvent(c.view.viewport(), &e);
    QCoreApplication::processEvents();
    return found ? QStringList() : seen;
  };
  const int steps = c.steps();
  EXPECT_EQ(chooseFromMenu(QStringLiteral("Read From"), QStringLiteral("Dense 1")), QStringList());
  EXPECT_EQ(inputsOf(c.doc, out), (std::vector<LayerId>{d2, d1}));
  EXPECT_EQ(c.steps(), steps + 1);
  ASSERT_TRUE(c.scene()->isGraphMode());
  // Read From lists only what would not make a loop nor a second wire; Stop Reading what it reads.
  c.scene()->selectOnly(d2);
  EXPECT_EQ(chooseFromMenu(QStringLiteral("Read From"), QStringLiteral("Output")),
            QStringList{QStringLiteral("Input")});
  c.scene()->selectOnly(out);
  EXPECT_EQ(chooseFromMenu(QStringLiteral("Stop Reading"), QStringLiteral("Dense 2")), QStringList());
  EXPECT_EQ(inputsOf(c.doc, out), std::vector<LayerId>{d1});
}

TEST(GraphCanvas, mergeBlocksJoinEachSourcesNeuronsToTheirOwn) {
  // input(2) → Dense 1 (4) → Dense 2 (4); Concat(Dense 2, input, Dense 1) has 4 + 2 + 4 = 10 neurons;
  // Add(Dense 2, Dense 1) has 4.
  NetworkSpec net = twoHidden();
  net.insert(2, LayerSpec::merge(LayerType::Concat));
  net.insert(3, LayerSpec::merge(LayerType::Add));
  net.makeInputsExplicit();
  const LayerId d1 = net.layers[0].id, d2 = net.layers[1].id, cat = net.layers[2].id, add = net.layers[3].id;
  net.layers[2].inputs = std::vector<LayerId>{d2, kNetworkInput, d1};
  net.layers[3].inputs = std::vector<LayerId>{d2, d1};
  net.layers[4].inputs = std::vector<LayerId>{cat};
  GraphCanvas c(net);
  ASSERT_TRUE(c.scene()->isGraphMode());
  ASSERT_EQ(c.scene()->block(cat)->content().neurons, 10);

  // Into the concat: each source on its own slice, in the order of its inputs.
  const ConnectionItem* fromD2 = c.scene()->mergeLines(d2, cat);
  const ConnectionItem* fromInput = c.scene()->mergeLines(kNetworkInput, cat);
  const ConnectionItem* fromD1 = c.scene()->mergeLines(d1, cat);
  ASSERT_NE(fromD2, nullptr);
  ASSERT_NE(fromInput, nullptr);
  ASSERT_NE(fromD1, nullptr);
  EXPECT_EQ(fromD2->unitOffset(), 0);
  EXPECT_EQ(fromInput->unitOffset(), 4);
  EXPECT_EQ(fromD1->unitOffset(), 6);
  EXPECT_EQ(fromD2->lineCount() + fromInput->lineCount() + fromD1->lineCount(),
            c.scene()->block(cat)->slotCount() - (c.scene()->block(cat)->slotCount() < 10 ? 1 : 0))
      << "one line into every neuron the card draws";
  EXPECT_EQ(fromInput->lineCount(), 2);
  // Into the add: neuron k of each source to neuron k.
  ASSERT_NE(c.scene()->mergeLines(d2, add), nullptr);
  EXPECT_EQ(c.scene()->mergeLines(d2, add)->unitOffset(), 0);
  EXPECT_EQ(c.scene()->mergeLines(d1, add)->unitOffset(), 0);
  EXPECT_EQ(c.scene()->mergeLines(d1, add)->lineCount(), 4);
  // The dense layers keep their own lines, and a merge layer has none of those.
  EXPECT_EQ(c.scene()->connectionInto(cat), nullptr);

  // A removed wire takes its lines; the next source moves up its slice.
  ASSERT_TRUE(c.doc.disconnectLayers(kNetworkInput, cat));
  QCoreApplication::processEvents();
  EXPECT_EQ(c.scene()->mergeLines(kNetworkInput, cat), nullptr);
  ASSERT_NE(c.scene()->mergeLines(d1, cat), nullptr);
  EXPECT_EQ(c.scene()->mergeLines(d1, cat)->unitOffset(), 4);
  // Removing the Add block takes its lines with it.
  ASSERT_TRUE(c.doc.removeLayers({add}));
  QCoreApplication::processEvents();
  EXPECT_EQ(c.scene()->mergeLines(d2, add), nullptr);
  // A straight network has none.
  c.doc.undo();
  c.doc.undo();
  ASSERT_TRUE(c.doc.replaceNetwork(twoHidden(), QStringLiteral("straight")));
  QCoreApplication::processEvents();
  EXPECT_FALSE(c.scene()->isGraphMode());
  EXPECT_EQ(c.scene()->mergeLines(d2, cat), nullptr);
  int lineItems = 0;
  for (QGraphicsItem* item : c.scene()->items()) lineItems += item->type() == ConnectionItem::Type ? 1 : 0;
  EXPECT_EQ(lineItems, 3); // into Dense 1, Dense 2 and the output
}
