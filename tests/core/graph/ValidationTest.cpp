#include "neurona/core/graph/Validation.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace neurona;

namespace {
bool has(const std::vector<Diagnostic>& ds, DiagnosticCode code, LayerId layer) {
  return std::any_of(ds.begin(), ds.end(), [&](const Diagnostic& d) { return d.code == code && d.layer == layer; });
}
} // namespace

TEST(NetworkSpec, namesRoundTrip) {
  for (ActivationKind a : allActivations()) EXPECT_EQ(activationFromString(toString(a)), a);
  for (InitKind i : allInits()) EXPECT_EQ(initFromString(toString(i)), i);
  for (LossKind l : allLosses()) EXPECT_EQ(lossFromString(toString(l)), l);
  EXPECT_EQ(toString(ActivationKind::LeakyRelu), "leaky_relu");
  EXPECT_FALSE(activationFromString("ReLU").has_value());
}

TEST(NetworkSpec, idsStayStableAcrossEdits) {
  NetworkSpec spec = NetworkSpec::denseStack({4, 8}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  ASSERT_EQ(spec.layers.size(), 3u);
  const LayerId second = spec.layers[1].id;
  const LayerId inserted = spec.insert(0, LayerSpec{});
  EXPECT_EQ(spec.indexOf(second), 2);
  EXPECT_NE(inserted, second);
  EXPECT_TRUE(spec.remove(inserted));
  EXPECT_FALSE(spec.remove(inserted));
  EXPECT_EQ(spec.indexOf(second), 1);
}

TEST(Validation, tutorialNetworkIsValidWithMse) {
  const NetworkSpec spec = NetworkSpec::denseStack({4, 8}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  const auto ds = validate(spec, {2, TaskKind::BinaryClassification, 2, LossKind::Mse, false});
  EXPECT_TRUE(ds.empty());
  const NetworkSummary s = summarize(spec, 2);
  // [2,4,8,1]: 2*4+4 + 4*8+8 + 8*1+1 = 12 + 40 + 9
  ASSERT_EQ(s.layers.size(), 3u);
  EXPECT_EQ(s.layers[0].params, 12);
  EXPECT_EQ(s.layers[1].params, 40);
  EXPECT_EQ(s.layers[2].params, 9);
  EXPECT_EQ(s.totalParams, 61);
  EXPECT_EQ(s.layers[2].outputs, 1);
}

TEST(Validation, outputSizeMustFitTheClasses) {
  NetworkSpec spec = NetworkSpec::denseStack({8}, 2, ActivationKind::Tanh, ActivationKind::Softmax);
  const LayerId out = spec.layers.back().id;
  const auto ds = validate(spec, {2, TaskKind::MulticlassClassification, 3, LossKind::Cce, true});
  ASSERT_TRUE(has(ds, DiagnosticCode::OutputSizeMismatch, out));
  const auto it = std::find_if(ds.begin(), ds.end(),
                               [](const Diagnostic& d) { return d.code == DiagnosticCode::OutputSizeMismatch; });
  EXPECT_EQ(it->expected, 3);
  EXPECT_EQ(it->actual, 2);
  EXPECT_TRUE(hasErrors(ds));
}

TEST(Validation, lossMustFitTheOutputActivation) {
  NetworkSpec spec = NetworkSpec::denseStack({4}, 1, ActivationKind::Relu, ActivationKind::Linear);
  const LayerId out = spec.layers.back().id;
  auto ds = validate(spec, {2, TaskKind::Regression, 0, LossKind::Bce, true});
  EXPECT_TRUE(has(ds, DiagnosticCode::LossTaskMismatch, out));
  spec.layers.back().activation = ActivationKind::Tanh;
  ds = validate(spec, {2, TaskKind::BinaryClassification, 2, LossKind::Bce, true});
  EXPECT_TRUE(has(ds, DiagnosticCode::LossActivationMismatch, out));
}

TEST(Validation, zeroUnitsDropoutOnOutputAndHiddenSoftmax) {
  NetworkSpec spec = NetworkSpec::denseStack({0}, 1, ActivationKind::Softmax, ActivationKind::Sigmoid);
  LayerSpec dropout;
  dropout.type = LayerType::Dropout;
  const LayerId d = spec.append(dropout);
  const auto ds = validate(spec, {2, TaskKind::BinaryClassification, 2, LossKind::Bce, true});
  EXPECT_TRUE(has(ds, DiagnosticCode::ZeroUnits, spec.layers[0].id));
  EXPECT_TRUE(has(ds, DiagnosticCode::SoftmaxNotLast, spec.layers[0].id));
  EXPECT_TRUE(has(ds, DiagnosticCode::DropoutOnOutput, d));
}

TEST(Validation, missingHiddenLayerIsOnlyAWarning) {
  const NetworkSpec spec = NetworkSpec::denseStack({}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  const auto ds = validate(spec, {2, TaskKind::BinaryClassification, 2, LossKind::Bce, false});
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].code, DiagnosticCode::NoHiddenLayer);
  EXPECT_EQ(ds[0].severity, Severity::Warning);
  EXPECT_FALSE(hasErrors(ds));
}
