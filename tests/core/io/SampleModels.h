#pragma once
// Models with random learned values for the io and export tests (shared by tests/core/io and
// tests/core/export). Every kind of layer, transform and preprocessing appears in one of them.
#include "neurona/core/io/Model.h"
#include "neurona/core/nn/Network.h"

#include <random>
#include <string>
#include <vector>

namespace neurona::samples {

inline LayerSpec dense(int units, ActivationKind act, double alpha = 0.0) {
  LayerSpec l;
  l.type = LayerType::Dense;
  l.units = units;
  l.activation = act;
  l.alpha = alpha;
  return l;
}
inline LayerSpec dropout(double rate) {
  LayerSpec l;
  l.type = LayerType::Dropout;
  l.rate = rate;
  return l;
}
inline LayerSpec batchNorm(double epsilon = 1e-5) {
  LayerSpec l;
  l.type = LayerType::BatchNorm;
  l.epsilon = epsilon;
  return l;
}

// A model over `inputs` raw features with the given layers; weights from the engine's initialisers,
// batchnorm statistics and preprocessing drawn at random from `seed`.
inline Model sampleModel(const std::vector<LayerSpec>& layers, int inputs,
                         std::vector<FeatureTransform> transforms, PreprocessingKind pre, TaskKind task,
                         std::uint64_t seed = 7) {
  Model m;
  for (int i = 0; i < inputs; ++i) m.inputs.push_back(std::string("x").append(std::to_string(i + 1)));
  m.task = task;
  for (const LayerSpec& l : layers) m.spec.append(l);
  m.pipeline.transforms = std::move(transforms);
  Rng rng(seed);
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  const int features = m.featureCount();
  m.pipeline.preprocessing.kind = pre;
  if (pre != PreprocessingKind::None) {
    m.pipeline.preprocessing.offset = VectorD::NullaryExpr(features, [&] { return u(rng); });
    m.pipeline.preprocessing.scale =
        VectorD::NullaryExpr(features, [&] { return 0.5 + 0.5 * (u(rng) + 1.0); });
  }
  NetworkD net(m.spec, features, rng);
  m.params = net.params();
  for (LayerParams& p : m.params) {
    if (p.bias.size() > 0) p.bias = VectorD::NullaryExpr(p.bias.size(), [&] { return 0.3 * u(rng); });
    if (p.gamma.size() > 0) {
      const Eigen::Index n = p.gamma.size();
      p.gamma = VectorD::NullaryExpr(n, [&] { return 1.0 + 0.5 * u(rng); });
      p.beta = VectorD::NullaryExpr(n, [&] { return 0.5 * u(rng); });
      p.runningMean = VectorD::NullaryExpr(n, [&] { return 0.5 * u(rng); });
      p.runningVar = VectorD::NullaryExpr(n, [&] { return 1.0 + 0.5 * u(rng); });
    }
  }
  const int outputs = m.outputCount();
  if (task == TaskKind::BinaryClassification) m.classes = {"no", "yes"};
  if (task == TaskKind::MulticlassClassification)
    for (int k = 0; k < outputs; ++k) m.classes.push_back(std::string("c").append(std::to_string(k)));
  return m;
}

// Binary: transforms, standardize, dropout, batchnorm, leaky relu with its own alpha, sigmoid output.
inline Model binaryModel() {
  return sampleModel({dense(5, ActivationKind::Relu), dropout(0.2), batchNorm(1e-3),
                      dense(4, ActivationKind::LeakyRelu, 0.2), dense(1, ActivationKind::Sigmoid)},
                     2, {FeatureTransform::X1Squared, FeatureTransform::X1TimesX2, FeatureTransform::SinX2},
                     PreprocessingKind::Standardize, TaskKind::BinaryClassification);
}

// Multiclass: min-max, the smooth activations, softmax over 3 classes.
inline Model multiclassModel() {
  return sampleModel({dense(6, ActivationKind::Gelu), dense(5, ActivationKind::Swish),
                      dense(4, ActivationKind::Elu), dense(4, ActivationKind::Selu),
                      dense(3, ActivationKind::Softplus), dense(3, ActivationKind::Softmax)},
                     2, {FeatureTransform::X2Squared, FeatureTransform::SinX1}, PreprocessingKind::MinMax,
                     TaskKind::MulticlassClassification, 11);
}

// Regression: 3 raw inputs, no preprocessing, tanh / sigmoid hidden layers, linear output.
inline Model regressionModel() {
  return sampleModel(
      {dense(4, ActivationKind::Tanh), dense(3, ActivationKind::Sigmoid), dense(1, ActivationKind::Linear)},
      3, {}, PreprocessingKind::None, TaskKind::Regression, 5);
}

// Raw inputs to predict on: n x inputs in [-2, 2].
inline MatrixD sampleInputs(int n, int inputs, std::uint64_t seed = 3) {
  Rng rng(seed);
  std::uniform_real_distribution<double> u(-2.0, 2.0);
  return MatrixD::NullaryExpr(n, inputs, [&] { return u(rng); });
}

} // namespace neurona::samples
