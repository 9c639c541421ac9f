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

// The file key of the first parameter of `schedule`'s kind that is out of range, or empty when all are
// valid: gamma finite and > 0 (step, exponential), step_size >= 1, T_max >= 1, eta_min finite and >= 0
// (cosine). Out of range, the learning rate would turn negative, infinite or undefined.
std::string_view badScheduleParameter(const ScheduleConfig& schedule);
// The value of that parameter (0 for an empty key).
double scheduleParameter(const ScheduleConfig& schedule, std::string_view key);

// The learning rate of epoch `epoch` (0-based) for base rate `baseLr`.
double scheduledLearningRate(const ScheduleConfig& schedule, double baseLr, int epoch);

} // namespace neurona
