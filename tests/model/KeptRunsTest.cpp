// Runs kept in the project: a run that ends is kept with its setup, history and model; the board's edits
// are undo steps that survive runs kept in between; restoring a run brings back its network, settings and
// learned values in one step; the runs go to the file and come back.
#include "model/TrainingJobs.h"
#include "support/CoreApp.h"

#include "model/Project.h"
#include "training/TrainingController.h"

#include "neurona/core/sweep/SettingKeys.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

using neurona::TrainingStatus;
using trainingtest::waitFor;

namespace {

class KeptRunsTest : public ::testing::Test {
protected:
  void SetUp() override { coreApp(); }
};

// Trains the project's own run to `epochs` and waits for its end.
void trainTo(Project& p, TrainingController& c, int epochs) {
  p.setSetting(SettingKey::EpochLimit, epochs);
  QSignalSpy finished(&c, &TrainingController::finished);
  c.play();
  ASSERT_TRUE(waitFor([&] { return finished.count() == 1; }));
}

std::string settingOf(const neurona::KeptRun& run, const std::string& key) {
  return neurona::SettingKeys::flatten(run.setup).at(key);
}

} // namespace

TEST_F(KeptRunsTest, aRunThatEndsIsKeptWithItsSetupHistoryAndModel) {
  Project p;
  TrainingController c(&p);
  QSignalSpy changed(&p, &Project::runsChanged);
  trainTo(p, c, 6);
  ASSERT_EQ(p.runs().size(), 1u);
  const neurona::KeptRun& run = p.runs()[0];
  EXPECT_EQ(run.status, TrainingStatus::Completed);
  EXPECT_EQ(run.epochs, 6);
  EXPECT_EQ(run.name, "Run 1");
  ASSERT_EQ(run.history.size(), 6u);
  EXPECT_EQ(run.history.back().loss, p.history().back().loss);
  ASSERT_TRUE(run.model.has_value());
  EXPECT_EQ(run.model->params.size(), p.network().layers.size());
  EXPECT_EQ(settingOf(run, "training.epochs"), "6");
  EXPECT_GE(changed.count(), 1);
  EXPECT_TRUE(p.isModified());

  // Reset after some epochs of a second run: kept as stopped; a reset with nothing new keeps nothing.
  c.reset();
  p.setSetting(SettingKey::EpochLimit, 0);
  c.step();
  ASSERT_TRUE(waitFor([&] { return p.trainedEpoch() == 1; }));
  c.reset();
  ASSERT_EQ(p.runs().size(), 2u);
  EXPECT_EQ(p.runs()[1].status, TrainingStatus::Stopped);
  EXPECT_EQ(p.runs()[1].epochs, 1);
  c.reset();
  EXPECT_EQ(p.runs().size(), 2u);
}

TEST_F(KeptRunsTest, editsAreUndoStepsThatSurviveRunsKeptInBetween) {
  Project p;
  TrainingController c(&p);
  trainTo(p, c, 3);
  ASSERT_EQ(p.runs().size(), 1u);
  const std::uint64_t first = p.runs()[0].id;
  EXPECT_TRUE(p.renameRun(first, QStringLiteral("  lr 0.01 ")));
  EXPECT_EQ(p.runs()[0].name, "lr 0.01");
  EXPECT_FALSE(p.renameRun(first, QStringLiteral("   "))) << "an empty name changes nothing";
  EXPECT_TRUE(p.setRunPinned(first, true));
  EXPECT_TRUE(p.deleteRuns({first}));
  EXPECT_TRUE(p.runs().empty());

  // Another run ends, then the delete, the pin and the rename are undone: both runs are there.
  c.reset();
  trainTo(p, c, 2);
  ASSERT_EQ(p.runs().size(), 1u);
  // The second run's training, its epoch limit and the reset before it.
  for (int i = 0; i < 3; ++i) p.undo();
  EXPECT_EQ(p.runs().size(), 1u) << "a kept run is a record, not an edit: undoing training keeps it";
  EXPECT_EQ(p.undoStack()->undoText().toStdString(), "Delete 1 Run(s)");
  p.undo(); // delete
  ASSERT_EQ(p.runs().size(), 2u);
  EXPECT_EQ(p.runs()[0].id, first);
  EXPECT_TRUE(p.runs()[0].pinned);
  p.undo(); // pin
  EXPECT_FALSE(p.runs()[0].pinned);
  p.undo(); // rename
  EXPECT_EQ(p.runs()[0].name, "Run 1");
  EXPECT_EQ(p.runs().size(), 2u);
}

TEST_F(KeptRunsTest, theLimitDropsTheOldestUnpinnedRunsAndUndoBringsThemBack) {
  Project p;
  std::vector<neurona::KeptRun> runs(4);
  const std::vector<std::uint64_t> ids = p.keepRuns(runs);
  ASSERT_EQ(ids.size(), 4u);
  p.setRunPinned(ids[0], true);
  EXPECT_TRUE(p.setRunLimit(2));
  ASSERT_EQ(p.runs().size(), 2u);
  EXPECT_EQ(p.runs()[0].id, ids[0]) << "a pinned run is never dropped";
  EXPECT_EQ(p.runs()[1].id, ids[3]);
  p.keepRuns({neurona::KeptRun{}});
  ASSERT_EQ(p.runs().size(), 2u);
  EXPECT_EQ(p.runs()[1].id, ids[3] + 1);
  p.undo();
  EXPECT_EQ(p.runLimit(), neurona::KeptRun::kDefaultLimit);
  ASSERT_EQ(p.runs().size(), 4u); // ids 1, 2 and 3 back; 5 kept since
  EXPECT_EQ(p.runs()[1].id, ids[1]);
  EXPECT_EQ(p.runs()[2].id, ids[2]);
}

TEST_F(KeptRunsTest, restoringARunBringsBackItsNetworkSettingsAndValuesInOneStep) {
  Project p;
  TrainingController c(&p);
  p.setSetting(SettingKey::LearningRate, 0.05);
  trainTo(p, c, 5);
  ASSERT_EQ(p.runs().size(), 1u);
  const neurona::KeptRun kept = p.runs()[0];
  const double lossAt5 = p.history().back().loss;

  // Another network and learning rate, untrained.
  c.stop();
  p.setLayerProperty(p.network().layers[0].id, LayerProperty::Units, 9);
  p.setSetting(SettingKey::LearningRate, 0.2);
  ASSERT_FALSE(p.isTrained());
  const int steps = p.undoStack()->count();

  ASSERT_TRUE(p.restoreRun(kept.id));
  EXPECT_EQ(p.undoStack()->count(), steps + 1);
  EXPECT_EQ(p.network().layers[0].units, kept.model->spec.layers[0].units);
  EXPECT_DOUBLE_EQ(p.settings().optimizer.learningRate, 0.05);
  ASSERT_TRUE(p.isTrained());
  EXPECT_EQ(p.trainedEpoch(), 5);
  EXPECT_EQ(p.history().back().loss, lossAt5);
  EXPECT_EQ(p.recordOfTraining(TrainingStatus::Completed)->model->params, kept.model->params);

  p.undo();
  EXPECT_EQ(p.network().layers[0].units, 9);
  EXPECT_DOUBLE_EQ(p.settings().optimizer.learningRate, 0.2);
  EXPECT_FALSE(p.isTrained());
}

TEST_F(KeptRunsTest, runsAreSavedAndOpenedWithTheProject) {
  QTemporaryDir dir;
  Project p;
  TrainingController c(&p);
  trainTo(p, c, 3);
  p.renameRun(p.runs()[0].id, QStringLiteral("first"));
  p.setRunLimit(5);
  const QString file = dir.filePath(QStringLiteral("runs.neurona"));
  ASSERT_TRUE(p.save(file).ok());
  EXPECT_FALSE(p.isModified());

  Project q;
  ASSERT_TRUE(q.open(file).ok());
  ASSERT_EQ(q.runs().size(), 1u);
  const neurona::KeptRun& a = q.runs()[0];
  const neurona::KeptRun& b = p.runs()[0];
  EXPECT_EQ(a.name, "first");
  EXPECT_EQ(a.id, b.id);
  EXPECT_EQ(a.setup, b.setup);
  EXPECT_EQ(a.history.back().loss, b.history.back().loss);
  ASSERT_TRUE(a.model && b.model);
  EXPECT_EQ(a.model->params, b.model->params); // a model file keeps what inference needs
  EXPECT_EQ(q.runLimit(), 5);
  // New ids go on after the opened ones.
  const std::vector<std::uint64_t> ids = q.keepRuns({neurona::KeptRun{}});
  EXPECT_GT(ids[0], p.runs()[0].id);
  EXPECT_TRUE(q.isModified()) << "a run kept since the save is unsaved work";
}
