#pragma once
// The enumerations that name the parts of a network and of a training run, with their file/CLI names.
// Names are a contract with project files, model files and neurona-cli: never rename one.
#include <optional>
#include <span>
#include <string_view>

namespace neurona {

// Add and Concat merge two or more inputs (graph networks): element-wise sum of equal widths, or the
// features side by side in the order of the layer's inputs; both then apply their activation.
// Conv2d, MaxPool2d and AvgPool2d read and write images [height, width, channels], flattened channels-last
// (feature (h·W + w)·C + c); Flatten ends the image shape without moving a value.
enum class LayerType { Dense, Dropout, BatchNorm, Add, Concat, Conv2d, MaxPool2d, AvgPool2d, Flatten };

// Whether a layer of this type merges several inputs (Add, Concat); the others read exactly one.
bool isMerge(LayerType v);
// Whether a layer of this type needs an image input (Conv2d, MaxPool2d, AvgPool2d).
bool needsImage(LayerType v);
// Whether a layer of this type is a pooling layer (MaxPool2d, AvgPool2d).
bool isPool(LayerType v);

// How a convolution or pooling window treats the border (as TensorFlow and Keras): valid keeps only
// windows inside the image; same pads so that the output is ceil(input / stride) wide.
enum class PaddingKind { Valid, Same };

enum class ActivationKind {
  Linear,
  Sigmoid,
  Tanh,
  Relu,
  LeakyRelu,
  Elu,
  Selu,
  Gelu,
  Swish,
  Softplus,
  Softmax
};

enum class InitKind { Uniform, GlorotUniform, GlorotNormal, HeUniform, HeNormal, Zeros };

enum class LossKind { Mse, Mae, Huber, Bce, Cce };

enum class TaskKind { BinaryClassification, MulticlassClassification, Regression };

std::string_view toString(LayerType v);
std::string_view toString(ActivationKind v);
std::string_view toString(InitKind v);
std::string_view toString(LossKind v);
std::string_view toString(TaskKind v);
std::string_view toString(PaddingKind v);

std::optional<LayerType> layerTypeFromString(std::string_view s);
std::optional<ActivationKind> activationFromString(std::string_view s);
std::optional<InitKind> initFromString(std::string_view s);
std::optional<LossKind> lossFromString(std::string_view s);
std::optional<TaskKind> taskFromString(std::string_view s);
std::optional<PaddingKind> paddingFromString(std::string_view s);

std::span<const ActivationKind> allActivations();
std::span<const InitKind> allInits();
std::span<const LossKind> allLosses();

// Default alpha of the parametric activations (leaky_relu 0.01, elu 1); 0 for the others.
double defaultActivationAlpha(ActivationKind v);

bool isClassification(TaskKind t);

} // namespace neurona
