#include "neurona/core/train/LayerMaps.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace neurona {
namespace {

MatrixD mapsPoints(int n, std::uint64_t seed) {
  Rng rng(seed);
  std::normal_distribution<double> g(0.0, 1.0);
  MatrixD x(n, 2);
  for (int i = 0; i < n; ++i) {
    x(i, 0) = g(rng);
    x(i, 1) = 0.5 * g(rng);
  }
  return x;
}

BasicDenseLayer<double>& mapsDense(NetworkD& net, int index) {
  return static_cast<BasicDenseLayer<double>&>(net.layer(index));
}

TEST(LayerMapsTest, ALinearTwoByTwoLayerMapsTheGridByItsOwnWeights) {
  Rng init(1);
  NetworkD net(NetworkSpec::denseStack({}, 2, ActivationKind::Linear, ActivationKind::Linear), 2, init);
  mapsDense(net, 0).weights().setIdentity();
  mapsDense(net, 0).bias().setZero();
  const MatrixD samples = mapsPoints(30, 2);
  const LayerMapProjection proj = LayerMaps::fitProjection(net, samples);
  ASSERT_EQ(proj.layers, (std::vector<LayerId>{kNoLayer, net.layer(0).id()}));
  const MappedPlane plane = LayerMaps::map(net, proj, -2.0, 2.0, -1.0, 3.0, 21, 41, samples);
  ASSERT_EQ(plane.lines.size(), 2u);
  ASSERT_EQ(plane.lines[0].size(), 42u);
  ASSERT_EQ(plane.lines[0][0].rows(), 41);
  // Entry 0 is the plane: line 0 horizontal at y = yMin from xMin to xMax, line 21 vertical at x = xMin.
  EXPECT_EQ(plane.lines[0][0](0, 0), -2.0);
  EXPECT_EQ(plane.lines[0][0](40, 0), 2.0);
  EXPECT_TRUE((plane.lines[0][0].col(1).array() == -1.0).all());
  EXPECT_EQ(plane.lines[0][20](0, 1), 3.0);
  EXPECT_EQ(plane.lines[0][10](0, 1), 1.0);
  EXPECT_TRUE((plane.lines[0][21].col(0).array() == -2.0).all());
  EXPECT_EQ(plane.lines[0][21](0, 1), -1.0);
  EXPECT_EQ(plane.lines[0][21](40, 1), 3.0);
  // The identity layer maps it onto itself, and the samples too.
  for (std::size_t l = 0; l < 42; ++l) EXPECT_TRUE(plane.lines[1][l].isApprox(plane.lines[0][l], 1e-14)) << l;
  EXPECT_TRUE(plane.points[0].isApprox(samples, 1e-15));
  EXPECT_TRUE(plane.points[1].isApprox(samples, 1e-14));

  // Width 2 shows the outputs themselves: a rotation and shift moves the grid exactly by it.
  Eigen::Matrix2d w;
  w << 0.0, 2.0, -1.0, 0.0;
  mapsDense(net, 0).weights() = w;
  mapsDense(net, 0).bias() << 0.5, -0.25;
  const MappedPlane turned = LayerMaps::map(net, proj, -2.0, 2.0, -1.0, 3.0, 21, 41, samples);
  for (std::size_t l = 0; l < 42; l += 7) {
    Points2 expected(41, 2);
    expected.noalias() = plane.lines[0][l] * w;
    expected.rowwise() += Eigen::RowVector2d(0.5, -0.25);
    EXPECT_TRUE(turned.lines[1][l].isApprox(expected, 1e-14)) << l;
  }
}

TEST(LayerMapsTest, PrincipalAxesAreOrthonormalSignFixedAndFollowTheLargestVariance) {
  Rng init(3);
  const NetworkD net(NetworkSpec::denseStack({6, 3}, 1, ActivationKind::Tanh, ActivationKind::Sigmoid), 2,
                     init);
  const MatrixD reference = mapsPoints(300, 4);
  const LayerMapProjection proj = LayerMaps::fitProjection(net, reference);
  ASSERT_EQ(proj.axes.size(), 4u); // the plane, 6, 3, 1
  ASSERT_EQ(proj.axes[1].rows(), 6);
  ASSERT_EQ(proj.axes[2].rows(), 3);
  ASSERT_EQ(proj.axes[3].rows(), 1);
  std::vector<MatrixD> perLayer;
  net.activations(reference, perLayer);
  for (int e = 1; e <= 2; ++e) {
    const Points2& a = proj.axes[static_cast<std::size_t>(e)];
    Eigen::Matrix2d gram;
    gram.noalias() = a.transpose() * a;
    EXPECT_TRUE(gram.isApprox(Eigen::Matrix2d::Identity(), 1e-12)) << e;
    for (int c = 0; c < 2; ++c) {
      Eigen::Index k = 0;
      a.col(c).cwiseAbs().maxCoeff(&k);
      EXPECT_GT(a(k, c), 0.0) << e << " axis " << c;
    }
    const MatrixD& h = perLayer[static_cast<std::size_t>(e - 1)];
    EXPECT_TRUE(proj.means[static_cast<std::size_t>(e)].isApprox(h.colwise().mean().transpose(), 1e-12));
    // The first axis carries at least as much variance as the second, and as any other direction.
    const MatrixD centred = h.rowwise() - h.colwise().mean();
    const auto variance = [&](const VectorD& v) {
      VectorD p(centred.rows());
      p.noalias() = centred * v;
      return p.squaredNorm();
    };
    const double v0 = variance(a.col(0)), v1 = variance(a.col(1));
    EXPECT_GE(v0, v1);
    Rng dirs(5);
    std::normal_distribution<double> g(0.0, 1.0);
    for (int t = 0; t < 50; ++t) {
      VectorD v(h.cols());
      for (Eigen::Index i = 0; i < v.size(); ++i) v(i) = g(dirs);
      v.normalize();
      EXPECT_LE(variance(v), v0 * (1.0 + 1e-12));
    }
  }
  // Width 1: (value, 0).
  const MappedPlane plane = LayerMaps::map(net, proj, -1.0, 1.0, -1.0, 1.0, 3, 5, reference);
  MatrixD out;
  net.predict(reference, out);
  EXPECT_TRUE(plane.points[3].col(0).isApprox(out.col(0), 1e-14));
  EXPECT_TRUE(plane.points[3].col(1).isZero(0.0));
  // The samples through entry 1 are their centred outputs on the two axes.
  Points2 expected(reference.rows(), 2);
  expected.noalias() = (perLayer[0].rowwise() - proj.means[1].transpose()) * proj.axes[1];
  EXPECT_TRUE(plane.points[1].isApprox(expected, 1e-12));
}

TEST(LayerMapsTest, TheProjectionIsFittedOnceAndARefitAfterASmallChangeDoesNotFlipIt) {
  Rng init(6);
  NetworkD net(NetworkSpec::denseStack({8}, 1, ActivationKind::Tanh, ActivationKind::Sigmoid), 2, init);
  const MatrixD reference = mapsPoints(200, 7);
  const LayerMapProjection proj = LayerMaps::fitProjection(net, reference);
  const LayerMapProjection kept = proj;
  const MappedPlane before = LayerMaps::map(net, proj, -2.0, 2.0, -2.0, 2.0, 11, 21, reference);

  // One small training-like step on every weight.
  Rng noise(8);
  std::normal_distribution<double> g(0.0, 1e-3);
  VectorD theta;
  net.copyParameters(theta);
  for (Eigen::Index i = 0; i < theta.size(); ++i) theta(i) += g(noise);
  net.loadParameters(theta);
  const MappedPlane after = LayerMaps::map(net, proj, -2.0, 2.0, -2.0, 2.0, 11, 21, reference);

  // map() used the projection as given (unchanged) and the picture moved a little, not jumped.
  for (std::size_t e = 0; e < proj.axes.size(); ++e) {
    EXPECT_TRUE(sameValues(proj.axes[e], kept.axes[e]));
    EXPECT_TRUE(sameValues(proj.means[e], kept.means[e]));
  }
  const double moved = (after.points[1] - before.points[1]).cwiseAbs().maxCoeff();
  EXPECT_GT(moved, 0.0);
  EXPECT_LT(moved, 0.05);
  // A refit finds nearly the same axes, with the same signs (not mirrored).
  const LayerMapProjection refit = LayerMaps::fitProjection(net, reference);
  EXPECT_LT((refit.axes[1] - proj.axes[1]).cwiseAbs().maxCoeff(), 0.05);
}

TEST(LayerMapsTest, DropoutAndBatchNormMergeIntoTheDenseEntryBeforeThem) {
  NetworkSpec spec;
  LayerSpec hidden;
  hidden.units = 4;
  hidden.activation = ActivationKind::Relu;
  const LayerId h = spec.append(hidden);
  LayerSpec drop;
  drop.type = LayerType::Dropout;
  spec.append(drop);
  LayerSpec bn;
  bn.type = LayerType::BatchNorm;
  spec.append(bn);
  LayerSpec out;
  out.units = 1;
  out.activation = ActivationKind::Sigmoid;
  const LayerId o = spec.append(out);
  Rng init(9);
  NetworkD net(spec, 2, init);
  // Batchnorm's running statistics away from (0, 1), so that its output differs from the dense layer's.
  LayerParams p = net.layer(2).params();
  p.runningMean = VectorD::Constant(4, 0.3);
  p.runningVar = VectorD::Constant(4, 4.0);
  ASSERT_TRUE(net.layer(2).setParams(p));
  const MatrixD reference = mapsPoints(100, 10);
  const LayerMapProjection proj = LayerMaps::fitProjection(net, reference);
  EXPECT_EQ(proj.layers, (std::vector<LayerId>{kNoLayer, h, o}));
  std::vector<MatrixD> perLayer;
  net.activations(reference, perLayer);
  EXPECT_TRUE(proj.means[1].isApprox(perLayer[2].colwise().mean().transpose(), 1e-12));
  EXPECT_FALSE(proj.means[1].isApprox(perLayer[0].colwise().mean().transpose(), 1e-3));

  // Shapes that do not fit give nothing rather than garbage.
  LayerMapProjection wrong = proj;
  wrong.axes.pop_back();
  EXPECT_TRUE(LayerMaps::map(net, wrong, -1, 1, -1, 1, 3, 3, reference).lines.empty());
  Rng init3(11);
  const NetworkD three(NetworkSpec::denseStack({4}, 1, ActivationKind::Tanh, ActivationKind::Sigmoid), 3,
                       init3);
  EXPECT_TRUE(LayerMaps::fitProjection(three, MatrixD::Zero(5, 3)).axes.empty());
}

} // namespace
} // namespace neurona
