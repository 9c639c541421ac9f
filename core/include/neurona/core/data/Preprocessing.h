#pragma once
// Per-feature scaling fitted on the training part only; it belongs to the model and travels with it.
//   standardize: x' = (x - mean) / scale, scale = population standard deviation (1 where it is 0, i.e.
//                below 1e-12 of the column's largest magnitude)
//   minmax:      x' = (x - min) / scale,  scale = max - min (1 where it is 0)
// Fitting on zero rows gives offset 0 and scale 1. apply() throws std::invalid_argument when the
// feature count differs from the fitted one (a programming error, not a data error).
#include "neurona/core/Types.h"

#include <optional>
#include <string_view>

namespace neurona {

enum class PreprocessingKind { None, Standardize, MinMax };

std::string_view toString(PreprocessingKind k); // "none", "standardize", "minmax"
std::optional<PreprocessingKind> preprocessingFromString(std::string_view s);

struct Preprocessing {
  PreprocessingKind kind = PreprocessingKind::None;
  VectorD offset; // mean (standardize) or min (minmax); empty for none
  VectorD scale;  // empty for none

  static Preprocessing fit(PreprocessingKind kind, const Eigen::Ref<const MatrixD>& trainFeatures);
  MatrixD apply(const Eigen::Ref<const MatrixD>& features) const;
  void applyInPlace(MatrixD& features) const;
  bool operator==(const Preprocessing& o) const {
    return kind == o.kind && sameValues(offset, o.offset) && sameValues(scale, o.scale);
  }
};

} // namespace neurona
