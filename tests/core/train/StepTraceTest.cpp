// StepExplainer: one explained SGD step. Every gradient is checked against finite differences of the
// network's own inference loss (not the explainer's code), the step against w − η·g, and the optimizer
// preview against a real optimizer stepping the network's own parameter slots.
#include "neurona/core/train/StepTrace.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/nn/Loss.h"
#include "neurona/core/optim/Optimizer.h"
#include "neurona/core/train/Metrics.h"
#include "neurona/core/train/Trainer.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

namespace neurona {
namespace {

LayerSpec dense(int units, ActivationKind activation) {
  LayerSpec l;
  l.type = LayerType::Dense;
  l.units = units;
  l.activation = activation;
  return l;
}

LayerSpec dropout(double rate) {
  LayerSpec l;
  l.type = LayerType::Dropout;
  l.rate = rate;
  return l;
}

LayerSpec batchNorm() {
  LayerSpec l;
  l.type = LayerType::BatchNorm;
  l.epsilon = 1e-3;
  return l;
}

// A network with random weights and batchnorm values that are not the identity (running mean ≠ 0,
// variance ≠ 1, γ ≠ 1, β ≠ 0), so that every term of the batchnorm maths shows.
NetworkD randomNetwork(const std::vector<LayerSpec>& layers, int inputs, std::uint64_t seed) {
  NetworkSpec spec;
  for (const LayerSpec& l : layers) spec.append(l);
  Rng rng(seed);
  NetworkD net(spec, inputs, rng);
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  ModelParams p = net.params();
  for (LayerParams& l : p) {
    for (Eigen::Index i = 0; i < l.bias.size(); ++i) l.bias(i) = 0.3 * u(rng);
    for (Eigen::Index i = 0; i < l.gamma.size(); ++i) {
      l.gamma(i) = 1.0 + 0.5 * u(rng);
      l.beta(i) = 0.4 * u(rng);
      l.runningMean(i) = 0.3 * u(rng);
      l.runningVar(i) = 1.0 + 0.8 * u(rng);
    }
  }
  EXPECT_TRUE(net.setParams(p));
  return net;
}

// The data loss of the network's own inference path (predictWithLogits, then the loss function).
double inferenceLoss(const NetworkD& net, const Eigen::RowVectorXd& x, const Eigen::RowVectorXd& y,
                     LossKind loss) {
  MatrixD logits, out;
  NetworkWorkspace<double> ws;
  net.predictWithLogits(MatrixD(x), logits, out, ws);
  return lossValue<double>(loss, logits, out, MatrixD(y));
}

// ∂L/∂θ by the fourth-order central difference, θ picked by `value` out of a copy of the parameters.
template <class Pick>
double numericGradient(const NetworkD& net, const Eigen::RowVectorXd& x, const Eigen::RowVectorXd& y,
                       LossKind loss, Pick value) {
  const double h = 1e-5;
  NetworkD probe = net;
  const ModelParams base = net.params();
  const auto at = [&](double d) {
    ModelParams p = base;
    value(p) += d;
    probe.setParams(p);
    return inferenceLoss(probe, x, y, loss);
  };
  return (8.0 * (at(h) - at(-h)) - (at(2 * h) - at(-2 * h))) / (12.0 * h);
}

void expectClose(double analytic, double numeric, const std::string& what) {
  EXPECT_NEAR(analytic, numeric, 1e-7 * std::max(1.0, std::abs(numeric))) << what;
}

// Every gradient entry of every layer against finite differences; the output and loss against the
// network's own prediction; the step against w − η·g.
void checkTrace(const NetworkD& net, const Eigen::RowVectorXd& x, const Eigen::RowVectorXd& y,
                LossKind loss) {
  const double eta = 0.25;
  const StepTrace t = StepExplainer::trace(net, x, y, loss, eta);
  ASSERT_EQ(static_cast<int>(t.layers.size()), net.layerCount());
  MatrixD predicted;
  net.predict(MatrixD(x), predicted);
  EXPECT_LT((t.output - predicted.row(0).transpose()).cwiseAbs().maxCoeff(), 1e-12);
  EXPECT_NEAR(t.loss, inferenceLoss(net, x, y, loss), 1e-12);
  EXPECT_TRUE(t.optimizer.empty());
  for (std::size_t i = 0; i < t.layers.size(); ++i) {
    const LayerStep& l = t.layers[i];
    SCOPED_TRACE(l.name);
    EXPECT_EQ(l.name, "L" + std::to_string(i + 1));
    EXPECT_EQ(l.id, net.layer(static_cast<int>(i)).id());
    // each layer's input is the previous one's output
    if (i > 0) {
      EXPECT_EQ(l.input, t.layers[i - 1].a);
    }
    if (l.type == LayerType::Dense) {
      ASSERT_EQ(l.gradWeights.rows(), l.input.size());
      ASSERT_EQ(l.gradWeights.cols(), l.a.size());
      for (Eigen::Index r = 0; r < l.gradWeights.rows(); ++r)
        for (Eigen::Index c = 0; c < l.gradWeights.cols(); ++c)
          expectClose(
              l.gradWeights(r, c),
              numericGradient(net, x, y, loss, [&](ModelParams& p) -> double& { return p[i].weights(r, c); }),
              "dW(" + std::to_string(r) + "," + std::to_string(c) + ")");
      for (Eigen::Index c = 0; c < l.gradBias.size(); ++c)
        expectClose(l.gradBias(c),
                    numericGradient(net, x, y, loss, [&](ModelParams& p) -> double& { return p[i].bias(c); }),
                    "db(" + std::to_string(c) + ")");
      // ∂L/∂b is ∂L/∂z for a single sample
      EXPECT_EQ(l.gradBias, l.delta);
      EXPECT_EQ(l.weightsAfter, MatrixD(l.weights - eta * l.gradWeights));
      EXPECT_EQ(l.biasAfter, VectorD(l.bias - eta * l.gradBias));
    } else if (l.type == LayerType::BatchNorm) {
      for (Eigen::Index c = 0; c < l.gradGamma.size(); ++c) {
        expectClose(
            l.gradGamma(c),
            numericGradient(net, x, y, loss, [&](ModelParams& p) -> double& { return p[i].gamma(c); }),
            "dgamma(" + std::to_string(c) + ")");
        expectClose(l.gradBeta(c),
                    numericGradient(net, x, y, loss, [&](ModelParams& p) -> double& { return p[i].beta(c); }),
                    "dbeta(" + std::to_string(c) + ")");
      }
      EXPECT_EQ(l.gammaAfter, VectorD(l.gamma - eta * l.gradGamma));
    } else {
      EXPECT_EQ(l.a, l.input); // dropout is the identity in inference
      // ∂L/∂output of the dropout is ∂L/∂x of the next layer: W·δ for a dense one
      const LayerStep& next = t.layers[i + 1];
      if (next.type == LayerType::Dense) {
        const VectorD back = next.weights * next.delta;
        EXPECT_LT((l.delta - back).cwiseAbs().maxCoeff(), 1e-14);
      }
    }
  }
}

TEST(StepTrace, MseLinearOutputWithTanhDropoutAndBatchNorm) {
  const NetworkD net = randomNetwork(
      {dense(3, ActivationKind::Tanh), dropout(0.3), batchNorm(), dense(2, ActivationKind::Linear)}, 2, 11);
  checkTrace(net, Eigen::RowVectorXd{{0.7, -1.2}}, Eigen::RowVectorXd{{0.5, -0.25}}, LossKind::Mse);
}

TEST(StepTrace, BceSigmoidOutputWithReluBatchNormAndDropout) {
  const NetworkD net = randomNetwork({dense(4, ActivationKind::Relu), batchNorm(), dropout(0.5),
                                      dense(3, ActivationKind::Tanh), dense(1, ActivationKind::Sigmoid)},
                                     3, 12);
  const Eigen::RowVectorXd x{{0.9, -0.4, 1.3}};
  checkTrace(net, x, Eigen::RowVectorXd{{1.0}}, LossKind::Bce);
  checkTrace(net, x, Eigen::RowVectorXd{{0.0}}, LossKind::Bce);
  // fused: δ = a − y at the output
  const StepTrace t = StepExplainer::trace(net, x, Eigen::RowVectorXd{{1.0}}, LossKind::Bce, 0.1);
  EXPECT_NEAR(t.layers.back().delta(0), t.output(0) - 1.0, 1e-15);
}

TEST(StepTrace, CceSoftmaxOutputWithTanhReluDropoutAndBatchNorm) {
  const NetworkD net =
      randomNetwork({dense(5, ActivationKind::Tanh), dropout(0.2), dense(4, ActivationKind::Relu),
                     batchNorm(), dense(3, ActivationKind::Softmax)},
                    2, 13);
  const Eigen::RowVectorXd x{{-0.3, 0.8}}, y{{0.0, 0.0, 1.0}};
  checkTrace(net, x, y, LossKind::Cce);
  const StepTrace t = StepExplainer::trace(net, x, y, LossKind::Cce, 0.1);
  EXPECT_LT((t.layers.back().delta - (t.output - y.transpose())).cwiseAbs().maxCoeff(), 1e-15);
  EXPECT_NEAR(t.output.sum(), 1.0, 1e-15);
  EXPECT_NEAR(t.loss, -std::log(t.output(2)), 1e-12);
}

TEST(StepTrace, NonFusedLossesGoThroughTheActivation) {
  // mse on a sigmoid output and huber on a softmax one: δ = f'(z) ⊙ ∂L/∂a
  const NetworkD sigmoid =
      randomNetwork({dense(3, ActivationKind::Relu), dense(1, ActivationKind::Sigmoid)}, 2, 14);
  checkTrace(sigmoid, Eigen::RowVectorXd{{0.2, 0.6}}, Eigen::RowVectorXd{{1.0}}, LossKind::Mse);
  const NetworkD softmax =
      randomNetwork({dense(3, ActivationKind::Tanh), dense(3, ActivationKind::Softmax)}, 2, 15);
  checkTrace(softmax, Eigen::RowVectorXd{{0.2, 0.6}}, Eigen::RowVectorXd{{0.0, 1.0, 0.0}}, LossKind::Huber);
}

TEST(StepTrace, AdamPreviewIsOneRealAdamStepOnTheSameGradients) {
  const NetworkD net =
      randomNetwork({dense(4, ActivationKind::Tanh), batchNorm(), dense(2, ActivationKind::Linear)}, 2, 16);
  const Eigen::RowVectorXd x{{0.5, -0.7}}, y{{1.0, 0.0}};
  OptimizerConfig adam = *OptimizerConfig::defaults("adam");
  adam.learningRate = 0.01;
  const StepTrace t = StepExplainer::trace(net, x, y, LossKind::Mse, 0.1, &adam);
  EXPECT_EQ(t.optimizer, "adam");

  // A real Adam stepping the network's own slots, their gradients set to the trace's.
  NetworkD stepped = net;
  std::vector<const VectorD*> grads;
  std::vector<VectorD> flat;
  for (const LayerStep& l : t.layers) {
    if (l.type == LayerType::Dense) {
      flat.emplace_back(Eigen::Map<const VectorD>(l.gradWeights.data(), l.gradWeights.size()));
      flat.push_back(l.gradBias);
    } else if (l.type == LayerType::BatchNorm) {
      flat.push_back(l.gradGamma);
      flat.push_back(l.gradBeta);
    }
  }
  std::span<const ParamSlot<double>> slots = stepped.paramSlots();
  ASSERT_EQ(slots.size(), flat.size());
  for (std::size_t s = 0; s < slots.size(); ++s) Eigen::Map<VectorD>(slots[s].grad, slots[s].size) = flat[s];
  std::unique_ptr<BasicOptimizer<double>> real = makeOptimizer<double>(adam);
  ASSERT_TRUE(real->step(slots));
  const ModelParams after = stepped.params();

  for (std::size_t i = 0; i < t.layers.size(); ++i) {
    const LayerStep& l = t.layers[i];
    SCOPED_TRACE(l.name);
    if (l.type != LayerType::Dense) {
      EXPECT_EQ(l.optimizerWeightsAfter.size(), 0);
      continue;
    }
    EXPECT_LT((l.optimizerWeightsAfter - after[i].weights).cwiseAbs().maxCoeff(), 1e-15);
    EXPECT_LT((l.optimizerBiasAfter - after[i].bias).cwiseAbs().maxCoeff(), 1e-15);
    // Adam's first step from zero moments: m = (1 − β1)·g, v = (1 − β2)·g², and the bias-corrected step
    // lr·m̂/(√v̂ + ε) = lr·g/(|g| + ε)
    EXPECT_LT((l.optimizerM - (1 - adam.beta1) * l.gradWeights).cwiseAbs().maxCoeff(), 1e-15);
    EXPECT_LT((l.optimizerV - (1 - adam.beta2) * l.gradWeights.cwiseAbs2()).cwiseAbs().maxCoeff(), 1e-15);
    EXPECT_LT((l.optimizerMBias - (1 - adam.beta1) * l.gradBias).cwiseAbs().maxCoeff(), 1e-15);
    const MatrixD expectedStep =
        (adam.learningRate * l.gradWeights.array() / (l.gradWeights.array().abs() + adam.eps)).matrix();
    EXPECT_LT((l.optimizerStepW - expectedStep).cwiseAbs().maxCoeff(), 1e-12);
    EXPECT_LT((l.optimizerStepW - (l.weights - l.optimizerWeightsAfter)).cwiseAbs().maxCoeff(), 1e-15);
    // the plain step is still the plain step
    EXPECT_EQ(l.weightsAfter, MatrixD(l.weights - 0.1 * l.gradWeights));
  }
}

TEST(StepTrace, MomentumSgdPreviewKeepsTheVelocityAndPlainSgdHasNoPreview) {
  const NetworkD net =
      randomNetwork({dense(3, ActivationKind::Tanh), dense(1, ActivationKind::Sigmoid)}, 2, 17);
  const Eigen::RowVectorXd x{{0.5, -0.7}}, y{{1.0}};
  OptimizerConfig sgd = *OptimizerConfig::defaults("sgd");
  sgd.learningRate = 0.2;
  const StepTrace plain = StepExplainer::trace(net, x, y, LossKind::Bce, 0.2, &sgd);
  for (const LayerStep& l : plain.layers) EXPECT_EQ(l.optimizerWeightsAfter.size(), 0);
  sgd.momentum = 0.9;
  const StepTrace momentum = StepExplainer::trace(net, x, y, LossKind::Bce, 0.2, &sgd);
  for (const LayerStep& l : momentum.layers) {
    // the first step's velocity is the gradient itself, so the step equals plain SGD's
    EXPECT_EQ(l.optimizerM, l.gradWeights);
    EXPECT_EQ(l.optimizerMBias, l.gradBias);
    EXPECT_LT((l.optimizerWeightsAfter - l.weightsAfter).cwiseAbs().maxCoeff(), 1e-15);
    EXPECT_EQ(l.optimizerV.size(), 0);
  }
  OptimizerConfig adagrad = *OptimizerConfig::defaults("adagrad");
  const StepTrace a = StepExplainer::trace(net, x, y, LossKind::Bce, 0.2, &adagrad);
  for (const LayerStep& l : a.layers)
    EXPECT_LT((l.optimizerV - l.gradWeights.cwiseAbs2()).cwiseAbs().maxCoeff(), 1e-15);
}

Project smallProject() {
  Project p = defaultProject();
  p.dataset.generator = "xor";
  p.dataset.samples = 60;
  p.dataset.noise = 0.05;
  p.dataset.seed = 4;
  p.preprocessing = PreprocessingKind::Standardize;
  p.network = {};
  p.network.append(dense(4, ActivationKind::Tanh));
  p.network.append(dense(1, ActivationKind::Sigmoid));
  p.training.loss = LossKind::Bce;
  p.training.optimizer = *OptimizerConfig::defaults("sgd");
  p.training.optimizer.learningRate = 0.3;
  p.training.seed = 9;
  return p;
}

TEST(StepTrace, ProjectSampleIsTheTrainingRowOnTheSeededInitialWeights) {
  const Project p = smallProject();
  const Result<PreparedData> data = ProjectData::prepare(p, ".");
  ASSERT_TRUE(data.ok());
  const Result<StepTrace> r = StepExplainer::traceProject(p, ".", 7);
  ASSERT_TRUE(r.ok()) << toString(r.error.code);
  const StepTrace& t = r.value;
  EXPECT_EQ(t.sample, 7);
  EXPECT_EQ(t.inputs, data.value.train.features.row(7).transpose());
  EXPECT_EQ(t.target(0), targetMatrix<double>(data.value.train, 1)(7, 0));
  EXPECT_EQ(t.learningRate, 0.3);
  // the weights a run starts from: the trainer's float network, drawn from the training seed
  Result<std::unique_ptr<Trainer>> trainer = Trainer::create(p.network, p.training, data.value.train);
  ASSERT_TRUE(trainer.ok());
  const ModelParams initial = trainer.value->params();
  EXPECT_EQ(t.layers[0].weights, initial[0].weights);
  EXPECT_EQ(t.layers[1].bias, initial[1].bias);
}

TEST(StepTrace, ProjectWithAFittingModelStepsFromTheModel) {
  Project p = smallProject();
  const Result<PreparedData> data = ProjectData::prepare(p, ".");
  ASSERT_TRUE(data.ok());
  Rng rng(3);
  NetworkD other(p.network, 2, rng);
  p.model = ProjectData::makeModel(p, data.value, other.params());
  const Result<StepTrace> r = StepExplainer::traceProject(p, ".", 0);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value.layers[0].weights, other.params()[0].weights);
}

TEST(StepTrace, SampleOutOfRangeIsAnErrorWithTheCount) {
  const Project p = smallProject();
  const Result<PreparedData> data = ProjectData::prepare(p, ".");
  ASSERT_TRUE(data.ok());
  const Eigen::Index n = data.value.train.samples();
  EXPECT_TRUE(StepExplainer::traceProject(p, data.value, static_cast<int>(n - 1)).ok());
  for (int bad : {static_cast<int>(n), -1}) {
    const Result<StepTrace> r = StepExplainer::traceProject(p, data.value, bad);
    EXPECT_EQ(r.error.code, ErrorCode::SampleOutOfRange);
    EXPECT_EQ(r.error.actual, bad);
    EXPECT_EQ(r.error.expected, n);
  }
  EXPECT_EQ(toString(ErrorCode::SampleOutOfRange), "sample-out-of-range");
}

TEST(StepTrace, InvalidNetworkIsRefused) {
  Project p = smallProject();
  p.network.layers[1].activation = ActivationKind::Relu; // bce needs a sigmoid output
  const Result<StepTrace> r = StepExplainer::traceProject(p, ".", 0);
  EXPECT_FALSE(r.ok());
}

} // namespace
} // namespace neurona
