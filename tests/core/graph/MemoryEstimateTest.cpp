// The memory estimate quoted when a network is refused for having too many units.
#include "neurona/core/graph/Validation.h"

#include <gtest/gtest.h>

#include <limits>

using namespace neurona;

TEST(MemoryEstimate, CountsParametersAndTheActivationsOfEveryRow) {
  // [2] -> 3 -> 1: 2·3+3 + 3·1+1 = 13 parameters at 24 bytes; 5 rows through 3 + 1 units at 12 bytes.
  const NetworkSpec spec = NetworkSpec::denseStack({3}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  EXPECT_EQ(estimateMemoryBytes(spec, 2, 5), 13 * 24 + 5 * (3 + 1) * 12);
  // No rows still counts one (the network exists), and more rows cost exactly their activations.
  EXPECT_EQ(estimateMemoryBytes(spec, 2, 0), estimateMemoryBytes(spec, 2, 1));
  EXPECT_EQ(estimateMemoryBytes(spec, 2, 1000) - estimateMemoryBytes(spec, 2, 999), (3 + 1) * 12);
}

TEST(MemoryEstimate, HundredThousandUnitsNeedHundredsOfMegabytesAndHugeNetworksSaturate) {
  const NetworkSpec wide = NetworkSpec::denseStack({100000}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  const auto diagnostics = validate(wide, {2, TaskKind::BinaryClassification, 2, LossKind::Bce, true});
  ASSERT_EQ(diagnostics.size(), 1u);
  EXPECT_EQ(diagnostics[0].code, DiagnosticCode::TooManyUnits);
  EXPECT_EQ(diagnostics[0].actual, 100000);
  EXPECT_EQ(diagnostics[0].expected, kMaxUnits);
  // 400 samples: 400 001 parameters and 400 · 100 001 activations, about 490 MB.
  const std::int64_t bytes = estimateMemoryBytes(wide, 2, 400);
  EXPECT_EQ(bytes, 400001LL * 24 + 400LL * 100001 * 12);
  // Two layers of a million units: 10^12 weights, far beyond any machine, and no overflow.
  const NetworkSpec huge =
      NetworkSpec::denseStack({1000000, 1000000}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  EXPECT_GT(estimateMemoryBytes(huge, 2, 32), 20'000'000'000'000LL);
  EXPECT_LT(estimateMemoryBytes(huge, 2, 32), std::numeric_limits<std::int64_t>::max());
  EXPECT_EQ(estimateMemoryBytes(huge, 1000000, std::numeric_limits<std::int64_t>::max() / 2),
            std::numeric_limits<std::int64_t>::max());
}
