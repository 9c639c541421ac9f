#pragma once
// Finite-difference gradient check of a double network: the analytic gradient of
//   L(θ) = loss(net(x), y) + penalty(l1, l2)
// against the fourth-order central difference
//   (8(L(θ + h) − L(θ − h)) − (L(θ + 2h) − L(θ − 2h))) / 12h,
// parameter by parameter (truncation O(h⁴), so h can be large enough to keep rounding small).
#include "neurona/core/nn/Network.h"

#include <algorithm>
#include <cmath>

namespace neurona::test {

struct GradientCheckResult {
  double maxRelativeError = 0.0; // max over parameters of |a − n| / max(|a|, |n|, floor)
  double normRelativeError = 0.0; // ‖a − n‖ / max(‖a‖, ‖n‖)
  Eigen::Index worst = -1;        // flat index of the worst parameter
  VectorD analytic, numeric;
};

// The training forward must be deterministic (dropout with a fixed mask; batchnorm in train mode is).
inline double fullLoss(NetworkD& net, const MatrixD& x, const MatrixD& y, LossKind loss, double l1, double l2) {
  Rng rng(7);
  net.forward(x, Mode::Train, rng);
  return net.loss(loss, y) + net.penalty(l1, l2);
}

inline GradientCheckResult checkGradients(NetworkD& net, const MatrixD& x, const MatrixD& y, LossKind loss,
                                          double l1 = 0.0, double l2 = 0.0, double h = 1e-5,
                                          double floor = 1e-4) {
  GradientCheckResult r;
  Rng rng(7);
  net.forwardBackward(x, y, loss, rng);
  net.addPenaltyGradient(l1, l2);
  net.copyGradients(r.analytic);
  r.numeric.resize(r.analytic.size());
  Eigen::Index k = 0;
  for (const ParamSlot<double>& s : net.paramSlots()) {
    for (Eigen::Index i = 0; i < s.size; ++i, ++k) {
      const double v = s.value[i];
      auto at = [&](double d) {
        s.value[i] = v + d;
        return fullLoss(net, x, y, loss, l1, l2);
      };
      const double p1 = at(h), m1 = at(-h), p2 = at(2 * h), m2 = at(-2 * h);
      s.value[i] = v;
      r.numeric(k) = (8.0 * (p1 - m1) - (p2 - m2)) / (12.0 * h);
      const double a = r.analytic(k), n = r.numeric(k);
      const double rel = std::abs(a - n) / std::max({std::abs(a), std::abs(n), floor});
      if (rel > r.maxRelativeError) {
        r.maxRelativeError = rel;
        r.worst = k;
      }
    }
  }
  const double scale = std::max(r.analytic.norm(), r.numeric.norm());
  r.normRelativeError = scale > 0 ? (r.analytic - r.numeric).norm() / scale : 0.0;
  return r;
}

} // namespace neurona::test
