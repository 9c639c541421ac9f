// A residual network built, trained, saved, reopened and exported through the real MainWindow (issue
// #20), as a person does it: the Add block double-clicked in the palette, a wire dragged with the mouse
// from a layer's output port to it, the Problems dock's fix clicked for the widths that do not match, the
// wires walked and one removed with the keyboard, Step pressed, the project saved and opened in a second
// window, and File ▸ Export Model… run; the exported NumPy script and ONNX file give the reopened model's
// predictions.
#include "support/ExportScratch.h"
#include "support/WaitFor.h"
#include "support/WindowFixture.h"

#include "model/GraphLayout.h"
#include "model/Project.h"
#include "training/TrainingController.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/canvas/PalettePanel.h"
#include "ui/canvas/PortItem.h"
#include "ui/canvas/WireItem.h"
#include "ui/export/ModelExport.h"
#include "ui/problems/IssuesPanel.h"
#include "ui/shell/FileActions.h"
#include "ui/shell/MainWindow.h"

#include "neurona/core/export/OnnxExporter.h"
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ModelFile.h"

#include <QAction>
#include <QElapsedTimer>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>

using neurona::kNetworkInput;
using neurona::LayerId;
using neurona::LayerType;

// A namespace of its own: the test files are compiled in unity batches, whose anonymous namespaces merge.
namespace graphjourney {
namespace {

class GraphJourneyTest : public WindowFixture {};

constexpr int kAddRow = 5; // the palette's rows: Input, Dense, Dropout, BatchNorm, Output, Add, Concat

QAction* action(MainWindow& w, const char* name) { return w.findChild<QAction*>(QString::fromLatin1(name)); }

std::vector<LayerId> inputsOf(const Project& doc, LayerId id) {
  const QList<LayerId> sources = doc.sourcesOf(id);
  return {sources.begin(), sources.end()};
}

// The mouse on the canvas's viewport, at scene coordinates.
void mouseAt(NetworkView* view, QEvent::Type type, const QPointF& scenePos, Qt::MouseButton button,
             Qt::MouseButtons buttons) {
  const QPoint at = view->mapFromScene(scenePos);
  QMouseEvent e(type, QPointF(at), view->viewport()->mapToGlobal(QPointF(at)), button, buttons,
                Qt::NoModifier);
  QCoreApplication::sendEvent(view->viewport(), &e);
}

// Hover, press on `from`, move in steps, release on `to`, as a hand drags.
void dragOnCanvas(NetworkView* view, const QPointF& from, const QPointF& to) {
  mouseAt(view, QEvent::MouseMove, from, Qt::NoButton, Qt::NoButton);
  mouseAt(view, QEvent::MouseButtonPress, from, Qt::LeftButton, Qt::LeftButton);
  for (int k = 1; k <= 6; ++k)
    mouseAt(view, QEvent::MouseMove, from + (to - from) * (k / 6.0), Qt::NoButton, Qt::LeftButton);
  mouseAt(view, QEvent::MouseButtonRelease, to, Qt::LeftButton, Qt::NoButton);
  QCoreApplication::processEvents();
}

// The learned values and the block positions by place in the layer list: a file read back numbers its
// layers afresh.
std::vector<neurona::LayerParams> valuesInListOrder(const Project& doc) {
  std::vector<neurona::LayerParams> out;
  for (std::size_t i = 0; i < doc.network().layers.size(); ++i)
    for (neurona::LayerParams p : *doc.training().params)
      if (p.id == doc.network().layers[i].id) {
        p.id = static_cast<LayerId>(i + 1);
        out.push_back(p);
      }
  return out;
}
std::vector<QPointF> positionsInListOrder(const Project& doc) {
  const BlockPositions at = doc.blockPositions();
  std::vector<QPointF> out{at.at(kNetworkInput)};
  for (const neurona::LayerSpec& l : doc.network().layers) out.push_back(at.at(l.id));
  return out;
}

QPointF cardCentre(NetworkScene* scene, LayerId id) {
  const LayerBlockItem* b = scene->blockOf(id);
  return b->mapToScene(b->shape().boundingRect().center());
}

} // namespace

TEST_F(GraphJourneyTest, buildAResidualNetworkTrainSaveReopenAndExport) {
  MainWindow w(&languages);
  w.resize(1600, 1000);
  w.show();
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("tutorial"))).ok());
  QCoreApplication::processEvents();
  Project* doc = w.project();
  NetworkScene* scene = w.canvas()->networkScene();
  ASSERT_EQ(doc->layerCount(), 3); // Dense 4 → Dense 8 → Output
  const LayerId d1 = doc->network().layers[0].id, d2 = doc->network().layers[1].id;
  const LayerId out = doc->network().layers[2].id;
  EXPECT_FALSE(scene->isGraphMode());

  // The Add block, double-clicked in the palette: it lands before the output.
  QListWidget* blocks = w.palette()->blockList();
  ASSERT_TRUE(blocks->isVisible());
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&w));
  blocks->scrollToItem(blocks->item(kAddRow));
  const QPoint addRow = blocks->visualItemRect(blocks->item(kAddRow)).center();
  ASSERT_TRUE(blocks->viewport()->rect().contains(addRow)) << addRow.x() << "," << addRow.y();
  QSignalSpy chosen(w.palette(), &PalettePanel::blockChosen);
  QTest::mouseClick(blocks->viewport(), Qt::LeftButton, Qt::NoModifier, addRow); // a double click's first
  QTest::mouseDClick(blocks->viewport(), Qt::LeftButton, Qt::NoModifier, addRow);
  QCoreApplication::processEvents();
  ASSERT_EQ(chosen.count(), 1);
  ASSERT_EQ(doc->layerCount(), 4);
  const LayerId add = doc->network().layers[2].id;
  ASSERT_EQ(doc->layer(add)->type, LayerType::Add);
  EXPECT_EQ(inputsOf(*doc, add), std::vector<LayerId>{d2});
  EXPECT_EQ(inputsOf(*doc, out), std::vector<LayerId>{add});
  EXPECT_TRUE(scene->isGraphMode());

  // The shortcut: a wire dragged from Dense 1's output port to the Add block.
  w.canvas()->fitNetwork();
  QCoreApplication::processEvents();
  dragOnCanvas(w.canvas(), scene->blockOf(d1)->outputPort()->scenePos(), cardCentre(scene, add));
  ASSERT_EQ(inputsOf(*doc, add), (std::vector<LayerId>{d2, d1}));
  ASSERT_NE(scene->wire(d1, add), nullptr);

  // Dense 1 has 4 neurons and Dense 2 has 8: the Add cannot sum them, Play cannot train, and the
  // Problems dock offers to match the widths.
  EXPECT_FALSE(doc->canTrain());
  const QList<QPushButton*> fixes = w.issues()->fixButtons();
  ASSERT_EQ(fixes.size(), 1);
  const int stepsBeforeFix = doc->undoStack()->count();
  QTest::mouseClick(fixes.front(), Qt::LeftButton);
  QCoreApplication::processEvents();
  EXPECT_EQ(doc->undoStack()->count(), stepsBeforeFix + 1) << "the fix is one undo step";
  EXPECT_TRUE(w.issues()->fixButtons().isEmpty());
  ASSERT_TRUE(doc->canTrain());
  ASSERT_EQ(doc->layerCount(), 5);
  const std::vector<LayerId> addInputs = inputsOf(*doc, add);
  ASSERT_EQ(addInputs.size(), 2u);
  const LayerId matcher = addInputs[1]; // a Dense of 8 on the shortcut, Dense 1 → it → Add
  EXPECT_EQ(doc->layer(matcher)->type, LayerType::Dense);
  EXPECT_EQ(doc->layer(matcher)->units, 8);
  EXPECT_EQ(inputsOf(*doc, matcher), std::vector<LayerId>{d1});

  // The keyboard walks the Add's wires: ↓ selects the first, ↓ the next, Escape goes back to the block.
  scene->selectOnly(add);
  w.canvas()->setFocus();
  QTest::keyClick(w.canvas(), Qt::Key_Down);
  ASSERT_EQ(scene->selectedWires().size(), 1);
  EXPECT_EQ(scene->selectedWires().front()->fromLayer(), d2);
  QTest::keyClick(w.canvas(), Qt::Key_Down);
  ASSERT_EQ(scene->selectedWires().size(), 1);
  EXPECT_EQ(scene->selectedWires().front()->fromLayer(), matcher);
  QTest::keyClick(w.canvas(), Qt::Key_Escape);
  EXPECT_TRUE(scene->selectedWires().isEmpty());
  EXPECT_EQ(scene->currentLayer(), add);

  // Train: Step, three times.
  if (doc->isTrained()) action(w, "resetAction")->trigger();
  for (int i = 0; i < 3; ++i) action(w, "stepAction")->trigger();
  ASSERT_TRUE(waitFor([&] { return doc->trainedEpoch() >= 3 && !w.controller()->isRunning(); }));
  ASSERT_TRUE(doc->isTrained());
  const neurona::NetworkSpec built = doc->network();
  const std::vector<neurona::LayerParams> params = valuesInListOrder(*doc);
  ASSERT_EQ(params.size(), doc->training().params->size());
  const std::size_t records = doc->history().size();
  const int epoch = doc->trainedEpoch();
  EXPECT_GE(records, 3u);

  // Save, and open the file in a second window.
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("residual.neurona"));
  ASSERT_TRUE(w.files()->saveTo(path));
  EXPECT_FALSE(doc->isModified());
  const auto file = neurona::AtomicFile::read(path.toStdString());
  ASSERT_TRUE(file.ok());
  EXPECT_NE(file.value.find("\"version\": 2"), std::string::npos);

  MainWindow reopened(&languages);
  reopened.resize(1600, 1000);
  reopened.show();
  ASSERT_TRUE(reopened.files()->openProject(path));
  QCoreApplication::processEvents();
  Project* again = reopened.project();
  ASSERT_EQ(again->layerCount(), 5);
  for (std::size_t i = 0; i < built.layers.size(); ++i) {
    EXPECT_EQ(again->network().layers[i].type, built.layers[i].type) << i;
    EXPECT_EQ(again->network().layers[i].units, built.layers[i].units) << i;
  }
  const LayerId add2 = again->network().layers[static_cast<std::size_t>(doc->indexOf(add))].id;
  EXPECT_EQ(again->sourcesOf(add2).size(), 2);
  EXPECT_TRUE(reopened.canvas()->networkScene()->isGraphMode());
  EXPECT_EQ(reopened.canvas()->networkScene()->wires().size(), w.canvas()->networkScene()->wires().size());
  EXPECT_EQ(again->trainedEpoch(), epoch);
  EXPECT_EQ(again->history().size(), records) << "the loss curve's history survives the reopen";
  ASSERT_TRUE(again->isTrained());
  EXPECT_EQ(valuesInListOrder(*again), params);
  EXPECT_EQ(positionsInListOrder(*again), positionsInListOrder(*doc));

  // Export from the reopened window: the Neurona model, the NumPy script and the ONNX file.
  ExportScratch scratch("graph_journey");
  const QStringList filters = ModelExport::filters();
  const auto exportAs = [&](int filter, const std::string& name) {
    const QString target = QString::fromStdString(scratch.file(name).string());
    reopened.modelExport()->setFileChooser([&](const QString&, QString* selected) {
      *selected = filters[filter];
      return target;
    });
    reopened.modelExport()->action()->trigger();
    QCoreApplication::processEvents();
  };
  exportAs(5, "model.json");
  exportAs(1, "model_np.py");
  exportAs(0, "model.onnx");
  const neurona::Result<neurona::Model> model = neurona::ModelFile::read(scratch.file("model.json").string());
  ASSERT_TRUE(model.ok()) << model.error.detail;
  EXPECT_TRUE(model.value.spec.isGraph());
  const auto onnx = neurona::AtomicFile::read(scratch.file("model.onnx").string());
  ASSERT_TRUE(onnx.ok());
  EXPECT_TRUE(neurona::OnnxExporter::check(onnx.value).ok());

  neurona::MatrixD x(6, 2);
  x << 0.5, -0.25, -1.5, 0.75, 0.125, 1.25, 2.0, -2.0, -0.3, -0.6, 0.0, 0.0;
  const neurona::MatrixD expected = neurona::predictModel(model.value, x);
  scratch.writeInputs(model.value.inputs, x);
  ASSERT_EQ(scratch.run(std::string(ExportScratch::kPython) + " '" + scratch.file("model_np.py").string() +
                            "' '" + scratch.file("input.csv").string() + "'",
                        "numpy.csv"),
            0)
      << scratch.stderrText();
  ASSERT_EQ(
      scratch.run(std::string(ExportScratch::kPython) + " '" NEURONA_FIXTURES_DIR "/io/onnx_eval.py' '" +
                      scratch.file("model.onnx").string() + "' '" + scratch.file("input.csv").string() + "'",
                  "onnx.csv"),
      0)
      << scratch.stderrText();
  for (const char* csv : {"numpy.csv", "onnx.csv"}) {
    const neurona::MatrixD got = scratch.readOutputs(csv);
    ASSERT_EQ(got.rows(), expected.rows()) << csv;
    ASSERT_EQ(got.cols(), expected.cols()) << csv;
    EXPECT_LT((got - expected).cwiseAbs().maxCoeff(), 1e-5) << csv;
  }
}

} // namespace graphjourney
