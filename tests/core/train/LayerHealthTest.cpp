#include "neurona/core/train/LayerHealth.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

namespace neurona {
namespace {

// n points in [−2, 2]², labelled by the sign of x1·x2 (0/1 column).
void xorData(int n, std::uint64_t seed, MatrixD& x, MatrixD& y) {
  Rng rng(seed);
  std::uniform_real_distribution<double> u(-2.0, 2.0);
  x.resize(n, 2);
  y.resize(n, 1);
  for (int i = 0; i < n; ++i) {
    x(i, 0) = u(rng);
    x(i, 1) = u(rng);
    y(i, 0) = x(i, 0) * x(i, 1) > 0.0 ? 1.0 : 0.0;
  }
}

LayerSpec denseSpec(int units, ActivationKind activation) {
  LayerSpec l;
  l.units = units;
  l.activation = activation;
  return l;
}

LayerSpec otherSpec(LayerType type) {
  LayerSpec l;
  l.type = type;
  return l;
}

BasicDenseLayer<double>& dense(NetworkD& net, int index) {
  return static_cast<BasicDenseLayer<double>&>(net.layer(index));
}

bool has(const std::vector<Diagnostic>& ds, DiagnosticCode code, LayerId layer) {
  return std::any_of(ds.begin(), ds.end(),
                     [&](const Diagnostic& d) { return d.code == code && d.layer == layer; });
}

TEST(LayerHealthTest, GradientNormsAndActivationsMatchTheNetworksOwnPassesOnTheFirst256Rows) {
  NetworkSpec spec;
  spec.append(denseSpec(6, ActivationKind::Tanh));
  spec.append(otherSpec(LayerType::Dropout));
  spec.append(denseSpec(5, ActivationKind::Relu));
  spec.append(otherSpec(LayerType::BatchNorm));
  spec.append(denseSpec(1, ActivationKind::Sigmoid));
  Rng rng(3);
  NetworkD net(spec, 2, rng);
  MatrixD x, y;
  xorData(400, 4, x, y);

  const HealthReport report = LayerHealth::measure(net, x, y, LossKind::Bce);
  ASSERT_EQ(report.rows, LayerHealth::kMaxRows);
  ASSERT_EQ(report.layers.size(), 3u); // dense layers only
  EXPECT_EQ(report.layers[0].id, spec.layers[0].id);
  EXPECT_EQ(report.layers[1].id, spec.layers[2].id);
  EXPECT_EQ(report.layers[2].id, spec.layers[4].id);

  // Independently: the network's own inference forward and backward on the first 256 rows, the gradients
  // read from the flat vector (slot order) rather than from the layers.
  NetworkD ref(net);
  Rng unused(9);
  ref.forward(x.topRows(256), Mode::Inference, unused);
  ref.backward(LossKind::Bce, y.topRows(256));
  VectorD grads;
  ref.copyGradients(grads);
  std::vector<double> weightNorms;
  Eigen::Index at = 0;
  for (const ParamSlot<double>& s : ref.paramSlots()) {
    if (s.isWeight) weightNorms.push_back(grads.segment(at, s.size).norm());
    at += s.size;
  }
  ASSERT_EQ(weightNorms.size(), 3u);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_GT(weightNorms[i], 0.0);
    EXPECT_NEAR(report.layers[i].gradNorm, weightNorms[i], 1e-12 * weightNorms[i]) << i;
  }

  // Activations: the inference outputs of each dense layer.
  std::vector<MatrixD> perLayer;
  net.activations(x.topRows(256), perLayer);
  const int denseIndex[3] = {0, 2, 4};
  for (std::size_t i = 0; i < 3; ++i) {
    const MatrixD& a = perLayer[static_cast<std::size_t>(denseIndex[i])];
    const double mean = a.mean();
    double var = 0.0;
    for (Eigen::Index k = 0; k < a.size(); ++k) var += (a.data()[k] - mean) * (a.data()[k] - mean);
    EXPECT_NEAR(report.layers[i].activationMean, mean, 1e-12);
    EXPECT_NEAR(report.layers[i].activationSpread, std::sqrt(var / static_cast<double>(a.size())), 1e-12);
  }
  // Dead units only for the relu layer.
  EXPECT_EQ(report.layers[0].deadFraction, LayerHealth::kNotApplicable);
  EXPECT_GE(report.layers[1].deadFraction, 0.0);
  EXPECT_EQ(report.layers[2].deadFraction, LayerHealth::kNotApplicable);

  // The cap matters: all 400 rows give another gradient (so the test above saw the first 256 only).
  NetworkD all(net);
  all.forward(x, Mode::Inference, unused);
  all.backward(LossKind::Bce, y);
  EXPECT_GT(std::abs(all.outputLayer().weightGrad().norm() - report.layers[2].gradNorm), 1e-9);
}

TEST(LayerHealthTest, MeasuringLeavesTheNetworkUnchangedAndAnEmptyBatchGivesAnEmptyReport) {
  Rng rng(5);
  const NetworkD net(NetworkSpec::denseStack({4}, 1, ActivationKind::Tanh, ActivationKind::Sigmoid), 2, rng);
  VectorD before, after;
  net.copyParameters(before);
  MatrixD x, y;
  xorData(20, 6, x, y);
  (void)LayerHealth::measure(net, x, y, LossKind::Bce);
  net.copyParameters(after);
  EXPECT_TRUE(sameValues(before, after));
  const HealthReport empty = LayerHealth::measure(net, x.topRows(0), y.topRows(0), LossKind::Bce);
  EXPECT_TRUE(empty.layers.empty());
  EXPECT_TRUE(LayerHealth::diagnose(empty, net.spec()).empty());
}

TEST(LayerHealthTest, ADeepSigmoidStackHasVanishingGradientsAndAShallowTanhNetDoesNot) {
  MatrixD x, y;
  xorData(256, 7, x, y);
  Rng rng(8);
  const NetworkSpec deepSpec = NetworkSpec::denseStack({8, 8, 8, 8, 8, 8, 8, 8, 8}, 1,
                                                       ActivationKind::Sigmoid, ActivationKind::Sigmoid);
  const NetworkD deep(deepSpec, 2, rng);
  const HealthReport deepReport = LayerHealth::measure(deep, x, y, LossKind::Bce);
  ASSERT_EQ(deepReport.layers.size(), 10u);
  const std::vector<Diagnostic> deepProblems = LayerHealth::diagnose(deepReport, deepSpec);
  ASSERT_TRUE(has(deepProblems, DiagnosticCode::VanishingGradients, deepSpec.layers[0].id));
  for (const Diagnostic& d : deepProblems) {
    EXPECT_EQ(d.severity, Severity::Warning);
    EXPECT_NE(d.layer, deepSpec.layers.back().id); // the output layer is the reference, never flagged
    if (d.code != DiagnosticCode::VanishingGradients) continue;
    EXPECT_EQ(d.expected, 1000);
    const auto& s = *std::find_if(deepReport.layers.begin(), deepReport.layers.end(),
                                  [&](const LayerHealthStats& l) { return l.id == d.layer; });
    EXPECT_EQ(d.actual, std::llround(deepReport.layers.back().gradNorm / s.gradNorm));
    EXPECT_GT(d.actual, 1000);
  }

  const NetworkSpec shallowSpec =
      NetworkSpec::denseStack({8}, 1, ActivationKind::Tanh, ActivationKind::Sigmoid);
  const NetworkD shallow(shallowSpec, 2, rng);
  const HealthReport shallowReport = LayerHealth::measure(shallow, x, y, LossKind::Bce);
  ASSERT_EQ(shallowReport.layers.size(), 2u);
  EXPECT_TRUE(LayerHealth::diagnose(shallowReport, shallowSpec).empty());
}

TEST(LayerHealthTest, AReluLayerWithBiasMinus100HasDeadUnits) {
  const NetworkSpec spec = NetworkSpec::denseStack({6, 6}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  Rng rng(10);
  NetworkD net(spec, 2, rng);
  MatrixD x, y;
  xorData(100, 11, x, y);
  // A healthy relu layer first: not flagged.
  EXPECT_FALSE(has(LayerHealth::diagnose(LayerHealth::measure(net, x, y, LossKind::Bce), spec),
                   DiagnosticCode::DeadUnits, spec.layers[1].id));

  dense(net, 1).bias().setConstant(-100.0);
  const HealthReport report = LayerHealth::measure(net, x, y, LossKind::Bce);
  EXPECT_EQ(report.layers[1].deadUnits, 6);
  EXPECT_EQ(report.layers[1].deadFraction, 1.0);
  const std::vector<Diagnostic> problems = LayerHealth::diagnose(report, spec);
  const auto dead = std::find_if(problems.begin(), problems.end(),
                                 [](const Diagnostic& d) { return d.code == DiagnosticCode::DeadUnits; });
  ASSERT_NE(dead, problems.end());
  EXPECT_EQ(*dead, (Diagnostic{DiagnosticCode::DeadUnits, Severity::Warning, spec.layers[1].id, 6, 6}));
  // Nothing flows through a dead layer, back or forth: the output layer sees inputs of 0 and so has no
  // gradient either, and without one to compare with nothing is called vanishing.
  EXPECT_EQ(report.layers[0].gradNorm, 0.0);
  EXPECT_EQ(report.layers[2].gradNorm, 0.0);
  EXPECT_FALSE(has(problems, DiagnosticCode::VanishingGradients, spec.layers[0].id));

  // Half dead is not "more than half".
  dense(net, 1).bias().setZero();
  dense(net, 1).bias().head(3).setConstant(-100.0);
  dense(net, 1).bias().tail(3).setConstant(100.0);
  const HealthReport half = LayerHealth::measure(net, x, y, LossKind::Bce);
  EXPECT_EQ(half.layers[1].deadUnits, 3);
  EXPECT_FALSE(has(LayerHealth::diagnose(half, spec), DiagnosticCode::DeadUnits, spec.layers[1].id));

  // A report about layers the spec no longer has says nothing about them.
  NetworkSpec other = spec;
  other.remove(spec.layers[1].id);
  EXPECT_FALSE(has(LayerHealth::diagnose(report, other), DiagnosticCode::DeadUnits, spec.layers[1].id));
}

TEST(LayerHealthTest, DiagnoseReportsTheRatioAndZeroWhenNoGradientArrives) {
  const NetworkSpec spec =
      NetworkSpec::denseStack({3, 3, 3}, 1, ActivationKind::Tanh, ActivationKind::Sigmoid);
  HealthReport report;
  report.rows = 10;
  const double norms[4] = {0.0, 3e-5, 2e-3, 0.02}; // the last: the output layer
  for (int i = 0; i < 4; ++i) {
    LayerHealthStats s;
    s.id = spec.layers[static_cast<std::size_t>(i)].id;
    s.units = 3;
    s.gradNorm = norms[i];
    report.layers.push_back(s);
  }
  const std::vector<Diagnostic> problems = LayerHealth::diagnose(report, spec);
  // 2e-3 is 1/10 of the output's and 3e-5 about 1/667: fine. 0: no gradient at all.
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0],
            (Diagnostic{DiagnosticCode::VanishingGradients, Severity::Warning, spec.layers[0].id, 1000, 0}));
  report.layers[1].gradNorm = 1e-5;
  const std::vector<Diagnostic> two = LayerHealth::diagnose(report, spec);
  ASSERT_EQ(two.size(), 2u);
  EXPECT_EQ(two[1], (Diagnostic{DiagnosticCode::VanishingGradients, Severity::Warning, spec.layers[1].id,
                                1000, 2000}));
  // A non-finite output gradient (a diverged run) compares nothing.
  report.layers[3].gradNorm = std::numeric_limits<double>::infinity();
  EXPECT_TRUE(LayerHealth::diagnose(report, spec).empty());
}

} // namespace
} // namespace neurona
