#include "neurona/core/train/LossLandscape.h"

#include "neurona/core/nn/Loss.h"

#include <Eigen/QR>

#include <limits>
#include <random>

namespace neurona {

namespace {

// Rows of a dense weight slot (the layer's inputs): the filters are its columns.
Eigen::Index filterLength(const NetworkD& net, LayerId id) {
  for (int i = 0; i < net.layerCount(); ++i)
    if (net.layer(i).id() == id && net.layer(i).type() == LayerType::Dense) return net.layer(i).inputs();
  return 0;
}

VectorD filterNormalisedDirection(const NetworkD& net, Rng& rng) {
  Eigen::Index total = 0;
  for (const ParamSlot<double>& s : net.paramSlots()) total += s.size;
  VectorD d = VectorD::Zero(total);
  std::normal_distribution<double> gauss(0.0, 1.0);
  Eigen::Index at = 0;
  for (const ParamSlot<double>& s : net.paramSlots()) {
    const Eigen::Index rows = s.isWeight ? filterLength(net, s.layer) : 0;
    if (rows > 0) {
      // W is inputs × units, column-major: unit u's incoming weights are one contiguous column.
      const Eigen::Index cols = s.size / rows;
      const Eigen::Map<const MatrixD> w(s.value, rows, cols);
      Eigen::Map<MatrixD> dw(d.data() + at, rows, cols);
      for (Eigen::Index u = 0; u < cols; ++u) {
        for (Eigen::Index r = 0; r < rows; ++r) dw(r, u) = gauss(rng);
        // d[:, u] ← d[:, u] / ‖d[:, u]‖ · ‖W[:, u]‖ (a unit whose weights are all 0 does not move)
        const double dn = dw.col(u).norm();
        dw.col(u) *= dn > 0.0 ? w.col(u).norm() / dn : 0.0;
      }
    }
    // Biases, batchnorm's gamma and beta: 0 (the slice moves weights only).
    at += s.size;
  }
  return d;
}

} // namespace

LandscapeDirections LossLandscape::directions(const NetworkD& net, Rng& rng) {
  LandscapeDirections dirs;
  dirs.d1 = filterNormalisedDirection(net, rng);
  dirs.d2 = filterNormalisedDirection(net, rng);
  return dirs;
}

LossLandscapeGrid LossLandscape::compute(const NetworkD& net, const LandscapeDirections& dirs,
                                         const Eigen::Ref<const MatrixD>& x,
                                         const Eigen::Ref<const MatrixD>& y, LossKind loss, double span,
                                         int steps, const StopToken* stop,
                                         const std::function<void(int, int)>& progress) {
  LossLandscapeGrid grid;
  if (steps < 1) return grid;
  // α_i = span · (2i − (steps − 1)) / (steps − 1): symmetric, and exactly 0 in the middle for odd steps.
  grid.alphas.resize(static_cast<std::size_t>(steps));
  for (int i = 0; i < steps; ++i)
    grid.alphas[static_cast<std::size_t>(i)] =
        steps == 1 ? 0.0 : span * static_cast<double>(2 * i - (steps - 1)) / static_cast<double>(steps - 1);
  grid.betas = grid.alphas;
  grid.loss = MatrixD::Constant(steps, steps, std::numeric_limits<double>::quiet_NaN());

  NetworkD work(net);
  VectorD theta;
  work.copyParameters(theta);
  if (dirs.d1.size() != theta.size() || dirs.d2.size() != theta.size()) return grid;

  VectorD rowStart(theta.size()), point(theta.size());
  MatrixD logits, out;
  NetworkWorkspace<double> ws;
  for (int i = 0; i < steps; ++i) {
    if (stop && stop->stopRequested()) break;
    const double beta = grid.betas[static_cast<std::size_t>(i)];
    rowStart = theta;
    rowStart.noalias() += beta * dirs.d2;
    for (int j = 0; j < steps; ++j) {
      const double alpha = grid.alphas[static_cast<std::size_t>(j)];
      point = rowStart;
      point.noalias() += alpha * dirs.d1;
      work.loadParameters(point);
      work.predictWithLogits(x, logits, out, ws);
      grid.loss(i, j) = lossValue<double>(loss, logits, out, y);
    }
    grid.rowsDone = i + 1;
    if (progress) progress(grid.rowsDone, steps);
  }
  return grid;
}

std::vector<std::pair<double, double>> LossLandscape::projectPath(const Eigen::Ref<const VectorD>& center,
                                                                  const LandscapeDirections& dirs,
                                                                  const std::vector<VectorD>& path) {
  std::vector<std::pair<double, double>> out;
  out.reserve(path.size());
  if (dirs.d1.size() != center.size() || dirs.d2.size() != center.size()) return out;
  Eigen::Matrix<double, Eigen::Dynamic, 2> basis(center.size(), 2);
  basis.col(0) = dirs.d1;
  basis.col(1) = dirs.d2;
  Eigen::Matrix2d gram;
  gram.noalias() = basis.transpose() * basis;
  const Eigen::CompleteOrthogonalDecomposition<Eigen::Matrix2d> solver(gram);
  VectorD r(center.size());
  Eigen::Vector2d rhs;
  for (const VectorD& theta : path) {
    if (theta.size() != center.size()) {
      out.emplace_back(std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::quiet_NaN());
      continue;
    }
    r = theta - center;
    rhs.noalias() = basis.transpose() * r;
    const Eigen::Vector2d ab = solver.solve(rhs);
    out.emplace_back(ab(0), ab(1));
  }
  return out;
}

} // namespace neurona
