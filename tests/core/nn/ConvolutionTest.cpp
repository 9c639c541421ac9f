// Conv2d, MaxPool2d, AvgPool2d and Flatten: values worked out by hand (channels-last flattening, "same"
// padding's extra cell at the bottom and right, the weights' row order), and finite-difference gradient
// checks of every parameter, with each layer under test placed above another convolution so that its
// ∂L/∂x (col2im, the max pool's routing, the average's spreading) is checked as well.
#include "support/GradientCheck.h"
#include "support/KernelSets.h"
#include "support/PrintKinds.h"

#include "neurona/core/nn/Network.h"

#include <gtest/gtest.h>

#include <limits>

#include <string>
#include <tuple>

namespace neurona {
namespace convolution_test {

MatrixD randomInput(Eigen::Index rows, Eigen::Index cols, Rng& rng) {
  MatrixD m(rows, cols);
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  for (Eigen::Index j = 0; j < cols; ++j)
    for (Eigen::Index i = 0; i < rows; ++i) m(i, j) = u(rng);
  return m;
}

LayerSpec conv(int filters, std::array<int, 2> kernel, std::array<int, 2> stride, PaddingKind padding,
               ActivationKind act = ActivationKind::Tanh) {
  LayerSpec l;
  l.type = LayerType::Conv2d;
  l.filters = filters;
  l.kernel = kernel;
  l.stride = stride;
  l.padding = padding;
  l.activation = act;
  l.weightInit = InitKind::GlorotNormal;
  l.biasInit = InitKind::Uniform; // non-zero biases exercise every path
  return l;
}

LayerSpec pool(LayerType type, std::array<int, 2> size, std::optional<std::array<int, 2>> stride,
               PaddingKind padding) {
  LayerSpec l;
  l.type = type;
  l.pool = size;
  l.stride = stride;
  l.padding = padding;
  return l;
}

LayerSpec flatten() {
  LayerSpec l;
  l.type = LayerType::Flatten;
  return l;
}

LayerSpec denseOut(int units, ActivationKind act) {
  LayerSpec l;
  l.units = units;
  l.activation = act;
  l.weightInit = InitKind::GlorotNormal;
  l.biasInit = InitKind::Uniform;
  return l;
}

int features(const NetworkSpec& spec) {
  const std::array<int, 3>& s = *spec.inputShape;
  return s[0] * s[1] * s[2];
}

// A one-layer conv network (plus the dense output the network needs) with the given weights.
NetworkD singleConv(std::array<int, 3> input, const LayerSpec& c, const MatrixD& weights,
                    const VectorD& bias) {
  NetworkSpec spec;
  spec.inputShape = input;
  spec.append(c);
  spec.append(flatten());
  spec.append(denseOut(1, ActivationKind::Linear));
  Rng rng(1);
  NetworkD net(spec, features(spec), rng);
  ModelParams p = net.params();
  p[0].weights = weights;
  p[0].bias = bias;
  EXPECT_TRUE(net.setParams(p));
  return net;
}

MatrixD image(std::initializer_list<double> values) {
  MatrixD x(1, static_cast<Eigen::Index>(values.size()));
  Eigen::Index i = 0;
  for (double v : values) x(0, i++) = v;
  return x;
}

TEST(Convolution, ValidAndSamePaddingSumTheWindowsAsWorkedOutByHand) {
  // 3 × 3 × 1 image 1..9, a 2 × 2 kernel of ones: each output is the sum of its window.
  const MatrixD x = image({1, 2, 3, 4, 5, 6, 7, 8, 9});
  const MatrixD ones = MatrixD::Ones(4, 1);
  NetworkD valid = singleConv({3, 3, 1}, conv(1, {2, 2}, {1, 1}, PaddingKind::Valid, ActivationKind::Linear),
                              ones, VectorD::Zero(1));
  std::vector<MatrixD> a;
  valid.activations(x, a);
  ASSERT_EQ(a[0].cols(), 4);
  EXPECT_EQ(a[0], image({12, 16, 24, 28}));
  // same: 3 × 3 out, total padding (3 − 1)·1 + 2 − 3 = 1, all of it after (bottom and right)
  NetworkD same = singleConv({3, 3, 1}, conv(1, {2, 2}, {1, 1}, PaddingKind::Same, ActivationKind::Linear),
                             ones, VectorD::Constant(1, 0.5));
  same.activations(x, a);
  ASSERT_EQ(a[0].cols(), 9);
  EXPECT_EQ(a[0], image({12.5, 16.5, 9.5, 24.5, 28.5, 15.5, 15.5, 17.5, 9.5}));
  // stride 2, same: 2 × 2 out, windows at rows/columns 0 and 2 (padding 1 after)
  NetworkD strided = singleConv({3, 3, 1}, conv(1, {2, 2}, {2, 2}, PaddingKind::Same, ActivationKind::Linear),
                                ones, VectorD::Zero(1));
  strided.activations(x, a);
  EXPECT_EQ(a[0], image({12, 9, 15, 9}));
}

TEST(Convolution, WeightRowsAreKernelRowColumnChannelAndOutputsAreChannelsLast) {
  // 2 × 2 × 2 image, kernel 2 × 2, two filters. Filter 0 picks (kh 1, kw 0, c 1): row (1·2 + 0)·2 + 1 = 5;
  // filter 1 picks (kh 0, kw 1, c 0): row (0·2 + 1)·2 + 0 = 2.
  MatrixD w = MatrixD::Zero(8, 2);
  w(5, 0) = 1.0;
  w(2, 1) = 1.0;
  NetworkD net = singleConv({2, 2, 2}, conv(2, {2, 2}, {1, 1}, PaddingKind::Valid, ActivationKind::Linear), w,
                            VectorD::Zero(2));
  Rng rng(3);
  const MatrixD x = randomInput(4, 8, rng);
  std::vector<MatrixD> a;
  net.activations(x, a);
  ASSERT_EQ(a[0].cols(), 2);                          // 1 × 1 × 2, channel last
  EXPECT_EQ(a[0].col(0), x.col((1 * 2 + 0) * 2 + 1)); // pixel (1, 0), channel 1
  EXPECT_EQ(a[0].col(1), x.col((0 * 2 + 1) * 2 + 0)); // pixel (0, 1), channel 0
}

TEST(Pooling, MaxAndAverageAsWorkedOutByHand) {
  NetworkSpec spec;
  spec.inputShape = std::array<int, 3>{3, 3, 1};
  spec.append(pool(LayerType::MaxPool2d, {2, 2}, std::nullopt, PaddingKind::Same));
  spec.append(pool(LayerType::AvgPool2d, {2, 2}, std::array<int, 2>{1, 1}, PaddingKind::Valid));
  spec.append(flatten());
  spec.append(denseOut(1, ActivationKind::Linear));
  Rng rng(1);
  const NetworkD net(spec, 9, rng);
  const MatrixD x = image({1, 9, 3, 4, 5, 6, 7, 8, 2});
  std::vector<MatrixD> a;
  net.activations(x, a);
  // max, 2 × 2 windows stride 2 with the padding after: {1,9,4,5}, {3,6}, {7,8}, {2}
  EXPECT_EQ(a[0], image({9, 6, 8, 2}));
  // average of the 2 × 2 max image, valid stride 1: one window
  EXPECT_EQ(a[1], image({6.25}));

  // avg with same padding counts only the cells inside the image (Keras): {1,9,4,5}, {3,6}, {7,8}, {2}
  NetworkSpec avg;
  avg.inputShape = std::array<int, 3>{3, 3, 1};
  avg.append(pool(LayerType::AvgPool2d, {2, 2}, std::nullopt, PaddingKind::Same));
  avg.append(flatten());
  avg.append(denseOut(1, ActivationKind::Linear));
  const NetworkD avgNet(avg, 9, rng);
  avgNet.activations(x, a);
  EXPECT_EQ(a[0], image({4.75, 4.5, 7.5, 2}));
}

TEST(Pooling, MaxPoolRoutesTheGradientToTheFirstMaximum) {
  NetworkSpec spec;
  spec.inputShape = std::array<int, 3>{2, 2, 1};
  spec.append(pool(LayerType::MaxPool2d, {2, 2}, std::nullopt, PaddingKind::Valid));
  LayerSpec pass;
  pass.type = LayerType::Flatten;
  spec.append(pass);
  spec.append(denseOut(1, ActivationKind::Linear));
  Rng rng(1);
  NetworkD net(spec, 4, rng);
  auto& layer = static_cast<BasicPool2dLayer<double>&>(net.layer(0));
  const MatrixD x = image({3, 7, 7, 1}); // a tie between cells 1 and 2
  layer.forward(x, Mode::Train, rng);
  EXPECT_EQ(layer.output(), image({7}));
  MatrixD dx;
  layer.backward(x, image({2.5}), &dx);
  EXPECT_EQ(dx, image({0, 2.5, 0, 0}));
}

TEST(Pooling, TheTrainingMaxIsTheExactLargestValueEvenBesideInfinities) {
  // The training forward picks the winner with bit masks; the value must be the cell's own bits, and an
  // infinity beside a finite value must not turn into NaN.
  NetworkSpec spec;
  spec.inputShape = std::array<int, 3>{2, 2, 1};
  spec.append(pool(LayerType::MaxPool2d, {2, 2}, std::nullopt, PaddingKind::Valid));
  spec.append(flatten());
  spec.append(denseOut(1, ActivationKind::Linear));
  Rng rng(1);
  BasicNetwork<float> net(spec, 4, rng);
  auto& layer = static_cast<BasicPool2dLayer<float>&>(net.layer(0));
  const float inf = std::numeric_limits<float>::infinity();
  MatrixF x(4, 4);
  x << 1e-8f, 1.0f, 0.3f, 0.1f,   // 1.0 must come out as 1.0, not 1e-8 + (1.0 - 1e-8)
      -inf, 2.5f, -1.0f, -2.0f,   // −∞ first
      3.0f, inf, 1.0f, 2.0f,      // +∞ wins
      -5.0f, -4.0f, -4.0f, -6.0f; // a tie: the first of the two −4
  layer.forward(x, Mode::Train, rng);
  const MatrixF expected = (MatrixF(4, 1) << 1.0f, 2.5f, inf, -4.0f).finished();
  EXPECT_EQ(layer.output(), expected);
  MatrixF dx;
  layer.backward(x, MatrixF::Ones(4, 1), &dx);
  const MatrixF routed = (MatrixF(4, 4) << 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0).finished();
  EXPECT_EQ(dx, routed);
}

TEST(Convolution, ConvWeightsTakeTheLayersPenaltiesAndTheBiasDoesNot) {
  NetworkSpec spec;
  spec.inputShape = std::array<int, 3>{4, 4, 1};
  LayerSpec c = conv(2, {3, 3}, {1, 1}, PaddingKind::Valid);
  c.l1 = 0.25;
  c.l2 = 0.5;
  spec.append(c);
  spec.append(flatten());
  spec.append(denseOut(1, ActivationKind::Linear));
  Rng rng(1);
  const NetworkD net(spec, 16, rng);
  const auto slots = net.paramSlots();
  ASSERT_EQ(slots.size(), 4U);
  EXPECT_TRUE(slots[0].isWeight);
  EXPECT_EQ(slots[0].size, 9 * 2);
  EXPECT_EQ(slots[0].l1, 0.25);
  EXPECT_EQ(slots[0].l2, 0.5);
  EXPECT_FALSE(slots[1].isWeight);
  EXPECT_EQ(slots[1].size, 2);
  EXPECT_EQ(net.parameterCount(), 9 * 2 + 2 + 8 + 1);
}

TEST(Convolution, FloatAndDoubleAgreeAndPredictMatchesTheTrainingForward) {
  NetworkSpec spec;
  spec.inputShape = std::array<int, 3>{6, 5, 3};
  spec.append(conv(4, {3, 3}, {1, 1}, PaddingKind::Same, ActivationKind::Relu));
  spec.append(pool(LayerType::MaxPool2d, {2, 2}, std::nullopt, PaddingKind::Same));
  spec.append(conv(3, {2, 2}, {2, 1}, PaddingKind::Valid, ActivationKind::Elu));
  spec.append(pool(LayerType::AvgPool2d, {2, 2}, std::array<int, 2>{1, 1}, PaddingKind::Same));
  spec.append(flatten());
  spec.append(denseOut(3, ActivationKind::Softmax));
  test::forEachKernelSet([&] {
    Rng rng(5);
    NetworkD d(spec, 90, rng);
    const MatrixD x = randomInput(33, 90, rng);
    MatrixD out;
    d.predict(x, out);
    const MatrixD trained = d.forward(x, Mode::Train, rng);
    EXPECT_LT((trained - out).cwiseAbs().maxCoeff(), 1e-14);
    const Network f = d.convert<float>();
    MatrixF outF;
    f.predict(x.cast<float>(), outF);
    EXPECT_LT((outF.cast<double>() - out).cwiseAbs().maxCoeff(), 1e-5);
  });
}

// The gradient check's verdict: every parameter within 1e-6, relative, and the whole gradient too.
void expectGradientsMatch(const test::GradientCheckResult& r) {
  EXPECT_LT(r.maxRelativeError, 1e-6) << "worst parameter " << r.worst << ": analytic " << r.analytic(r.worst)
                                      << ", numeric " << r.numeric(r.worst);
  EXPECT_LT(r.normRelativeError, 1e-6);
}

// conv f1@3×3 same relu → max pool 2 → conv f2@3×3 same relu → flatten → dense `outputs`
NetworkSpec reluCnn(std::array<int, 3> input, int f1, int f2, int outputs, ActivationKind out) {
  NetworkSpec spec;
  spec.inputShape = input;
  spec.append(conv(f1, {3, 3}, {1, 1}, PaddingKind::Same, ActivationKind::Relu));
  spec.append(pool(LayerType::MaxPool2d, {2, 2}, std::nullopt, PaddingKind::Valid));
  spec.append(conv(f2, {3, 3}, {1, 1}, PaddingKind::Same, ActivationKind::Relu));
  spec.append(flatten());
  spec.append(denseOut(outputs, out));
  return spec;
}

// rows one-hot targets of `classes` classes, drawn from rng
MatrixD oneHot(Eigen::Index rows, int classes, Rng& rng) {
  MatrixD y = MatrixD::Zero(rows, classes);
  for (Eigen::Index i = 0; i < rows; ++i) y(i, static_cast<Eigen::Index>(rng() % classes)) = 1.0;
  return y;
}

// ---- gradient checks ------------------------------------------------------------------------------

// (stride, padding, input channels)
using ConvParam = std::tuple<int, PaddingKind, int>;
class ConvGradient : public ::testing::TestWithParam<ConvParam> {};

TEST_P(ConvGradient, AnalyticMatchesFiniteDifferences) {
  const auto [stride, padding, channels] = GetParam();
  // Conv A (kernel 3 × 2) feeds conv B (the 2 filters under test): A's gradients go through B's col2im.
  NetworkSpec spec;
  spec.inputShape = std::array<int, 3>{9, 8, channels};
  spec.append(conv(channels, {3, 2}, {stride, stride}, padding));
  spec.append(conv(2, {2, 2}, {stride, stride}, padding));
  spec.append(flatten());
  spec.append(denseOut(2, ActivationKind::Linear));
  test::forEachKernelSet([&] {
    Rng rng(100 + stride * 10 + channels + (padding == PaddingKind::Same ? 1000 : 0));
    NetworkD net(spec, features(spec), rng);
    const MatrixD x = randomInput(3, features(spec), rng);
    const MatrixD y = randomInput(3, 2, rng);
    const test::GradientCheckResult r = test::checkGradients(net, x, y, LossKind::Mse, 0.001, 0.01);
    expectGradientsMatch(r);
  });
}

std::string convName(const ::testing::TestParamInfo<ConvParam>& info) {
  const auto [stride, padding, channels] = info.param;
  return "stride" + std::to_string(stride) + "_" + std::string(toString(padding)) + "_c" +
         std::to_string(channels);
}

INSTANTIATE_TEST_SUITE_P(Convolution, ConvGradient,
                         ::testing::Combine(::testing::Values(1, 2),
                                            ::testing::Values(PaddingKind::Valid, PaddingKind::Same),
                                            ::testing::Values(1, 3)),
                         convName);

// (type, pool size, stride, padding)
using PoolParam = std::tuple<LayerType, int, int, PaddingKind>;
class PoolGradient : public ::testing::TestWithParam<PoolParam> {};

TEST_P(PoolGradient, AnalyticMatchesFiniteDifferences) {
  const auto [type, size, stride, padding] = GetParam();
  NetworkSpec spec;
  spec.inputShape = std::array<int, 3>{7, 7, 2};
  spec.append(conv(2, {2, 2}, {1, 1}, PaddingKind::Same));
  spec.append(pool(type, {size, size}, std::array<int, 2>{stride, stride}, padding));
  spec.append(flatten());
  spec.append(denseOut(2, ActivationKind::Linear));
  test::forEachKernelSet([&] {
    Rng rng(200 + size * 10 + stride + (padding == PaddingKind::Same ? 1000 : 0));
    NetworkD net(spec, features(spec), rng);
    const MatrixD x = randomInput(3, features(spec), rng);
    const MatrixD y = randomInput(3, 2, rng);
    const test::GradientCheckResult r = test::checkGradients(net, x, y, LossKind::Mse);
    expectGradientsMatch(r);
  });
}

std::string poolName(const ::testing::TestParamInfo<PoolParam>& info) {
  const auto [type, size, stride, padding] = info.param;
  return std::string(toString(type)) + "_" + std::to_string(size) + "_stride" + std::to_string(stride) + "_" +
         std::string(toString(padding));
}

// A stride equal to the pool, and a smaller one (overlapping windows share cells).
INSTANTIATE_TEST_SUITE_P(Pooling, PoolGradient,
                         ::testing::Combine(::testing::Values(LayerType::MaxPool2d, LayerType::AvgPool2d),
                                            ::testing::Values(2, 3), ::testing::Values(2),
                                            ::testing::Values(PaddingKind::Valid, PaddingKind::Same)),
                         poolName);

TEST(Convolution, ASmallCnnWithSoftmaxAndCrossEntropyPassesTheGradientCheck) {
  NetworkSpec spec;
  spec.inputShape = std::array<int, 3>{6, 6, 2};
  LayerSpec c1 = conv(3, {3, 3}, {1, 1}, PaddingKind::Same);
  c1.l2 = 0.02;
  spec.append(c1);
  spec.append(pool(LayerType::MaxPool2d, {2, 2}, std::nullopt, PaddingKind::Valid));
  spec.append(conv(4, {2, 2}, {1, 1}, PaddingKind::Valid));
  spec.append(pool(LayerType::AvgPool2d, {2, 2}, std::nullopt, PaddingKind::Same));
  spec.append(flatten());
  spec.append(denseOut(3, ActivationKind::Softmax));
  test::forEachKernelSet([&] {
    Rng rng(77);
    NetworkD net(spec, 72, rng);
    const MatrixD x = randomInput(5, 72, rng);
    const MatrixD y = oneHot(5, 3, rng);
    const test::GradientCheckResult r = test::checkGradients(net, x, y, LossKind::Cce, 0.003, 0.01);
    expectGradientsMatch(r);
  });
}

// Relu convolutions take their own backward path (the derivative read from the activations, in the same
// pass that reorders ∂L/∂out), and a batch tall enough for the row-unrolled and tiled kernels: 6 pictures of
// 12 × 12 give 864 patch rows in the first layer and 216 after the pool.
TEST(Convolution, ReluConvolutionsOverATallBatchPassTheGradientCheck) {
  const NetworkSpec spec = reluCnn({12, 12, 1}, 3, 5, 2, ActivationKind::Linear);
  test::forEachKernelSet([&] {
    Rng rng(31);
    NetworkD net(spec, features(spec), rng);
    const MatrixD x = randomInput(6, features(spec), rng);
    const MatrixD y = randomInput(6, 2, rng);
    expectGradientsMatch(test::checkGradients(net, x, y, LossKind::Mse));
  });
}

// Three input channels make the first layer's patches 27 wide and the second's 54, both over far more than
// 128 rows, with at most 16 filters: the row-blocked products (forward and ∂L/∂x) rather than the narrow
// column kernels. The double network passes the gradient check; the float one, every kernel set, agrees.
TEST(Convolution, WidePatchesOverATallBatchPassTheGradientCheckInDoubleAndAgreeInFloat) {
  const NetworkSpec spec = reluCnn({10, 10, 3}, 6, 12, 3, ActivationKind::Softmax);
  test::forEachKernelSet([&] {
    Rng rng(47);
    NetworkD net(spec, features(spec), rng);
    const MatrixD x = randomInput(7, features(spec), rng);
    const MatrixD y = oneHot(7, 3, rng);
    const test::GradientCheckResult r = test::checkGradients(net, x, y, LossKind::Cce);
    expectGradientsMatch(r);

    Network f = net.convert<float>();
    Rng fr(7);
    f.forwardBackward(x.cast<float>(), y.cast<float>(), LossKind::Cce, fr);
    VectorF grads;
    f.copyGradients(grads);
    ASSERT_EQ(grads.size(), r.analytic.size());
    EXPECT_LT((grads.cast<double>() - r.analytic).norm() / r.analytic.norm(), 1e-5);
  });
}

TEST(Convolution, TheNetworkRefusesShapesThatDoNotFit) {
  Rng rng(1);
  NetworkSpec noImage;
  noImage.append(conv(2, {2, 2}, {1, 1}, PaddingKind::Valid));
  noImage.append(flatten());
  noImage.append(denseOut(1, ActivationKind::Linear));
  EXPECT_THROW(NetworkD(noImage, 16, rng), std::invalid_argument);
  NetworkSpec wrongSize = noImage;
  wrongSize.inputShape = std::array<int, 3>{4, 4, 2};
  EXPECT_THROW(NetworkD(wrongSize, 16, rng), std::invalid_argument); // 32 values, 16 inputs
  wrongSize.inputShape = std::array<int, 3>{4, 4, 1};
  EXPECT_NO_THROW(NetworkD(wrongSize, 16, rng));
  NetworkSpec tooLarge = wrongSize;
  tooLarge.layers[0].kernel = {5, 1};
  EXPECT_THROW(NetworkD(tooLarge, 16, rng), std::invalid_argument);
  NetworkSpec denseOnImage = wrongSize;
  denseOnImage.layers.erase(denseOnImage.layers.begin() + 1); // no flatten
  EXPECT_THROW(NetworkD(denseOnImage, 16, rng), std::invalid_argument);
}

} // namespace convolution_test
} // namespace neurona
