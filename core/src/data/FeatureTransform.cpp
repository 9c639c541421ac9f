#include "neurona/core/data/FeatureTransform.h"

#include <array>
#include <cmath>
#include <stdexcept>
#include <utility>

namespace neurona {
namespace {

constexpr std::array<std::pair<FeatureTransform, std::string_view>, 5> kTransformNames{
    {{FeatureTransform::X1Squared, "x1^2"},
     {FeatureTransform::X2Squared, "x2^2"},
     {FeatureTransform::X1TimesX2, "x1*x2"},
     {FeatureTransform::SinX1, "sin(x1)"},
     {FeatureTransform::SinX2, "sin(x2)"}}};

constexpr std::array<FeatureTransform, 5> kAllTransforms{
    FeatureTransform::X1Squared, FeatureTransform::X2Squared, FeatureTransform::X1TimesX2,
    FeatureTransform::SinX1, FeatureTransform::SinX2};

// The highest raw column (0-based) a transform reads.
Eigen::Index lastColumnUsed(FeatureTransform t) {
  return (t == FeatureTransform::X1Squared || t == FeatureTransform::SinX1) ? 0 : 1;
}

} // namespace

std::string_view toString(FeatureTransform t) {
  for (const auto& [kind, name] : kTransformNames)
    if (kind == t) return name;
  return {};
}

std::optional<FeatureTransform> featureTransformFromString(std::string_view s) {
  for (const auto& [kind, name] : kTransformNames)
    if (name == s) return kind;
  return std::nullopt;
}

std::span<const FeatureTransform> allFeatureTransforms() { return kAllTransforms; }

MatrixD applyTransforms(const Eigen::Ref<const MatrixD>& raw, std::span<const FeatureTransform> transforms) {
  const Eigen::Index inputs = raw.cols();
  for (FeatureTransform t : transforms)
    if (lastColumnUsed(t) >= inputs) throw std::invalid_argument("applyTransforms: too few raw inputs");
  MatrixD out(raw.rows(), inputs + static_cast<Eigen::Index>(transforms.size()));
  out.leftCols(inputs) = raw;
  Eigen::Index c = inputs;
  for (FeatureTransform t : transforms) {
    auto dst = out.col(c++);
    switch (t) {
    case FeatureTransform::X1Squared: dst = raw.col(0).array().square(); break;
    case FeatureTransform::X2Squared: dst = raw.col(1).array().square(); break;
    case FeatureTransform::X1TimesX2: dst = raw.col(0).array() * raw.col(1).array(); break;
    case FeatureTransform::SinX1: dst = raw.col(0).array().sin(); break;
    case FeatureTransform::SinX2: dst = raw.col(1).array().sin(); break;
    }
  }
  return out;
}

} // namespace neurona
