// Issue #15 items 6 and 7: Trainer::check refuses, before anything is built or trained, a schedule whose
// parameters would drive the learning rate negative or undefined, and a network whose estimated memory
// is beyond kMaxTrainingMemoryBytes (the estimate in the error).
#include "neurona/core/data/Generators.h"
#include "neurona/core/graph/Validation.h"
#include "neurona/core/train/Trainer.h"

#include <gtest/gtest.h>

#include <limits>

namespace neurona {

namespace {

Dataset moons(int samples = 60) {
  GeneratorOptions o;
  o.samples = samples;
  o.seed = 4;
  return generateDataset("moons", o).value;
}

TrainingConfig config() {
  TrainingConfig c;
  c.loss = LossKind::Bce;
  c.optimizer = *OptimizerConfig::defaults("sgd");
  c.epochs = 3;
  return c;
}

const NetworkSpec kSmall = NetworkSpec::denseStack({4}, 1, ActivationKind::Tanh, ActivationKind::Sigmoid);

} // namespace

TEST(TrainerRefusal, SchedulesThatMakeTheLearningRateNegativeOrUndefined) {
  const Dataset data = moons();
  constexpr double kInf = std::numeric_limits<double>::infinity();
  constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
  struct Bad {
    ScheduleKind kind;
    int stepSize;
    double gamma;
    int tMax;
    double etaMin;
    const char* key;
  };
  for (const Bad& b : {Bad{ScheduleKind::Cosine, 10, 0.1, 100, -10.0, "eta_min"},
                       Bad{ScheduleKind::Cosine, 10, 0.1, 100, kNan, "eta_min"},
                       Bad{ScheduleKind::Cosine, 10, 0.1, 0, 0.0, "T_max"},
                       Bad{ScheduleKind::Exponential, 10, -1.0, 100, 0.0, "gamma"},
                       Bad{ScheduleKind::Exponential, 10, 0.0, 100, 0.0, "gamma"},
                       Bad{ScheduleKind::Exponential, 10, kInf, 100, 0.0, "gamma"},
                       Bad{ScheduleKind::Step, 10, -0.5, 100, 0.0, "gamma"},
                       Bad{ScheduleKind::Step, 0, 0.5, 100, 0.0, "step_size"}}) {
    TrainingConfig c = config();
    c.schedule = {b.kind, b.stepSize, b.gamma, b.tMax, b.etaMin};
    const Error e = Trainer::check(kSmall, c, data);
    EXPECT_EQ(e.code, ErrorCode::BadSchedule) << b.key;
    EXPECT_EQ(e.detail, b.key);
    const auto created = Trainer::create(kSmall, c, data);
    EXPECT_FALSE(created.ok());
    EXPECT_FALSE(created.value);
  }
  // Valid ones, and a constant schedule ignores the others' parameters.
  for (const ScheduleConfig& s : {ScheduleConfig{ScheduleKind::Cosine, 10, 0.1, 100, 0.0},
                                  ScheduleConfig{ScheduleKind::Exponential, 10, 1.5, 100, 0.0},
                                  ScheduleConfig{ScheduleKind::Step, 1, 0.5, 100, 0.0},
                                  ScheduleConfig{ScheduleKind::Constant, 0, -1.0, 0, -1.0}}) {
    TrainingConfig c = config();
    c.schedule = s;
    EXPECT_TRUE(Trainer::check(kSmall, c, data).ok()) << toString(s.kind);
  }
}

TEST(TrainerRefusal, ANetworkBeyondTheMemoryLimitIsRefusedWithItsEstimate) {
  const Dataset data = moons();
  // Ten dense layers of 4,096 units each: each passes the per-layer limit, together ~3.4 GB.
  std::vector<int> hidden(10, kMaxUnits);
  const NetworkSpec big = NetworkSpec::denseStack(hidden, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  TrainingConfig c = config();
  const Error e = Trainer::check(big, c, data);
  ASSERT_EQ(e.code, ErrorCode::NetworkTooLarge);
  EXPECT_EQ(e.expected, kMaxTrainingMemoryBytes);
  EXPECT_EQ(e.actual, estimateMemoryBytes(big, 2, 60));
  EXPECT_GT(e.actual, std::int64_t{3} << 30);
  EXPECT_FALSE(Trainer::create(big, c, data).ok());

  // A huge batch of a small network is counted too.
  c.batchSize = 100'000'000;
  EXPECT_EQ(Trainer::check(kSmall, c, data).code, ErrorCode::NetworkTooLarge);
  c.batchSize = 32;
  EXPECT_TRUE(Trainer::check(kSmall, c, data).ok());
}

} // namespace neurona
