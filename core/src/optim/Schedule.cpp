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

std::string_view badScheduleParameter(const ScheduleConfig& s) {
  const bool gammaOk = std::isfinite(s.gamma) && s.gamma > 0.0;
  switch (s.kind) {
  case ScheduleKind::Constant: return {};
  case ScheduleKind::Step:
    if (s.stepSize < 1) return "step_size";
    return gammaOk ? std::string_view{} : "gamma";
  case ScheduleKind::Exponential: return gammaOk ? std::string_view{} : "gamma";
  case ScheduleKind::Cosine:
    if (s.tMax < 1) return "T_max";
    return std::isfinite(s.etaMin) && s.etaMin >= 0.0 ? std::string_view{} : "eta_min";
  }
  return {};
}

double scheduleParameter(const ScheduleConfig& s, std::string_view key) {
  if (key == "gamma") return s.gamma;
  if (key == "step_size") return s.stepSize;
  if (key == "T_max") return s.tMax;
  if (key == "eta_min") return s.etaMin;
  return 0.0;
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
