// The diagnostics only a graph network can have, each with its code, layer and numbers.
#include "neurona/core/graph/Validation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace neurona {
namespace {

LayerSpec dense(int units, ActivationKind act = ActivationKind::Relu) {
  LayerSpec l;
  l.units = units;
  l.activation = act;
  return l;
}

LayerSpec reading(LayerSpec l, std::vector<LayerId> inputs) {
  l.inputs = std::move(inputs);
  return l;
}

LayerSpec addOf(std::vector<LayerId> inputs) {
  return reading(LayerSpec::merge(LayerType::Add), std::move(inputs));
}

std::vector<Diagnostic> with(const std::vector<Diagnostic>& all, DiagnosticCode code) {
  std::vector<Diagnostic> out;
  std::copy_if(all.begin(), all.end(), std::back_inserter(out),
               [&](const Diagnostic& d) { return d.code == code; });
  return out;
}

ValidationContext binary() { return ValidationContext{}; }

TEST(GraphValidation, AResidualNetworkIsValidAndItsShapesFollowTheWires) {
  NetworkSpec spec;
  const LayerId h1 = spec.append(dense(8));
  const LayerId h2 = spec.append(dense(8));
  const LayerId add = spec.append(addOf({h1, h2}));
  spec.append(reading(dense(1, ActivationKind::Sigmoid), {add}));
  EXPECT_TRUE(validate(spec, binary()).empty());
  const NetworkSummary s = summarize(spec, 2);
  EXPECT_EQ(s.layers[2].inputs, 8);
  EXPECT_EQ(s.layers[2].outputs, 8);
  EXPECT_EQ(s.layers[3].params, 8 + 1);
  EXPECT_EQ(s.totalParams, (2 * 8 + 8) + (8 * 8 + 8) + 9);
}

TEST(GraphValidation, AnAddOfDifferentWidthsNamesBoth) {
  NetworkSpec spec;
  const LayerId h1 = spec.append(dense(8));
  const LayerId h2 = spec.append(dense(5));
  const LayerId add = spec.append(addOf({h1, h2}));
  spec.append(reading(dense(1, ActivationKind::Sigmoid), {add}));
  const auto d = with(validate(spec, binary()), DiagnosticCode::AddWidthMismatch);
  ASSERT_EQ(d.size(), 1U);
  EXPECT_EQ(d[0].layer, add);
  EXPECT_EQ(d[0].expected, 8);
  EXPECT_EQ(d[0].actual, 5);
}

TEST(GraphValidation, AnInputListedAfterItsReaderIsACycle) {
  NetworkSpec spec;
  const LayerId h1 = spec.append(dense(4));
  const LayerId h2 = spec.append(dense(4));
  spec.append(dense(1, ActivationKind::Sigmoid));
  spec.find(h1)->inputs = std::vector<LayerId>{h2};
  const auto d = with(validate(spec, binary()), DiagnosticCode::GraphCycle);
  ASSERT_EQ(d.size(), 1U);
  EXPECT_EQ(d[0].layer, h1);
  EXPECT_EQ(d[0].actual, static_cast<std::int64_t>(h2));
  EXPECT_FALSE(spec.sortTopologically()); // h1 ⇄ h2 cannot be ordered
}

TEST(GraphValidation, MissingInputsDuplicateNamesAndLooseLayers) {
  NetworkSpec spec;
  const LayerId h1 = spec.append(dense(4));
  const LayerId loose = spec.append(reading(dense(4), {kNetworkInput}));
  const LayerId h3 = spec.append(reading(dense(4), {h1, 99}));
  spec.append(reading(dense(1, ActivationKind::Sigmoid), {h3}));
  spec.find(h3)->name = "L1"; // the first layer's default name
  const auto all = validate(spec, binary());
  const auto missing = with(all, DiagnosticCode::MissingInput);
  ASSERT_EQ(missing.size(), 1U);
  EXPECT_EQ(missing[0].actual, 99);
  const auto dup = with(all, DiagnosticCode::DuplicateName);
  ASSERT_EQ(dup.size(), 1U);
  EXPECT_EQ(dup[0].layer, h3);
  const auto unconnected = with(all, DiagnosticCode::UnconnectedLayer);
  ASSERT_EQ(unconnected.size(), 1U);
  EXPECT_EQ(unconnected[0].layer, loose);
}

TEST(GraphValidation, ALayerThatReadsNothingIsUnconnected) {
  NetworkSpec spec;
  const LayerId h1 = spec.append(dense(4));
  spec.append(reading(dense(1, ActivationKind::Sigmoid), {h1}));
  spec.find(h1)->inputs = std::vector<LayerId>{};
  const auto d = with(validate(spec, binary()), DiagnosticCode::UnconnectedLayer);
  ASSERT_EQ(d.size(), 1U);
  EXPECT_EQ(d[0].layer, h1);
}

TEST(GraphValidation, MergeAndInputCountsAndTheOutput) {
  NetworkSpec spec;
  const LayerId h1 = spec.append(dense(4));
  const LayerId h2 = spec.append(reading(dense(4), {kNetworkInput}));
  const LayerId lone = spec.append(addOf({h1}));
  const LayerId both = spec.append(reading(dense(4), {h2, lone}));
  spec.append(reading(LayerSpec::merge(LayerType::Concat), {both, h2}));
  const auto all = validate(spec, binary());
  const auto merge = with(all, DiagnosticCode::MergeNeedsTwoInputs);
  ASSERT_EQ(merge.size(), 1U);
  EXPECT_EQ(merge[0].layer, lone);
  EXPECT_EQ(merge[0].actual, 1);
  const auto many = with(all, DiagnosticCode::TooManyInputs);
  ASSERT_EQ(many.size(), 1U);
  EXPECT_EQ(many[0].layer, both);
  EXPECT_EQ(many[0].actual, 2);
  EXPECT_EQ(with(all, DiagnosticCode::OutputNotDense).size(), 1U);
}

TEST(GraphValidation, RemovingABranchLayerKeepsTheWireThroughIt) {
  NetworkSpec spec;
  const LayerId h1 = spec.append(dense(4));
  const LayerId h2 = spec.append(dense(4));
  const LayerId add = spec.append(addOf({h1, h2}));
  spec.append(reading(dense(1, ActivationKind::Sigmoid), {add}));
  ASSERT_TRUE(spec.remove(h2));
  EXPECT_EQ(*spec.find(add)->inputs, (std::vector<LayerId>{h1}));
}

} // namespace
} // namespace neurona
