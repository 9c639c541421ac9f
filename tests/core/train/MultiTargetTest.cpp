// Regression with K > 1 targets: a plain dense stack with K linear outputs trains on samples × K targets,
// and the metrics come per target and as their means.
#include "neurona/core/train/Metrics.h"
#include "neurona/core/train/Trainer.h"
#include "support/GradientCheck.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace neurona;

namespace {

// Two inputs in [-1, 1] and three targets: a plane, a product and a sine of the inputs.
Dataset threeTargets(int n, std::uint64_t seed) {
  Rng rng(seed);
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  Dataset d;
  d.task = TaskKind::Regression;
  d.featureNames = {"x1", "x2"};
  d.labelName = "plane";
  d.targetNames = {"plane", "product", "sine"};
  d.features.resize(n, 2);
  d.targets.resize(n, 3);
  for (int i = 0; i < n; ++i) {
    const double a = u(rng), b = u(rng);
    d.features(i, 0) = a;
    d.features(i, 1) = b;
    d.targets(i, 0) = 0.5 * a - b + 0.25;
    d.targets(i, 1) = a * b;
    d.targets(i, 2) = std::sin(2.0 * a);
  }
  return d;
}

TrainingConfig mseAdam(int epochs, int batch) {
  TrainingConfig c;
  c.loss = LossKind::Mse;
  c.optimizer = *OptimizerConfig::defaults("adam");
  c.optimizer.learningRate = 0.02;
  c.epochs = epochs;
  c.batchSize = batch;
  c.seed = 11;
  return c;
}

NetworkSpec threeOutputs() {
  return NetworkSpec::denseStack({16, 16}, 3, ActivationKind::Tanh, ActivationKind::Linear);
}

} // namespace

TEST(MultiTargetMetrics, PerTargetValuesAndTheirMeansOnAHandComputedCase) {
  // Column 1: errors 0, 0, 2 → MAE 2/3, RMSE √(4/3), SS_tot of 1, 2, 3 = 2 → R² = 1 − 4/2 = −1.
  // Column 2: errors 1, −1, 0 → MAE 2/3, RMSE √(2/3), SS_tot of 0, 4, 8 = 32 → R² = 1 − 2/32.
  MatrixD truth(3, 2), predicted(3, 2);
  truth << 1, 0, 2, 4, 3, 8;
  predicted << 1, 1, 2, 3, 5, 8;
  const RegressionMetrics m = regressionMetrics(truth, predicted);
  ASSERT_EQ(m.perTarget.size(), 2u);
  EXPECT_DOUBLE_EQ(m.perTarget[0].mae, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(m.perTarget[0].rmse, std::sqrt(4.0 / 3.0));
  EXPECT_DOUBLE_EQ(m.perTarget[0].r2, -1.0);
  EXPECT_DOUBLE_EQ(m.perTarget[1].mae, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(m.perTarget[1].rmse, std::sqrt(2.0 / 3.0));
  EXPECT_DOUBLE_EQ(m.perTarget[1].r2, 1.0 - 2.0 / 32.0);
  EXPECT_DOUBLE_EQ(m.mae, 2.0 / 3.0);
  EXPECT_DOUBLE_EQ(m.rmse, 0.5 * (std::sqrt(4.0 / 3.0) + std::sqrt(2.0 / 3.0)));
  EXPECT_DOUBLE_EQ(m.r2, 0.5 * (-1.0 + 1.0 - 2.0 / 32.0));
}

TEST(MultiTargetMetrics, OneTargetIsItsOwnMeanAndMismatchedShapesGiveNothing) {
  VectorD y(4), yhat(4);
  y << 1, 2, 3, 4;
  yhat << 1, 2, 3, 6;
  const RegressionMetrics m = regressionMetrics(y, yhat);
  ASSERT_EQ(m.perTarget.size(), 1u);
  EXPECT_EQ(m.mae, m.perTarget[0].mae);
  EXPECT_EQ(m.rmse, m.perTarget[0].rmse);
  EXPECT_EQ(m.r2, m.perTarget[0].r2);
  EXPECT_DOUBLE_EQ(m.r2, 1.0 - 4.0 / 5.0);
  const RegressionMetrics none = regressionMetrics(MatrixD::Zero(4, 2), MatrixD::Zero(4, 3));
  EXPECT_TRUE(none.perTarget.empty());
  EXPECT_EQ(none.mae, 0.0);
}

TEST(MultiTargetMetrics, TargetMatrixIsTheTargets) {
  const Dataset d = threeTargets(5, 1);
  EXPECT_EQ(targetMatrix<double>(d, 3), d.targets);
  EXPECT_EQ(d.targetCount(), 3);
  EXPECT_EQ(d.targetName(2), "sine");
}

TEST(MultiTarget, MseOfKLinearOutputsMatchesFiniteDifferences) {
  Rng rng(4);
  NetworkD net(threeOutputs(), 2, rng);
  const Dataset d = threeTargets(7, 2);
  const test::GradientCheckResult r = test::checkGradients(net, d.features, d.targets, LossKind::Mse);
  EXPECT_LT(r.maxRelativeError, 1e-6);
  EXPECT_GT(r.analytic.norm(), 1e-6);
}

TEST(MultiTarget, ThreeTargetsTrainAndEveryOneImproves) {
  const Dataset train = threeTargets(300, 3), val = threeTargets(100, 4);
  Trainer t(threeOutputs(), mseAdam(150, 32), train, &val);
  const RegressionMetrics before = t.regressionMetrics(val);
  const TrainingResult r = t.run();
  EXPECT_EQ(r.status, TrainingStatus::Completed);
  ASSERT_EQ(r.history.size(), 150u);
  EXPECT_LT(r.history.back().loss, 0.05 * r.history.front().loss);
  const RegressionMetrics after = t.regressionMetrics(val);
  ASSERT_EQ(after.perTarget.size(), 3u);
  for (std::size_t k = 0; k < 3; ++k) {
    EXPECT_LT(after.perTarget[k].rmse, 0.5 * before.perTarget[k].rmse) << "target " << k;
    EXPECT_GT(after.perTarget[k].r2, 0.9) << "target " << k;
  }
  // The history's validation metrics are the means of the per-target ones.
  EXPECT_NEAR(r.history.back().valRmse, after.rmse, 1e-9);
  EXPECT_NEAR(r.history.back().valR2, after.r2, 1e-9);
  EXPECT_NEAR(r.history.back().valMae, after.mae, 1e-9);
  EXPECT_NEAR(r.history.back().valLoss, t.evaluateLoss(val), 1e-6);
}

TEST(MultiTarget, RunningTrainingMetricsAreTheMeansOverTheTargets) {
  // One full batch without shuffle: the first epoch's running metrics are those of the initial weights.
  const Dataset train = threeTargets(64, 5);
  TrainingConfig c = mseAdam(1, 0);
  c.shuffle = false;
  Trainer t(threeOutputs(), c, train);
  const RegressionMetrics initial = t.regressionMetrics(train);
  const TrainingResult r = t.run();
  ASSERT_EQ(r.history.size(), 1u);
  EXPECT_NEAR(r.history[0].mae, initial.mae, 1e-6);
  EXPECT_NEAR(r.history[0].rmse, initial.rmse, 1e-6);
  EXPECT_NEAR(r.history[0].r2, initial.r2, 1e-5);
  // mse over samples × targets: the mean of the per-target squared RMSEs.
  double meanSquare = 0.0;
  for (const TargetMetrics& m : initial.perTarget) meanSquare += m.rmse * m.rmse / 3.0;
  EXPECT_NEAR(r.history[0].loss, meanSquare, 1e-6);
}

TEST(MultiTarget, OutputWidthMustBeTheTargetCount) {
  const Dataset train = threeTargets(20, 6);
  const NetworkSpec one = NetworkSpec::denseStack({4}, 1, ActivationKind::Tanh, ActivationKind::Linear);
  Error e = Trainer::check(one, mseAdam(1, 8), train);
  EXPECT_EQ(e.code, ErrorCode::TargetMismatch);
  EXPECT_EQ(e.expected, 3);
  EXPECT_EQ(e.actual, 1);
  EXPECT_TRUE(Trainer::check(threeOutputs(), mseAdam(1, 8), train).ok());
  // Validation data with another number of targets.
  Dataset val = threeTargets(10, 7);
  val.targets = val.targets.leftCols(2).eval();
  e = Trainer::check(threeOutputs(), mseAdam(1, 8), train, &val);
  EXPECT_EQ(e.code, ErrorCode::TargetMismatch);
  EXPECT_EQ(e.expected, 3);
  EXPECT_EQ(e.actual, 2);
}
