// The glass box's engine pieces (#22) at the sizes the GUI runs them: a health measurement once an epoch,
// a loss landscape on request, the layer maps once an epoch.
#include "neurona/core/cpu/ComputeThread.h"
#include "neurona/core/train/LayerHealth.h"
#include "neurona/core/train/LayerMaps.h"
#include "neurona/core/train/LossLandscape.h"

#include <benchmark/benchmark.h>

#include <random>

namespace neurona {
namespace {

[[maybe_unused]] const bool kComputeThread = [] {
  enterComputeThread();
  return true;
}();

// n standard normal points, class 1 outside the circle of radius 1.18 (about half of them).
void glassBoxData(int n, std::uint64_t seed, MatrixD& x, MatrixD& y) {
  Rng rng(seed);
  std::normal_distribution<double> g(0.0, 1.0);
  x.resize(n, 2);
  y.resize(n, 1);
  for (int i = 0; i < n; ++i) {
    x(i, 0) = g(rng);
    x(i, 1) = g(rng);
    y(i, 0) = x.row(i).squaredNorm() > 1.386 ? 1.0 : 0.0;
  }
}

// The tutorial's [2,4,8,1] relu/relu/sigmoid, as a trained float network arrives: converted to double.
NetworkD tutorialNetwork() {
  Rng rng(1);
  const Network net(
      NetworkSpec::denseStack({4, 8}, 1, ActivationKind::Relu, ActivationKind::Sigmoid, InitKind::Uniform), 2,
      rng);
  return net.convert<double>();
}

void BM_LayerHealthMeasure256(benchmark::State& state) {
  const NetworkD net = tutorialNetwork();
  MatrixD x, y;
  glassBoxData(1000, 2, x, y); // measure takes the first 256
  for (auto _ : state) {
    const HealthReport r = LayerHealth::measure(net, x, y, LossKind::Mse);
    benchmark::DoNotOptimize(LayerHealth::diagnose(r, net.spec()).size());
  }
}
BENCHMARK(BM_LayerHealthMeasure256)->Unit(benchmark::kMicrosecond);

void BM_LossLandscape21x21On500(benchmark::State& state) {
  const NetworkD net = tutorialNetwork();
  MatrixD x, y;
  glassBoxData(500, 3, x, y);
  Rng rng(4);
  const LandscapeDirections dirs = LossLandscape::directions(net, rng);
  for (auto _ : state) {
    const LossLandscapeGrid g = LossLandscape::compute(net, dirs, x, y, LossKind::Mse, 1.0, 21, nullptr, {});
    benchmark::DoNotOptimize(g.loss.data());
  }
}
BENCHMARK(BM_LossLandscape21x21On500)->Unit(benchmark::kMillisecond);

// 21 + 21 lines of 41 points and 500 samples through every layer, with a projection fitted once.
void BM_LayerMaps21Lines500Points(benchmark::State& state) {
  const NetworkD net = tutorialNetwork();
  MatrixD x, y;
  glassBoxData(500, 5, x, y);
  const LayerMapProjection proj = LayerMaps::fitProjection(net, x);
  for (auto _ : state) {
    const MappedPlane m = LayerMaps::map(net, proj, -3.0, 3.0, -3.0, 3.0, 21, 41, x);
    benchmark::DoNotOptimize(m.points.data());
  }
}
BENCHMARK(BM_LayerMaps21Lines500Points)->Unit(benchmark::kMicrosecond);

void BM_LayerMapsFit500(benchmark::State& state) {
  const NetworkD net = tutorialNetwork();
  MatrixD x, y;
  glassBoxData(500, 6, x, y);
  for (auto _ : state) benchmark::DoNotOptimize(LayerMaps::fitProjection(net, x).axes.data());
}
BENCHMARK(BM_LayerMapsFit500)->Unit(benchmark::kMicrosecond);

} // namespace
} // namespace neurona
