#include "neurona/core/optim/OptimizerConfig.h"

#include <array>

namespace neurona {

namespace {
constexpr std::array<std::string_view, 5> kNames = {"sgd", "adam", "adamw", "rmsprop", "adagrad"};
}

std::span<const std::string_view> optimizerNames() { return kNames; }

bool isOptimizerName(std::string_view name) {
  for (std::string_view n : kNames)
    if (n == name) return true;
  return false;
}

std::optional<OptimizerConfig> OptimizerConfig::defaults(std::string_view name) {
  if (!isOptimizerName(name)) return std::nullopt;
  OptimizerConfig c;
  c.name = std::string(name);
  if (name == "sgd") {
    c.learningRate = 0.01;
  } else if (name == "adam") {
    c.learningRate = 1e-3;
  } else if (name == "adamw") {
    c.learningRate = 1e-3;
    c.weightDecay = 1e-2;
  } else if (name == "rmsprop") {
    c.learningRate = 1e-2;
  } else if (name == "adagrad") {
    c.learningRate = 1e-2;
    c.eps = 1e-10;
  }
  return c;
}

} // namespace neurona
