// Graph networks: finite-difference gradient checks for add, concat, a residual block, a diamond, a layer
// read by two layers and a multi-output regression; a graph equal to a straight stack gives its numbers.
#include "support/GradientCheck.h"

#include "neurona/core/nn/Network.h"

#include <gtest/gtest.h>

#include <vector>

namespace neurona {
namespace {

LayerSpec dense(int units, ActivationKind act) {
  LayerSpec l;
  l.units = units;
  l.activation = act;
  l.weightInit = InitKind::GlorotNormal;
  l.biasInit = InitKind::Uniform; // non-zero biases exercise every path
  return l;
}

LayerSpec merge(LayerType type, ActivationKind act, std::vector<LayerId> inputs) {
  LayerSpec l = LayerSpec::merge(type);
  l.activation = act;
  l.inputs = std::move(inputs);
  return l;
}

LayerSpec reading(LayerSpec l, std::vector<LayerId> inputs) {
  l.inputs = std::move(inputs);
  return l;
}

void expectGradientsMatch(NetworkD& net, const MatrixD& x, const MatrixD& y, LossKind loss) {
  const test::GradientCheckResult r = test::checkGradients(net, x, y, loss, 0.01, 0.02);
  EXPECT_LT(r.maxRelativeError, 1e-6) << "worst parameter " << r.worst << ": analytic " << r.analytic(r.worst)
                                      << " numeric " << r.numeric(r.worst);
  EXPECT_LT(r.normRelativeError, 1e-6);
  EXPECT_GT(r.analytic.norm(), 1e-6);
}

MatrixD binaryTargets(Eigen::Index n) {
  MatrixD y(n, 1);
  for (Eigen::Index i = 0; i < n; ++i) y(i, 0) = i % 3 == 0 ? 1.0 : 0.0;
  return y;
}

// input → h1 → h2 → add(h1, h2) with a tanh → output.
NetworkSpec residual(ActivationKind addActivation) {
  NetworkSpec spec;
  const LayerId h1 = spec.append(dense(5, ActivationKind::Tanh));
  const LayerId h2 = spec.append(dense(5, ActivationKind::Sigmoid));
  const LayerId add = spec.append(merge(LayerType::Add, addActivation, {h1, h2}));
  spec.append(reading(dense(1, ActivationKind::Sigmoid), {add}));
  return spec;
}

TEST(GraphGradientCheck, ResidualBlockWithAnAddAndItsActivation) {
  for (ActivationKind act : {ActivationKind::Linear, ActivationKind::Tanh, ActivationKind::Relu}) {
    Rng rng(11);
    const NetworkSpec spec = residual(act);
    ASSERT_TRUE(spec.isGraph());
    NetworkD net(spec, 3, rng);
    const MatrixD x = randomMatrix(8, 3, rng);
    expectGradientsMatch(net, x, binaryTargets(8), LossKind::Bce);
  }
}

TEST(GraphGradientCheck, AddOfTheNetworkInputAndALayer) {
  Rng rng(3);
  NetworkSpec spec;
  const LayerId h = spec.append(reading(dense(3, ActivationKind::Elu), {kNetworkInput}));
  const LayerId add = spec.append(merge(LayerType::Add, ActivationKind::Linear, {kNetworkInput, h}));
  spec.append(reading(dense(1, ActivationKind::Sigmoid), {add}));
  NetworkD net(spec, 3, rng);
  expectGradientsMatch(net, randomMatrix(6, 3, rng), binaryTargets(6), LossKind::Bce);
}

TEST(GraphGradientCheck, DiamondJoinedByAConcatInTheOrderOfItsInputs) {
  Rng rng(21);
  NetworkSpec spec;
  const LayerId a = spec.append(reading(dense(4, ActivationKind::Relu), {kNetworkInput}));
  const LayerId b = spec.append(reading(dense(2, ActivationKind::Tanh), {kNetworkInput}));
  const LayerId c = spec.append(merge(LayerType::Concat, ActivationKind::Sigmoid, {b, a, kNetworkInput}));
  spec.append(reading(dense(3, ActivationKind::Softmax), {c}));
  NetworkD net(spec, 3, rng);
  EXPECT_EQ(net.summary().layers[2].inputs, 2 + 4 + 3);
  EXPECT_EQ(net.summary().layers[2].outputs, 9);
  MatrixD y = MatrixD::Zero(7, 3);
  for (Eigen::Index i = 0; i < 7; ++i) y(i, (i * 5) % 3) = 1.0;
  expectGradientsMatch(net, randomMatrix(7, 3, rng), y, LossKind::Cce);
}

TEST(GraphGradientCheck, ALayerReadByTwoLayersSumsTheirGradients) {
  Rng rng(8);
  NetworkSpec spec;
  const LayerId h = spec.append(dense(4, ActivationKind::Swish));
  const LayerId left = spec.append(reading(dense(4, ActivationKind::Tanh), {h}));
  LayerSpec bn;
  bn.type = LayerType::BatchNorm;
  const LayerId right = spec.append(reading(bn, {h}));
  const LayerId add = spec.append(merge(LayerType::Add, ActivationKind::Linear, {left, right, h}));
  spec.append(reading(dense(1, ActivationKind::Sigmoid), {add}));
  NetworkD net(spec, 2, rng);
  expectGradientsMatch(net, randomMatrix(9, 2, rng), binaryTargets(9), LossKind::Bce);
}

TEST(GraphGradientCheck, MultiOutputRegressionOfThreeTargets) {
  for (LossKind loss : {LossKind::Mse, LossKind::Huber}) {
    Rng rng(5);
    NetworkSpec spec;
    const LayerId h1 = spec.append(dense(4, ActivationKind::Tanh));
    const LayerId h2 = spec.append(dense(4, ActivationKind::Gelu));
    const LayerId add = spec.append(merge(LayerType::Add, ActivationKind::Linear, {h1, h2}));
    spec.append(reading(dense(3, ActivationKind::Linear), {add}));
    NetworkD net(spec, 2, rng);
    const MatrixD x = randomMatrix(6, 2, rng);
    const MatrixD y = randomMatrix(6, 3, rng);
    expectGradientsMatch(net, x, y, loss);
  }
}

TEST(GraphNetwork, AStackWrittenAsAGraphGivesTheStacksNumbers) {
  NetworkSpec stack;
  stack.append(dense(6, ActivationKind::Relu));
  stack.append(dense(3, ActivationKind::Tanh));
  stack.append(dense(1, ActivationKind::Sigmoid));
  NetworkSpec graph = stack;
  graph.layers[0].name = "first"; // a name of its own makes it a graph; the wiring is the same
  ASSERT_TRUE(graph.isGraph());
  Rng r1(4), r2(4);
  Network a(stack, 2, r1);
  Network b(graph, 2, r2);
  ASSERT_TRUE(b.setParams(a.params()));
  Rng data(9);
  const MatrixF x = randomMatrix(20, 2, data).cast<float>();
  const MatrixF y = binaryTargets(20).cast<float>();
  MatrixF pa, pb;
  a.predict(x, pa);
  b.predict(x, pb);
  EXPECT_EQ(pa, pb);
  Rng d1(1), d2(1);
  EXPECT_EQ(a.forwardBackward(x, y, LossKind::Bce, d1), b.forwardBackward(x, y, LossKind::Bce, d2));
  VectorF ga, gb;
  a.copyGradients(ga);
  b.copyGradients(gb);
  EXPECT_EQ(ga, gb);
}

TEST(GraphNetwork, PredictActivationsAndLogitsAgreeOnAGraph) {
  Rng rng(2);
  NetworkD net(residual(ActivationKind::Tanh), 3, rng);
  const MatrixD x = randomMatrix(5, 3, rng);
  MatrixD out, logits, out2;
  net.predict(x, out);
  std::vector<MatrixD> perLayer;
  net.activations(x, perLayer);
  ASSERT_EQ(perLayer.size(), 4U);
  EXPECT_TRUE(perLayer.back().isApprox(out, 1e-14));
  // The add layer is tanh(h1 + h2).
  const MatrixD sum = (perLayer[0] + perLayer[1]).array().tanh().matrix();
  EXPECT_TRUE(perLayer[2].isApprox(sum, 1e-14));
  NetworkWorkspace<double> ws;
  net.predictWithLogits(x, logits, out2, ws);
  EXPECT_TRUE(out2.isApprox(out, 1e-14));
  // The float network converted to double predicts the same.
  const Network f = net.convert<float>();
  MatrixF pf;
  f.predict(x.cast<float>(), pf);
  EXPECT_LT((pf.cast<double>() - out).cwiseAbs().maxCoeff(), 1e-5);
}

} // namespace
} // namespace neurona
