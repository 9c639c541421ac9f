#include "neurona/core/data/FeaturePipeline.h"

#include <utility>

namespace neurona {

FeaturePipeline FeaturePipeline::fit(std::vector<FeatureTransform> transforms, PreprocessingKind kind,
                                     const Eigen::Ref<const MatrixD>& rawTrain) {
  FeaturePipeline p;
  p.transforms = std::move(transforms);
  if (kind == PreprocessingKind::None) return p;
  const MatrixD train = applyTransforms(rawTrain, p.transforms);
  p.preprocessing = Preprocessing::fit(kind, train);
  return p;
}

MatrixD FeaturePipeline::apply(const Eigen::Ref<const MatrixD>& raw) const {
  MatrixD out = applyTransforms(raw, transforms);
  preprocessing.applyInPlace(out);
  return out;
}

} // namespace neurona
