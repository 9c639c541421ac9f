#include "neurona/core/train/GridEvaluator.h"

#include "neurona/core/cpu/ComputeThread.h"

#include <algorithm>
#include <thread>

namespace neurona {
namespace {

// Rows per forward call: small enough that a 64-wide layer's buffers stay in L2.
constexpr Eigen::Index kChunk = 512;

} // namespace

GridEvaluator::GridEvaluator(int threads) : m_threads(threads < 1 ? 1 : threads) {}

void GridEvaluator::setInputMap(InputMap map) {
  m_map = std::move(map);
  m_cachedGrid.reset();
}

MatrixD GridEvaluator::gridPoints(const GridSpec& g) {
  const int nx = std::max(g.nx, 1), ny = std::max(g.ny, 1);
  MatrixD p(static_cast<Eigen::Index>(nx) * ny, 2);
  const double dx = nx > 1 ? (g.xMax - g.xMin) / (nx - 1) : 0.0;
  const double dy = ny > 1 ? (g.yMax - g.yMin) / (ny - 1) : 0.0;
  for (int iy = 0; iy < ny; ++iy)
    for (int ix = 0; ix < nx; ++ix) {
      const Eigen::Index r = static_cast<Eigen::Index>(iy) * nx + ix;
      p(r, 0) = g.xMin + ix * dx;
      p(r, 1) = g.yMin + iy * dy;
    }
  return p;
}

const MatrixF& GridEvaluator::inputsFor(const GridSpec& grid) {
  if (!m_cachedGrid || !(*m_cachedGrid == grid)) {
    const MatrixD raw = gridPoints(grid);
    m_inputs = m_map ? m_map(raw).cast<float>() : raw.cast<float>();
    m_cachedGrid = grid;
  }
  return m_inputs;
}

bool GridEvaluator::evaluate(const Network& net, const GridSpec& grid, GridResult& result, bool withLayers) {
  const MatrixF& x = inputsFor(grid);
  if (x.cols() != net.inputs()) return false;
  const Eigen::Index n = x.rows();
  result.grid = grid;
  result.outputs.resize(n, net.outputs());
  if (withLayers) {
    result.layers.resize(static_cast<std::size_t>(net.layerCount()));
    for (int i = 0; i < net.layerCount(); ++i)
      result.layers[static_cast<std::size_t>(i)].resize(n, net.layer(i).outputs());
  } else {
    result.layers.clear();
  }
  const Eigen::Index chunks = (n + kChunk - 1) / kChunk;
  const int threads = static_cast<int>(std::min<Eigen::Index>(m_threads, std::max<Eigen::Index>(chunks, 1)));
  m_workspaces.resize(static_cast<std::size_t>(threads));

  // Thread t takes chunks t, t + threads, …; every point is computed independently, so the result does
  // not depend on the thread count.
  auto work = [&](int t) {
    NetworkWorkspace<float>& ws = m_workspaces[static_cast<std::size_t>(t)];
    MatrixF out;
    std::vector<MatrixF> layers;
    for (Eigen::Index c = t; c < chunks; c += threads) {
      const Eigen::Index start = c * kChunk, count = std::min(kChunk, n - start);
      if (withLayers) {
        net.activations(x.middleRows(start, count), layers);
        for (std::size_t i = 0; i < layers.size(); ++i) result.layers[i].middleRows(start, count) = layers[i];
        result.outputs.middleRows(start, count) = layers.back();
      } else {
        net.predict(x.middleRows(start, count), out, ws);
        result.outputs.middleRows(start, count) = out;
      }
    }
  };
  if (threads == 1) {
    work(0);
  } else {
    std::vector<std::thread> pool;
    for (int t = 1; t < threads; ++t)
      pool.emplace_back([&work, t] {
        enterComputeThread();
        work(t);
      });
    work(0);
    for (std::thread& th : pool) th.join();
  }
  if (net.outputs() > 1) {
    result.argmax.resize(n);
    for (Eigen::Index i = 0; i < n; ++i) {
      Eigen::Index k = 0;
      result.outputs.row(i).maxCoeff(&k);
      result.argmax(i) = static_cast<int>(k);
    }
  } else {
    result.argmax.resize(0);
  }
  return true;
}

GridResult GridEvaluator::evaluate(const Network& net, const GridSpec& grid, bool withLayers) {
  GridResult r;
  evaluate(net, grid, r, withLayers);
  return r;
}

} // namespace neurona
