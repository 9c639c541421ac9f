#pragma once
// Evaluates a network on an nx × ny grid over a rectangle of the first two raw inputs, for the decision
// boundary and the per-neuron heatmaps. Point (ix, iy) is row iy·nx + ix, at
//   x1 = xMin + ix·(xMax − xMin)/(nx − 1), x2 = yMin + iy·(yMax − yMin)/(ny − 1)   (n = 1: the minimum).
// An input map turns the raw 2-column points into the model's inputs (feature transforms, then
// preprocessing); without one the raw points are the inputs. The mapped grid is cached until the grid or
// the map changes, so redrawing with new weights costs only the forward pass (split over `threads`).
#include "neurona/core/nn/Network.h"

#include <functional>
#include <memory>
#include <optional>

namespace neurona {

struct GridSpec {
  double xMin = -1.0, xMax = 1.0, yMin = -1.0, yMax = 1.0;
  int nx = 100, ny = 100;
  bool operator==(const GridSpec&) const = default;
};

struct GridResult {
  GridSpec grid;
  MatrixF outputs;             // (nx·ny) × network outputs
  Eigen::VectorXi argmax;      // per point, only when the network has several outputs
  std::vector<MatrixF> layers; // per spec layer (nx·ny) × layer outputs, only when asked for
};

class GridEvaluator {
public:
  // raw: points × 2 (x1, x2) → returns points × network inputs.
  using InputMap = std::function<MatrixD(const MatrixD& raw)>;

  // `threads` − 1 threads of its own are started on the first evaluation that uses them, and kept until
  // the evaluator is destroyed; each calls enterComputeThread() first. The caller's thread does the rest.
  explicit GridEvaluator(int threads = 2);
  ~GridEvaluator();
  GridEvaluator(const GridEvaluator&) = delete;
  GridEvaluator& operator=(const GridEvaluator&) = delete;
  void setInputMap(InputMap map);
  void setThreads(int threads);

  // Fills `result` (its buffers are reused). Returns false when the mapped inputs do not match the
  // network's input count.
  bool evaluate(const Network& net, const GridSpec& grid, GridResult& result, bool withLayers = false);
  GridResult evaluate(const Network& net, const GridSpec& grid, bool withLayers = false);

  // The raw grid points (points × 2), in the order described above.
  static MatrixD gridPoints(const GridSpec& grid);

private:
  const MatrixF& inputsFor(const GridSpec& grid);

  class Pool; // the evaluator's own threads

  // One thread's buffers, kept between evaluations.
  struct Scratch {
    NetworkWorkspace<float> ws;
    MatrixF out;
    std::vector<MatrixF> layers;
  };

  int m_threads;
  InputMap m_map;
  std::optional<GridSpec> m_cachedGrid;
  MatrixF m_inputs;
  std::vector<Scratch> m_scratch;
  std::unique_ptr<Pool> m_pool;
};

} // namespace neurona
