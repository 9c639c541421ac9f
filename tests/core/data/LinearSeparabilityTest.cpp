#include "neurona/core/data/LinearSeparability.h"
#include "neurona/core/data/Generators.h"

#include <gtest/gtest.h>

using namespace neurona;

namespace {

Dataset gen(const char* name, int classes = 0, std::map<std::string, double> params = {}) {
  GeneratorOptions o;
  o.samples = 600;
  o.classes = classes;
  o.params = std::move(params);
  auto r = generateDataset(name, o);
  EXPECT_TRUE(r.ok());
  return r.value;
}

} // namespace

TEST(LinearSeparability, SeparatesTheEasyFromTheHard) {
  EXPECT_TRUE(isLinearlySeparable(gen("blobs", 2)));
  EXPECT_TRUE(isLinearlySeparable(gen("blobs", 4)));
  EXPECT_TRUE(isLinearlySeparable(gen("stripes", 2, {{"bands", 2}})));
  EXPECT_FALSE(isLinearlySeparable(gen("xor")));
  EXPECT_FALSE(isLinearlySeparable(gen("circles")));
  EXPECT_FALSE(isLinearlySeparable(gen("spiral")));
  EXPECT_FALSE(isLinearlySeparable(gen("checkerboard")));
  const auto moons = checkLinearFit(gen("moons"));
  EXPECT_GT(moons.score, 0.8); // most of the moons are linearly apart, not all
  EXPECT_LT(moons.score, 0.97);
}

TEST(LinearSeparability, RegressionUsesTheLinearFit) {
  EXPECT_TRUE(isLinearlySeparable(gen("plane")));
  EXPECT_NEAR(checkLinearFit(gen("plane")).score, 1.0, 1e-9);
  EXPECT_FALSE(isLinearlySeparable(gen("sine", 0, {{"w1", 6}, {"w2", 6}})));
  EXPECT_FALSE(isLinearlySeparable(Dataset{}));
}
