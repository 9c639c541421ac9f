// Optimizer steps, schedules and whole training steps against numbers computed by PyTorch 1.13
// (tests/fixtures/optim/make_reference.py writes tests/fixtures/optim/reference.json), under every kernel
// set the machine has.
#include "neurona/core/nn/Network.h"
#include "neurona/core/optim/Optimizer.h"
#include "neurona/core/optim/Schedule.h"

#include "support/KernelSets.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <set>
#include <string>
#include <vector>

namespace neurona {
namespace {

using nlohmann::json;

const json& reference() {
  static const json j = [] {
    std::ifstream in(std::string(NEURONA_FIXTURES_DIR) + "/optim/reference.json");
    return json::parse(in);
  }();
  return j;
}

OptimizerConfig configFrom(const json& c) {
  OptimizerConfig o = *OptimizerConfig::defaults(c.at("name").get<std::string>());
  if (c.contains("lr")) o.learningRate = c["lr"];
  if (c.contains("momentum")) o.momentum = c["momentum"];
  if (c.contains("dampening")) o.dampening = c["dampening"];
  if (c.contains("nesterov")) o.nesterov = c["nesterov"];
  if (c.contains("weight_decay")) o.weightDecay = c["weight_decay"];
  if (c.contains("beta1")) o.beta1 = c["beta1"];
  if (c.contains("beta2")) o.beta2 = c["beta2"];
  if (c.contains("eps")) o.eps = c["eps"];
  if (c.contains("amsgrad")) o.amsgrad = c["amsgrad"];
  if (c.contains("alpha")) o.alpha = c["alpha"];
  if (c.contains("centered")) o.centered = c["centered"];
  if (c.contains("lr_decay")) o.lrDecay = c["lr_decay"];
  if (c.contains("initial_accumulator_value")) o.initialAccumulatorValue = c["initial_accumulator_value"];
  return o;
}

template <class T> VectorT<T> vec(const json& a) {
  VectorT<T> v(static_cast<Eigen::Index>(a.size()));
  for (std::size_t i = 0; i < a.size(); ++i) v(static_cast<Eigen::Index>(i)) = static_cast<T>(a[i].get<double>());
  return v;
}

// Runs every fixture case with scalar T; returns the worst relative deviation from PyTorch.
template <class T> void checkOptimizers(double tolerance) {
  const json& cases = reference().at("optimizers");
  ASSERT_GE(cases.size(), 20u);
  for (const json& c : cases) {
    const OptimizerConfig cfg = configFrom(c.at("config"));
    auto opt = makeOptimizer<T>(cfg);
    ASSERT_TRUE(opt) << cfg.name;
    std::vector<VectorT<T>> values, grads;
    for (const json& p : c.at("initial")) values.push_back(vec<T>(p));
    grads.resize(values.size());
    std::vector<ParamSlot<T>> paramSlots(values.size());
    for (std::size_t step = 0; step < c.at("grads").size(); ++step) {
      for (std::size_t s = 0; s < values.size(); ++s) {
        grads[s] = vec<T>(c["grads"][step][s]);
        paramSlots[s] = {values[s].data(), grads[s].data(), values[s].size(), s == 0, kNoLayer, 0.0, 0.0};
      }
      opt->step(paramSlots);
      for (std::size_t s = 0; s < values.size(); ++s) {
        const VectorD expected = vec<double>(c["expected"][step][s]);
        const double err = (values[s].template cast<double>() - expected).cwiseAbs().maxCoeff() /
                           std::max(1.0, expected.cwiseAbs().maxCoeff());
        EXPECT_LT(err, tolerance) << c.at("config").dump() << " step " << step + 1 << " slot " << s;
      }
    }
  }
}

TEST(OptimizerReference, EveryOptimizerMatchesPyTorchInDouble) {
  test::forEachKernelSet([] { checkOptimizers<double>(1e-12); });
}

TEST(OptimizerReference, EveryOptimizerMatchesPyTorchInFloat) {
  test::forEachKernelSet([] { checkOptimizers<float>(2e-5); });
}

TEST(OptimizerReference, CoversEveryOptimizerAndVariant) {
  std::set<std::string> names;
  bool nesterov = false, dampening = false, momentum = false, amsgrad = false, centered = false, decay = false;
  for (const json& c : reference().at("optimizers")) {
    const OptimizerConfig o = configFrom(c.at("config"));
    names.insert(o.name);
    nesterov |= o.nesterov;
    dampening |= o.dampening != 0.0;
    momentum |= o.momentum != 0.0;
    amsgrad |= o.amsgrad;
    centered |= o.centered;
    decay |= o.weightDecay != 0.0 && o.name != "adamw";
  }
  EXPECT_EQ(names, (std::set<std::string>{"sgd", "adam", "adamw", "rmsprop", "adagrad"}));
  EXPECT_TRUE(nesterov && dampening && momentum && amsgrad && centered && decay);
}

TEST(OptimizerReference, SchedulesMatchPyTorch) {
  for (const json& c : reference().at("schedules")) {
    ScheduleConfig s;
    s.kind = *scheduleFromString(c.at("kind").get<std::string>());
    const json& cfg = c.at("config");
    if (cfg.contains("stepSize")) s.stepSize = cfg["stepSize"];
    if (cfg.contains("gamma")) s.gamma = cfg["gamma"];
    if (cfg.contains("tMax")) s.tMax = cfg["tMax"];
    if (cfg.contains("etaMin")) s.etaMin = cfg["etaMin"];
    const double base = c.at("baseLr");
    const json& lrs = c.at("lrs");
    for (std::size_t e = 0; e < lrs.size(); ++e)
      EXPECT_NEAR(scheduledLearningRate(s, base, static_cast<int>(e)), lrs[e].get<double>(), 1e-12)
          << c.at("kind") << " epoch " << e;
  }
  ScheduleConfig constant;
  EXPECT_EQ(scheduledLearningRate(constant, 0.3, 17), 0.3);
}

TEST(OptimizerReference, WholeTrainingStepsMatchPyTorch) {
  test::forEachKernelSet([&] {
    for (const json& c : reference().at("training")) {
      NetworkSpec spec;
      for (const json& l : c.at("layers")) {
        LayerSpec ls;
        ls.units = l.at("units");
        ls.activation = *activationFromString(l.at("activation").get<std::string>());
        spec.append(ls);
      }
      Rng rng(0);
      NetworkD net(spec, 2, rng);
      ModelParams p = net.params();
      for (std::size_t i = 0; i < p.size(); ++i) {
        const json& w = c["initial"][i]["weights"];
        for (std::size_t r = 0; r < w.size(); ++r)
          for (std::size_t k = 0; k < w[r].size(); ++k)
            p[i].weights(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(k)) = w[r][k];
        p[i].bias = vec<double>(c["initial"][i]["bias"]);
      }
      ASSERT_TRUE(net.setParams(p));
      const json& xs = c.at("x");
      const json& ys = c.at("y");
      MatrixD x(static_cast<Eigen::Index>(xs.size()), 2), y(static_cast<Eigen::Index>(ys.size()),
                                                            static_cast<Eigen::Index>(ys[0].size()));
      for (std::size_t r = 0; r < xs.size(); ++r) {
        for (std::size_t k = 0; k < 2; ++k) x(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(k)) = xs[r][k];
        for (std::size_t k = 0; k < ys[r].size(); ++k)
          y(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(k)) = ys[r][k];
      }
      const LossKind loss = *lossFromString(c.at("loss").get<std::string>());
      auto opt = makeOptimizer<double>(configFrom(c.at("optimizer")));
      const json& losses = c.at("losses");
      for (std::size_t step = 0; step < losses.size(); ++step) {
        const double l = net.forwardBackward(x, y, loss, rng);
        EXPECT_NEAR(l, losses[step].get<double>(), 1e-12) << "step " << step;
        opt->step(net.paramSlots());
      }
      const ModelParams after = net.params();
      for (std::size_t i = 0; i < after.size(); ++i) {
        const json& w = c["final"][i]["weights"];
        for (std::size_t r = 0; r < w.size(); ++r)
          for (std::size_t k = 0; k < w[r].size(); ++k)
            EXPECT_NEAR(after[i].weights(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(k)),
                        w[r][k].get<double>(), 1e-12);
        EXPECT_LT((after[i].bias - vec<double>(c["final"][i]["bias"])).cwiseAbs().maxCoeff(), 1e-12);
      }
    }
  });
}

// A residual block (x → dense → dense → relu(add of both dense outputs) → sigmoid) trained 100 Adam
// steps on a spiral, against PyTorch (tests/fixtures/optim/make_graph_reference.py writes
// graph_reference.json): the graph's forward, the gradient summed over both readers of the first layer,
// and the fused BCE through a graph, to the tolerance of the stack's cases above.
TEST(OptimizerReference, ResidualNetworkTrainingMatchesPyTorch) {
  static const json ref = [] {
    std::ifstream in(std::string(NEURONA_FIXTURES_DIR) + "/optim/graph_reference.json");
    return json::parse(in);
  }();
  test::forEachKernelSet([&] {
    for (const json& c : ref.at("training")) {
      NetworkSpec spec;
      for (const json& l : c.at("layers")) {
        const LayerType type = *layerTypeFromString(l.at("type").get<std::string>());
        LayerSpec ls = isMerge(type) ? LayerSpec::merge(type) : LayerSpec{};
        if (!isMerge(type)) ls.units = l.at("units");
        ls.activation = *activationFromString(l.at("activation").get<std::string>());
        std::vector<LayerId> inputs;
        for (const json& src : l.at("inputs")) {
          const int k = src.get<int>();
          inputs.push_back(k < 0 ? kNetworkInput : spec.layers[static_cast<std::size_t>(k)].id);
        }
        ls.inputs = inputs;
        spec.append(ls);
      }
      ASSERT_TRUE(spec.isGraph());
      Rng rng(0);
      NetworkD net(spec, 2, rng);
      ModelParams p = net.params();
      for (const auto& [key, layer] : c.at("initial").items()) {
        const std::size_t i = static_cast<std::size_t>(std::stoi(key));
        const json& w = layer.at("weights");
        for (std::size_t r = 0; r < w.size(); ++r)
          for (std::size_t k = 0; k < w[r].size(); ++k)
            p[i].weights(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(k)) = w[r][k];
        p[i].bias = vec<double>(layer.at("bias"));
      }
      ASSERT_TRUE(net.setParams(p));
      const json& xs = c.at("x");
      const json& ys = c.at("y");
      MatrixD x(static_cast<Eigen::Index>(xs.size()), 2), y(static_cast<Eigen::Index>(ys.size()), 1);
      for (std::size_t r = 0; r < xs.size(); ++r) {
        for (std::size_t k = 0; k < 2; ++k) x(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(k)) = xs[r][k];
        y(static_cast<Eigen::Index>(r), 0) = ys[r][0];
      }
      const LossKind loss = *lossFromString(c.at("loss").get<std::string>());
      auto opt = makeOptimizer<double>(configFrom(c.at("optimizer")));
      const json& losses = c.at("losses");
      ASSERT_EQ(losses.size(), 100u);
      for (std::size_t step = 0; step < losses.size(); ++step) {
        const double l = net.forwardBackward(x, y, loss, rng);
        EXPECT_NEAR(l, losses[step].get<double>(), 1e-12) << "step " << step;
        opt->step(net.paramSlots());
      }
      EXPECT_LT(losses.back().get<double>(), 0.05); // it learned: a check of a stuck run would prove little
      const ModelParams after = net.params();
      for (const auto& [key, layer] : c.at("final").items()) {
        const std::size_t i = static_cast<std::size_t>(std::stoi(key));
        const json& w = layer.at("weights");
        for (std::size_t r = 0; r < w.size(); ++r)
          for (std::size_t k = 0; k < w[r].size(); ++k)
            EXPECT_NEAR(after[i].weights(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(k)),
                        w[r][k].get<double>(), 1e-12);
        EXPECT_LT((after[i].bias - vec<double>(layer.at("bias"))).cwiseAbs().maxCoeff(), 1e-12);
      }
    }
  });
}

std::array<int, 2> pair(const json& a) { return {a.at(0).get<int>(), a.at(1).get<int>()}; }

// A small CNN (conv same relu → maxpool → conv valid tanh → avgpool → flatten → dense softmax) on 6×6×2
// images trained 60 Adam steps, against PyTorch (tests/fixtures/optim/make_cnn_reference.py writes
// cnn_reference.json, converting between PyTorch's channels-first tensors and Neurona's channels-last
// rows): im2col and col2im, the max pool's routing, the average's spreading, TensorFlow's "same" padding
// and the kernel's row order, to the tolerance of the cases above.
TEST(OptimizerReference, ConvolutionalNetworkTrainingMatchesPyTorch) {
  static const json ref = [] {
    std::ifstream in(std::string(NEURONA_FIXTURES_DIR) + "/optim/cnn_reference.json");
    return json::parse(in);
  }();
  test::forEachKernelSet([&] {
    for (const json& c : ref.at("training")) {
      NetworkSpec spec;
      const json& shape = c.at("input_shape");
      spec.inputShape = std::array<int, 3>{shape[0].get<int>(), shape[1].get<int>(), shape[2].get<int>()};
      for (const json& l : c.at("layers")) {
        LayerSpec ls;
        ls.type = *layerTypeFromString(l.at("type").get<std::string>());
        if (l.contains("units")) ls.units = l["units"];
        if (l.contains("filters")) ls.filters = l["filters"];
        if (l.contains("kernel")) ls.kernel = pair(l["kernel"]);
        if (l.contains("pool")) ls.pool = pair(l["pool"]);
        if (l.contains("stride")) ls.stride = pair(l["stride"]);
        if (l.contains("padding")) ls.padding = *paddingFromString(l["padding"].get<std::string>());
        if (l.contains("activation"))
          ls.activation = *activationFromString(l["activation"].get<std::string>());
        spec.append(ls);
      }
      const int features = (*spec.inputShape)[0] * (*spec.inputShape)[1] * (*spec.inputShape)[2];
      Rng rng(0);
      NetworkD net(spec, features, rng);
      ModelParams p = net.params();
      const auto load = [](const json& layer, LayerParams& into) {
        const json& w = layer.at("weights");
        ASSERT_EQ(into.weights.rows(), static_cast<Eigen::Index>(w.size()));
        for (std::size_t r = 0; r < w.size(); ++r)
          for (std::size_t k = 0; k < w[r].size(); ++k)
            into.weights(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(k)) = w[r][k];
        into.bias = vec<double>(layer.at("bias"));
      };
      for (const auto& [key, layer] : c.at("initial").items())
        load(layer, p[static_cast<std::size_t>(std::stoi(key))]);
      ASSERT_TRUE(net.setParams(p));
      const json& xs = c.at("x");
      const json& ys = c.at("y");
      const Eigen::Index n = static_cast<Eigen::Index>(xs.size());
      const Eigen::Index classes = static_cast<Eigen::Index>(ys[0].size());
      MatrixD x(n, features), y(n, classes);
      for (Eigen::Index r = 0; r < n; ++r) {
        for (Eigen::Index k = 0; k < features; ++k)
          x(r, k) = xs[static_cast<std::size_t>(r)][static_cast<std::size_t>(k)];
        for (Eigen::Index k = 0; k < classes; ++k)
          y(r, k) = ys[static_cast<std::size_t>(r)][static_cast<std::size_t>(k)];
      }
      const LossKind loss = *lossFromString(c.at("loss").get<std::string>());
      auto opt = makeOptimizer<double>(configFrom(c.at("optimizer")));
      const json& losses = c.at("losses");
      ASSERT_EQ(losses.size(), 60u);
      for (std::size_t step = 0; step < losses.size(); ++step) {
        const double l = net.forwardBackward(x, y, loss, rng);
        EXPECT_NEAR(l, losses[step].get<double>(), 1e-12) << "step " << step;
        opt->step(net.paramSlots());
      }
      EXPECT_LT(losses.back().get<double>(), 0.1); // it learned: a check of a stuck run would prove little
      const ModelParams after = net.params();
      for (const auto& [key, layer] : c.at("final").items()) {
        const std::size_t i = static_cast<std::size_t>(std::stoi(key));
        const json& w = layer.at("weights");
        for (std::size_t r = 0; r < w.size(); ++r)
          for (std::size_t k = 0; k < w[r].size(); ++k)
            EXPECT_NEAR(after[i].weights(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(k)),
                        w[r][k].get<double>(), 1e-12);
        EXPECT_LT((after[i].bias - vec<double>(layer.at("bias"))).cwiseAbs().maxCoeff(), 1e-12);
      }
    }
  });
}

TEST(Optimizer, DefaultsAndNames) {
  EXPECT_FALSE(OptimizerConfig::defaults("lbfgs"));
  EXPECT_EQ(makeOptimizer<float>(OptimizerConfig{.name = "nope"}), nullptr);
  EXPECT_DOUBLE_EQ(OptimizerConfig::defaults("adamw")->weightDecay, 0.01);
  EXPECT_DOUBLE_EQ(OptimizerConfig::defaults("adagrad")->eps, 1e-10);
  EXPECT_DOUBLE_EQ(OptimizerConfig::defaults("rmsprop")->alpha, 0.99);
  EXPECT_DOUBLE_EQ(OptimizerConfig::defaults("adam")->learningRate, 1e-3);
  EXPECT_EQ(optimizerNames().size(), 5u);
}

} // namespace
} // namespace neurona
