#pragma once
// Validation of a network description against the data and task it will train on.
// Diagnostics are codes plus data (layer id, expected and actual values); the UI writes the sentences.
#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/graph/Shapes.h"

#include <cstdint>
#include <vector>

namespace neurona {

enum class DiagnosticCode {
  NoLayers,                 // the network has no dense output layer
  NoInputs,                 // expected: at least 1, actual: inputs
  ZeroUnits,                // layer with units < 1; actual: units
  TooManyUnits,             // expected: limit, actual: units (the UI adds the memory estimate)
  OutputSizeMismatch,       // output units do not fit the task; expected, actual: units
  OutputActivationMismatch, // output activation does not fit the task; actual: (int)ActivationKind
  LossActivationMismatch,   // loss does not fit the output activation; actual: (int)LossKind
  LossTaskMismatch,         // a classification loss on regression or the reverse; actual: (int)LossKind
  SoftmaxNotLast,           // softmax on a hidden layer
  DropoutOnOutput,          // dropout after the output layer
  DropoutRateOutOfRange,    // rate outside [0, 1); data holds nothing
  BatchNormAfterOutput,     // batchnorm after the output layer
  BadLayerParameter,        // momentum/epsilon/alpha/l1/l2 not finite or out of range
  NoHiddenLayer,            // warning: no hidden layer while the data is not linearly separable
  // From a training run's health measurement (LayerHealth::diagnose), not from validate():
  VanishingGradients, // warning: the layer's ‖∂L/∂W‖ is below 1/expected of the output layer's; actual: how
                      // many times smaller, rounded (at most 10^15), 0 when no gradient reaches it at all
  DeadUnits, // warning: more than half of a relu layer's units output 0 on every sample measured;
             // expected: the layer's units, actual: the dead ones
  // Graph networks (NetworkSpec::isGraph):
  GraphCycle,       // the layer reads a layer listed at or after it (a cycle); actual: that layer's id
  MissingInput,     // the layer reads a layer that is not in the network; actual: the missing id
  DuplicateName,    // another layer before it has the same name
  AddWidthMismatch, // an add layer's inputs differ in width; expected: the first input's, actual: the other's
  UnconnectedLayer, // the layer reads nothing, or nothing reads it and it is not the output
  MergeNeedsTwoInputs, // an add or concat layer reads fewer than 2; actual: how many
  TooManyInputs,       // a dense, dropout or batchnorm layer reads more than 1; actual: how many
  OutputNotDense,      // the last layer of a graph (its output) is not a dense layer
  // Image networks (conv2d, pools, flatten; NetworkSpec::inputShape):
  InputShapeMismatch, // the input shape [H, W, C] does not hold the data's features; expected: the data's
                      // inputs, actual: H·W·C (0 when a dimension is below 1)
  NeedsImageInput, // a conv2d or pool layer reads flat values (no input shape, or after a flatten or dense)
  BadWindowSize,   // a conv2d's kernel, a pool's size or a stride is below 1; actual: the smallest of them
  WindowLargerThanInput, // the kernel or pool does not fit its (unpadded) input; expected: the input's height
                         // or width, actual: the window's size along it
  DenseReadsImage,       // a dense layer reads an image; a flatten layer must come first
};

enum class Severity { Error, Warning };

struct Diagnostic {
  DiagnosticCode code;
  Severity severity = Severity::Error;
  LayerId layer = kNoLayer;
  std::int64_t expected = 0;
  std::int64_t actual = 0;
  bool operator==(const Diagnostic&) const = default;
};

struct ValidationContext {
  int inputs = 2;
  TaskKind task = TaskKind::BinaryClassification;
  int classes = 2; // for classification
  LossKind loss = LossKind::Bce;
  bool linearlySeparable = true; // false turns a network without hidden layer into a warning
  // Regression: the K target columns, the output's width (last, so that positional initialisers of the
  // fields above keep their meaning).
  int targets = 1;
};

// Largest units a dense layer (or filters a conv2d layer) may have: beyond it the memory estimate is reported
// instead.
inline constexpr int kMaxUnits = 4096;

struct LayerShape {
  LayerId id = kNoLayer;
  int inputs = 0;          // width entering the layer
  int outputs = 0;         // width leaving it
  std::int64_t params = 0; // trainable parameters (batchnorm: gamma and beta; conv2d: kernel and bias)
  TensorShape inputShape;  // the shapes behind inputs and outputs (images: [H, W, C])
  TensorShape outputShape;
};

struct NetworkSummary {
  std::vector<LayerShape> layers; // in the order of the spec
  std::int64_t totalParams = 0;
};

std::vector<Diagnostic> validate(const NetworkSpec& spec, const ValidationContext& ctx);
bool hasErrors(const std::vector<Diagnostic>& diagnostics);
// inputs: the data's features (the spec's inputShape, when set, gives the image instead).
NetworkSummary summarize(const NetworkSpec& spec, int inputs);

// Roughly how many bytes training this network takes: each parameter in float with its gradient and two
// optimizer moments, plus a double copy for snapshots and files (24 bytes), and for each of `rows`
// samples pushed through at once (a batch, the data set the metrics see, or the boundary plot's grid)
// every layer's output, pre-activation and gradient in float (12 bytes a unit), and a conv2d's patches and
// their gradient (8 bytes a patch value). Saturates at INT64_MAX. It is what a refusal of TooManyUnits
// quotes, so that "too many" comes with a size one can judge.
std::int64_t estimateMemoryBytes(const NetworkSpec& spec, int inputs, std::int64_t rows);

// The most estimateMemoryBytes may be for a training run (Trainer::check refuses more with
// NetworkTooLarge): 2 GiB, several times what any lesson or example needs, and less than the memory of
// a student's laptop, so that a network from a file is refused with its size rather than ending the
// program when an allocation fails.
inline constexpr std::int64_t kMaxTrainingMemoryBytes = std::int64_t{2} << 30;

} // namespace neurona
