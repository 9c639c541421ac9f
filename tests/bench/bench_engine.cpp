// Engine benchmarks: forward/backward steps, grid evaluation, and the two workloads of the comparison
// against NumPy and PyTorch (tests/bench/compare_engine.py runs them with --benchmark_filter=Workload).
//   NEURONA_BENCH_EPOCHS overrides workload 1's 50,000 epochs (for quick runs).
#include "neurona/core/cpu/ComputeThread.h"
#include "neurona/core/cpu/KernelSet.h"
#include "neurona/core/data/Generators.h"
#include "neurona/core/train/GridEvaluator.h"
#include "neurona/core/train/Trainer.h"

#include <benchmark/benchmark.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace neurona {
namespace {

// The benchmarks run on the main thread, which computes as neurona-cli's does (subnormals off), with the
// kernel set NEURONA_KERNELS names (default: the best the CPU has).
[[maybe_unused]] const bool kComputeThread = [] {
  enterComputeThread();
  const KernelRequest k = requestKernelSet(std::getenv(kKernelsVariable));
  useKernelSet(k.set);
  std::fprintf(stderr, "kernels: %s%s\n", std::string(toString(activeKernelSet())).c_str(),
               k.error == KernelRequestError::None ? "" : " (NEURONA_KERNELS refused)");
  return true;
}();

// 2-class Gaussian quantiles (as scikit-learn's make_gaussian_quantiles): standard normal points, the
// class is whether the squared radius is above the median.
Dataset gaussianQuantiles(int n, std::uint64_t seed) {
  Rng rng(seed);
  std::normal_distribution<double> g(0.0, 1.0);
  Dataset d;
  d.task = TaskKind::BinaryClassification;
  d.classNames = {"0", "1"};
  d.features.resize(n, 2);
  d.labels.resize(n);
  for (int i = 0; i < n; ++i) {
    d.features(i, 0) = g(rng);
    d.features(i, 1) = g(rng);
  }
  const VectorD r2 = d.features.rowwise().squaredNorm();
  VectorD sorted = r2;
  std::sort(sorted.data(), sorted.data() + n);
  const double median = sorted(n / 2);
  for (int i = 0; i < n; ++i) d.labels(i) = r2(i) >= median ? 1 : 0;
  return d;
}

NetworkSpec wideSpec() {
  return NetworkSpec::denseStack({64, 64, 64}, 1, ActivationKind::Tanh, ActivationKind::Sigmoid);
}

NetworkSpec tutorialSpec() {
  NetworkSpec s =
      NetworkSpec::denseStack({4, 8}, 1, ActivationKind::Relu, ActivationKind::Sigmoid, InitKind::Uniform);
  return s;
}

// One training step (forward, backward, Adam update) of [2,64,64,64,1] at batch size state.range(0).
void BM_TrainStepWide(benchmark::State& state) {
  const int batch = static_cast<int>(state.range(0));
  Rng rng(1);
  Network net(wideSpec(), 2, rng);
  const Dataset d = gaussianQuantiles(batch, 2);
  const MatrixF x = d.features.cast<float>();
  const MatrixF y = d.labels.cast<float>();
  auto opt = makeOptimizer<float>(*OptimizerConfig::defaults("adam"));
  for (auto _ : state) {
    benchmark::DoNotOptimize(net.forwardBackward(x, y, LossKind::Bce, rng));
    opt->step(net.paramSlots());
  }
  state.SetItemsProcessed(state.iterations() * batch);
}
BENCHMARK(BM_TrainStepWide)->Arg(1)->Arg(32)->Arg(1000);

// The same for the tutorial's [2,4,8,1] (relu, relu, sigmoid, MSE, SGD).
void BM_TrainStepTutorial(benchmark::State& state) {
  const int batch = static_cast<int>(state.range(0));
  Rng rng(1);
  Network net(tutorialSpec(), 2, rng);
  const Dataset d = gaussianQuantiles(batch, 2);
  const MatrixF x = d.features.cast<float>();
  const MatrixF y = d.labels.cast<float>();
  OptimizerConfig c = *OptimizerConfig::defaults("sgd");
  c.learningRate = 0.5;
  auto opt = makeOptimizer<float>(c);
  for (auto _ : state) {
    benchmark::DoNotOptimize(net.forwardBackward(x, y, LossKind::Mse, rng));
    opt->step(net.paramSlots());
  }
  state.SetItemsProcessed(state.iterations() * batch);
}
BENCHMARK(BM_TrainStepTutorial)->Arg(1)->Arg(32)->Arg(128)->Arg(256)->Arg(1000);

void gridBench(benchmark::State& state, const NetworkSpec& spec) {
  Rng rng(1);
  const Network net(spec, 2, rng);
  GridEvaluator eval(static_cast<int>(state.range(0)));
  const GridSpec g{-3.0, 3.0, -3.0, 3.0, 256, 256};
  GridResult r;
  eval.evaluate(net, g, r); // builds and caches the grid inputs
  for (auto _ : state) {
    eval.evaluate(net, g, r);
    benchmark::DoNotOptimize(r.outputs.data());
  }
  state.SetItemsProcessed(state.iterations() * 256 * 256);
}

void BM_Grid256_2_8_8_1(benchmark::State& state) {
  gridBench(state, NetworkSpec::denseStack({8, 8}, 1, ActivationKind::Tanh, ActivationKind::Sigmoid));
}
BENCHMARK(BM_Grid256_2_8_8_1)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

void BM_Grid256_2_64_64_64_1(benchmark::State& state) { gridBench(state, wideSpec()); }
BENCHMARK(BM_Grid256_2_64_64_64_1)
    ->ArgName("threads")
    ->Arg(1)
    ->Arg(2)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

void BM_Grid256_WithNeuronActivations(benchmark::State& state) {
  Rng rng(1);
  const Network net(NetworkSpec::denseStack({8, 8}, 1, ActivationKind::Tanh, ActivationKind::Sigmoid), 2,
                    rng);
  GridEvaluator eval(2);
  const GridSpec g{-3.0, 3.0, -3.0, 3.0, 256, 256};
  GridResult r;
  for (auto _ : state) {
    eval.evaluate(net, g, r, true);
    benchmark::DoNotOptimize(r.layers.data());
  }
}
BENCHMARK(BM_Grid256_WithNeuronActivations)
    ->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()
    ->UseRealTime();

// Workload 1: the tutorial. 1000 points, [2,4,8,1] relu/relu/sigmoid, MSE, full-batch SGD lr 0.5.
void BM_Workload1_Tutorial(benchmark::State& state) {
  const char* env = std::getenv("NEURONA_BENCH_EPOCHS");
  const int epochs = env ? std::atoi(env) : 50000;
  const Dataset d = gaussianQuantiles(1000, 3);
  TrainingConfig c;
  c.loss = LossKind::Mse;
  c.optimizer = *OptimizerConfig::defaults("sgd");
  c.optimizer.learningRate = 0.5;
  c.epochs = epochs;
  c.batchSize = 0;
  c.seed = 1;
  double acc = 0.0;
  for (auto _ : state) {
    Trainer t(tutorialSpec(), c, d);
    t.run();
    acc = t.history().back().accuracy;
  }
  state.counters["epochs"] = epochs;
  state.counters["us_per_epoch"] =
      benchmark::Counter(static_cast<double>(epochs) * static_cast<double>(state.iterations()),
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["final_accuracy"] = acc;
}
BENCHMARK(BM_Workload1_Tutorial)->Iterations(1)->Unit(benchmark::kMillisecond)->UseRealTime();

// One epoch of Adam at batch 32 on `data`, timed per run (the network built inside: its start-up counts).
void adamEpoch(benchmark::State& state, const NetworkSpec& spec, const Dataset& data, LossKind loss, double lr) {
  TrainingConfig c;
  c.loss = loss;
  c.optimizer = *OptimizerConfig::defaults("adam");
  c.optimizer.learningRate = lr;
  c.epochs = 1;
  c.batchSize = 32;
  c.seed = 1;
  double acc = 0.0;
  for (auto _ : state) {
    Trainer t(spec, c, data);
    t.run();
    acc = t.history().back().accuracy;
  }
  state.SetItemsProcessed(state.iterations() * data.samples());
  state.counters["final_accuracy"] = acc;
}

// Workload 2: 100,000 points of the 2-class spiral, [2,64,64,64,1] tanh + sigmoid, BCE, Adam lr 0.01,
// batch 32, one epoch.
void BM_Workload2_Wide(benchmark::State& state) {
  GeneratorOptions spiral;
  spiral.samples = 100000;
  spiral.noise = 0.1;
  spiral.seed = 4;
  adamEpoch(state, wideSpec(), generateDataset("spiral", spiral).value, LossKind::Bce, 0.01);
}
BENCHMARK(BM_Workload2_Wide)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

// Workload 4 (issue #21): one epoch of 10,000 16x16 `shapes` pictures through conv 8@3x3 same relu →
// maxpool 2 → conv 16@3x3 same relu → maxpool 2 → flatten → dense 4 softmax, cross-entropy, Adam, batch 32.
NetworkSpec shapesCnn() {
  NetworkSpec s;
  s.inputShape = std::array<int, 3>{16, 16, 1};
  const auto conv = [&](int filters) {
    LayerSpec l;
    l.type = LayerType::Conv2d;
    l.filters = filters;
    l.kernel = {3, 3};
    l.padding = PaddingKind::Same;
    l.activation = ActivationKind::Relu;
    l.weightInit = InitKind::HeUniform;
    s.append(l);
  };
  const auto pool = [&] {
    LayerSpec l;
    l.type = LayerType::MaxPool2d;
    l.pool = {2, 2};
    s.append(l);
  };
  conv(8);
  pool();
  conv(16);
  pool();
  LayerSpec flatten;
  flatten.type = LayerType::Flatten;
  s.append(flatten);
  LayerSpec out;
  out.units = 4;
  out.activation = ActivationKind::Softmax;
  s.append(out);
  return s;
}

void BM_Workload4_ShapesCnn(benchmark::State& state) {
  GeneratorOptions shapes;
  shapes.samples = 10000;
  shapes.noise = 0.1;
  shapes.seed = 4;
  adamEpoch(state, shapesCnn(), generateDataset("shapes", shapes).value, LossKind::Cce, 0.001);
}
BENCHMARK(BM_Workload4_ShapesCnn)->Iterations(3)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace
} // namespace neurona
