#include "neurona/core/data/Split.h"
#include "neurona/core/data/Generators.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

using namespace neurona;

namespace {

// Classes of 100, 50 and 10 rows, interleaved.
Dataset imbalanced() {
  Dataset ds;
  ds.featureNames = {"x1", "x2"};
  ds.task = TaskKind::MulticlassClassification;
  ds.classNames = {"a", "b", "c"};
  const int n = 160;
  ds.features.resize(n, 2);
  ds.labels.resize(n);
  for (int i = 0; i < n; ++i) {
    ds.features(i, 0) = i;
    ds.features(i, 1) = -i;
    ds.labels(i) = i % 16 == 0 ? 2 : (i % 3 == 0 ? 1 : 0);
  }
  return ds;
}

int count(const Dataset& ds, const std::vector<Eigen::Index>& rows, int c) {
  return static_cast<int>(
      std::count_if(rows.begin(), rows.end(), [&](Eigen::Index i) { return ds.labels(i) == c; }));
}

void expectPartition(const DatasetSplit& s, Eigen::Index n) {
  std::vector<Eigen::Index> all;
  for (const auto* part : {&s.train, &s.validation, &s.test}) {
    EXPECT_TRUE(std::is_sorted(part->begin(), part->end()));
    all.insert(all.end(), part->begin(), part->end());
  }
  std::sort(all.begin(), all.end());
  std::vector<Eigen::Index> expected(static_cast<std::size_t>(n));
  std::iota(expected.begin(), expected.end(), Eigen::Index{0});
  EXPECT_EQ(all, expected);
}

} // namespace

TEST(Split, StratifiedKeepsEachClassProportion) {
  const Dataset ds = imbalanced();
  std::vector<int> sizes(3);
  for (Eigen::Index i = 0; i < ds.samples(); ++i) ++sizes[static_cast<std::size_t>(ds.labels(i))];
  Rng rng(3);
  const auto s = splitDataset(ds, {0.6, 0.2, 0.2}, rng);
  expectPartition(s, ds.samples());
  for (int c = 0; c < 3; ++c) {
    const int n = sizes[static_cast<std::size_t>(c)];
    const int nTest = static_cast<int>(std::llround(n * 0.2));
    EXPECT_EQ(count(ds, s.test, c), nTest) << c;
    EXPECT_EQ(count(ds, s.validation, c), nTest) << c;
    EXPECT_EQ(count(ds, s.train, c), n - 2 * nTest) << c;
  }
}

TEST(Split, DeterministicBySeedAndRatiosNormalised) {
  const Dataset ds = imbalanced();
  Rng a(11), b(11), c(12);
  const auto s1 = splitDataset(ds, {3, 1, 1}, a);
  const auto s2 = splitDataset(ds, {3, 1, 1}, b);
  const auto s3 = splitDataset(ds, {3, 1, 1}, c);
  EXPECT_EQ(s1.train, s2.train);
  EXPECT_EQ(s1.test, s2.test);
  EXPECT_NE(s1.test, s3.test);
  EXPECT_EQ(s1.test.size(), 32u); // 20, 10, 2 of classes 100, 50, 10
}

TEST(Split, SmallClassesKeepATrainingRowAndRegressionIsNotStratified) {
  Dataset ds = imbalanced();
  ds.labels(0) = 2;
  ds.labels(16) = 0; // class c now has 9 rows; make one class tiny
  for (Eigen::Index i = 0; i < ds.samples(); ++i)
    if (ds.labels(i) == 2 && i != 0) ds.labels(i) = 1;
  Rng rng(1);
  const auto s = splitDataset(ds, {0.1, 0.45, 0.45}, rng);
  EXPECT_EQ(count(ds, s.train, 2), 1);
  expectPartition(s, ds.samples());

  GeneratorOptions o;
  o.samples = 101;
  const auto reg = generateDataset("plane", o);
  ASSERT_TRUE(reg.ok());
  const auto r = splitDataset(reg.value, {0.7, 0, 0.3}, rng);
  EXPECT_EQ(r.test.size(), 30u);
  EXPECT_TRUE(r.validation.empty());
  expectPartition(r, 101);
}

TEST(Split, BadRatiosGiveNothing) {
  const Dataset ds = imbalanced();
  Rng rng(1);
  DatasetSplit s;
  EXPECT_FALSE(splitDataset(ds, {0, 0.5, 0.5}, rng, s));
  EXPECT_FALSE(splitDataset(ds, {0.5, -0.1, 0.5}, rng, s));
  EXPECT_FALSE(splitDataset(ds, {std::nan(""), 0, 0}, rng, s));
  EXPECT_TRUE(s.train.empty() && s.test.empty());
  EXPECT_TRUE(splitDataset(ds, {1, 0, 0}, rng, s));
  EXPECT_EQ(s.train.size(), 160u);
}

TEST(Split, SubsetTakesRowsInOrder) {
  const Dataset ds = imbalanced();
  const std::vector<Eigen::Index> rows{5, 0, 16};
  const Dataset sub = subset(ds, rows);
  EXPECT_EQ(sub.samples(), 3);
  EXPECT_EQ(sub.features(0, 0), 5);
  EXPECT_EQ(sub.features(2, 1), -16);
  EXPECT_EQ(sub.labels(2), 2);
  EXPECT_EQ(sub.classNames, ds.classNames);
  EXPECT_EQ(sub.task, ds.task);
  EXPECT_EQ(subset(ds, std::vector<Eigen::Index>{}).samples(), 0);
}
