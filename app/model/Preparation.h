#pragma once
// How a project's points become training data: the split into training, validation and test parts, the
// scaling and the extra inputs computed from x₁ and x₂. Fitted on the training part when a run starts.
#include "neurona/core/data/FeatureTransform.h"
#include "neurona/core/data/Preprocessing.h"
#include "neurona/core/io/Project.h"

#include <vector>

struct Preparation {
  neurona::SplitSettings split;
  neurona::PreprocessingKind preprocessing = neurona::PreprocessingKind::None;
  std::vector<neurona::FeatureTransform> transforms;
  bool operator==(const Preparation&) const = default;
};
