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
#include "ui/shell/MainWindow.h"

#include <QDoubleSpinBox>
#include <QLabel>
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
