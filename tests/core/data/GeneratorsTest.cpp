#include "neurona/core/data/Generators.h"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>
#include <set>

using namespace neurona;

namespace {

Result<Dataset> make(std::string_view name, int samples, double noise = 0, std::uint64_t seed = 7,
                     int classes = 0, std::map<std::string, double> params = {}) {
  GeneratorOptions o;
  o.samples = samples;
  o.noise = noise;
  o.seed = seed;
  o.classes = classes;
  o.params = std::move(params);
  return generateDataset(name, o);
}

std::vector<int> classCounts(const Dataset& ds) {
  std::vector<int> counts(static_cast<std::size_t>(ds.classCount()), 0);
  for (Eigen::Index i = 0; i < ds.labels.size(); ++i) ++counts.at(static_cast<std::size_t>(ds.labels(i)));
  return counts;
}

} // namespace

TEST(Generators, ListHasTheFourteenContractNames) {
  std::vector<std::string> names;
  for (const auto& g : allGenerators()) names.emplace_back(g.name);
  EXPECT_EQ(names, (std::vector<std::string>{"gaussian-quantiles", "circles", "moons", "xor", "blobs",
                                             "spiral", "checkerboard", "stripes", "plane", "multi-gaussian",
                                             "sine", "shapes", "bars", "glyphs"}));
  for (const auto& g : allGenerators()) {
    const bool regression = g.name == "plane" || g.name == "multi-gaussian" || g.name == "sine";
    EXPECT_EQ(g.regression, regression) << g.name;
    EXPECT_EQ(findGenerator(g.name), &g);
    for (const auto& p : g.params) {
      EXPECT_LE(p.min, p.defaultValue) << g.name << " " << p.name;
      EXPECT_GE(p.max, p.defaultValue) << g.name << " " << p.name;
    }
  }
  EXPECT_EQ(findGenerator("gaussian-quantiles")->params.at(0).name, "cov");
  EXPECT_EQ(findGenerator("gaussian-quantiles")->params.at(0).defaultValue, 1.0);
  EXPECT_EQ(findGenerator("circles")->params.at(0).name, "factor");
  EXPECT_EQ(findGenerator("nope"), nullptr);
}

TEST(Generators, EveryPointGeneratorGivesCountBalanceAndShape) {
  for (const auto& info : allGenerators()) {
    if (info.kind != GeneratorKind::Points) continue; // ImageGeneratorsTest
    SCOPED_TRACE(std::string(info.name));
    const int samples = 301;
    const auto r = make(info.name, samples, 0.1);
    ASSERT_TRUE(r.ok()) << toString(r.error.code);
    const Dataset& ds = r.value;
    EXPECT_EQ(ds.samples(), samples);
    EXPECT_EQ(ds.featureCount(), 2);
    EXPECT_EQ(ds.featureNames, (std::vector<std::string>{"x1", "x2"}));
    EXPECT_TRUE(ds.features.allFinite());
    if (info.regression) {
      EXPECT_EQ(ds.task, TaskKind::Regression);
      EXPECT_EQ(ds.targets.size(), samples);
      EXPECT_TRUE(ds.targets.allFinite());
      EXPECT_EQ(ds.labels.size(), 0);
    } else {
      const int k = info.defaultClasses;
      EXPECT_EQ(ds.classCount(), k);
      EXPECT_EQ(ds.task, k == 2 ? TaskKind::BinaryClassification : TaskKind::MulticlassClassification);
      for (int c = 0; c < k; ++c) EXPECT_EQ(ds.classNames[static_cast<std::size_t>(c)], std::to_string(c));
      const auto counts = classCounts(ds);
      for (int c = 0; c < k; ++c)
        EXPECT_EQ(counts[static_cast<std::size_t>(c)], samples / k + (c < samples % k ? 1 : 0));
    }
  }
}

TEST(Generators, DeterministicBySeed) {
  for (const auto& info : allGenerators()) {
    SCOPED_TRACE(std::string(info.name));
    const auto a = make(info.name, 200, 0.2, 42);
    const auto b = make(info.name, 200, 0.2, 42);
    const auto c = make(info.name, 200, 0.2, 43);
    ASSERT_TRUE(a.ok() && b.ok() && c.ok());
    EXPECT_EQ(a.value, b.value);
    EXPECT_FALSE(sameValues(a.value.features, c.value.features));
  }
}

TEST(Generators, NoiseMovesPointsOrTargetsOnlyByItsSize) {
  for (const auto& info : allGenerators()) {
    if (info.kind != GeneratorKind::Points) continue; // ImageGeneratorsTest
    SCOPED_TRACE(std::string(info.name));
    const auto clean = make(info.name, 2000, 0.0, 5);
    const auto noisy = make(info.name, 2000, 0.2, 5);
    ASSERT_TRUE(clean.ok() && noisy.ok());
    if (info.regression) {
      // Same inputs, targets shifted by N(0, 0.2).
      EXPECT_TRUE(sameValues(clean.value.features, noisy.value.features));
      const VectorD d = noisy.value.targets - clean.value.targets;
      const double sd = std::sqrt(d.array().square().mean());
      EXPECT_NEAR(sd, 0.2, 0.02);
    } else {
      // Same labels and order; the jitter is Gaussian with sd = noise times the pattern's unit.
      EXPECT_TRUE(sameValues(clean.value.labels, noisy.value.labels));
      const MatrixD d = noisy.value.features - clean.value.features;
      const double sd = std::sqrt(d.array().square().mean());
      const double unit =
          info.name == "checkerboard" || info.name == "stripes" ? 0.5 : 1.0; // 2 / (4 cells or bands)
      EXPECT_NEAR(sd, 0.2 * unit, 0.02 * unit);
      EXPECT_NEAR(d.mean(), 0.0, 0.02);
    }
  }
}

TEST(Generators, CleanCirclesLieOnTheirRings) {
  const auto r = make("circles", 400, 0, 3, 0, {{"factor", 0.3}});
  ASSERT_TRUE(r.ok());
  const Dataset& ds = r.value;
  for (Eigen::Index i = 0; i < ds.samples(); ++i) {
    const double radius = ds.features.row(i).norm();
    EXPECT_NEAR(radius, ds.labels(i) == 0 ? 1.0 : 0.3, 1e-12);
  }
  const auto noisy = make("circles", 400, 0.1, 3, 0, {{"factor", 0.3}});
  double spread = 0;
  for (Eigen::Index i = 0; i < noisy.value.samples(); ++i)
    spread = std::max(
        spread, std::abs(noisy.value.features.row(i).norm() - (noisy.value.labels(i) == 0 ? 1.0 : 0.3)));
  EXPECT_GT(spread, 0.1);
}

TEST(Generators, CleanMoonsLieOnTheirHalfCircles) {
  const auto r = make("moons", 300);
  ASSERT_TRUE(r.ok());
  const Dataset& ds = r.value;
  for (Eigen::Index i = 0; i < ds.samples(); ++i) {
    const double x = ds.features(i, 0), y = ds.features(i, 1);
    if (ds.labels(i) == 0) {
      EXPECT_NEAR(x * x + y * y, 1.0, 1e-12);
      EXPECT_GE(y, -1e-12);
    } else {
      EXPECT_NEAR((x - 1) * (x - 1) + (y - 0.5) * (y - 0.5), 1.0, 1e-12);
      EXPECT_LE(y, 0.5 + 1e-12);
    }
  }
}

TEST(Generators, XorCheckerboardAndStripesFollowTheirRule) {
  const auto x = make("xor", 400, 0, 1, 0, {{"gap", 0.2}});
  ASSERT_TRUE(x.ok());
  for (Eigen::Index i = 0; i < x.value.samples(); ++i) {
    const double a = x.value.features(i, 0), b = x.value.features(i, 1);
    EXPECT_EQ(x.value.labels(i), a * b > 0 ? 0 : 1);
    EXPECT_GE(std::abs(a), 0.2);
    EXPECT_LE(std::abs(b), 1.0);
  }
  const auto cb = make("checkerboard", 400, 0, 1, 0, {{"cells", 3}});
  ASSERT_TRUE(cb.ok());
  for (Eigen::Index i = 0; i < cb.value.samples(); ++i) {
    const int ci = static_cast<int>(std::floor((cb.value.features(i, 0) + 1) * 1.5));
    const int cj = static_cast<int>(std::floor((cb.value.features(i, 1) + 1) * 1.5));
    EXPECT_EQ(cb.value.labels(i), (ci + cj) % 2);
  }
  const auto st = make("stripes", 600, 0, 1, 3, {{"bands", 6}, {"angle", 90}});
  ASSERT_TRUE(st.ok());
  EXPECT_EQ(st.value.classCount(), 3);
  for (Eigen::Index i = 0; i < st.value.samples(); ++i) {
    // angle 90: bands across x2, each 2/6 wide.
    const int band = static_cast<int>(std::floor((st.value.features(i, 1) + 1) * 3 + 1e-9));
    EXPECT_EQ(st.value.labels(i), ((band % 3) + 3) % 3) << st.value.features(i, 1);
  }
}

TEST(Generators, GaussianQuantilesSplitByDistance) {
  const auto r = make("gaussian-quantiles", 900, 0, 9, 3, {{"cov", 0.1}});
  ASSERT_TRUE(r.ok());
  const Dataset& ds = r.value;
  std::vector<double> lo(3, 1e300), hi(3, 0);
  double sumSq = 0;
  for (Eigen::Index i = 0; i < ds.samples(); ++i) {
    const double d = ds.features.row(i).norm();
    const auto c = static_cast<std::size_t>(ds.labels(i));
    lo[c] = std::min(lo[c], d);
    hi[c] = std::max(hi[c], d);
    sumSq += d * d;
  }
  EXPECT_LE(hi[0], lo[1]);
  EXPECT_LE(hi[1], lo[2]);
  EXPECT_NEAR(sumSq / ds.samples(), 2 * 0.1, 0.03); // E|x|^2 = 2 cov
}

TEST(Generators, BlobsSpiralAndClassesParameter) {
  const auto b = make("blobs", 500, 0, 2, 5, {{"spread", 0.05}});
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b.value.task, TaskKind::MulticlassClassification);
  EXPECT_EQ(b.value.classNames, (std::vector<std::string>{"0", "1", "2", "3", "4"}));
  for (Eigen::Index i = 0; i < b.value.samples(); ++i) EXPECT_NEAR(b.value.features.row(i).norm(), 1.0, 0.3);
  const auto s = make("spiral", 400, 0, 2, 4);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(s.value.classCount(), 4);
  EXPECT_LE(s.value.features.rowwise().norm().maxCoeff(), 1.0 + 1e-12);
  // Fixed-class generators ignore a class count.
  EXPECT_EQ(make("moons", 100, 0, 1, 5).value.classCount(), 2);
}

TEST(Generators, RegressionTargetsFollowTheirFormula) {
  const auto p = make("plane", 200, 0, 4, 0, {{"w1", 2}, {"w2", -1}});
  ASSERT_TRUE(p.ok());
  for (Eigen::Index i = 0; i < 200; ++i)
    EXPECT_NEAR(p.value.targets(i), (2 * p.value.features(i, 0) - p.value.features(i, 1)) / 3, 1e-12);
  const auto s = make("sine", 200, 0, 4, 0, {{"w1", 3}, {"w2", 2}});
  ASSERT_TRUE(s.ok());
  for (Eigen::Index i = 0; i < 200; ++i)
    EXPECT_NEAR(s.value.targets(i), std::sin(3 * s.value.features(i, 0) + 2 * s.value.features(i, 1)), 1e-12);
  const auto m = make("multi-gaussian", 500, 0, 4);
  ASSERT_TRUE(m.ok());
  EXPECT_LE(m.value.targets.cwiseAbs().maxCoeff(), 1.0);
  EXPECT_GT(m.value.targets.maxCoeff(), 0.1);
  EXPECT_LT(m.value.targets.minCoeff(), -0.1);
}

TEST(Generators, BadOptionsGiveCodesWithData) {
  EXPECT_EQ(make("nope", 10).error.code, ErrorCode::UnknownGenerator);
  EXPECT_EQ(make("nope", 10).error.text, "nope");
  EXPECT_EQ(make("moons", 0).error.code, ErrorCode::BadSamples);
  EXPECT_EQ(make("blobs", 3, 0, 1, 4).error.code, ErrorCode::BadSamples); // fewer samples than classes
  EXPECT_EQ(make("moons", kMaxGeneratedSamples + 1).error.code, ErrorCode::BadSamples);
  EXPECT_EQ(make("moons", 10, -0.1).error.code, ErrorCode::BadNoise);
  EXPECT_EQ(make("moons", 10, std::nan("")).error.code, ErrorCode::BadNoise);
  const auto bc = make("blobs", 100, 0, 1, 11);
  EXPECT_EQ(bc.error.code, ErrorCode::BadClasses);
  EXPECT_EQ(bc.error.value, 11);
  EXPECT_EQ(bc.error.max, 10);
  EXPECT_EQ(make("blobs", 100, 0, 1, 1).error.code, ErrorCode::BadClasses);
  EXPECT_EQ(make("moons", 100, 0, 1, 0, {{"factor", 0.5}}).error.code, ErrorCode::UnknownParam);
  const auto bp = make("circles", 100, 0, 1, 0, {{"factor", 1.5}});
  EXPECT_EQ(bp.error.code, ErrorCode::BadParam);
  EXPECT_EQ(bp.error.text, "factor");
  EXPECT_EQ(make("checkerboard", 100, 0, 1, 0, {{"cells", 2.5}}).error.code, ErrorCode::BadParam);
  EXPECT_EQ(make("stripes", 100, 0, 1, 5, {{"bands", 4}}).error.code, ErrorCode::BadClasses);
  EXPECT_TRUE(make("blobs", 100, 0, 1, 11).value.features.size() == 0);
  EXPECT_EQ(toString(ErrorCode::BadParam), "bad-param");
}
