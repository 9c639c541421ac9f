#include "neurona/core/train/LayerHealth.h"

#include <algorithm>
#include <cmath>

namespace neurona {

HealthReport LayerHealth::measure(const NetworkD& net, const Eigen::Ref<const MatrixD>& x,
                                  const Eigen::Ref<const MatrixD>& y, LossKind loss) {
  HealthReport report;
  const Eigen::Index rows = std::min<Eigen::Index>(std::min(x.rows(), y.rows()), kMaxRows);
  if (rows <= 0) return report;
  report.rows = static_cast<int>(rows);

  // A copy: forward/backward keep their buffers and gradients inside the network.
  NetworkD work(net);
  // Inference mode draws nothing (dropout is off); forward() takes an engine all the same.
  Rng unused(0);
  work.forward(x.topRows(rows), Mode::Inference, unused);
  work.backward(loss, y.topRows(rows));

  for (int i = 0; i < work.layerCount(); ++i) {
    const BasicLayer<double>& layer = work.layer(i);
    if (layer.type() != LayerType::Dense) continue;
    const auto& dense = static_cast<const BasicDenseLayer<double>&>(layer);
    const MatrixD& a = dense.output(); // rows × units, after the activation
    LayerHealthStats s;
    s.id = dense.id();
    s.units = dense.outputs();
    s.gradNorm = dense.weightGrad().norm();
    // mean μ = Σa / N, spread = √(Σ(a − μ)² / N), N = rows × units
    const double n = static_cast<double>(a.size());
    s.activationMean = a.sum() / n;
    s.activationSpread = std::sqrt((a.array() - s.activationMean).square().sum() / n);
    if (dense.activation() == ActivationKind::Relu) {
      // relu(z) = 0 exactly when z ≤ 0: a unit is dead on this batch when its whole column is 0.
      for (Eigen::Index u = 0; u < a.cols(); ++u)
        if ((a.col(u).array() == 0.0).all()) ++s.deadUnits;
      s.deadFraction = static_cast<double>(s.deadUnits) / static_cast<double>(s.units);
    } else {
      s.deadFraction = kNotApplicable;
    }
    report.layers.push_back(s);
  }
  return report;
}

std::vector<Diagnostic> LayerHealth::diagnose(const HealthReport& report, const NetworkSpec& spec) {
  std::vector<Diagnostic> out;
  if (report.layers.empty()) return out;
  const double last = report.layers.back().gradNorm;
  // The ratio is only meaningful against an output layer that receives a gradient at all: a perfect fit
  // (or a diverged run) says nothing about the layers below.
  const bool compare = std::isfinite(last) && last > 0.0;
  constexpr double kMaxRatio = 1e15;
  for (std::size_t i = 0; i < report.layers.size(); ++i) {
    const LayerHealthStats& s = report.layers[i];
    if (!spec.find(s.id)) continue;
    if (compare && i + 1 < report.layers.size() && std::isfinite(s.gradNorm) &&
        s.gradNorm < kVanishingRatio * last) {
      const std::int64_t ratio =
          s.gradNorm > 0.0 ? static_cast<std::int64_t>(std::llround(std::min(last / s.gradNorm, kMaxRatio)))
                           : 0;
      out.push_back({DiagnosticCode::VanishingGradients, Severity::Warning, s.id,
                     static_cast<std::int64_t>(std::llround(1.0 / kVanishingRatio)), ratio});
    }
    if (s.deadFraction != kNotApplicable && s.deadFraction > kDeadShare)
      out.push_back({DiagnosticCode::DeadUnits, Severity::Warning, s.id, s.units, s.deadUnits});
  }
  return out;
}

} // namespace neurona
