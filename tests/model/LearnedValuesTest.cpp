// Learned values set by hand (a weight typed on the canvas, an explained step applied): one undo step that
// keeps the epoch and history, refused when the values do not fit the network; and DataLoss, the loss the
// editor shows before anything is applied.
#include "model/TrainingJobs.h"
#include "support/CoreApp.h"

#include "model/Project.h"
#include "training/TrainingController.h"

#include "neurona/core/train/DataLoss.h"

#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>

using trainingtest::waitFor;

namespace {

class LearnedValuesTest : public ::testing::Test {
protected:
  void SetUp() override { coreApp(); }
};

TEST_F(LearnedValuesTest, aWeightSetByHandIsOneUndoStepThatKeepsTheHistory) {
  Project p;
  TrainingController c(&p);
  p.setSetting(SettingKey::EpochLimit, 5);
  c.play();
  ASSERT_TRUE(waitFor([&] { return c.state() == TrainingController::State::Finished; }));
  p.commitTraining();
  ASSERT_TRUE(p.isTrained());
  const auto trained = p.training().params;
  const std::size_t records = p.history().size();
  const int steps = p.undoStack()->count();

  auto edited = std::make_shared<neurona::ModelParams>(*trained);
  (*edited)[0].weights(1, 2) = 3.25;
  (*edited)[0].bias(2) = -0.5;
  ASSERT_TRUE(p.setLearnedValues(edited, QStringLiteral("Edit weight")));
  EXPECT_EQ(p.undoStack()->count(), steps + 1);
  EXPECT_EQ(p.undoStack()->undoText(), QStringLiteral("Edit weight"));
  EXPECT_DOUBLE_EQ((*p.training().params)[0].weights(1, 2), 3.25);
  EXPECT_DOUBLE_EQ((*p.training().params)[0].bias(2), -0.5);
  EXPECT_EQ(p.trainedEpoch(), 5);
  EXPECT_EQ(p.history().size(), records);

  // The same values again change nothing; values of another network are refused.
  EXPECT_FALSE(p.setLearnedValues(edited, QStringLiteral("Edit weight")));
  auto shorter = std::make_shared<neurona::ModelParams>(*trained);
  shorter->pop_back();
  EXPECT_FALSE(p.setLearnedValues(shorter, QStringLiteral("Edit weight")));
  auto otherIds = std::make_shared<neurona::ModelParams>(*trained);
  (*otherIds)[0].id += 1000;
  EXPECT_FALSE(p.setLearnedValues(otherIds, QStringLiteral("Edit weight")));
  EXPECT_EQ(p.undoStack()->count(), steps + 1);

  p.undo();
  EXPECT_EQ(p.training().params, trained);
  EXPECT_EQ(p.history().size(), records);
  p.redo();
  EXPECT_DOUBLE_EQ((*p.training().params)[0].weights(1, 2), 3.25);
}

TEST_F(LearnedValuesTest, dataLossFollowsAWeightAndRefusesValuesOfAnotherNetwork) {
  Project p;
  TrainingController c(&p);
  p.newProject();
  ASSERT_TRUE(waitFor([&] { return c.snapshot() && c.snapshot()->params; }));
  const neurona::ModelParams drawn = *c.snapshot()->params;
  const neurona::Dataset& train = p.prepared().train;
  const auto before = neurona::DataLoss::of(p.network(), drawn, train, p.settings().loss);
  ASSERT_TRUE(before);
  // At epoch 0 the run reports the loss of the values it starts from (in float): the same number.
  ASSERT_TRUE(std::isfinite(c.snapshot()->last.loss));
  EXPECT_NEAR(*before, c.snapshot()->last.loss, 1e-4);

  neurona::ModelParams changed = drawn;
  changed.back().bias(0) += 5.0; // every prediction pushed towards class 1
  const auto after = neurona::DataLoss::of(p.network(), changed, train, p.settings().loss);
  ASSERT_TRUE(after);
  EXPECT_GT(std::abs(*after - *before), 1e-3);

  neurona::ModelParams wrong = drawn;
  wrong.pop_back();
  EXPECT_FALSE(neurona::DataLoss::of(p.network(), wrong, train, p.settings().loss));
  EXPECT_FALSE(neurona::DataLoss::of(p.network(), drawn, train, p.settings().loss, 0));
}

} // namespace
