// Shape inference for image networks (TensorFlow's "same" and "valid" rules, worked out by hand) and the
// diagnostics of image layers that do not fit what they read.
#include "neurona/core/graph/Shapes.h"
#include "neurona/core/graph/Validation.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <vector>

namespace neurona {
namespace image_shapes_test {

LayerSpec conv(int filters, std::array<int, 2> kernel,
               std::optional<std::array<int, 2>> stride = std::nullopt,
               PaddingKind padding = PaddingKind::Valid) {
  LayerSpec l;
  l.type = LayerType::Conv2d;
  l.filters = filters;
  l.kernel = kernel;
  l.stride = stride;
  l.padding = padding;
  return l;
}

LayerSpec pool(LayerType type, std::array<int, 2> size,
               std::optional<std::array<int, 2>> stride = std::nullopt,
               PaddingKind padding = PaddingKind::Valid) {
  LayerSpec l;
  l.type = type;
  l.pool = size;
  l.stride = stride;
  l.padding = padding;
  return l;
}

LayerSpec ofType(LayerType type) {
  LayerSpec l;
  l.type = type;
  return l;
}

LayerSpec dense(int units, ActivationKind act) {
  LayerSpec l;
  l.units = units;
  l.activation = act;
  return l;
}

std::vector<Diagnostic> with(const std::vector<Diagnostic>& all, DiagnosticCode code) {
  std::vector<Diagnostic> out;
  std::copy_if(all.begin(), all.end(), std::back_inserter(out),
               [&](const Diagnostic& d) { return d.code == code; });
  return out;
}

ValidationContext digits(int inputs) {
  return {inputs, TaskKind::MulticlassClassification, 10, LossKind::Cce, true};
}

// input 28×28×1 → conv 8@3×3 valid → maxpool 2 → conv 16@3×3 stride 2 same → avgpool 3 stride 2 → flatten
// → dense 10
NetworkSpec lenet() {
  NetworkSpec spec;
  spec.inputShape = std::array<int, 3>{28, 28, 1};
  spec.append(conv(8, {3, 3}));
  spec.append(pool(LayerType::MaxPool2d, {2, 2}));
  spec.append(conv(16, {3, 3}, std::array<int, 2>{2, 2}, PaddingKind::Same));
  spec.append(pool(LayerType::AvgPool2d, {3, 3}, std::array<int, 2>{2, 2}));
  spec.append(ofType(LayerType::Flatten));
  spec.append(dense(10, ActivationKind::Softmax));
  return spec;
}

TEST(ImageShapes, WindowSizesFollowTensorFlow) {
  // valid: floor((in − k)/s) + 1
  EXPECT_EQ(windowOutputSize(28, 3, 1, PaddingKind::Valid), 26);
  EXPECT_EQ(windowOutputSize(7, 3, 2, PaddingKind::Valid), 3);
  EXPECT_EQ(windowOutputSize(6, 3, 2, PaddingKind::Valid), 2);
  EXPECT_EQ(windowOutputSize(4, 5, 1, PaddingKind::Valid), 0); // does not fit
  // same: ceil(in/s), whatever the window
  EXPECT_EQ(windowOutputSize(13, 3, 2, PaddingKind::Same), 7);
  EXPECT_EQ(windowOutputSize(4, 5, 1, PaddingKind::Same), 4);
  EXPECT_EQ(windowOutputSize(6, 2, 3, PaddingKind::Same), 2);
  // padding before = ⌊total/2⌋, total = max((out − 1)·s + k − in, 0); the odd cell goes after
  EXPECT_EQ(windowPadBefore(13, 3, 2, PaddingKind::Same), 1); // total 6·2 + 3 − 13 = 2
  EXPECT_EQ(windowPadBefore(4, 2, 1, PaddingKind::Same), 0);  // total 1: all after
  EXPECT_EQ(windowPadBefore(5, 4, 1, PaddingKind::Same), 1);  // total 3: 1 before, 2 after
  EXPECT_EQ(windowPadBefore(6, 2, 3, PaddingKind::Same), 0);  // total max(3 + 2 − 6, 0) = 0
  EXPECT_EQ(windowPadBefore(13, 3, 2, PaddingKind::Valid), 0);
}

TEST(ImageShapes, EveryLayersShapeFromTheInputShape) {
  const NetworkSpec spec = lenet();
  const std::vector<LayerTensorShape> s = inferShapes(spec, 784);
  ASSERT_EQ(s.size(), 6U);
  EXPECT_EQ(s[0].input, TensorShape::imageOf(28, 28, 1));
  EXPECT_EQ(s[0].output, TensorShape::imageOf(26, 26, 8));
  EXPECT_EQ(s[1].output, TensorShape::imageOf(13, 13, 8)); // pool stride defaults to its size
  EXPECT_EQ(s[2].output, TensorShape::imageOf(7, 7, 16));
  EXPECT_EQ(s[3].output, TensorShape::imageOf(3, 3, 16));
  EXPECT_EQ(s[4].output, TensorShape::flat(144));
  EXPECT_EQ(s[5].input, TensorShape::flat(144));
  EXPECT_EQ(s[5].output, TensorShape::flat(10));
  for (const LayerTensorShape& l : s) EXPECT_EQ(l.issue, ShapeIssue::None);

  const NetworkSummary sum = summarize(spec, 784);
  EXPECT_EQ(sum.layers[0].params, 3 * 3 * 1 * 8 + 8);
  EXPECT_EQ(sum.layers[1].params, 0);
  EXPECT_EQ(sum.layers[2].params, 3 * 3 * 8 * 16 + 16);
  EXPECT_EQ(sum.layers[5].params, 144 * 10 + 10);
  EXPECT_EQ(sum.totalParams, 80 + 1168 + 1450);
  EXPECT_EQ(sum.layers[2].inputs, 13 * 13 * 8);
  EXPECT_EQ(sum.layers[2].outputs, 7 * 7 * 16);
  EXPECT_TRUE(validate(spec, digits(784)).empty());
}

TEST(ImageShapes, DropoutAndBatchNormKeepTheImageAndAnAddOfEqualImagesIsThatImage) {
  NetworkSpec spec;
  spec.inputShape = std::array<int, 3>{8, 8, 3};
  const LayerId a = spec.append(conv(4, {3, 3}, std::nullopt, PaddingKind::Same));
  spec.append(ofType(LayerType::Dropout));
  LayerSpec b = conv(4, {1, 1});
  b.inputs = std::vector<LayerId>{a};
  const LayerId bid = spec.append(b);
  LayerSpec add = LayerSpec::merge(LayerType::Add);
  add.inputs = std::vector<LayerId>{spec.layers[1].id, bid};
  spec.append(add);
  spec.append(ofType(LayerType::Flatten));
  spec.append(dense(10, ActivationKind::Softmax));
  const std::vector<LayerTensorShape> s = inferShapes(spec, 192);
  EXPECT_EQ(s[1].output, TensorShape::imageOf(8, 8, 4));
  EXPECT_EQ(s[3].output, TensorShape::imageOf(8, 8, 4));
  EXPECT_EQ(s[4].output, TensorShape::flat(256));
  EXPECT_TRUE(validate(spec, digits(192)).empty());
}

TEST(ImageShapes, ImageLayersNeedAnImage) {
  NetworkSpec flat; // no input shape
  flat.append(conv(4, {3, 3}));
  flat.append(ofType(LayerType::Flatten));
  flat.append(dense(10, ActivationKind::Softmax));
  auto d = with(validate(flat, digits(64)), DiagnosticCode::NeedsImageInput);
  ASSERT_EQ(d.size(), 1U);
  EXPECT_EQ(d[0].layer, flat.layers[0].id);

  NetworkSpec afterFlatten = lenet();
  afterFlatten.insert(5, pool(LayerType::MaxPool2d, {2, 2})); // after the flatten
  d = with(validate(afterFlatten, digits(784)), DiagnosticCode::NeedsImageInput);
  ASSERT_EQ(d.size(), 1U);
  EXPECT_EQ(d[0].layer, afterFlatten.layers[5].id);

  NetworkSpec afterDense = lenet();
  afterDense.insert(0, dense(784, ActivationKind::Relu));
  d = with(validate(afterDense, digits(784)), DiagnosticCode::NeedsImageInput);
  ASSERT_EQ(d.size(), 1U);
  EXPECT_EQ(d[0].layer, afterDense.layers[1].id);
}

TEST(ImageShapes, AWindowLargerThanItsInputIsReported) {
  NetworkSpec spec;
  spec.inputShape = std::array<int, 3>{4, 6, 1};
  spec.append(conv(2, {3, 7})); // 6 wide, kernel 7
  spec.append(ofType(LayerType::Flatten));
  spec.append(dense(10, ActivationKind::Softmax));
  auto d = with(validate(spec, digits(24)), DiagnosticCode::WindowLargerThanInput);
  ASSERT_EQ(d.size(), 1U);
  EXPECT_EQ(d[0].expected, 6);
  EXPECT_EQ(d[0].actual, 7);
  EXPECT_EQ(d[0].layer, spec.layers[0].id);
  spec.layers[0].padding = PaddingKind::Same; // same padding always fits
  EXPECT_TRUE(validate(spec, digits(24)).empty());

  NetworkSpec pooled;
  pooled.inputShape = std::array<int, 3>{2, 2, 3};
  pooled.append(pool(LayerType::AvgPool2d, {3, 3}));
  pooled.append(ofType(LayerType::Flatten));
  pooled.append(dense(10, ActivationKind::Softmax));
  d = with(validate(pooled, digits(12)), DiagnosticCode::WindowLargerThanInput);
  ASSERT_EQ(d.size(), 1U);
  EXPECT_EQ(d[0].expected, 2);
  EXPECT_EQ(d[0].actual, 3);
}

TEST(ImageShapes, ADenseLayerReadingAnImageNeedsAFlatten) {
  NetworkSpec spec = lenet();
  spec.layers.erase(spec.layers.begin() + 4); // the flatten
  const auto all = validate(spec, digits(784));
  const auto d = with(all, DiagnosticCode::DenseReadsImage);
  ASSERT_EQ(d.size(), 1U);
  EXPECT_EQ(d[0].layer, spec.layers.back().id);
  EXPECT_EQ(all.size(), 1U);
}

TEST(ImageShapes, TheInputShapeMustHoldTheDataAndWindowsMustBePositive) {
  NetworkSpec spec = lenet();
  auto d = with(validate(spec, digits(785)), DiagnosticCode::InputShapeMismatch);
  ASSERT_EQ(d.size(), 1U);
  EXPECT_EQ(d[0].expected, 785);
  EXPECT_EQ(d[0].actual, 784);
  spec.inputShape = std::array<int, 3>{28, 0, 1};
  d = with(validate(spec, digits(784)), DiagnosticCode::InputShapeMismatch);
  ASSERT_EQ(d.size(), 1U);
  EXPECT_EQ(d[0].actual, 0);

  NetworkSpec zero = lenet();
  zero.layers[1].stride = std::array<int, 2>{2, 0};
  d = with(validate(zero, digits(784)), DiagnosticCode::BadWindowSize);
  ASSERT_EQ(d.size(), 1U);
  EXPECT_EQ(d[0].layer, zero.layers[1].id);
  EXPECT_EQ(d[0].actual, 0);

  NetworkSpec noFilters = lenet();
  noFilters.layers[0].filters = 0;
  d = with(validate(noFilters, digits(784)), DiagnosticCode::ZeroUnits);
  ASSERT_EQ(d.size(), 1U);
  EXPECT_EQ(d[0].layer, noFilters.layers[0].id);
}

TEST(ImageShapes, AnAbsurdlyLargeLayerIsRefusedWithoutOverflowing) {
  // 4096 × 4096 × 1 read by 4096 filters with same padding: 2^36 values a sample, more than an int holds.
  NetworkSpec spec;
  spec.inputShape = std::array<int, 3>{4096, 4096, 1};
  spec.append(conv(4096, {3, 3}, std::nullopt, PaddingKind::Same));
  spec.append(ofType(LayerType::Flatten));
  spec.append(dense(10, ActivationKind::Softmax));
  const std::vector<LayerTensorShape> shapes = inferShapes(spec, 4096 * 4096);
  EXPECT_EQ(shapes[0].issue, ShapeIssue::TooLarge);
  EXPECT_EQ(shapes[0].expected, kMaxLayerValues);
  EXPECT_EQ(shapes[0].actual, std::numeric_limits<int>::max());
  const std::vector<Diagnostic> big = with(validate(spec, digits(4096 * 4096)), DiagnosticCode::TooManyUnits);
  ASSERT_EQ(big.size(), 1u);
  EXPECT_EQ(big[0].layer, spec.layers[0].id);
  // One filter fewer than the limit's share stays allowed: 16 filters over 1024 × 1024 is 2^24 exactly.
  spec.inputShape = std::array<int, 3>{1024, 1024, 1};
  spec.layers[0].filters = 16;
  EXPECT_EQ(inferShapes(spec, 1024 * 1024)[0].issue, ShapeIssue::None);
  EXPECT_EQ(TensorShape::imageOf(4096, 4096, 4096).features, std::numeric_limits<int>::max());
}

TEST(ImageShapes, NamesAreTheFileContract) {
  EXPECT_EQ(toString(LayerType::Conv2d), "conv2d");
  EXPECT_EQ(toString(LayerType::MaxPool2d), "maxpool2d");
  EXPECT_EQ(toString(LayerType::AvgPool2d), "avgpool2d");
  EXPECT_EQ(toString(LayerType::Flatten), "flatten");
  EXPECT_EQ(layerTypeFromString("conv2d"), LayerType::Conv2d);
  EXPECT_EQ(paddingFromString("same"), PaddingKind::Same);
  EXPECT_EQ(toString(PaddingKind::Valid), "valid");
}

} // namespace image_shapes_test
} // namespace neurona
