#pragma once
// A dataset in memory: one contiguous column-major matrix of samples x features plus the targets.
// Batches are views of it or gathered into reused buffers; nothing copies it per epoch.
#include "neurona/core/Types.h"
#include "neurona/core/graph/Kinds.h"

#include <array>
#include <optional>
#include <string>
#include <vector>

namespace neurona {

struct Dataset {
  std::vector<std::string> featureNames; // x1, x2, ... when the source had no header
  std::string labelName = "label";
  MatrixD features; // samples x features
  TaskKind task = TaskKind::BinaryClassification;

  // Classification: class index per sample (0..classes-1) and the class names in class order
  // (numbers numerically, otherwise as text; in a binary problem class 1 is the positive one).
  Eigen::VectorXi labels;
  std::vector<std::string> classNames;

  // Regression: the target values, samples x K (K = 1: one target, the usual case; K > 1: a network
  // with K outputs, e.g. several label columns of a CSV, or the inputs themselves).
  MatrixD targets;
  // K > 1: each target's name in column order (labelName is then the first); empty for one target.
  std::vector<std::string> targetNames;
  // The targets are the raw inputs (a project's "targets": "inputs": reconstruction, an autoencoder).
  // Prepared parts then hold the inputs as the network sees them (after the preprocessing).
  bool targetsAreInputs = false;

  // Image data: each sample is an image of [height, width, channels], its features the pixels in
  // height, width, channel order (feature (h * W + w) * C + c, named p0, p1, ...), so that
  // H * W * C == featureCount(). Unset for points and other tables.
  std::optional<std::array<int, 3>> imageShape;

  Eigen::Index samples() const { return features.rows(); }
  Eigen::Index featureCount() const { return features.cols(); }
  int classCount() const { return static_cast<int>(classNames.size()); }
  // Regression: K, the number of target columns (the network's outputs); 0 for classification.
  Eigen::Index targetCount() const { return task == TaskKind::Regression ? targets.cols() : 0; }
  const std::string& targetName(Eigen::Index k) const {
    return k >= 0 && k < static_cast<Eigen::Index>(targetNames.size())
               ? targetNames[static_cast<std::size_t>(k)]
               : labelName;
  }
  bool operator==(const Dataset& o) const {
    return featureNames == o.featureNames && labelName == o.labelName && sameValues(features, o.features) &&
           task == o.task && sameValues(labels, o.labels) && classNames == o.classNames &&
           sameValues(targets, o.targets) && targetNames == o.targetNames &&
           targetsAreInputs == o.targetsAreInputs && imageShape == o.imageShape;
  }
};

} // namespace neurona
