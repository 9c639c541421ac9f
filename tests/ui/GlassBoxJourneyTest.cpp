// The glass box on the real main window, as a person uses it: click an edge of the canvas, type a weight,
// see the loss before applying, press Enter, and watch the boundary's network follow; Undo takes it back.
#include "model/TrainingJobs.h"
#include "support/WindowFixture.h"

#include "model/Project.h"
#include "training/TrainingController.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/canvas/WeightEditor.h"
#include "ui/explain/ExplainOverlay.h"
#include "ui/explain/ExplainPanel.h"
#include "ui/plots/BoundaryPlot.h"
#include "ui/plots/BoundaryView.h"
#include "ui/shell/MainWindow.h"

#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

using trainingtest::waitFor;

namespace {

class GlassBoxJourney : public WindowFixture {};

// A point on the drawn edge from slot `i` of `from` to slot `j` of `to`, a quarter of the way along
// (the S-curve y(t) = a.y + (b.y − a.y)(3t² − 2t³) at the t whose x is a quarter of the gap).
QPoint edgePoint(NetworkView* view, const LayerBlockItem* from, int i, const LayerBlockItem* to, int j) {
  const QPointF a = from->mapToScene(from->slotCentre(i)) + QPointF(from->neuronRadius(), 0);
  const QPointF b = to->mapToScene(to->slotCentre(j)) - QPointF(to->neuronRadius(), 0);
  const double dx = (b.x() - a.x()) * 0.45;
  double lo = 0.0, hi = 1.0;
  const double target = a.x() + 0.25 * (b.x() - a.x());
  for (int k = 0; k < 40; ++k) {
    const double t = 0.5 * (lo + hi), mt = 1.0 - t;
    const double x = mt * mt * mt * a.x() + 3 * mt * mt * t * (a.x() + dx) + 3 * mt * t * t * (b.x() - dx) +
                     t * t * t * b.x();
    (x < target ? lo : hi) = t;
  }
  const double t = 0.5 * (lo + hi);
  const QPointF p(target, a.y() + (b.y() - a.y()) * (3 * t * t - 2 * t * t * t));
  return view->mapFromScene(p);
}

TEST_F(GlassBoxJourney, clickAnEdgeTypeAWeightSeeTheLossAndUndoIt) {
  MainWindow w(&languages);
  w.resize(1280, 720);
  w.show();
  Project* doc = w.project();
  doc->newProject(); // as the app starts without a file
  ASSERT_TRUE(waitFor([&] { return w.controller()->snapshot() && w.controller()->snapshot()->params; }));
  ASSERT_FALSE(doc->isTrained());
  const neurona::ModelParams drawn = *w.controller()->snapshot()->params;
  const int steps = doc->undoStack()->count();

  NetworkScene* scene = w.canvas()->networkScene();
  const neurona::LayerId first = doc->network().layers[0].id;
  // x₂ → neuron 3 of the first dense layer.
  const QPoint at = edgePoint(w.canvas(), scene->inputBlock(), 1, scene->block(first), 2);
  QTest::mouseClick(w.canvas()->viewport(), Qt::LeftButton, {}, at);
  WeightEditor* editor = w.weightEditor();
  ASSERT_TRUE(editor->isVisible());
  EXPECT_TRUE(editor->title().contains(QStringLiteral("neuron 3"))) << editor->title().toStdString();
  EXPECT_TRUE(editor->title().contains(QStringLiteral("x2"))) << editor->title().toStdString();
  EXPECT_NEAR(editor->weightBox()->value(), drawn[0].weights(1, 2), 1e-4);
  EXPECT_NEAR(editor->biasBox()->value(), drawn[0].bias(2), 1e-4);
  const QString lossBefore = editor->lossLabel()->text();
  EXPECT_TRUE(lossBefore.startsWith(QStringLiteral("Training loss: "))) << lossBefore.toStdString();

  // Typing changes the loss shown at once, and nothing in the project yet.
  editor->weightBox()->setValue(4.0);
  EXPECT_NE(editor->lossLabel()->text(), lossBefore);
  EXPECT_EQ(doc->undoStack()->count(), steps);
  QTest::keyClick(editor, Qt::Key_Return);
  EXPECT_FALSE(editor->isVisible());
  ASSERT_TRUE(doc->isTrained());
  EXPECT_DOUBLE_EQ((*doc->training().params)[0].weights(1, 2), 4.0);
  EXPECT_EQ(doc->undoStack()->count(), steps + 1);
  EXPECT_EQ(doc->undoStack()->undoText(), QStringLiteral("Edit weight"));
  // The run is rebuilt from the edited values: the boundary and canvas show them.
  ASSERT_TRUE(waitFor([&] {
    const SnapshotPtr s = w.controller()->snapshot();
    return s && s->params && std::abs((*s->params)[0].weights(1, 2) - 4.0) < 1e-6;
  }));

  doc->undo();
  EXPECT_FALSE(doc->isTrained());
  ASSERT_TRUE(waitFor([&] {
    const SnapshotPtr s = w.controller()->snapshot();
    return s && s->params && std::abs((*s->params)[0].weights(1, 2) - drawn[0].weights(1, 2)) < 1e-6;
  }));

  // Escape closes without a change.
  QTest::mouseClick(w.canvas()->viewport(), Qt::LeftButton, {}, at);
  ASSERT_TRUE(editor->isVisible());
  editor->biasBox()->setValue(9.0);
  QTest::keyClick(editor, Qt::Key_Escape);
  EXPECT_FALSE(editor->isVisible());
  EXPECT_FALSE(doc->isTrained());
}

} // namespace

namespace {

// Presses a key on the window as a person would (the explain actions are window shortcuts).
void press(MainWindow& w, Qt::Key key) {
  QTest::keyClick(&w, key);
  QCoreApplication::processEvents();
}

TEST_F(GlassBoxJourney, explainOneStepForwardLossBackwardAndApply) {
  MainWindow w(&languages);
  w.resize(1280, 720);
  w.show();
  Project* doc = w.project();
  doc->newProject();
  ASSERT_TRUE(waitFor([&] { return w.controller()->snapshot() && w.controller()->snapshot()->params; }));
  const int steps = doc->undoStack()->count();

  w.explainAction()->trigger();
  ExplainPanel* panel = w.explainPanel();
  ASSERT_TRUE(waitFor([&] { return panel->isActive() && panel->trace().has_value(); }));
  ASSERT_EQ(doc->layerCount(), 3);
  EXPECT_EQ(panel->stageCount(), 2 * 3 + 2);
  EXPECT_EQ(panel->stageIndex(), 0);
  EXPECT_TRUE(panel->stageTitle().contains(doc->layerName(doc->network().layers[0].id)));

  // The same step as neurona-cli step computes from the project file (the values the run drew).
  const neurona::StepTrace& shown = *panel->trace();
  const auto file = neurona::StepExplainer::traceProject(doc->toFile(QString()), doc->prepared(), 0);
  ASSERT_TRUE(file.ok());
  EXPECT_NEAR(shown.loss, file.value.loss, 1e-5 * std::max(1.0, std::abs(file.value.loss)));
  ASSERT_EQ(shown.layers.size(), file.value.layers.size());
  EXPECT_LT((shown.layers[0].gradWeights - file.value.layers[0].gradWeights).cwiseAbs().maxCoeff(), 1e-4);

  // Forward through the first layer: the inputs and that layer's z and a beside the neurons.
  const QStringList x = w.explainOverlay()->numbersOf(neurona::kNoLayer);
  ASSERT_EQ(x.size(), 2);
  EXPECT_TRUE(x[0].startsWith(QStringLiteral("x "))) << x[0].toStdString();
  const QStringList first = w.explainOverlay()->numbersOf(doc->network().layers[0].id);
  ASSERT_EQ(first.size(), doc->network().layers[0].units);
  EXPECT_TRUE(first[0].startsWith(QStringLiteral("z "))) << first[0].toStdString();
  EXPECT_TRUE(panel->text().contains(QStringLiteral("z1 ="))) << panel->text().toStdString();

  // → walks the stages (and does not train an epoch while explaining).
  for (int i = 0; i < 2; ++i) press(w, Qt::Key_Right);
  // Also from the canvas, which otherwise keeps ← and → to select layers.
  w.canvas()->setFocus();
  QTest::keyClick(w.canvas(), Qt::Key_Right);
  EXPECT_EQ(panel->stageIndex(), 3);
  EXPECT_EQ(panel->stages()[3].kind, ExplainText::Stage::Kind::Loss);
  EXPECT_EQ(w.controller()->epoch(), 0);
  EXPECT_TRUE(panel->text().contains(QStringLiteral("L ="))) << panel->text().toStdString();
  press(w, Qt::Key_Right);
  EXPECT_EQ(panel->stages()[4].kind, ExplainText::Stage::Kind::Backward);
  const QStringList deltas = w.explainOverlay()->numbersOf(doc->network().layers[2].id);
  ASSERT_EQ(deltas.size(), 1);
  EXPECT_TRUE(deltas[0].startsWith(QStringLiteral("δ "))) << deltas[0].toStdString();
  // The update: every bias old → new beside its neuron.
  while (panel->stageIndex() + 1 < panel->stageCount()) press(w, Qt::Key_Right);
  ASSERT_EQ(panel->stageIndex(), panel->stageCount() - 1);
  EXPECT_EQ(panel->stages().back().kind, ExplainText::Stage::Kind::Update);
  const QStringList biases = w.explainOverlay()->numbersOf(doc->network().layers[0].id);
  ASSERT_EQ(biases.size(), doc->network().layers[0].units);
  EXPECT_TRUE(biases[0].startsWith(QStringLiteral("b ")) && biases[0].contains(QStringLiteral("→")))
      << biases[0].toStdString();
  while (panel->stageIndex() > 3) press(w, Qt::Key_Left);
  EXPECT_EQ(panel->stageIndex(), 3);

  // A click on the boundary plot picks the nearest training sample and rings it.
  const neurona::PreparedData& data = doc->prepared();
  const auto row = static_cast<Eigen::Index>(data.split.train[5]);
  BoundaryPlot* plot = w.boundaryView()->plot();
  plot->replot();
  const QPoint at(static_cast<int>(std::lround(plot->xAxis->coordToPixel(data.raw.features(row, 0)))),
                  static_cast<int>(std::lround(plot->yAxis->coordToPixel(data.raw.features(row, 1)))));
  QTest::mouseClick(plot, Qt::LeftButton, {}, at);
  ASSERT_TRUE(waitFor([&] { return panel->sample() == 5 && panel->trace() && panel->trace()->sample == 5; }));
  EXPECT_EQ(plot->markedRow(), row);

  // Applying the step is one undo step with the values after it.
  const neurona::StepTrace applied = *panel->trace();
  panel->applyButton()->click();
  ASSERT_TRUE(doc->isTrained());
  EXPECT_EQ(doc->undoStack()->count(), steps + 1);
  const neurona::LayerStep& out = applied.layers.back();
  const neurona::MatrixD& expected =
      out.optimizerWeightsAfter.size() > 0 ? out.optimizerWeightsAfter : out.weightsAfter;
  EXPECT_LT(((*doc->training().params).back().weights - expected).cwiseAbs().maxCoeff(), 1e-12);
  doc->undo();
  EXPECT_FALSE(doc->isTrained());

  // Closing leaves the canvas to training again: no numbers, and → steps an epoch.
  w.explainDock()->close();
  ASSERT_TRUE(waitFor([&] { return !panel->isActive(); }));
  EXPECT_TRUE(w.explainOverlay()->numbersOf(neurona::kNoLayer).isEmpty());
  EXPECT_EQ(plot->markedRow(), -1);
  press(w, Qt::Key_Right);
  ASSERT_TRUE(waitFor([&] { return w.controller()->epoch() == 1; }));
}

TEST_F(GlassBoxJourney, aSoftmaxNetworkExplainsItsCrossEntropy) {
  MainWindow w(&languages);
  w.show();
  Project* doc = w.project();
  ASSERT_TRUE(doc->open(Project::bundledExample(QStringLiteral("three-classes-softmax"))).ok());
  ASSERT_TRUE(waitFor([&] { return w.controller()->snapshot() && w.controller()->snapshot()->params; }));
  w.explainAction()->trigger();
  ExplainPanel* panel = w.explainPanel();
  ASSERT_TRUE(waitFor([&] { return panel->trace().has_value(); }));
  const int lossStage = doc->layerCount();
  while (panel->stageIndex() < lossStage) panel->next();
  EXPECT_TRUE(panel->text().contains(QStringLiteral("−log"))) << panel->text().toStdString();
  const QStringList outputs = w.explainOverlay()->numbersOf(doc->network().layers.back().id);
  ASSERT_EQ(outputs.size(), 3);
  EXPECT_TRUE(outputs[0].startsWith(QStringLiteral("ŷ "))) << outputs[0].toStdString();
  // δ at the softmax output is ŷ − y.
  panel->next();
  const neurona::LayerStep& last = panel->trace()->layers.back();
  EXPECT_LT((last.delta - (last.a - panel->trace()->target)).cwiseAbs().maxCoeff(), 1e-12);
}

} // namespace
