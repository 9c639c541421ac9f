// Subnormal floats are off in a thread that called enterComputeThread(), and only there.
#include "neurona/core/cpu/ComputeThread.h"
#include "neurona/core/nn/Activation.h"
#include "neurona/core/nn/Network.h"
#include "neurona/core/train/GridEvaluator.h"

#include "support/KernelSets.h"

#include <gtest/gtest.h>

#include <limits>
#include <thread>

namespace neurona {
namespace {

// One linear unit, out = w·x + b, evaluated by the dense kernel.
Network identityUnit(float w) {
  Rng rng(1);
  Network net(NetworkSpec::denseStack({}, 1, ActivationKind::Relu, ActivationKind::Linear), 1, rng);
  ModelParams p = net.params();
  p[0].weights.setConstant(w);
  p[0].bias.setZero();
  EXPECT_TRUE(net.setParams(p));
  return net;
}

struct Outputs {
  bool flushed = false;
  float fromSubnormalInput = -1.0f;  // 1·x with x subnormal
  float toSubnormalResult = -1.0f;   // a product of two normal floats that lands below the normal range
  float tanhOfSubnormal = -1.0f;     // an element-wise kernel
};

Outputs computeInNewThread(bool enter) {
  Outputs o;
  std::thread worker([&] {
    if (enter) enterComputeThread();
    o.flushed = subnormalsFlushed();
    const float subnormal = std::numeric_limits<float>::denorm_min() * 1000.0f; // about 1.4e-42
    MatrixF x(16, 1), out;
    x.setConstant(subnormal);
    identityUnit(1.0f).predict(x, out);
    o.fromSubnormalInput = out(15, 0);
    x.setConstant(1e-30f);
    identityUnit(1e-10f).predict(x, out); // 1e-40 is below FLT_MIN (1.2e-38)
    o.toSubnormalResult = out(15, 0);
    MatrixF z = MatrixF::Constant(16, 1, subnormal), a;
    activationForward<float>(ActivationKind::Tanh, 0.0f, z, a);
    o.tanhOfSubnormal = a(15, 0);
  });
  worker.join();
  return o;
}

TEST(ComputeThread, SubnormalInputsAndResultsAreZeroInAComputeThread) {
#if defined(__x86_64__) || defined(__aarch64__)
  test::forEachKernelSet([] {
    const Outputs on = computeInNewThread(true);
    EXPECT_TRUE(on.flushed);
    EXPECT_EQ(on.fromSubnormalInput, 0.0f);
    EXPECT_EQ(on.toSubnormalResult, 0.0f);
    EXPECT_EQ(on.tanhOfSubnormal, 0.0f);
  });
#else
  GTEST_SKIP() << "no flush-to-zero control on this processor";
#endif
}

TEST(ComputeThread, OtherThreadsKeepSubnormals) {
  // The same computations in a thread that did not ask: the subnormals are there (which also shows that
  // the test above would catch a kernel that ignored the setting).
  const Outputs off = computeInNewThread(false);
  EXPECT_FALSE(off.flushed);
  EXPECT_GT(off.fromSubnormalInput, 0.0f);
  EXPECT_GT(off.toSubnormalResult, 0.0f);
  EXPECT_GT(off.tanhOfSubnormal, 0.0f);
}

TEST(ComputeThread, TheGridEvaluatorsOwnThreadsFlushSubnormals) {
  // out = 1e-20·x1 at x1 = 1e-20: 1e-40, a subnormal. The evaluator's helper thread computes chunks 1, 3, …
  // of 512 points, the calling thread (which did not ask, here) chunks 0, 2, ….
  Rng rng(1);
  Network net(NetworkSpec::denseStack({}, 1, ActivationKind::Relu, ActivationKind::Linear), 2, rng);
  ModelParams p = net.params();
  p[0].weights << 1e-20, 0.0;
  p[0].bias.setZero();
  ASSERT_TRUE(net.setParams(p));
  std::thread caller([&] {
    GridEvaluator eval(2);
    const GridResult r = eval.evaluate(net, GridSpec{1e-20, 1e-20, -1.0, 1.0, 32, 32});
    EXPECT_GT(r.outputs(0, 0), 0.0f);   // chunk 0: the caller's thread
    EXPECT_EQ(r.outputs(600, 0), 0.0f); // chunk 1: the evaluator's thread
  });
  caller.join();
}

} // namespace
} // namespace neurona
