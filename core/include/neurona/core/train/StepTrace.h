#pragma once
// One training step on one sample, explained: every layer's input, pre-activation, output, ∂L/∂z, the
// gradients of its parameters and the values after one plain SGD step, in double precision, for teaching
// ("glass box", issue #22). The GUI shows it; `neurona-cli step` prints it.
//
//   StepTrace t = StepExplainer::trace(net, x, y, LossKind::Bce, 0.1);
//   t.layers[0].gradWeights      // ∂L/∂W of the first layer, inputs × units as model files store W
//
// The step is taken in inference mode (dropout is the identity, batchnorm uses its running statistics),
// so that it explains the network as it predicts; the data loss only (no L1/L2, no clipping).
#include "neurona/core/Error.h"
#include "neurona/core/graph/Kinds.h"
#include "neurona/core/io/Project.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/nn/Network.h"
#include "neurona/core/optim/OptimizerConfig.h"

#include <Eigen/Core>

#include <filesystem>
#include <string>
#include <vector>

namespace neurona {

struct LayerStep {
  LayerId id = kNoLayer;
  std::string name;                                   // "L1", "L2", ... by position in the spec (1-based)
  LayerType type = LayerType::Dense;                  // Dense, Dropout, BatchNorm
  ActivationKind activation = ActivationKind::Linear; // dense only (else Linear)
  Eigen::VectorXd input;                              // what the layer received
  Eigen::VectorXd z;                                  // dense: x·W + b (empty for the others)
  Eigen::VectorXd a;                                  // the layer's output (dense: f(z))
  Eigen::VectorXd delta;                              // dense: ∂L/∂z; the others: ∂L/∂output
  Eigen::MatrixXd weights, gradWeights, weightsAfter; // dense: inputs × units (rows = inputs)
  Eigen::VectorXd bias, gradBias, biasAfter;          // dense: units
  // batchnorm: the running statistics used (inference), the scale and shift, their gradients and the
  // values after the step
  Eigen::VectorXd mean, variance, gamma, beta, gradGamma, gradBeta, gammaAfter, betaAfter;
  // The project's optimizer applied once, from fresh state, to this step's gradients of a dense layer
  // (empty for plain SGD without momentum): its state after the step and the values it gives.
  //   adam/adamw: optimizerM = m, optimizerV = v;  rmsprop: optimizerV = square average (and optimizerM
  //   its momentum buffer when momentum > 0);  sgd with momentum: optimizerM = velocity;
  //   adagrad: optimizerV = accumulated squares.
  // optimizerStepW = weights − optimizerWeightsAfter: what the optimizer subtracted.
  Eigen::MatrixXd optimizerM, optimizerV, optimizerStepW, optimizerWeightsAfter; // same shape as weights
  Eigen::VectorXd optimizerMBias, optimizerVBias, optimizerStepBias, optimizerBiasAfter;
};

struct StepTrace {
  int sample = 0;
  Eigen::VectorXd inputs; // network inputs after transforms and preprocessing
  Eigen::VectorXd target; // the target row as the trainer uses it (one-hot for softmax)
  Eigen::VectorXd output; // network output
  double loss = 0.0;      // data loss of this sample (no L1/L2)
  LossKind lossKind = LossKind::Mse;
  double learningRate = 0.0;
  std::string optimizer; // the optimizer of the preview ("" when none was given)
  std::vector<LayerStep> layers;
};

class StepExplainer {
public:
  // The trace of one plain-SGD step of `net` on sample x (1 × inputs) with target y (1 × outputs), loss,
  // learning rate η: forward in inference mode, backward, w_after = w − η·∂L/∂w. When `optimizer` is
  // given and is not plain SGD without momentum, also the optimizer's first step from fresh state, made
  // by the real optimizer classes (core/optim) on the same gradients.
  // Preconditions (std::invalid_argument): x has net.inputs() columns, y net.outputs(); a fused loss
  // (bce, cce) has its activation on the last layer (Trainer::check); a known optimizer name; no image
  // layer (conv2d, pools, flatten).
  static StepTrace trace(const NetworkD& net, const Eigen::Ref<const Eigen::RowVectorXd>& x,
                         const Eigen::Ref<const Eigen::RowVectorXd>& y, LossKind loss, double learningRate,
                         const OptimizerConfig* optimizer = nullptr);

  // For a project: sample K (0-based) of the training rows after split and preprocessing (as
  // ProjectData::prepare gives them), on the project's trained model when it has one that fits, else on
  // the initial weights a run would draw from the project's seed; the project's learning rate and
  // optimizer. Errors: the data's (ProjectData::prepare); an invalid network (BadValue at "network", the
  // first refused layer in detail as "layers[i]"); Trainer::check's refusal; SampleOutOfRange (actual =
  // K, expected = the number of training samples).
  static Result<StepTrace> traceProject(const Project& project, const std::filesystem::path& projectDir,
                                        int sample);
  // The same from data already prepared for this project.
  static Result<StepTrace> traceProject(const Project& project, const PreparedData& data, int sample);

  // The network a step of this project is explained on (see traceProject); the data must be the
  // project's and the network valid for it.
  static NetworkD projectNetwork(const Project& project, const PreparedData& data);
};

} // namespace neurona
