// The two views of issue #22 on a real project and training controller: how each layer bends the input
// plane (LayerMapView) and the loss landscape around the current weights (LossLandscapeView).
#include "model/TrainingJobs.h"
#include "support/WindowFixture.h"

#include "model/Project.h"
#include "training/TrainingController.h"
#include "ui/glassbox/LayerMapView.h"
#include "ui/glassbox/LossLandscapeView.h"
#include "ui/style/Theme.h"

#include "neurona/core/train/DataLoss.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>

#include <qcustomplot.h>

#include <gtest/gtest.h>

#include <cmath>
#include <set>

using trainingtest::waitFor;

namespace {

class GlassBoxViews : public WindowFixture {};

// Trains `epochs` single steps, each waited for, so every epoch publishes a snapshot.
void stepEpochs(TrainingController& c, int epochs) {
  for (int i = 1; i <= epochs; ++i) {
    const int target = c.epoch() + 1;
    c.step();
    ASSERT_TRUE(waitFor([&] { return c.epoch() >= target; })) << i;
  }
  ASSERT_TRUE(
      waitFor([&] { return c.snapshot() && c.snapshot()->idle && c.snapshot()->epoch == c.epoch(); }));
}

int denseLayers(const Project& p) {
  int n = 0;
  for (const auto& l : p.network().layers) n += l.type == neurona::LayerType::Dense ? 1 : 0;
  return n;
}

} // namespace

TEST_F(GlassBoxViews, layerMapShowsTheRawPlaneAtTheInputAndEveryDenseLayer) {
  Project p;
  p.newProject();
  TrainingController c(&p);
  LayerMapView view(&p);
  QObject::connect(&c, &TrainingController::snapshotReady, &view, &LayerMapView::showSnapshot);
  stepEpochs(c, 3);
  view.redrawNow();

  ASSERT_TRUE(view.isShowingMap());
  EXPECT_TRUE(view.sentence()->isHidden());
  ASSERT_GE(denseLayers(p), 2);
  ASSERT_EQ(view.entryCount(), 1 + denseLayers(p));
  EXPECT_EQ(view.chooser()->itemText(0), QStringLiteral("Input"));
  EXPECT_FALSE(view.accessibleName().isEmpty());
  EXPECT_FALSE(view.chooser()->accessibleName().isEmpty());

  // Input: the grid lines are exactly the raw plane's, horizontal lines first (from the bottom).
  view.setEntry(0);
  view.redrawNow();
  const QRectF plane = p.plane();
  const int n = LayerMapView::kLines, m = LayerMapView::kPointsPerLine;
  ASSERT_EQ(view.curves().size(), static_cast<std::size_t>(2 * n));
  for (int l = 0; l < 2 * n; ++l) {
    const QCPCurve* curve = view.curves()[static_cast<std::size_t>(l)];
    ASSERT_EQ(curve->dataCount(), m) << l;
    const bool horizontal = l < n;
    const int k = horizontal ? l : l - n;
    for (int q = 0; q < m; ++q) {
      const auto point = curve->data()->at(q);
      const double along = static_cast<double>(q) / (m - 1), across = static_cast<double>(k) / (n - 1);
      const double x = plane.left() + plane.width() * (horizontal ? along : across);
      const double y = plane.top() + plane.height() * (horizontal ? across : along);
      EXPECT_NEAR(point->key, x, 1e-12) << l << " " << q;
      EXPECT_NEAR(point->value, y, 1e-12) << l << " " << q;
    }
  }
  const auto trainRows = static_cast<int>(p.prepared().split.train.size());
  EXPECT_EQ(view.drawnPoints(), trainRows);

  // Every dense layer: the grid and the points mapped, all finite.
  for (int e = 1; e < view.entryCount(); ++e) {
    view.setEntry(e);
    view.redrawNow();
    EXPECT_EQ(view.drawnPoints(), trainRows) << e;
    for (const QCPCurve* curve : view.curves()) {
      ASSERT_EQ(curve->dataCount(), m) << e;
      for (int q = 0; q < m; ++q) {
        EXPECT_TRUE(std::isfinite(curve->data()->at(q)->key)) << e;
        EXPECT_TRUE(std::isfinite(curve->data()->at(q)->value)) << e;
      }
    }
  }
  // The hidden layer really bends the plane: its picture is not the input's.
  view.setEntry(1);
  view.redrawNow();
  const double x0 = view.curves()[0]->data()->at(0)->key;
  EXPECT_GT(std::abs(x0 - plane.left()), 1e-9);

  // High contrast: the grid is drawn in the ink, the axes named by the data at the input.
  Theme::instance().setHighContrast(true);
  EXPECT_EQ(view.curves()[0]->pen().color(), Theme::instance().foreground());
  Theme::instance().setHighContrast(false);
  EXPECT_NE(view.curves()[0]->pen().color(), Theme::instance().foreground());
  view.setEntry(0);
  view.redrawNow();
  EXPECT_EQ(view.plot()->xAxis->label(), QString::fromStdString(p.rawData().featureNames[0]));
}

TEST_F(GlassBoxViews, layerMapSaysSoWhenTheDataIsNotAPlane) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("three.csv"));
  {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    QByteArray text = "a,b,c,y\n";
    for (int i = 0; i < 40; ++i)
      text += QByteArray::number(i * 0.1) + "," + QByteArray::number(i % 7) + "," +
              QByteArray::number(i * 0.37) + "," + QByteArray::number(i * 1.5 + 0.25) + "\n";
    f.write(text);
  }
  Project p;
  p.newProject();
  ASSERT_TRUE(p.loadCsv(path).ok());
  ASSERT_EQ(p.rawData().featureCount(), 3);
  LayerMapView view(&p);
  EXPECT_FALSE(view.isShowingMap());
  EXPECT_FALSE(view.sentence()->isHidden());
  EXPECT_FALSE(view.sentence()->text().isEmpty());
  EXPECT_TRUE(view.plot()->isHidden());
}

TEST_F(GlassBoxViews, lossLandscapeIsCentredOnTheTrainingLossWithThePathEndingThere) {
  Project p;
  p.newProject();
  TrainingController c(&p);
  LossLandscapeView view(&p);
  std::set<const neurona::ModelParams*> seen;
  QObject::connect(&c, &TrainingController::snapshotReady, &view, [&](const SnapshotPtr& s) {
    if (s && s->params) seen.insert(s->params.get());
    view.showSnapshot(s);
  });
  stepEpochs(c, 4);
  ASSERT_GE(seen.size(), 4u);
  EXPECT_EQ(view.recordedSnapshots(), seen.size());

  view.compute();
  EXPECT_TRUE(view.isComputing());
  ASSERT_TRUE(waitFor([&] { return !view.isComputing(); }));
  ASSERT_TRUE(view.hasResult());
  const int steps = LossLandscapeView::kSteps;
  EXPECT_EQ(view.colorMap()->data()->keySize(), steps);
  EXPECT_EQ(view.colorMap()->data()->valueSize(), steps);
  EXPECT_EQ(view.progressBar()->value(), view.progressBar()->maximum());

  const std::optional<double> loss = neurona::DataLoss::of(
      p.network(), *c.snapshot()->params, p.prepared().train, p.settings().loss, LossLandscapeView::kMaxRows);
  ASSERT_TRUE(loss.has_value());
  const double centre = view.colorMap()->data()->cell(steps / 2, steps / 2);
  EXPECT_NEAR(centre, *loss, 1e-6 * std::abs(*loss));
  for (int i = 0; i < steps; ++i)
    for (int j = 0; j < steps; ++j) EXPECT_TRUE(std::isfinite(view.colorMap()->data()->cell(i, j)));

  // The path: one point per snapshot recorded, ending at the current weights (the centre).
  const QCPCurve* path = view.pathCurve();
  ASSERT_EQ(path->dataCount(), static_cast<int>(seen.size()));
  const auto end = path->data()->at(path->dataCount() - 1);
  EXPECT_NEAR(end->key, 0.0, 1e-9);
  EXPECT_NEAR(end->value, 0.0, 1e-9);
  const auto start = path->data()->at(0);
  EXPECT_GT(std::hypot(start->key, start->value), 1e-9); // training moved the weights

  // Computing again at the same weights gives the same picture (fixed seed).
  const neurona::MatrixD first = view.grid().loss;
  view.compute();
  ASSERT_TRUE(waitFor([&] { return !view.isComputing(); }));
  EXPECT_TRUE(view.grid().loss.isApprox(first, 1e-12));
}

TEST_F(GlassBoxViews, lossLandscapeCancelStopsTheComputation) {
  Project p;
  p.newProject();
  TrainingController c(&p);
  LossLandscapeView view(&p);
  QObject::connect(&c, &TrainingController::snapshotReady, &view, &LossLandscapeView::showSnapshot);
  stepEpochs(c, 1);
  view.setSteps(401); // long enough to be stopped mid-way
  view.compute();
  ASSERT_TRUE(view.isComputing());
  view.cancel();
  ASSERT_TRUE(waitFor([&] { return !view.isComputing(); }));
  EXPECT_FALSE(view.hasResult());
  EXPECT_LT(view.lastRowsDone(), 401);

  // A new computation cancels the one running and the newest result is shown.
  view.compute();
  view.setSteps(5);
  view.compute();
  ASSERT_TRUE(waitFor([&] { return !view.isComputing(); }));
  ASSERT_TRUE(view.hasResult());
  EXPECT_EQ(view.colorMap()->data()->keySize(), 5);
}

TEST_F(GlassBoxViews, lossLandscapeWithoutWeightsSaysSoAndIsNotBusy) {
  Project p;
  p.newProject();
  LossLandscapeView view(&p);
  ASSERT_FALSE(p.isTrained());
  view.compute();
  EXPECT_FALSE(view.isComputing());
  EXPECT_FALSE(view.hasResult());
  EXPECT_FALSE(view.cancelButton()->isEnabled());
}
