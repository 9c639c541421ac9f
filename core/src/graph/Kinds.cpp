#include "neurona/core/graph/Kinds.h"

#include <array>
#include <utility>

namespace neurona {
namespace {

template <class E, std::size_t N>
std::string_view nameOf(const std::array<std::pair<E, std::string_view>, N>& table, E v) {
  for (const auto& [kind, name] : table)
    if (kind == v) return name;
  return {};
}

template <class E, std::size_t N>
std::optional<E> kindOf(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view s) {
  for (const auto& [kind, name] : table)
    if (name == s) return kind;
  return std::nullopt;
}

constexpr std::array<std::pair<LayerType, std::string_view>, 9> kLayerNames{
    {{LayerType::Dense, "dense"},
     {LayerType::Dropout, "dropout"},
     {LayerType::BatchNorm, "batchnorm"},
     {LayerType::Add, "add"},
     {LayerType::Concat, "concat"},
     {LayerType::Conv2d, "conv2d"},
     {LayerType::MaxPool2d, "maxpool2d"},
     {LayerType::AvgPool2d, "avgpool2d"},
     {LayerType::Flatten, "flatten"}}};

constexpr std::array<std::pair<PaddingKind, std::string_view>, 2> kPaddingNames{
    {{PaddingKind::Valid, "valid"}, {PaddingKind::Same, "same"}}};

constexpr std::array<std::pair<ActivationKind, std::string_view>, 11> kActivationNames{
    {{ActivationKind::Linear, "linear"},
     {ActivationKind::Sigmoid, "sigmoid"},
     {ActivationKind::Tanh, "tanh"},
     {ActivationKind::Relu, "relu"},
     {ActivationKind::LeakyRelu, "leaky_relu"},
     {ActivationKind::Elu, "elu"},
     {ActivationKind::Selu, "selu"},
     {ActivationKind::Gelu, "gelu"},
     {ActivationKind::Swish, "swish"},
     {ActivationKind::Softplus, "softplus"},
     {ActivationKind::Softmax, "softmax"}}};

constexpr std::array<std::pair<InitKind, std::string_view>, 6> kInitNames{
    {{InitKind::Uniform, "uniform"},
     {InitKind::GlorotUniform, "glorot_uniform"},
     {InitKind::GlorotNormal, "glorot_normal"},
     {InitKind::HeUniform, "he_uniform"},
     {InitKind::HeNormal, "he_normal"},
     {InitKind::Zeros, "zeros"}}};

constexpr std::array<std::pair<LossKind, std::string_view>, 5> kLossNames{{{LossKind::Mse, "mse"},
                                                                           {LossKind::Mae, "mae"},
                                                                           {LossKind::Huber, "huber"},
                                                                           {LossKind::Bce, "bce"},
                                                                           {LossKind::Cce, "cce"}}};

constexpr std::array<std::pair<TaskKind, std::string_view>, 3> kTaskNames{
    {{TaskKind::BinaryClassification, "binary-classification"},
     {TaskKind::MulticlassClassification, "multiclass-classification"},
     {TaskKind::Regression, "regression"}}};

template <class E, std::size_t N>
constexpr std::array<E, N> kindsOf(const std::array<std::pair<E, std::string_view>, N>& table) {
  std::array<E, N> out{};
  for (std::size_t i = 0; i < N; ++i) out[i] = table[i].first;
  return out;
}

constexpr auto kActivations = kindsOf(kActivationNames);
constexpr auto kInits = kindsOf(kInitNames);
constexpr auto kLosses = kindsOf(kLossNames);

} // namespace

std::string_view toString(LayerType v) { return nameOf(kLayerNames, v); }
bool isMerge(LayerType v) { return v == LayerType::Add || v == LayerType::Concat; }
bool needsImage(LayerType v) { return v == LayerType::Conv2d || isPool(v); }
bool isPool(LayerType v) { return v == LayerType::MaxPool2d || v == LayerType::AvgPool2d; }
std::string_view toString(ActivationKind v) { return nameOf(kActivationNames, v); }
std::string_view toString(InitKind v) { return nameOf(kInitNames, v); }
std::string_view toString(LossKind v) { return nameOf(kLossNames, v); }
std::string_view toString(TaskKind v) { return nameOf(kTaskNames, v); }
std::string_view toString(PaddingKind v) { return nameOf(kPaddingNames, v); }

std::optional<LayerType> layerTypeFromString(std::string_view s) { return kindOf(kLayerNames, s); }
std::optional<ActivationKind> activationFromString(std::string_view s) { return kindOf(kActivationNames, s); }
std::optional<InitKind> initFromString(std::string_view s) { return kindOf(kInitNames, s); }
std::optional<LossKind> lossFromString(std::string_view s) { return kindOf(kLossNames, s); }
std::optional<TaskKind> taskFromString(std::string_view s) { return kindOf(kTaskNames, s); }
std::optional<PaddingKind> paddingFromString(std::string_view s) { return kindOf(kPaddingNames, s); }

std::span<const ActivationKind> allActivations() { return kActivations; }
std::span<const InitKind> allInits() { return kInits; }
std::span<const LossKind> allLosses() { return kLosses; }

double defaultActivationAlpha(ActivationKind v) {
  switch (v) {
  case ActivationKind::LeakyRelu: return 0.01;
  case ActivationKind::Elu: return 1.0;
  default: return 0.0;
  }
}

bool isClassification(TaskKind t) { return t != TaskKind::Regression; }

} // namespace neurona
