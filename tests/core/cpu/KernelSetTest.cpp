// Kernel sets: names, what this machine offers, requests as NEURONA_KERNELS gives them, and switching.
#include "neurona/core/cpu/KernelSet.h"
#include "neurona/core/nn/Network.h"

#include "support/KernelSets.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace neurona {
namespace {

bool contains(std::span<const KernelSet> sets, KernelSet s) { return std::find(sets.begin(), sets.end(), s) != sets.end(); }

TEST(KernelSet, NamesRoundTrip) {
  for (KernelSet s : {KernelSet::Baseline, KernelSet::Avx2, KernelSet::Avx512})
    EXPECT_EQ(kernelSetFromString(toString(s)), s);
  EXPECT_EQ(toString(KernelSet::Avx512), "avx512");
  EXPECT_FALSE(kernelSetFromString("AVX2"));
  EXPECT_FALSE(kernelSetFromString("sse"));
  EXPECT_FALSE(kernelSetFromString(""));
}

TEST(KernelSet, TheBestAvailableSetIsTheOneInUse) {
  ASSERT_FALSE(availableKernelSets().empty());
  for (KernelSet s : availableKernelSets()) EXPECT_TRUE(contains(compiledKernelSets(), s));
  EXPECT_EQ(bestKernelSet(), availableKernelSets().back());
  EXPECT_EQ(activeKernelSet(), bestKernelSet()); // nothing in this program asked for another
#if defined(__x86_64__) && !defined(__AVX2__)
  // A portable x86-64 build carries the baseline set and the wider ones its compiler can make.
  EXPECT_EQ(compiledKernelSets().front(), KernelSet::Baseline);
  EXPECT_TRUE(contains(availableKernelSets(), KernelSet::Baseline));
#endif
}

TEST(KernelSet, RequestsByName) {
  KernelRequest r = requestKernelSet(nullptr);
  EXPECT_EQ(r.error, KernelRequestError::None);
  EXPECT_EQ(r.set, bestKernelSet());
  EXPECT_EQ(requestKernelSet("").set, bestKernelSet());
  for (KernelSet s : availableKernelSets()) {
    r = requestKernelSet(std::string(toString(s)).c_str());
    EXPECT_EQ(r.error, KernelRequestError::None);
    EXPECT_EQ(r.set, s);
  }
  for (KernelSet s : {KernelSet::Baseline, KernelSet::Avx2, KernelSet::Avx512}) {
    if (contains(availableKernelSets(), s)) continue;
    r = requestKernelSet(std::string(toString(s)).c_str());
    EXPECT_EQ(r.error, KernelRequestError::NotAvailable) << toString(s);
    EXPECT_FALSE(useKernelSet(s));
  }
  r = requestKernelSet("avx1024");
  EXPECT_EQ(r.error, KernelRequestError::UnknownName);
  EXPECT_EQ(r.name, "avx1024");
}

TEST(KernelSet, EverySetGivesTheSamePredictionsToRounding) {
  Rng rng(3);
  const Network net(NetworkSpec::denseStack({24, 5, 20}, 3, ActivationKind::Tanh, ActivationKind::Softmax), 2, rng);
  MatrixF x(53, 2);
  for (Eigen::Index i = 0; i < x.rows(); ++i) {
    x(i, 0) = static_cast<float>(i % 7) - 3.0f;
    x(i, 1) = 0.1f * static_cast<float>(i) - 2.5f;
  }
  MatrixF reference;
  net.predict(x, reference);
  int sets = 0;
  test::forEachKernelSet([&] {
    MatrixF out;
    net.predict(x, out);
    EXPECT_LT((out - reference).cwiseAbs().maxCoeff(), 1e-5f);
    ++sets;
  });
  EXPECT_EQ(sets, static_cast<int>(availableKernelSets().size()));
  EXPECT_EQ(activeKernelSet(), bestKernelSet()); // restored afterwards
}

} // namespace
} // namespace neurona
