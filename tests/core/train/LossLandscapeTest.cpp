#include "neurona/core/train/LossLandscape.h"

#include "neurona/core/nn/Loss.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace neurona {
namespace {

// n points in [−2, 2]² with a 0/1 label (x1 + x2 > 0) and a regression target y = 2·x1 − x2 + 0.5 + noise.
void landscapeData(int n, std::uint64_t seed, MatrixD& x, MatrixD& labels, MatrixD& targets) {
  Rng rng(seed);
  std::uniform_real_distribution<double> u(-2.0, 2.0);
  std::normal_distribution<double> noise(0.0, 0.1);
  x.resize(n, 2);
  labels.resize(n, 1);
  targets.resize(n, 1);
  for (int i = 0; i < n; ++i) {
    x(i, 0) = u(rng);
    x(i, 1) = u(rng);
    labels(i, 0) = x(i, 0) + x(i, 1) > 0.0 ? 1.0 : 0.0;
    targets(i, 0) = 2.0 * x(i, 0) - x(i, 1) + 0.5 + noise(rng);
  }
}

NetworkSpec landscapeSpecWithBatchNorm() {
  NetworkSpec spec;
  LayerSpec hidden;
  hidden.units = 5;
  hidden.activation = ActivationKind::Relu;
  spec.append(hidden);
  LayerSpec bn;
  bn.type = LayerType::BatchNorm;
  spec.append(bn);
  LayerSpec out;
  out.units = 1;
  out.activation = ActivationKind::Sigmoid;
  spec.append(out);
  return spec;
}

double lossAt(const NetworkD& net, const MatrixD& x, const MatrixD& y, LossKind loss) {
  MatrixD logits, out;
  NetworkWorkspace<double> ws;
  net.predictWithLogits(x, logits, out, ws);
  return lossValue<double>(loss, logits, out, y);
}

TEST(LossLandscapeTest, DirectionsAreNormalisedFilterByFilterAndLeaveBiasesAndBatchNormAlone) {
  Rng init(1);
  NetworkD net(landscapeSpecWithBatchNorm(), 2, init);
  // Give the biases and batchnorm values something non-zero, so that a copy of θ would be noticed.
  VectorD theta;
  net.copyParameters(theta);
  theta.array() += 0.25;
  net.loadParameters(theta);

  Rng rng(2);
  const LandscapeDirections dirs = LossLandscape::directions(net, rng);
  ASSERT_EQ(dirs.d1.size(), theta.size());
  ASSERT_EQ(dirs.d2.size(), theta.size());
  EXPECT_GT((dirs.d1 - dirs.d2).norm(), 0.1);
  int weightSlots = 0;
  Eigen::Index at = 0;
  for (const ParamSlot<double>& s : net.paramSlots()) {
    for (const VectorD* d : {&dirs.d1, &dirs.d2}) {
      if (!s.isWeight) {
        EXPECT_TRUE(d->segment(at, s.size).isZero(0.0)) << "slot at " << at;
        continue;
      }
      const Eigen::Index rows = s.layer == net.layer(0).id() ? 2 : 5; // inputs of the dense layer
      const Eigen::Map<const MatrixD> w(s.value, rows, s.size / rows);
      const Eigen::Map<const MatrixD> dw(d->data() + at, rows, s.size / rows);
      for (Eigen::Index u = 0; u < w.cols(); ++u)
        EXPECT_NEAR(dw.col(u).norm(), w.col(u).norm(), 1e-12 * w.col(u).norm()) << "unit " << u;
      // Not θ itself: the direction is random within each filter.
      EXPECT_GT((dw - w).norm(), 1e-3);
    }
    if (s.isWeight) ++weightSlots;
    at += s.size;
  }
  EXPECT_EQ(weightSlots, 2);

  // Reproducible from the engine's state.
  Rng again(2);
  const LandscapeDirections same = LossLandscape::directions(net, again);
  EXPECT_TRUE(sameValues(same.d1, dirs.d1));
  EXPECT_TRUE(sameValues(same.d2, dirs.d2));
}

TEST(LossLandscapeTest, TheCentreOfAnOddGridIsTheLossAtTheTrainedValues) {
  Rng init(3);
  const NetworkD net(landscapeSpecWithBatchNorm(), 2, init);
  MatrixD x, labels, targets;
  landscapeData(120, 4, x, labels, targets);
  Rng rng(5);
  const LandscapeDirections dirs = LossLandscape::directions(net, rng);
  const LossLandscapeGrid grid =
      LossLandscape::compute(net, dirs, x, labels, LossKind::Bce, 1.0, 5, nullptr, {});
  ASSERT_EQ(grid.alphas.size(), 5u);
  ASSERT_EQ(grid.loss.rows(), 5);
  ASSERT_EQ(grid.loss.cols(), 5);
  EXPECT_EQ(grid.rowsDone, 5);
  EXPECT_EQ(grid.alphas[2], 0.0);
  EXPECT_EQ(grid.alphas.front(), -1.0);
  EXPECT_EQ(grid.alphas.back(), 1.0);
  EXPECT_EQ(grid.alphas[1], -0.5);
  EXPECT_TRUE(grid.loss.allFinite());
  EXPECT_DOUBLE_EQ(grid.loss(2, 2), lossAt(net, x, labels, LossKind::Bce));
  // Elsewhere it is the loss somewhere else: row i is β = betas[i], column j is α = alphas[j].
  NetworkD moved(net);
  VectorD theta;
  net.copyParameters(theta);
  moved.loadParameters(theta + 0.5 * dirs.d1 - 1.0 * dirs.d2);
  EXPECT_NEAR(grid.loss(0, 3), lossAt(moved, x, labels, LossKind::Bce), 1e-12);
  EXPECT_GT(std::abs(grid.loss(0, 3) - grid.loss(3, 0)), 1e-9);
}

TEST(LossLandscapeTest, ALinearRegressionNetworkHasAnExactParabolaAlongEachDirection) {
  // ŷ = x·W + b is linear in W, so along a direction that moves W only the MSE is an exact parabola in α:
  // three grid values fix it and predict the others.
  Rng init(6);
  const NetworkD net(NetworkSpec::denseStack({}, 1, ActivationKind::Linear, ActivationKind::Linear), 2, init);
  MatrixD x, labels, targets;
  landscapeData(200, 7, x, labels, targets);
  Rng rng(8);
  const LandscapeDirections dirs = LossLandscape::directions(net, rng);
  const double s = 2.0;
  const LossLandscapeGrid grid =
      LossLandscape::compute(net, dirs, x, targets, LossKind::Mse, s, 9, nullptr, {});
  const int mid = 4;
  const double lm = grid.loss(mid, 0), l0 = grid.loss(mid, mid), lp = grid.loss(mid, 8);
  // L(α) = l0 + bα + cα², b = (lp − lm)/(2s), c = (lp + lm − 2·l0)/(2s²)
  const double b = (lp - lm) / (2.0 * s), c = (lp + lm - 2.0 * l0) / (2.0 * s * s);
  EXPECT_GT(c, 0.0);
  for (int j = 0; j < 9; ++j) {
    const double a = grid.alphas[static_cast<std::size_t>(j)];
    EXPECT_NEAR(grid.loss(mid, j), l0 + b * a + c * a * a, 1e-10 * (1.0 + l0)) << "alpha " << a;
  }
  // The same along β (column mid).
  const double bm = grid.loss(0, mid), bp = grid.loss(8, mid);
  const double b2 = (bp - bm) / (2.0 * s), c2 = (bp + bm - 2.0 * l0) / (2.0 * s * s);
  for (int i = 0; i < 9; ++i) {
    const double beta = grid.betas[static_cast<std::size_t>(i)];
    EXPECT_NEAR(grid.loss(i, mid), l0 + b2 * beta + c2 * beta * beta, 1e-10 * (1.0 + l0)) << "beta " << beta;
  }
}

TEST(LossLandscapeTest, ProjectPathRecoversTheCoordinatesOfAPointOnTheSlice) {
  Rng init(9);
  const NetworkD net(landscapeSpecWithBatchNorm(), 2, init);
  Rng rng(10);
  const LandscapeDirections dirs = LossLandscape::directions(net, rng);
  VectorD theta;
  net.copyParameters(theta);
  VectorD onSlice = theta + 0.3 * dirs.d1 - 0.2 * dirs.d2;
  // Off the slice: a bias moved (the directions are 0 there, so it is orthogonal to both).
  VectorD offSlice = onSlice;
  offSlice(2 * 5) += 7.0; // the first bias entry, after the 2 × 5 weights of the first layer
  ASSERT_EQ(dirs.d1(10), 0.0);
  const auto path = LossLandscape::projectPath(theta, dirs, {theta, onSlice, offSlice});
  ASSERT_EQ(path.size(), 3u);
  EXPECT_NEAR(path[0].first, 0.0, 1e-12);
  EXPECT_NEAR(path[0].second, 0.0, 1e-12);
  EXPECT_NEAR(path[1].first, 0.3, 1e-10);
  EXPECT_NEAR(path[1].second, -0.2, 1e-10);
  EXPECT_NEAR(path[2].first, 0.3, 1e-10);
  EXPECT_NEAR(path[2].second, -0.2, 1e-10);
}

TEST(LossLandscapeTest, AStopCancelsBetweenRowsAndProgressCountsTheRows) {
  Rng init(11);
  const NetworkD net(landscapeSpecWithBatchNorm(), 2, init);
  MatrixD x, labels, targets;
  landscapeData(50, 12, x, labels, targets);
  Rng rng(13);
  const LandscapeDirections dirs = LossLandscape::directions(net, rng);

  StopToken stopped;
  stopped.stop();
  const LossLandscapeGrid none =
      LossLandscape::compute(net, dirs, x, labels, LossKind::Bce, 1.0, 7, &stopped, {});
  EXPECT_EQ(none.rowsDone, 0);
  EXPECT_TRUE(none.loss.array().isNaN().all());

  StopToken stop;
  std::vector<std::pair<int, int>> calls;
  const LossLandscapeGrid partial =
      LossLandscape::compute(net, dirs, x, labels, LossKind::Bce, 1.0, 7, &stop, [&](int done, int total) {
        calls.emplace_back(done, total);
        if (done == 2) stop.stop();
      });
  EXPECT_EQ(partial.rowsDone, 2);
  EXPECT_EQ(calls, (std::vector<std::pair<int, int>>{{1, 7}, {2, 7}}));
  EXPECT_TRUE(partial.loss.topRows(2).allFinite());
  EXPECT_TRUE(partial.loss.bottomRows(5).array().isNaN().all());

  // Run to the end, the rows it shares with the stopped one are the same values.
  StopToken fresh;
  int last = 0;
  const LossLandscapeGrid full = LossLandscape::compute(net, dirs, x, labels, LossKind::Bce, 1.0, 7, &fresh,
                                                        [&](int done, int) { last = done; });
  EXPECT_EQ(full.rowsDone, 7);
  EXPECT_EQ(last, 7);
  EXPECT_TRUE(full.loss.allFinite());
  EXPECT_TRUE(sameValues(full.loss.topRows(2), partial.loss.topRows(2)));
}

} // namespace
} // namespace neurona
