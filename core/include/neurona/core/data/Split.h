#pragma once
// Train/validation/test split by ratios. Classification splits are stratified: each class is divided
// in the same proportions, so every part keeps the class balance of the whole.
#include "neurona/core/data/Dataset.h"

#include <span>
#include <vector>

namespace neurona {

struct SplitRatios {
  double train = 0.8;
  double validation = 0.0;
  double test = 0.2;
};

struct DatasetSplit {
  // Row indices into the dataset, ascending within each part; together a partition of 0..samples-1.
  std::vector<Eigen::Index> train;
  std::vector<Eigen::Index> validation;
  std::vector<Eigen::Index> test;
};

// Ratios must be finite, >= 0, with train > 0; they are normalised by their sum. Per class (or over
// all rows for regression) of n rows: test = round(n * test), validation = round(n * validation), the
// rest train, and train keeps at least one row whenever n >= 1. Returns false (and leaves `out`
// empty) on bad ratios.
bool splitDataset(const Dataset& ds, const SplitRatios& ratios, Rng& rng, DatasetSplit& out);
DatasetSplit splitDataset(const Dataset& ds, const SplitRatios& ratios, Rng& rng); // empty on bad ratios
bool validSplitRatios(const SplitRatios& ratios);

// The rows of ds at `rows`, in that order (every target column), with names, task and class names kept.
Dataset subset(const Dataset& ds, std::span<const Eigen::Index> rows);

} // namespace neurona
