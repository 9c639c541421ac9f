#pragma once
// Optional extra inputs computed from the first two raw features (as TensorFlow Playground offers).
// Transforms are appended after the raw inputs, in the order listed, before preprocessing.
#include "neurona/core/Types.h"

#include <optional>
#include <span>
#include <string_view>
#include <vector>

namespace neurona {

enum class FeatureTransform { X1Squared, X2Squared, X1TimesX2, SinX1, SinX2 };

// File/CLI names: "x1^2", "x2^2", "x1*x2", "sin(x1)", "sin(x2)".
std::string_view toString(FeatureTransform t);
std::optional<FeatureTransform> featureTransformFromString(std::string_view s);
std::span<const FeatureTransform> allFeatureTransforms();

// raw: samples x inputs (inputs >= 2). Returns samples x (inputs + transforms.size()).
// Throws std::invalid_argument when a transform reads a column raw does not have (x2 with one input): a
// programming error, as ProjectData (BadValue at "transforms") and ModelFile (WrongLength) refuse such data
// first.
MatrixD applyTransforms(const Eigen::Ref<const MatrixD>& raw, std::span<const FeatureTransform> transforms);

} // namespace neurona
