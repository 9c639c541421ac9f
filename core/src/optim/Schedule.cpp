#include "neurona/core/optim/Schedule.h"

#include <cmath>
#include <numbers>

namespace neurona {

std::string_view toString(ScheduleKind k) {
  switch (k) {
  case ScheduleKind::Constant: return "constant";
  case ScheduleKind::Step: return "step";
  case ScheduleKind::Exponential: return "exponential";
  case ScheduleKind::Cosine: return "cosine";
  }
  return "constant";
}

std::optional<ScheduleKind> scheduleFromString(std::string_view s) {
  for (ScheduleKind k : {ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::Exponential, ScheduleKind::Cosine})
    if (toString(k) == s) return k;
  return std::nullopt;
}

double scheduledLearningRate(const ScheduleConfig& s, double baseLr, int epoch) {
  const double e = epoch < 0 ? 0.0 : epoch;
  switch (s.kind) {
  case ScheduleKind::Constant: return baseLr;
  case ScheduleKind::Step: {
    const int size = s.stepSize > 0 ? s.stepSize : 1;
    return baseLr * std::pow(s.gamma, static_cast<double>(epoch / size));
  }
  case ScheduleKind::Exponential: return baseLr * std::pow(s.gamma, e);
  case ScheduleKind::Cosine: {
    const double tMax = s.tMax > 0 ? s.tMax : 1;
    return s.etaMin + (baseLr - s.etaMin) * (1.0 + std::cos(std::numbers::pi * e / tMax)) / 2.0;
  }
  }
  return baseLr;
}

} // namespace neurona
