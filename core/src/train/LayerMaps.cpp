#include "neurona/core/train/LayerMaps.h"

#include <Eigen/Eigenvalues>

#include <algorithm>
#include <utility>

namespace neurona {

namespace {

// The layers the entries 1.. show: each dense layer's id and the index of the last layer of its run of
// dropout/batchnorm layers after it (the dense layer itself when none follows).
std::vector<std::pair<LayerId, int>> shownLayers(const NetworkD& net) {
  std::vector<std::pair<LayerId, int>> shown;
  for (int i = 0; i < net.layerCount(); ++i) {
    if (net.layer(i).type() != LayerType::Dense) continue;
    int j = i;
    while (j + 1 < net.layerCount() && net.layer(j + 1).type() != LayerType::Dense) ++j;
    shown.emplace_back(net.layer(i).id(), j);
  }
  return shown;
}

// The first two unit axes of a width ≥ 2 (the fallback when the outputs give no variance to follow).
Points2 unitAxes(Eigen::Index width) {
  Points2 axes = Points2::Zero(width, 2);
  axes(0, 0) = 1.0;
  if (width > 1) axes(1, 1) = 1.0;
  return axes;
}

// One entry's mean and axes from its outputs h (samples × width).
void fitEntry(const Eigen::Ref<const MatrixD>& h, Eigen::Index width, VectorD& mean, Points2& axes) {
  mean = VectorD::Zero(width);
  if (width <= 2) {
    axes = unitAxes(width); // 1 → (value, 0); 2 → the outputs themselves
    return;
  }
  const Eigen::Index n = h.rows();
  if (n == 0 || !h.allFinite()) {
    axes = unitAxes(width);
    return;
  }
  // μ = mean of the rows, C = (H − μ)ᵀ(H − μ) / max(1, n − 1); the axes are C's eigenvectors of the two
  // largest eigenvalues (SelfAdjointEigenSolver sorts them in increasing order).
  mean = h.colwise().mean().transpose();
  const MatrixD centred = h.rowwise() - mean.transpose();
  MatrixD cov(width, width);
  cov.noalias() = centred.transpose() * centred;
  cov /= static_cast<double>(std::max<Eigen::Index>(1, n - 1));
  const Eigen::SelfAdjointEigenSolver<MatrixD> eigen(cov);
  if (eigen.info() != Eigen::Success) {
    axes = unitAxes(width);
    return;
  }
  axes.resize(width, 2);
  axes.col(0) = eigen.eigenvectors().col(width - 1);
  axes.col(1) = eigen.eigenvectors().col(width - 2);
  // An eigenvector is only defined up to its sign: fix it so that the largest-magnitude component is
  // positive, and a refit after a small change of the weights does not mirror the picture.
  for (int c = 0; c < 2; ++c) {
    Eigen::Index k = 0;
    axes.col(c).cwiseAbs().maxCoeff(&k);
    if (axes(k, c) < 0.0) axes.col(c) = -axes.col(c);
  }
}

void project(const Eigen::Ref<const MatrixD>& h, const VectorD& mean, const Points2& axes, Points2& out) {
  // p = (h − μ)ᵀ · axes = hᵀ·axes − μᵀ·axes for every row h (without a centred copy of h)
  Eigen::RowVector2d shift;
  shift.noalias() = mean.transpose() * axes;
  out.resize(h.rows(), 2);
  out.noalias() = h * axes;
  out.rowwise() -= shift;
}

} // namespace

LayerMapProjection LayerMaps::fitProjection(const NetworkD& net, const Eigen::Ref<const MatrixD>& reference) {
  LayerMapProjection p;
  if (net.inputs() != 2 || reference.cols() != 2) return p;
  const auto shown = shownLayers(net);
  std::vector<MatrixD> perLayer;
  if (reference.rows() > 0) net.activations(reference, perLayer);
  p.layers.push_back(kNoLayer);
  p.means.emplace_back();
  p.axes.emplace_back();
  fitEntry(reference, 2, p.means.back(), p.axes.back());
  for (const auto& [id, index] : shown) {
    const Eigen::Index width = net.layer(index).outputs();
    p.layers.push_back(id);
    p.means.emplace_back();
    p.axes.emplace_back();
    if (perLayer.empty())
      fitEntry(MatrixD(0, width), width, p.means.back(), p.axes.back());
    else
      fitEntry(perLayer[static_cast<std::size_t>(index)], width, p.means.back(), p.axes.back());
  }
  return p;
}

MappedPlane LayerMaps::map(const NetworkD& net, const LayerMapProjection& projection, double xMin,
                           double xMax, double yMin, double yMax, int lines, int pointsPerLine,
                           const Eigen::Ref<const MatrixD>& samples) {
  MappedPlane plane;
  if (net.inputs() != 2 || (samples.rows() > 0 && samples.cols() != 2)) return plane;
  const auto shown = shownLayers(net);
  const std::size_t entries = shown.size() + 1;
  if (projection.means.size() != entries || projection.axes.size() != entries) return plane;
  for (std::size_t e = 0; e < entries; ++e) {
    const Eigen::Index width = e == 0 ? 2 : net.layer(shown[e - 1].second).outputs();
    if (projection.means[e].size() != width || projection.axes[e].rows() != width) return plane;
  }

  const Eigen::Index perLine = pointsPerLine >= 2 ? pointsPerLine : 0;
  const Eigen::Index lineCount = perLine > 0 ? 2 * std::max(0, lines) : 0;
  const Eigen::Index gridRows = lineCount * perLine;
  // One batch: the grid's points line after line, then the samples.
  MatrixD input(gridRows + samples.rows(), 2);
  const auto at = [](double lo, double hi, Eigen::Index k, Eigen::Index count) {
    // k-th of count evenly spaced values from lo to hi; a single one sits in the middle
    return count == 1 ? 0.5 * (lo + hi)
                      : lo + (hi - lo) * static_cast<double>(k) / static_cast<double>(count - 1);
  };
  const Eigen::Index half = lineCount / 2;
  for (Eigen::Index l = 0; l < lineCount; ++l) {
    const bool horizontal = l < half;
    const Eigen::Index k = horizontal ? l : l - half;
    for (Eigen::Index p = 0; p < perLine; ++p) {
      const Eigen::Index row = l * perLine + p;
      if (horizontal) {
        input(row, 0) = at(xMin, xMax, p, perLine);
        input(row, 1) = at(yMin, yMax, k, half);
      } else {
        input(row, 0) = at(xMin, xMax, k, half);
        input(row, 1) = at(yMin, yMax, p, perLine);
      }
    }
  }
  if (samples.rows() > 0) input.bottomRows(samples.rows()) = samples;

  std::vector<MatrixD> perLayer;
  if (input.rows() > 0) net.activations(input, perLayer);

  plane.lines.resize(entries);
  plane.points.resize(entries);
  Points2 projected;
  for (std::size_t e = 0; e < entries; ++e) {
    if (input.rows() > 0) {
      const MatrixD& h = e == 0 ? input : perLayer[static_cast<std::size_t>(shown[e - 1].second)];
      project(h, projection.means[e], projection.axes[e], projected);
    } else {
      projected.resize(0, 2);
    }
    plane.lines[e].reserve(static_cast<std::size_t>(lineCount));
    for (Eigen::Index l = 0; l < lineCount; ++l)
      plane.lines[e].emplace_back(projected.middleRows(l * perLine, perLine));
    plane.points[e] = projected.bottomRows(samples.rows());
  }
  return plane;
}

} // namespace neurona
