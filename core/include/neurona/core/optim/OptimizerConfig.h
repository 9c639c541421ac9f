#pragma once
// Optimizer settings with PyTorch 1.13's names and defaults.
//   sgd:     lr (required in PyTorch; 0.01 here), momentum 0, dampening 0, nesterov false, weight_decay 0
//   adam:    lr 1e-3, betas (0.9, 0.999), eps 1e-8, weight_decay 0, amsgrad false
//   adamw:   lr 1e-3, betas (0.9, 0.999), eps 1e-8, weight_decay 1e-2, amsgrad false
//   rmsprop: lr 1e-2, alpha 0.99, eps 1e-8, weight_decay 0, momentum 0, centered false
//   adagrad: lr 1e-2, lr_decay 0, weight_decay 0, initial_accumulator_value 0, eps 1e-10
// Weight decay follows PyTorch: it applies to every parameter given to the optimizer (biases too);
// the trainer's l2 is the separate, weights-only penalty.
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace neurona {

struct OptimizerConfig {
  std::string name = "sgd"; // sgd, adam, adamw, rmsprop, adagrad
  double learningRate = 0.01;
  double momentum = 0.0;    // sgd, rmsprop
  double dampening = 0.0;   // sgd
  bool nesterov = false;    // sgd
  double weightDecay = 0.0;
  double beta1 = 0.9;       // adam, adamw
  double beta2 = 0.999;
  double eps = 1e-8;        // adam, adamw, rmsprop (adagrad's default is 1e-10)
  bool amsgrad = false;     // adam, adamw
  double alpha = 0.99;      // rmsprop smoothing constant
  bool centered = false;    // rmsprop
  double lrDecay = 0.0;     // adagrad
  double initialAccumulatorValue = 0.0; // adagrad

  // PyTorch's defaults for that optimizer; nullopt for an unknown name.
  static std::optional<OptimizerConfig> defaults(std::string_view name);
  bool operator==(const OptimizerConfig&) const = default;
};

std::span<const std::string_view> optimizerNames(); // sgd, adam, adamw, rmsprop, adagrad
bool isOptimizerName(std::string_view name);

} // namespace neurona
