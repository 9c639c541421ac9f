#include "neurona/core/nn/Initializer.h"

#include <cmath>
#include <numbers>

namespace neurona {
namespace {

// Standard normal by Box–Muller from two uniform01 draws: platform-independent, unlike
// std::normal_distribution.
double standardNormal(Rng& rng) {
  const double u1 = 1.0 - uniform01(rng); // (0, 1]
  const double u2 = uniform01(rng);
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

} // namespace

void initialize(InitKind kind, int fanIn, int fanOut, Eigen::Ref<MatrixD> values, Rng& rng) {
  const double in = fanIn > 0 ? fanIn : 1;
  const double out = fanOut > 0 ? fanOut : 1;
  double limit = 0.0;  // uniform bound
  double stddev = 0.0; // normal standard deviation
  switch (kind) {
  case InitKind::Zeros: values.setZero(); return;
  case InitKind::Uniform: limit = 1.0; break;
  case InitKind::GlorotUniform: limit = std::sqrt(6.0 / (in + out)); break;
  case InitKind::HeUniform: limit = std::sqrt(6.0 / in); break;
  case InitKind::GlorotNormal: stddev = std::sqrt(2.0 / (in + out)); break;
  case InitKind::HeNormal: stddev = std::sqrt(2.0 / in); break;
  }
  for (Eigen::Index j = 0; j < values.cols(); ++j)
    for (Eigen::Index i = 0; i < values.rows(); ++i)
      values(i, j) = stddev > 0.0 ? stddev * standardNormal(rng) : limit * (2.0 * uniform01(rng) - 1.0);
}

} // namespace neurona
