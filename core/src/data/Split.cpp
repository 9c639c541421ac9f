#include "neurona/core/data/Split.h"

#include <algorithm>
#include <cmath>

namespace neurona {
namespace {

void shuffle(std::vector<Eigen::Index>& v, Rng& rng) {
  for (std::size_t i = v.size(); i > 1; --i) {
    const auto j = std::uniform_int_distribution<std::size_t>(0, i - 1)(rng);
    std::swap(v[i - 1], v[j]);
  }
}

} // namespace

bool validSplitRatios(const SplitRatios& r) {
  for (double v : {r.train, r.validation, r.test})
    if (!std::isfinite(v) || v < 0) return false;
  return r.train > 0;
}

bool splitDataset(const Dataset& ds, const SplitRatios& ratios, Rng& rng, DatasetSplit& out) {
  out = {};
  if (!validSplitRatios(ratios)) return false;
  const double sum = ratios.train + ratios.validation + ratios.test;
  const double fVal = ratios.validation / sum;
  const double fTest = ratios.test / sum;

  // Groups: one per class (stratified), or all rows for regression.
  std::vector<std::vector<Eigen::Index>> groups;
  const bool stratified =
      ds.task != TaskKind::Regression && ds.labels.size() == ds.samples() && ds.classCount() > 0;
  groups.resize(stratified ? static_cast<std::size_t>(ds.classCount()) : 1);
  for (Eigen::Index i = 0; i < ds.samples(); ++i) {
    const int g = stratified ? ds.labels(i) : 0;
    if (g < 0 || g >= static_cast<int>(groups.size())) return false;
    groups[static_cast<std::size_t>(g)].push_back(i);
  }
  for (auto& rows : groups) {
    shuffle(rows, rng);
    const std::size_t n = rows.size();
    // test = round(n * fTest), validation = round(n * fVal), the rest train (at least one row).
    std::size_t nTest = static_cast<std::size_t>(std::llround(static_cast<double>(n) * fTest));
    std::size_t nVal = static_cast<std::size_t>(std::llround(static_cast<double>(n) * fVal));
    while (n > 0 && nTest + nVal >= n) {
      if (nVal >= nTest && nVal > 0)
        --nVal;
      else
        --nTest;
    }
    out.test.insert(out.test.end(), rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(nTest));
    out.validation.insert(out.validation.end(), rows.begin() + static_cast<std::ptrdiff_t>(nTest),
                          rows.begin() + static_cast<std::ptrdiff_t>(nTest + nVal));
    out.train.insert(out.train.end(), rows.begin() + static_cast<std::ptrdiff_t>(nTest + nVal), rows.end());
  }
  std::sort(out.train.begin(), out.train.end());
  std::sort(out.validation.begin(), out.validation.end());
  std::sort(out.test.begin(), out.test.end());
  return true;
}

DatasetSplit splitDataset(const Dataset& ds, const SplitRatios& ratios, Rng& rng) {
  DatasetSplit out;
  splitDataset(ds, ratios, rng, out);
  return out;
}

Dataset subset(const Dataset& ds, std::span<const Eigen::Index> rows) {
  Dataset out;
  out.featureNames = ds.featureNames;
  out.labelName = ds.labelName;
  out.targetNames = ds.targetNames;
  out.targetsAreInputs = ds.targetsAreInputs;
  out.task = ds.task;
  out.classNames = ds.classNames;
  out.imageShape = ds.imageShape; // rows of images are still images of the same shape
  const auto n = static_cast<Eigen::Index>(rows.size());
  out.features.resize(n, ds.featureCount());
  for (Eigen::Index j = 0; j < ds.featureCount(); ++j)
    for (Eigen::Index i = 0; i < n; ++i)
      out.features(i, j) = ds.features(rows[static_cast<std::size_t>(i)], j);
  if (ds.labels.size() == ds.samples()) {
    out.labels.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) out.labels(i) = ds.labels(rows[static_cast<std::size_t>(i)]);
  }
  if (ds.targets.rows() == ds.samples() && ds.targets.cols() > 0) {
    out.targets.resize(n, ds.targets.cols());
    for (Eigen::Index j = 0; j < ds.targets.cols(); ++j)
      for (Eigen::Index i = 0; i < n; ++i)
        out.targets(i, j) = ds.targets(rows[static_cast<std::size_t>(i)], j);
  }
  return out;
}

} // namespace neurona
