#pragma once
// A dataset in memory: one contiguous column-major matrix of samples x features plus the targets.
// Batches are views of it or gathered into reused buffers; nothing copies it per epoch.
#include "neurona/core/Types.h"
#include "neurona/core/graph/Kinds.h"

#include <string>
#include <vector>

namespace neurona {

struct Dataset {
  std::vector<std::string> featureNames; // x1, x2, ... when the source had no header
  std::string labelName = "label";
  MatrixD features;                      // samples x features
  TaskKind task = TaskKind::BinaryClassification;

  // Classification: class index per sample (0..classes-1) and the class names in class order
  // (numbers numerically, otherwise as text; in a binary problem class 1 is the positive one).
  Eigen::VectorXi labels;
  std::vector<std::string> classNames;

  // Regression: the target value per sample.
  VectorD targets;

  Eigen::Index samples() const { return features.rows(); }
  Eigen::Index featureCount() const { return features.cols(); }
  int classCount() const { return static_cast<int>(classNames.size()); }
  bool operator==(const Dataset& o) const {
    return featureNames == o.featureNames && labelName == o.labelName && sameValues(features, o.features) &&
           task == o.task && sameValues(labels, o.labels) && classNames == o.classNames &&
           sameValues(targets, o.targets);
  }
};

} // namespace neurona
