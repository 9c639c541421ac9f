#include "neurona/core/nn/Activation.h"
#include "neurona/core/nn/Initializer.h"
#include "neurona/core/nn/Loss.h"
#include "neurona/core/nn/Network.h"

#include "support/KernelSets.h"

#include <gtest/gtest.h>

#include <cmath>

namespace neurona {
namespace {

MatrixD row(std::initializer_list<double> v) {
  MatrixD m(1, static_cast<Eigen::Index>(v.size()));
  Eigen::Index i = 0;
  for (double x : v) m(0, i++) = x;
  return m;
}

TEST(Activation, KnownValues) {
  test::forEachKernelSet([&] {
    const MatrixD z = row({-2.0, -0.5, 0.0, 0.5, 3.0});
    MatrixD a;
    activationForward<double>(ActivationKind::Gelu, 0.0, z, a);
    EXPECT_NEAR(a(0, 4), 3.0 * 0.99865010196837, 1e-12);
    EXPECT_NEAR(a(0, 0), -2.0 * 0.022750131948179195, 1e-14);
    activationForward<double>(ActivationKind::Selu, 0.0, z, a);
    EXPECT_NEAR(a(0, 0), kSeluScale * kSeluAlpha * (std::exp(-2.0) - 1.0), 1e-15);
    EXPECT_DOUBLE_EQ(a(0, 4), kSeluScale * 3.0);
    activationForward<double>(ActivationKind::LeakyRelu, 0.01, z, a);
    EXPECT_DOUBLE_EQ(a(0, 0), -0.02);
    activationForward<double>(ActivationKind::Elu, 1.0, z, a);
    EXPECT_DOUBLE_EQ(a(0, 1), std::exp(-0.5) - 1.0);
    activationForward<double>(ActivationKind::Swish, 0.0, z, a);
    EXPECT_NEAR(a(0, 3), 0.5 / (1.0 + std::exp(-0.5)), 1e-15);
    activationForward<double>(ActivationKind::Softplus, 0.0, row({-1000.0, 0.0, 1000.0}), a);
    EXPECT_EQ(a(0, 0), 0.0);
    EXPECT_DOUBLE_EQ(a(0, 1), std::log(2.0));
    EXPECT_DOUBLE_EQ(a(0, 2), 1000.0);
    activationForward<double>(ActivationKind::Softmax, 0.0, row({1000.0, 1000.0, -1000.0}), a);
    EXPECT_DOUBLE_EQ(a(0, 0), 0.5);
    EXPECT_EQ(a(0, 2), 0.0);
    MatrixF af;
    activationForward<float>(ActivationKind::Sigmoid, 0.0f, MatrixF::Constant(1, 2, 1000.0f), af);
    EXPECT_EQ(af(0, 0), 1.0f);
  });
}

TEST(Loss, MeanReductionsAsPyTorch) {
  test::forEachKernelSet([&] {
    MatrixD a(2, 2), y(2, 2);
    a << 0.5, 2.0, -1.0, 0.0;
    y << 0.0, 0.0, 0.0, 0.0;
    EXPECT_DOUBLE_EQ(lossValue<double>(LossKind::Mse, a, a, y), (0.25 + 4.0 + 1.0) / 4.0);
    EXPECT_DOUBLE_EQ(lossValue<double>(LossKind::Mae, a, a, y), (0.5 + 2.0 + 1.0) / 4.0);
    EXPECT_DOUBLE_EQ(lossValue<double>(LossKind::Huber, a, a, y), (0.125 + 1.5 + 0.5) / 4.0);
    // cce averages over samples only: row 0 logits (0, 0) with class 0 → log 2
    MatrixD z(2, 2), oneHot(2, 2), sm;
    z << 0.0, 0.0, 3.0, 1.0;
    oneHot << 1.0, 0.0, 0.0, 1.0;
    activationForward<double>(ActivationKind::Softmax, 0.0, z, sm);
    const double expected = (std::log(2.0) + (std::log(std::exp(3.0) + std::exp(1.0)) - 1.0)) / 2.0;
    EXPECT_NEAR(lossValue<double>(LossKind::Cce, z, sm, oneHot), expected, 1e-15);
  });
}

TEST(Loss, StableAtExtremeLogits) {
  test::forEachKernelSet([&] {
    MatrixD z(4, 1), y(4, 1), a, dz;
    z << 1000.0, -1000.0, 1000.0, -1000.0;
    y << 1.0, 0.0, 0.0, 1.0;
    activationForward<double>(ActivationKind::Sigmoid, 0.0, z, a);
    const double l = lossGradientLogits<double>(LossKind::Bce, z, a, y, dz);
    EXPECT_DOUBLE_EQ(l, (0.0 + 0.0 + 1000.0 + 1000.0) / 4.0);
    EXPECT_TRUE(dz.allFinite());
    EXPECT_DOUBLE_EQ(dz(2, 0), 0.25);
    EXPECT_DOUBLE_EQ(dz(3, 0), -0.25);

    MatrixF zf(1, 3), yf(1, 3), af, dzf;
    zf << 1000.0f, -1000.0f, 0.0f;
    yf << 0.0f, 1.0f, 0.0f;
    activationForward<float>(ActivationKind::Softmax, 0.0f, zf, af);
    const float lc = lossGradientLogits<float>(LossKind::Cce, zf, af, yf, dzf);
    EXPECT_FLOAT_EQ(lc, 2000.0f);
    EXPECT_TRUE(dzf.allFinite());
    EXPECT_FLOAT_EQ(dzf(0, 0), 1.0f);
    EXPECT_FLOAT_EQ(dzf(0, 1), -1.0f);

    MatrixF zb = MatrixF::Constant(2, 1, -1000.0f), yb = MatrixF::Ones(2, 1), ab;
    activationForward<float>(ActivationKind::Sigmoid, 0.0f, zb, ab);
    EXPECT_FLOAT_EQ(lossValue<float>(LossKind::Bce, zb, ab, yb), 1000.0f);
  });
}

TEST(Initializer, BoundsAndDeterminism) {
  Rng a(3), b(3);
  MatrixD w1(40, 30), w2(40, 30);
  initialize(InitKind::GlorotUniform, 40, 30, w1, a);
  initialize(InitKind::GlorotUniform, 40, 30, w2, b);
  EXPECT_TRUE(sameValues(w1, w2));
  const double limit = std::sqrt(6.0 / 70.0);
  EXPECT_LE(w1.cwiseAbs().maxCoeff(), limit);
  EXPECT_GT(w1.cwiseAbs().maxCoeff(), 0.9 * limit);
  initialize(InitKind::Uniform, 40, 30, w1, a);
  EXPECT_LE(w1.cwiseAbs().maxCoeff(), 1.0);
  EXPECT_NEAR(w1.mean(), 0.0, 0.05);
  MatrixD big(200, 100);
  initialize(InitKind::HeNormal, 200, 100, big, a);
  const double sd = std::sqrt((big.array() - big.mean()).square().mean());
  EXPECT_NEAR(sd, std::sqrt(2.0 / 200.0), 0.003);
  initialize(InitKind::GlorotNormal, 200, 100, big, a);
  EXPECT_NEAR(std::sqrt(big.array().square().mean()), std::sqrt(2.0 / 300.0), 0.003);
  initialize(InitKind::HeUniform, 200, 100, big, a);
  EXPECT_LE(big.cwiseAbs().maxCoeff(), std::sqrt(6.0 / 200.0));
  initialize(InitKind::Zeros, 200, 100, big, a);
  EXPECT_EQ(big.cwiseAbs().maxCoeff(), 0.0);
}

NetworkSpec mixedSpec() {
  NetworkSpec spec;
  LayerSpec d1;
  d1.units = 5;
  d1.activation = ActivationKind::Tanh;
  spec.append(d1);
  LayerSpec bn;
  bn.type = LayerType::BatchNorm;
  spec.append(bn);
  LayerSpec dr;
  dr.type = LayerType::Dropout;
  dr.rate = 0.5;
  spec.append(dr);
  LayerSpec o;
  o.units = 3;
  o.activation = ActivationKind::Softmax;
  spec.append(o);
  return spec;
}

TEST(Network, ShapesParamsAndSummary) {
  Rng rng(1);
  const NetworkSpec spec = mixedSpec();
  Network net(spec, 2, rng);
  EXPECT_EQ(net.inputs(), 2);
  EXPECT_EQ(net.outputs(), 3);
  EXPECT_EQ(net.parameterCount(), (2 * 5 + 5) + 10 + 0 + (5 * 3 + 3));
  const NetworkSummary s = summarize(spec, 2);
  ASSERT_EQ(net.summary().layers.size(), s.layers.size());
  for (std::size_t i = 0; i < s.layers.size(); ++i) EXPECT_EQ(net.summary().layers[i].params, s.layers[i].params);
  Eigen::Index slotTotal = 0;
  for (const auto& slot : net.paramSlots()) slotTotal += slot.size;
  EXPECT_EQ(slotTotal, net.parameterCount());
  const ModelParams p = net.params();
  ASSERT_EQ(p.size(), 4u);
  EXPECT_EQ(p[0].weights.rows(), 2);
  EXPECT_EQ(p[0].weights.cols(), 5);
  EXPECT_EQ(p[3].bias.size(), 3);
  EXPECT_EQ(p[1].runningVar.size(), 5);
}

TEST(Network, SetParamsRoundTripAndRejectsBadShapes) {
  Rng rng(1);
  Network a(mixedSpec(), 2, rng), b(mixedSpec(), 2, rng);
  EXPECT_FALSE(sameValues(a.params()[0].weights, b.params()[0].weights));
  ASSERT_TRUE(b.setParams(a.params()));
  EXPECT_EQ(a.params(), b.params());
  ModelParams bad = a.params();
  bad[3].weights.resize(4, 3);
  const ModelParams before = b.params();
  EXPECT_FALSE(b.setParams(bad));
  EXPECT_EQ(b.params(), before);
  bad = a.params();
  bad.pop_back();
  EXPECT_FALSE(b.setParams(bad));
}

TEST(Network, WeightOrientationIsInputsByUnits) {
  Rng rng(1);
  Network net(NetworkSpec::denseStack({}, 2, ActivationKind::Relu, ActivationKind::Linear), 3, rng);
  ModelParams p = net.params();
  p[0].weights << 1, 2, 3, 4, 5, 6; // rows = inputs
  p[0].bias << 0.5, -0.5;
  ASSERT_TRUE(net.setParams(p));
  MatrixF x(1, 3), out;
  x << 1, 1, 2;
  net.predict(x, out);
  EXPECT_FLOAT_EQ(out(0, 0), 1 + 3 + 2 * 5 + 0.5f);
  EXPECT_FLOAT_EQ(out(0, 1), 2 + 4 + 2 * 6 - 0.5f);
}

TEST(Network, InferenceUsesRunningStatisticsAndNoDropout) {
  test::forEachKernelSet([&] {
    Rng rng(4);
    Network net(mixedSpec(), 2, rng);
    MatrixF x(6, 2);
    x << 1, 2, 3, 4, 5, 6, -1, 0, 2, 2, 0, 1;
    MatrixF p1, p2;
    net.predict(x, p1);
    net.predict(x, p2);
    EXPECT_TRUE(sameValues(p1, p2)); // no dropout randomness in inference
    // One training forward moves the running mean to 0.1 · batch mean of the batchnorm input.
    net.forward(x, Mode::Train, rng);
    const MatrixF h = net.layer(0).output();
    const auto& bn = static_cast<const BasicBatchNormLayer<float>&>(net.layer(1));
    for (int j = 0; j < 5; ++j) {
      EXPECT_NEAR(bn.runningMean()(j), 0.1f * h.col(j).mean(), 1e-6f);
      const float var = (h.col(j).array() - h.col(j).mean()).square().sum() / 5.0f; // unbiased
      EXPECT_NEAR(bn.runningVar()(j), 0.9f + 0.1f * var, 1e-6f);
    }
    // The dropout layer scales kept values by 1/(1 − rate) in training.
    const MatrixF& drop = net.layer(2).output();
    const MatrixF& before = net.layer(1).output();
    for (Eigen::Index i = 0; i < drop.size(); ++i)
      EXPECT_TRUE(drop.data()[i] == 0.0f || std::abs(drop.data()[i] - 2.0f * before.data()[i]) < 1e-6f);
    // Inference output rows are probabilities.
    net.predict(x, p1);
    EXPECT_TRUE(p1.rowwise().sum().isApproxToConstant(1.0f, 1e-5f));
  });
}

TEST(Network, ActivationsMatchPredictAndConvertToDouble) {
  test::forEachKernelSet([&] {
    Rng rng(2);
    Network net(mixedSpec(), 2, rng);
    MatrixF x(20, 2);
    x.col(0) = VectorF::LinSpaced(20, -2.0f, 2.0f);
    x.col(1) = x.col(0).array().sin();
    std::vector<MatrixF> layers;
    net.activations(x, layers);
    ASSERT_EQ(layers.size(), 4u);
    EXPECT_EQ(layers[0].cols(), 5);
    MatrixF out;
    net.predict(x, out);
    EXPECT_TRUE(sameValues(layers.back(), out));
    const NetworkD d = net.convert<double>();
    MatrixD outD;
    d.predict(x.cast<double>(), outD);
    EXPECT_LT((outD - out.cast<double>()).cwiseAbs().maxCoeff(), 1e-6);
    EXPECT_EQ(d.params(), net.params());
    Network copy = net;
    MatrixF out2;
    copy.predict(x, out2);
    EXPECT_TRUE(sameValues(out, out2));
  });
}

TEST(Network, PenaltyMatchesDefinition) {
  Rng rng(2);
  NetworkSpec spec = NetworkSpec::denseStack({3}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  spec.layers[0].l2 = 0.5; // per-layer, on top of the global terms
  NetworkD net(spec, 2, rng);
  const ModelParams p = net.params();
  const double w1 = p[0].weights.cwiseAbs().sum(), w2 = p[1].weights.cwiseAbs().sum();
  const double s1 = p[0].weights.squaredNorm(), s2 = p[1].weights.squaredNorm();
  EXPECT_NEAR(net.penalty(0.1, 0.2), 0.1 * (w1 + w2) + 0.5 * 0.2 * (s1 + s2) + 0.5 * 0.5 * s1, 1e-14);
}

TEST(Network, RejectsSpecWithoutOutput) {
  Rng rng(1);
  NetworkSpec spec;
  LayerSpec d;
  d.type = LayerType::Dropout;
  spec.append(d);
  EXPECT_THROW(Network(spec, 2, rng), std::invalid_argument);
}

} // namespace
} // namespace neurona

namespace neurona {
namespace {

// The float training path (narrow column kernels and GEMM, under every kernel set) gives the same gradients as the double path that the finite-difference checks verify.
TEST(Network, FloatGradientsMatchDouble) {
  test::forEachKernelSet([&] {
    for (ActivationKind act : {ActivationKind::Relu, ActivationKind::LeakyRelu, ActivationKind::Tanh}) {
      Rng rng(21);
      NetworkSpec spec = NetworkSpec::denseStack({5, 7, 3}, 1, act, ActivationKind::Sigmoid);
      NetworkD d(spec, 3, rng);
      Network f = d.convert<float>();
      MatrixD x(37, 3); // 37 rows: full SIMD registers plus a scalar tail
      MatrixD y(37, 1);
      for (Eigen::Index i = 0; i < 37; ++i) {
        x(i, 0) = std::sin(0.7 * i);
        x(i, 1) = std::cos(1.3 * i);
        x(i, 2) = 0.05 * i - 1.0;
        y(i, 0) = i % 3 == 0 ? 1.0 : 0.0;
      }
      const double ld = d.forwardBackward(x, y, LossKind::Bce, rng);
      const float lf = f.forwardBackward(x.cast<float>(), y.cast<float>(), LossKind::Bce, rng);
      EXPECT_NEAR(lf, ld, 1e-5);
      VectorD gd;
      VectorF gf;
      d.copyGradients(gd);
      f.copyGradients(gf);
      EXPECT_LT((gf.cast<double>() - gd).cwiseAbs().maxCoeff(), 1e-5 * std::max(1.0, gd.cwiseAbs().maxCoeff()))
          << toString(act);
    }
  });
}

} // namespace
} // namespace neurona
