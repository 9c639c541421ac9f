#pragma once
// Learning-rate schedules, stepped once per epoch as PyTorch's lr_scheduler (closed forms):
//   constant:    lr_e = lr
//   step:        lr_e = lr · γ^⌊e / stepSize⌋                       (StepLR)
//   exponential: lr_e = lr · γ^e                                     (ExponentialLR)
//   cosine:      lr_e = ηmin + (lr − ηmin)·(1 + cos(π e / tMax)) / 2 (CosineAnnealingLR)
// e is the 0-based epoch.
#include <optional>
#include <string_view>

namespace neurona {

enum class ScheduleKind { Constant, Step, Exponential, Cosine };

std::string_view toString(ScheduleKind k); // "constant", "step", "exponential", "cosine"
std::optional<ScheduleKind> scheduleFromString(std::string_view s);

struct ScheduleConfig {
  ScheduleKind kind = ScheduleKind::Constant;
  int stepSize = 10;   // step
  double gamma = 0.1;  // step, exponential
  int tMax = 100;      // cosine
  double etaMin = 0.0; // cosine
  bool operator==(const ScheduleConfig&) const = default;
};

// The learning rate of epoch `epoch` (0-based) for base rate `baseLr`.
double scheduledLearningRate(const ScheduleConfig& schedule, double baseLr, int epoch);

} // namespace neurona
