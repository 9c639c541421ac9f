#include "neurona/core/data/Preprocessing.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace neurona {

std::string_view toString(PreprocessingKind k) {
  switch (k) {
  case PreprocessingKind::None: return "none";
  case PreprocessingKind::Standardize: return "standardize";
  case PreprocessingKind::MinMax: return "minmax";
  }
  return {};
}

std::optional<PreprocessingKind> preprocessingFromString(std::string_view s) {
  if (s == "none") return PreprocessingKind::None;
  if (s == "standardize") return PreprocessingKind::Standardize;
  if (s == "minmax") return PreprocessingKind::MinMax;
  return std::nullopt;
}

Preprocessing Preprocessing::fit(PreprocessingKind kind, const Eigen::Ref<const MatrixD>& trainFeatures) {
  Preprocessing p;
  p.kind = kind;
  if (kind == PreprocessingKind::None) return p;
  const Eigen::Index n = trainFeatures.rows();
  const Eigen::Index d = trainFeatures.cols();
  p.offset = VectorD::Zero(d);
  p.scale = VectorD::Ones(d);
  if (n == 0) return p; // nothing to fit: identity values keep apply() finite
  for (Eigen::Index j = 0; j < d; ++j) {
    const auto col = trainFeatures.col(j).array();
    if (kind == PreprocessingKind::Standardize) {
      const double mean = col.mean();
      // sigma = sqrt(mean((x - mean)^2)), two-pass for accuracy; a constant column keeps scale 1.
      const double sigma = std::sqrt((col - mean).square().mean());
      const double magnitude = std::max(1.0, col.abs().maxCoeff());
      p.offset(j) = mean;
      p.scale(j) = sigma > 1e-12 * magnitude ? sigma : 1.0;
    } else {
      const double lo = col.minCoeff();
      const double range = col.maxCoeff() - lo;
      p.offset(j) = lo;
      p.scale(j) = range > 0 ? range : 1.0;
    }
  }
  return p;
}

void Preprocessing::applyInPlace(MatrixD& features) const {
  if (kind == PreprocessingKind::None) return;
  if (features.cols() != offset.size() || features.cols() != scale.size())
    throw std::invalid_argument("Preprocessing::apply: feature count differs from the fitted one");
  // x' = (x - offset) / scale, column by column (each column is contiguous).
  for (Eigen::Index j = 0; j < features.cols(); ++j)
    features.col(j) = (features.col(j).array() - offset(j)) / scale(j);
}

MatrixD Preprocessing::apply(const Eigen::Ref<const MatrixD>& features) const {
  MatrixD out = features;
  applyInPlace(out);
  return out;
}

} // namespace neurona
