#include "neurona/core/train/StepTrace.h"

#include "neurona/core/nn/Activation.h"
#include "neurona/core/nn/Loss.h"
#include "neurona/core/optim/Optimizer.h"
#include "neurona/core/sweep/ProjectRun.h"
#include "neurona/core/train/Metrics.h"
#include "neurona/core/train/Trainer.h"

#include <cmath>
#include <stdexcept>

namespace neurona {

namespace {

// A row vector as the 1 × n matrix the activation and loss functions take.
MatrixD asRow(const Eigen::Ref<const Eigen::VectorXd>& v) { return v.transpose(); }

// Whether the optimizer's first step differs from plain SGD (w − η·g): a preview is worth showing.
bool previewsOptimizer(const OptimizerConfig& c) {
  return !(c.name == "sgd" && c.momentum == 0.0 && c.weightDecay == 0.0);
}

// One step of the real optimizer, from fresh state, on every dense layer's gradients: its state and the
// values it gives go into the layers' optimizer fields.
void previewOptimizer(const OptimizerConfig& config, std::vector<LayerStep>& layers) {
  std::unique_ptr<BasicOptimizer<double>> optimizer = makeOptimizer<double>(config);
  if (!optimizer) throw std::invalid_argument("StepExplainer: unknown optimizer " + config.name);
  // The values the optimizer updates (copies: the trace keeps the values before the step) and the
  // gradients it reads, two slots (W, b) per dense layer, in the network's slot order.
  std::vector<LayerStep*> dense;
  for (LayerStep& l : layers)
    if (l.type == LayerType::Dense) {
      l.optimizerWeightsAfter = l.weights;
      l.optimizerBiasAfter = l.bias;
      dense.push_back(&l);
    }
  std::vector<ParamSlot<double>> slots;
  for (LayerStep* l : dense) {
    ParamSlot<double> w;
    w.value = l->optimizerWeightsAfter.data();
    w.grad = l->gradWeights.data();
    w.size = l->gradWeights.size();
    w.isWeight = true;
    w.layer = l->id;
    ParamSlot<double> b = w;
    b.value = l->optimizerBiasAfter.data();
    b.grad = l->gradBias.data();
    b.size = l->gradBias.size();
    b.isWeight = false;
    slots.push_back(w);
    slots.push_back(b);
  }
  optimizer->step(slots);
  // Which state vector is the first moment (velocity) and which the second (square average, sum).
  int first = -1, second = -1;
  if (config.name == "adam" || config.name == "adamw") {
    first = 0;
    second = 1;
  } else if (config.name == "rmsprop") {
    second = 0;
    if (config.momentum > 0.0) first = 2;
  } else if (config.name == "sgd") {
    if (config.momentum != 0.0) first = 0;
  } else if (config.name == "adagrad") {
    second = 0;
  }
  for (std::size_t i = 0; i < dense.size(); ++i) {
    LayerStep& l = *dense[i];
    const std::span<const VectorD> sw = optimizer->state(2 * i), sb = optimizer->state(2 * i + 1);
    const auto shaped = [&l](const VectorD& v) {
      return MatrixD(Eigen::Map<const MatrixD>(v.data(), l.weights.rows(), l.weights.cols()));
    };
    if (first >= 0 && static_cast<std::size_t>(first) < sw.size()) {
      l.optimizerM = shaped(sw[static_cast<std::size_t>(first)]);
      l.optimizerMBias = sb[static_cast<std::size_t>(first)];
    }
    if (second >= 0 && static_cast<std::size_t>(second) < sw.size()) {
      l.optimizerV = shaped(sw[static_cast<std::size_t>(second)]);
      l.optimizerVBias = sb[static_cast<std::size_t>(second)];
    }
    // what the optimizer subtracted: w − w_after
    l.optimizerStepW = l.weights - l.optimizerWeightsAfter;
    l.optimizerStepBias = l.bias - l.optimizerBiasAfter;
  }
}

} // namespace

StepTrace StepExplainer::trace(const NetworkD& net, const Eigen::Ref<const Eigen::RowVectorXd>& x,
                               const Eigen::Ref<const Eigen::RowVectorXd>& y, LossKind loss,
                               double learningRate, const OptimizerConfig* optimizer) {
  if (x.size() != net.inputs() || y.size() != net.outputs())
    throw std::invalid_argument("StepExplainer::trace: x or y does not fit the network");
  const int count = net.layerCount();
  const bool fused = lossIsFused(loss);
  if (fused &&
      (net.layer(count - 1).type() != LayerType::Dense || !lossFitsOutput(loss, net.outputActivation())))
    throw std::invalid_argument("StepExplainer::trace: a fused loss needs its activation on the last layer");
  for (int i = 0; i < count; ++i)
    if (needsImage(net.layer(i).type()) || net.layer(i).type() == LayerType::Flatten)
      throw std::invalid_argument("StepExplainer::trace: image layers are not traced");

  StepTrace t;
  t.inputs = x.transpose();
  t.target = y.transpose();
  t.lossKind = loss;
  t.learningRate = learningRate;
  t.layers.resize(static_cast<std::size_t>(count));

  // Forward, inference mode, layer by layer.
  Eigen::RowVectorXd in = x;
  for (int i = 0; i < count; ++i) {
    const BasicLayer<double>& layer = net.layer(i);
    const LayerSpec& spec = net.spec().layers[static_cast<std::size_t>(i)];
    LayerStep& s = t.layers[static_cast<std::size_t>(i)];
    s.id = layer.id();
    s.name = "L" + std::to_string(i + 1);
    s.type = layer.type();
    s.input = in.transpose();
    const LayerParams p = layer.params();
    Eigen::RowVectorXd out;
    switch (layer.type()) {
    case LayerType::Dense: {
      const auto& dense = static_cast<const BasicDenseLayer<double>&>(layer);
      s.activation = dense.activation();
      s.weights = p.weights;
      s.bias = p.bias;
      // z = x·W + b   (1 × inputs · inputs × units)
      Eigen::RowVectorXd z(s.weights.cols());
      z.noalias() = in * s.weights;
      z += s.bias.transpose();
      // a = f(z)   (softmax: e^z / Σe^z over the units)
      MatrixD a;
      activationForward<double>(s.activation, dense.alpha(), z, a);
      s.z = z.transpose();
      out = a.row(0);
      break;
    }
    case LayerType::Add: // refused above: a graph is not written
    case LayerType::Concat:
    case LayerType::Conv2d: // refused above: image layers are not written
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d:
    case LayerType::Flatten: break;
    case LayerType::Dropout:
      // inference: the identity (inverted dropout scales only while training)
      out = in;
      break;
    case LayerType::BatchNorm: {
      s.mean = p.runningMean;
      s.variance = p.runningVar;
      s.gamma = p.gamma;
      s.beta = p.beta;
      // x̂ = (x − μ) / √(σ² + ε),  y = γ ⊙ x̂ + β   (running statistics)
      const Eigen::ArrayXd invStd = (s.variance.array() + spec.epsilon).rsqrt();
      const Eigen::ArrayXd xhat = (s.input - s.mean).array() * invStd;
      out = (s.gamma.array() * xhat + s.beta.array()).matrix().transpose();
      break;
    }
    }
    s.a = out.transpose();
    in = out;
  }
  t.output = in.transpose();

  // Backward. g is ∂L/∂(output of the layer at hand); a fused loss gives the last layer's ∂L/∂z at once.
  const MatrixD yRow = y;
  MatrixD g;
  int i = count - 1;
  if (fused) {
    LayerStep& last = t.layers.back();
    MatrixD dz;
    // bce with sigmoid, cce with softmax: ∂L/∂z = a − y (over the reduction count, 1 here)
    t.loss = lossGradientLogits<double>(loss, asRow(last.z), asRow(last.a), yRow, dz);
    last.delta = dz.row(0).transpose();
  } else {
    // ∂L/∂a of the output: mse 2(a − y)/n, mae sign(a − y)/n, huber clamp(a − y, −1, 1)/n
    t.loss = lossGradientOutput<double>(loss, asRow(t.output), yRow, g);
  }
  for (; i >= 0; --i) {
    const BasicLayer<double>& layer = net.layer(i);
    const LayerSpec& spec = net.spec().layers[static_cast<std::size_t>(i)];
    LayerStep& s = t.layers[static_cast<std::size_t>(i)];
    switch (s.type) {
    case LayerType::Dense: {
      if (!(fused && i == count - 1)) {
        // δ = ∂L/∂z = f'(z) ⊙ ∂L/∂a   (softmax: a ⊙ (g − Σ g ⊙ a))
        MatrixD dz;
        const auto& dense = static_cast<const BasicDenseLayer<double>&>(layer);
        activationBackward<double>(s.activation, dense.alpha(), asRow(s.z), asRow(s.a), g, dz);
        s.delta = dz.row(0).transpose();
      }
      // ∂L/∂W = xᵀ·δ (inputs × units), ∂L/∂b = δ
      s.gradWeights.noalias() = s.input * s.delta.transpose();
      s.gradBias = s.delta;
      // ∂L/∂x = δ·Wᵀ, the previous layer's ∂L/∂output
      g.resize(1, s.weights.rows());
      g.noalias() = s.delta.transpose() * s.weights.transpose();
      // w ← w − η·∂L/∂w,  b ← b − η·∂L/∂b
      s.weightsAfter = s.weights - learningRate * s.gradWeights;
      s.biasAfter = s.bias - learningRate * s.gradBias;
      break;
    }
    case LayerType::Add: // refused above: a graph is not written
    case LayerType::Concat:
    case LayerType::Conv2d: // refused above: image layers are not written
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d:
    case LayerType::Flatten: break;
    case LayerType::Dropout:
      // the identity in inference: ∂L/∂x = ∂L/∂output
      s.delta = g.row(0).transpose();
      break;
    case LayerType::BatchNorm: {
      s.delta = g.row(0).transpose();
      const Eigen::ArrayXd invStd = (s.variance.array() + spec.epsilon).rsqrt();
      const Eigen::ArrayXd xhat = (s.input - s.mean).array() * invStd;
      // ∂L/∂γ = ∂L/∂y ⊙ x̂,  ∂L/∂β = ∂L/∂y
      s.gradGamma = (s.delta.array() * xhat).matrix();
      s.gradBeta = s.delta;
      // ∂L/∂x = ∂L/∂y ⊙ γ / √(σ² + ε)   (the statistics are constants in inference)
      g = (s.delta.array() * s.gamma.array() * invStd).matrix().transpose();
      // γ ← γ − η·∂L/∂γ,  β ← β − η·∂L/∂β
      s.gammaAfter = s.gamma - learningRate * s.gradGamma;
      s.betaAfter = s.beta - learningRate * s.gradBeta;
      break;
    }
    }
  }

  if (optimizer != nullptr) {
    t.optimizer = optimizer->name;
    if (previewsOptimizer(*optimizer)) previewOptimizer(*optimizer, t.layers);
  }
  return t;
}

NetworkD StepExplainer::projectNetwork(const Project& project, const PreparedData& data) {
  const int inputs = static_cast<int>(data.train.featureCount());
  // The initial weights exactly as a run draws them: Trainer builds its float network from
  // Rng(training.seed).
  Rng rng(project.training.seed);
  const Network initial(project.network, inputs, rng);
  NetworkD net = initial.convert<double>();
  // A trained model that fits is what a run continues from (ProjectRun); its values as the file holds them.
  if (project.model && ProjectData::modelFits(*project.model, project.network, inputs))
    net.setParams(project.model->params);
  return net;
}

Result<StepTrace> StepExplainer::traceProject(const Project& project, const std::filesystem::path& projectDir,
                                              int sample) {
  Result<PreparedData> data = ProjectData::prepare(project, projectDir);
  if (!data.ok()) return {{}, std::move(data.error)};
  return traceProject(project, data.value, sample);
}

Result<StepTrace> StepExplainer::traceProject(const Project& project, const PreparedData& data, int sample) {
  Result<StepTrace> r;
  if (project.network.isGraph()) { // the stages follow a straight stack, layer after layer
    r.error.code = ErrorCode::UnsupportedInCode;
    r.error.detail = "graph";
    return r;
  }
  for (const LayerSpec& l : project.network.layers)
    if (needsImage(l.type) || l.type == LayerType::Flatten) { // the stages are written for flat layers
      r.error.code = ErrorCode::UnsupportedInCode;
      r.error.detail = "image";
      return r;
    }
  const RunRefusal refusal = ProjectRun::check(project, data);
  if (refusal.kind == RunRefusalKind::Network) {
    r.error.code = ErrorCode::BadValue;
    r.error.jsonPath = "network";
    const int index =
        refusal.diagnostics.empty() ? -1 : project.network.indexOf(refusal.diagnostics[0].layer);
    if (index >= 0) r.error.detail = "layers[" + std::to_string(index) + "]";
    return r;
  }
  if (refusal.refused()) {
    r.error = refusal.error;
    return r;
  }
  const Eigen::Index samples = data.train.samples();
  if (sample < 0 || sample >= samples) {
    r.error.code = ErrorCode::SampleOutOfRange;
    r.error.actual = sample;
    r.error.expected = samples;
    return r;
  }
  const NetworkD net = projectNetwork(project, data);
  const MatrixD y = targetMatrix<double>(data.train, net.outputs());
  const Eigen::RowVectorXd x = data.train.features.row(sample);
  const Eigen::RowVectorXd target = y.row(sample);
  r.value = trace(net, x, target, project.training.loss, project.training.optimizer.learningRate,
                  &project.training.optimizer);
  r.value.sample = sample;
  return r;
}

} // namespace neurona
