#pragma once
// What turns raw dataset features into network inputs: the optional feature transforms, appended
// after the raw inputs, then the preprocessing fitted on the training part. It belongs to the model
// and travels with it (model files, exporters, the grid evaluator, prediction).
#include "neurona/core/data/FeatureTransform.h"
#include "neurona/core/data/Preprocessing.h"

#include <vector>

namespace neurona {

struct FeaturePipeline {
  std::vector<FeatureTransform> transforms;
  Preprocessing preprocessing; // fitted on the transformed training features

  // rawTrain: training rows only, samples x raw inputs.
  static FeaturePipeline fit(std::vector<FeatureTransform> transforms, PreprocessingKind kind,
                             const Eigen::Ref<const MatrixD>& rawTrain);

  // raw: samples x raw inputs; returns samples x inputCount(raw.cols()).
  MatrixD apply(const Eigen::Ref<const MatrixD>& raw) const;
  Eigen::Index inputCount(Eigen::Index rawInputs) const {
    return rawInputs + static_cast<Eigen::Index>(transforms.size());
  }
  bool isIdentity() const { return transforms.empty() && preprocessing.kind == PreprocessingKind::None; }
  bool operator==(const FeaturePipeline& o) const {
    return transforms == o.transforms && preprocessing == o.preprocessing;
  }
};

} // namespace neurona
