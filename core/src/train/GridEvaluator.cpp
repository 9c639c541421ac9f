#include "neurona/core/train/GridEvaluator.h"

#include "neurona/core/cpu/ComputeThread.h"

#include <algorithm>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <thread>

namespace neurona {
namespace {

// Rows per forward call: small enough that a 64-wide layer's buffers stay in L2.
constexpr Eigen::Index kChunk = 512;

} // namespace

// Helper threads that run one job at a time with the calling thread: run(f) calls f(1) … f(n) on the
// helpers and f(0) on the caller, and returns when all are done.
class GridEvaluator::Pool {
public:
  explicit Pool(int helpers) {
    for (int i = 1; i <= helpers; ++i)
      m_threads.emplace_back([this, i] {
        enterComputeThread();
        loop(i);
      });
  }

  ~Pool() {
    {
      std::lock_guard lock(m_mutex);
      m_stop = true;
    }
    m_wake.notify_all();
    for (std::thread& t : m_threads) t.join();
  }

  int helpers() const { return static_cast<int>(m_threads.size()); }

  template <class F> void run(F& f) {
    {
      std::lock_guard lock(m_mutex);
      m_job = &f;
      m_call = [](void* job, int index) { (*static_cast<F*>(job))(index); };
      m_pending = helpers();
      ++m_generation;
    }
    m_wake.notify_all();
    f(0);
    std::unique_lock lock(m_mutex);
    m_done.wait(lock, [this] { return m_pending == 0; });
  }

private:
  void loop(int index) {
    std::uint64_t seen = 0;
    for (;;) {
      void* job;
      void (*call)(void*, int);
      {
        std::unique_lock lock(m_mutex);
        m_wake.wait(lock, [&] { return m_stop || m_generation != seen; });
        if (m_stop) return;
        seen = m_generation;
        job = m_job;
        call = m_call;
      }
      call(job, index);
      std::lock_guard lock(m_mutex);
      if (--m_pending == 0) m_done.notify_one();
    }
  }

  std::vector<std::thread> m_threads;
  std::mutex m_mutex;
  std::condition_variable m_wake, m_done;
  void* m_job = nullptr;
  void (*m_call)(void*, int) = nullptr;
  std::uint64_t m_generation = 0;
  int m_pending = 0;
  bool m_stop = false;
};

GridEvaluator::GridEvaluator(int threads) : m_threads(threads < 1 ? 1 : threads) {}

GridEvaluator::~GridEvaluator() = default;

void GridEvaluator::setThreads(int threads) {
  m_threads = threads < 1 ? 1 : threads;
  if (m_pool && m_pool->helpers() != m_threads - 1) m_pool.reset();
}

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
  m_scratch.resize(static_cast<std::size_t>(m_threads));

  // Thread t takes chunks t, t + threads, …; every point is computed independently, so the result does
  // not depend on the thread count.
  auto work = [&](int t) {
    if (t >= threads) return; // fewer chunks than threads
    Scratch& s = m_scratch[static_cast<std::size_t>(t)];
    for (Eigen::Index c = t; c < chunks; c += threads) {
      const Eigen::Index start = c * kChunk, count = std::min(kChunk, n - start);
      if (withLayers) {
        net.activations(x.middleRows(start, count), s.layers);
        for (std::size_t i = 0; i < s.layers.size(); ++i) result.layers[i].middleRows(start, count) = s.layers[i];
        result.outputs.middleRows(start, count) = s.layers.back();
      } else {
        net.predict(x.middleRows(start, count), s.out, s.ws);
        result.outputs.middleRows(start, count) = s.out;
      }
    }
  };
  if (threads == 1) {
    work(0);
  } else {
    if (!m_pool) m_pool = std::make_unique<Pool>(m_threads - 1);
    m_pool->run(work);
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
