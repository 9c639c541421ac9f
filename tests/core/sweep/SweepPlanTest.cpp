// A sweep's plan: its runs in row-major order, and every setting checked before anything trains.
#include "neurona/core/sweep/SweepPlan.h"
#include "SweepFixtures.h"

#include <gtest/gtest.h>

using namespace neurona;
using sweeptest::doc;
using sweeptest::smallProject;

namespace {

SweepSetting setting(std::string key, std::vector<std::string> values) {
  return {std::move(key), std::move(values)};
}

} // namespace

TEST(SweepPlan, ParsesKeyAndValues) {
  const Result<SweepSetting> s = parseSweepSetting("network.layers[0].units=2,4,8");
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s.value.key, "network.layers[0].units");
  EXPECT_EQ(s.value.values, (std::vector<std::string>{"2", "4", "8"}));
  EXPECT_EQ(parseSweepSetting("training.seed=3").value.values, std::vector<std::string>{"3"});
  EXPECT_EQ(parseSweepSetting("no-equals").error.code, ErrorCode::UnknownSetting);
  EXPECT_EQ(parseSweepSetting("=1,2").error.code, ErrorCode::UnknownSetting);
  for (const char* text : {"a=", "a=1,,2", "a=1,"}) {
    const Result<SweepSetting> bad = parseSweepSetting(text);
    EXPECT_EQ(bad.error.code, ErrorCode::BadSettingValue) << text;
    EXPECT_EQ(bad.error.detail, "a");
  }
}

TEST(SweepPlan, RunsAreTheCombinationsLastSettingFastest) {
  const Result<SweepPlan> r = SweepPlan::create(
      doc(smallProject()), {setting("training.optimizer.learning_rate", {"0.001", "0.01", "0.1"}),
                            setting("network.layers[0].units", {"2", "8"})});
  ASSERT_TRUE(r.ok()) << toString(r.error.code);
  const SweepPlan& plan = r.value;
  ASSERT_EQ(plan.size(), 6);
  EXPECT_EQ(plan.valuesOf(0), (std::vector<std::string>{"0.001", "2"}));
  EXPECT_EQ(plan.valuesOf(1), (std::vector<std::string>{"0.001", "8"}));
  EXPECT_EQ(plan.valuesOf(2), (std::vector<std::string>{"0.01", "2"}));
  EXPECT_EQ(plan.valuesOf(5), (std::vector<std::string>{"0.1", "8"}));
  for (int run = 0; run < plan.size(); ++run) {
    const Project& p = plan.project(run);
    EXPECT_DOUBLE_EQ(p.training.optimizer.learningRate, std::stod(plan.valuesOf(run)[0]));
    EXPECT_EQ(p.network.layers[0].units, std::stoi(plan.valuesOf(run)[1]));
    EXPECT_EQ(p.training.epochs, 20); // the rest as the project has it
  }
}

TEST(SweepPlan, EpochsOverrideTheProjectsAndASweptEpochsOverridesThat) {
  const Result<SweepPlan> r =
      SweepPlan::create(doc(smallProject()), {setting("training.seed", {"1", "2"})}, 7);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value.project(0).training.epochs, 7);
  EXPECT_EQ(r.value.project(1).training.seed, 2u);
  const Result<SweepPlan> swept =
      SweepPlan::create(doc(smallProject()), {setting("training.epochs", {"3", "4"})}, 7);
  ASSERT_TRUE(swept.ok());
  EXPECT_EQ(swept.value.project(1).training.epochs, 4);
  // A bad epochs value is the reader's refusal of the result.
  const Result<SweepPlan> negative =
      SweepPlan::create(doc(smallProject()), {setting("training.epochs", {"5", "-1"})});
  EXPECT_EQ(negative.error.code, ErrorCode::BadSettingValue);
  EXPECT_EQ(negative.error.text, "-1");
  EXPECT_EQ(negative.error.detail, "training.epochs");
  EXPECT_NE(negative.error.cause, ErrorCode::None);
}

TEST(SweepPlan, AnUnknownKeyIsNamed) {
  const Result<SweepPlan> r = SweepPlan::create(
      doc(smallProject()), {setting("training.seed", {"1"}), setting("training.optimizer.lr", {"0.1"})});
  EXPECT_EQ(r.error.code, ErrorCode::UnknownSetting);
  EXPECT_EQ(r.error.text, "training.optimizer.lr");
  EXPECT_EQ(SweepPlan::create(doc(smallProject()), {setting("network.layers[5].units", {"1"})}).error.code,
            ErrorCode::UnknownSetting);
}

TEST(SweepPlan, ABadValueIsNamedWithItsKey) {
  const Result<SweepPlan> word =
      SweepPlan::create(doc(smallProject()), {setting("network.layers[0].units", {"4", "relu"})});
  EXPECT_EQ(word.error.code, ErrorCode::BadSettingValue);
  EXPECT_EQ(word.error.text, "relu");
  EXPECT_EQ(word.error.detail, "network.layers[0].units");

  const Result<SweepPlan> text =
      SweepPlan::create(doc(smallProject()), {setting("training.optimizer.learning_rate", {"fast"})});
  EXPECT_EQ(text.error.code, ErrorCode::BadSettingValue);
  EXPECT_EQ(text.error.text, "fast");

  // The right type, but the project reader refuses it: an unknown activation.
  const Result<SweepPlan> name =
      SweepPlan::create(doc(smallProject()), {setting("network.layers[0].activation", {"relu", "wiggly"})});
  EXPECT_EQ(name.error.code, ErrorCode::BadSettingValue);
  EXPECT_EQ(name.error.text, "wiggly");
  EXPECT_EQ(name.error.detail, "network.layers[0].activation");
  EXPECT_EQ(name.error.cause, ErrorCode::UnknownName);
}

TEST(SweepPlan, DuplicateKeysAndEmptySettingsAreRefused) {
  const Result<SweepPlan> twice = SweepPlan::create(
      doc(smallProject()), {setting("training.seed", {"1"}), setting("training.seed", {"2"})});
  EXPECT_EQ(twice.error.code, ErrorCode::BadSettingValue);
  EXPECT_EQ(twice.error.text, "training.seed");
  EXPECT_EQ(twice.error.detail, "duplicate");
  const Result<SweepPlan> none = SweepPlan::create(doc(smallProject()), {setting("training.seed", {})});
  EXPECT_EQ(none.error.code, ErrorCode::BadSettingValue);
  EXPECT_EQ(none.error.detail, "training.seed");
}

TEST(SweepPlan, TooManyRunsAreRefused) {
  std::vector<std::string> values;
  for (int i = 0; i < 40; ++i) values.push_back(std::to_string(i));
  const Result<SweepPlan> ok = SweepPlan::create(
      doc(smallProject()), {setting("training.seed", values), setting("split.seed", {"1", "2", "3"})});
  ASSERT_TRUE(ok.ok()); // 120 runs
  EXPECT_EQ(ok.value.size(), 120);
  const Result<SweepPlan> r = SweepPlan::create(
      doc(smallProject()), {setting("training.seed", values), setting("split.seed", values)}); // 1600 runs
  EXPECT_EQ(r.error.code, ErrorCode::BadSettingValue);
  EXPECT_EQ(r.error.detail, "runs");
  EXPECT_EQ(r.error.expected, SweepPlan::kMaxRuns);
  EXPECT_EQ(r.error.actual, 1600);
}

TEST(SweepPlan, HiddenLayersCombinesWithOtherSettings) {
  const Result<SweepPlan> r =
      SweepPlan::create(doc(smallProject()), {setting("network.hidden_layers", {"1", "3"}),
                                              setting("network.layers[0].units", {"5"})});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value.project(0).network.layers.size(), 2u);
  EXPECT_EQ(r.value.project(1).network.layers.size(), 4u);
  EXPECT_EQ(r.value.project(1).network.layers[0].units, 5);
  // A key that a combination removes: layer 2 of a network left with one hidden layer.
  const Result<SweepPlan> gone =
      SweepPlan::create(doc(smallProject()), {setting("network.hidden_layers", {"3", "1"}),
                                              setting("network.layers[2].units", {"5"})});
  // network.layers[2] does not exist in the project itself (one hidden layer): unknown up front.
  EXPECT_EQ(gone.error.code, ErrorCode::UnknownSetting);
}
