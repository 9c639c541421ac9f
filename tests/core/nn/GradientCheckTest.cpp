// Finite-difference gradient checks (double): every layer type × every activation × every compatible loss,
// with L1/L2 terms, dropout with a fixed mask and batchnorm in training mode, under every kernel set the
// machine has.
#include "support/GradientCheck.h"
#include "support/KernelSets.h"
#include "support/PrintKinds.h"

#include "neurona/core/nn/Network.h"

#include <gtest/gtest.h>

#include <ostream>
#include <string>
#include <tuple>
#include <vector>

namespace neurona {
namespace {

enum class Extra { None, Dropout, BatchNorm };

const char* extraName(Extra e) {
  switch (e) {
  case Extra::None: return "dense";
  case Extra::Dropout: return "dropout";
  case Extra::BatchNorm: return "batchnorm";
  }
  return "";
}

void PrintTo(Extra e, std::ostream* os) { *os << extraName(e); }

MatrixD randomMatrix(Eigen::Index r, Eigen::Index c, Rng& rng, double lo = -1.5, double hi = 1.5) {
  MatrixD m(r, c);
  std::uniform_real_distribution<double> u(lo, hi);
  for (Eigen::Index j = 0; j < c; ++j)
    for (Eigen::Index i = 0; i < r; ++i) m(i, j) = u(rng);
  return m;
}

// The output activation and width that fit a loss: bce → 1 sigmoid, cce → 3 softmax; the regression
// losses take the hidden activation itself on 2 outputs, so each activation is also checked as an output.
std::pair<ActivationKind, int> outputFor(LossKind loss, ActivationKind hidden) {
  if (loss == LossKind::Bce) return {ActivationKind::Sigmoid, 1};
  if (loss == LossKind::Cce) return {ActivationKind::Softmax, 3};
  return {hidden, 2};
}

MatrixD targetsFor(LossKind loss, int outputs, Eigen::Index n, Rng& rng) {
  MatrixD y = MatrixD::Zero(n, outputs);
  if (loss == LossKind::Bce) {
    for (Eigen::Index i = 0; i < n; ++i) y(i, 0) = static_cast<double>(rng() % 2);
  } else if (loss == LossKind::Cce) {
    for (Eigen::Index i = 0; i < n; ++i) y(i, static_cast<Eigen::Index>(rng() % 3)) = 1.0;
  } else {
    y = randomMatrix(n, outputs, rng, -1.0, 1.0);
  }
  return y;
}

using Param = std::tuple<ActivationKind, LossKind, Extra, bool /*penalties*/>;

class GradientCheck : public ::testing::TestWithParam<Param> {};

TEST_P(GradientCheck, AnalyticMatchesFiniteDifferences) {
  test::forEachKernelSet([&] {
    const auto [act, loss, extra, penalties] = GetParam();
    Rng rng(1234 + static_cast<int>(act) * 31 + static_cast<int>(loss) * 7 + static_cast<int>(extra));
    const int inputs = 3;
    const Eigen::Index n = 7;
    NetworkSpec spec;
    LayerSpec h1;
    h1.units = 5;
    h1.activation = act;
    h1.weightInit = InitKind::GlorotNormal;
    h1.biasInit = InitKind::Uniform; // non-zero biases exercise every path
    if (penalties) {
      h1.l1 = 0.003; // per-layer terms on top of the global ones
      h1.l2 = 0.02;
    }
    spec.append(h1);
    if (extra == Extra::Dropout) {
      LayerSpec d;
      d.type = LayerType::Dropout;
      d.rate = 0.4;
      spec.append(d);
    } else if (extra == Extra::BatchNorm) {
      LayerSpec b;
      b.type = LayerType::BatchNorm;
      spec.append(b);
    }
    const auto [outAct, outUnits] = outputFor(loss, act);
    LayerSpec o;
    o.units = outUnits;
    o.activation = outAct;
    o.weightInit = InitKind::GlorotUniform;
    o.biasInit = InitKind::Uniform;
    spec.append(o);

    NetworkD net(spec, inputs, rng);
    if (extra == Extra::BatchNorm) {
      // Non-trivial gamma/beta so their gradients are checked away from the identity.
      ModelParams p = net.params();
      p[1].gamma = randomMatrix(5, 1, rng, 0.5, 1.5).col(0);
      p[1].beta = randomMatrix(5, 1, rng, -0.5, 0.5).col(0);
      ASSERT_TRUE(net.setParams(p));
    }
    const MatrixD x = randomMatrix(n, inputs, rng);
    const MatrixD y = targetsFor(loss, outUnits, n, rng);
    if (extra == Extra::Dropout) {
      MatrixD keep(n, 5);
      for (Eigen::Index j = 0; j < 5; ++j)
        for (Eigen::Index i = 0; i < n; ++i) keep(i, j) = (i * 5 + j) % 3 == 0 ? 0.0 : 1.0;
      net.setDropoutMask(1, keep);
    }
    const double l1 = penalties ? 0.01 : 0.0, l2 = penalties ? 0.05 : 0.0;
    const test::GradientCheckResult r = test::checkGradients(net, x, y, loss, l1, l2);
    EXPECT_LT(r.maxRelativeError, 1e-6) << "worst parameter " << r.worst << ": analytic " << r.analytic(r.worst)
                                        << " numeric " << r.numeric(r.worst);
    EXPECT_LT(r.normRelativeError, 1e-6);
    EXPECT_GT(r.analytic.norm(), 1e-6); // a check of an all-zero gradient would prove nothing
  });
}

std::string paramName(const ::testing::TestParamInfo<Param>& info) {
  const auto [act, loss, extra, penalties] = info.param;
  std::string s = std::string(toString(act)) + "_" + std::string(toString(loss)) + "_" + extraName(extra) +
                  (penalties ? "_l1l2" : "");
  for (char& c : s)
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  return s;
}

const ActivationKind kHidden[] = {ActivationKind::Linear, ActivationKind::Sigmoid, ActivationKind::Tanh,
                                  ActivationKind::Relu,   ActivationKind::LeakyRelu, ActivationKind::Elu,
                                  ActivationKind::Selu,   ActivationKind::Gelu,    ActivationKind::Swish,
                                  ActivationKind::Softplus};

INSTANTIATE_TEST_SUITE_P(AllLayersActivationsLosses, GradientCheck,
                         ::testing::Combine(::testing::ValuesIn(kHidden),
                                            ::testing::Values(LossKind::Mse, LossKind::Mae, LossKind::Huber,
                                                              LossKind::Bce, LossKind::Cce),
                                            ::testing::Values(Extra::None, Extra::Dropout, Extra::BatchNorm),
                                            ::testing::Bool()),
                         paramName);

// softmax as the output of the regression losses (mse on one-hot targets is a valid classifier set-up).
class SoftmaxRegressionLoss : public ::testing::TestWithParam<LossKind> {};

TEST_P(SoftmaxRegressionLoss, AnalyticMatchesFiniteDifferences) {
  test::forEachKernelSet([&] {
    Rng rng(99);
    NetworkSpec spec = NetworkSpec::denseStack({4}, 3, ActivationKind::Tanh, ActivationKind::Softmax);
    NetworkD net(spec, 2, rng);
    const MatrixD x = randomMatrix(6, 2, rng);
    MatrixD y = MatrixD::Zero(6, 3);
    for (Eigen::Index i = 0; i < 6; ++i) y(i, i % 3) = 1.0;
    const test::GradientCheckResult r = test::checkGradients(net, x, y, GetParam(), 0.01, 0.02);
    EXPECT_LT(r.maxRelativeError, 1e-6);
    EXPECT_GT(r.analytic.norm(), 1e-6);
  });
}

INSTANTIATE_TEST_SUITE_P(Losses, SoftmaxRegressionLoss,
                         ::testing::Values(LossKind::Mse, LossKind::Mae, LossKind::Huber));

TEST(GradientCheckDeep, ThreeHiddenLayersWithEveryLayerType) {
  test::forEachKernelSet([&] {
    Rng rng(5);
    NetworkSpec spec;
    LayerSpec a;
    a.units = 6;
    a.activation = ActivationKind::Gelu;
    spec.append(a);
    LayerSpec bn;
    bn.type = LayerType::BatchNorm;
    spec.append(bn);
    LayerSpec d;
    d.type = LayerType::Dropout;
    d.rate = 0.25;
    spec.append(d);
    LayerSpec b;
    b.units = 4;
    b.activation = ActivationKind::Elu;
    b.alpha = 0.7;
    spec.append(b);
    LayerSpec o;
    o.units = 3;
    o.activation = ActivationKind::Softmax;
    spec.append(o);
    NetworkD net(spec, 4, rng);
    const MatrixD x = randomMatrix(9, 4, rng);
    MatrixD y = MatrixD::Zero(9, 3);
    for (Eigen::Index i = 0; i < 9; ++i) y(i, (i * 7) % 3) = 1.0;
    MatrixD keep = MatrixD::Ones(9, 6);
    keep(0, 0) = keep(3, 2) = keep(8, 5) = keep(4, 4) = 0.0;
    net.setDropoutMask(2, keep);
    const test::GradientCheckResult r = test::checkGradients(net, x, y, LossKind::Cce, 0.02, 0.01);
    EXPECT_LT(r.maxRelativeError, 1e-6) << "worst parameter " << r.worst << "\n" << r.analytic.transpose() << "\n"
                                        << r.numeric.transpose();
  });
}

} // namespace
} // namespace neurona

namespace neurona {
namespace {

// Layers wider than BasicDenseLayer::kNarrow take the GEMM path instead of the column kernels.
TEST(GradientCheckWide, GemmPathMatchesFiniteDifferences) {
  test::forEachKernelSet([&] {
    Rng rng(17);
    NetworkSpec spec = NetworkSpec::denseStack({20, 18}, 17, ActivationKind::Tanh, ActivationKind::Softmax);
    spec.layers[1].activation = ActivationKind::Relu;
    NetworkD net(spec, 19, rng);
    const MatrixD x = randomMatrix(11, 19, rng);
    MatrixD y = MatrixD::Zero(11, 17);
    for (Eigen::Index i = 0; i < 11; ++i) y(i, (i * 5) % 17) = 1.0;
    const test::GradientCheckResult r = test::checkGradients(net, x, y, LossKind::Cce, 0.0, 0.03);
    EXPECT_LT(r.maxRelativeError, 1e-6) << "worst " << r.worst;
    EXPECT_GT(r.analytic.norm(), 1e-6);
    // The float network agrees with the double one on the same weights (narrow and wide kernels alike).
    const Network f = net.convert<float>();
    MatrixF outF;
    MatrixD outD;
    f.predict(x.cast<float>(), outF);
    net.predict(x, outD);
    EXPECT_LT((outF.cast<double>() - outD).cwiseAbs().maxCoeff(), 1e-5);
  });
}

// A relu layer under a dense layer takes its activation's gradient from that layer's ∂L/∂x pass: stacks of
// relu layers, narrow (column kernels), wide with a training-sized batch (register-blocked product) and wide
// with a batch above 128 rows (GEMM).
TEST(GradientCheckRelu, StacksFoldEachReluIntoTheLayerAbove) {
  struct Case {
    std::vector<int> hidden;
    int inputs;
    Eigen::Index rows;
  };
  for (const Case& c : {Case{{5, 6, 4}, 3, 9}, Case{{20, 18, 19}, 17, 40}, Case{{20, 18}, 19, 150}}) {
    test::forEachKernelSet([&] {
      Rng rng(23);
      NetworkSpec spec = NetworkSpec::denseStack(c.hidden, 2, ActivationKind::Relu, ActivationKind::Linear);
      for (LayerSpec& l : spec.layers) l.biasInit = InitKind::Uniform;
      NetworkD net(spec, c.inputs, rng);
      const MatrixD x = randomMatrix(c.rows, c.inputs, rng);
      const MatrixD y = randomMatrix(c.rows, 2, rng, -1.0, 1.0);
      const test::GradientCheckResult r = test::checkGradients(net, x, y, LossKind::Mse, 0.0, 0.01);
      EXPECT_LT(r.maxRelativeError, 1e-6) << c.rows << " rows, worst parameter " << r.worst;
      EXPECT_GT(r.analytic.norm(), 1e-6);
    });
  }
}

} // namespace
} // namespace neurona
