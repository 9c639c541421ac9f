#pragma once
// How each layer of a 2-input network bends the input plane: a grid of lines of the plane and the data
// points, pushed through the network and drawn in each layer's own 2-D coordinates.
//
// Entries: index 0 is the input plane itself (identity), then one entry per dense layer, in order. A
// dropout or batchnorm layer is merged into the dense entry before it (the entry is what the next dense
// layer sees, at inference: dropout off, batchnorm with its running statistics); such layers before the
// first dense layer are not shown (entry 0 stays the raw input).
//
// Each entry's 2-D coordinates p of a layer output h (width w) are p = (h − mean)ᵀ · axes:
//   w = 1: mean 0, axes [1 0]   → (value, 0)
//   w = 2: mean 0, axes I       → the outputs themselves
//   w ≥ 3: the mean and the two principal axes (largest variance first) of the layer's outputs over a
//          reference set (the data points), each axis sign-fixed so that its largest-magnitude component is
//          positive.
// The projection is fitted once per run (fitProjection) and reused for every epoch (map), so that the
// animation does not jump when the principal axes turn or flip.
//
// Typical use:
//   const LayerMapProjection proj = LayerMaps::fitProjection(net, data.features);   // once
//   const MappedPlane plane = LayerMaps::map(net, proj, -3, 3, -3, 3, 21, 41, data.features); // every epoch
#include "neurona/core/nn/Network.h"

#include <vector>

namespace neurona {

using Points2 = Eigen::Matrix<double, Eigen::Dynamic, 2>;

struct LayerMapProjection {
  std::vector<LayerId> layers; // [entry] → the dense layer it shows (kNoLayer for the input plane)
  std::vector<VectorD> means;  // [entry] → width of that entry
  std::vector<Points2> axes;   // [entry] → width × 2, orthonormal columns
};

struct MappedPlane {
  // [entry][line] → pointsPerLine × 2. The first `lines` lines are horizontal (y constant, from yMin up,
  // points from xMin to xMax), the next `lines` vertical (x constant, from xMin, points from yMin to yMax).
  std::vector<std::vector<Points2>> lines;
  std::vector<Points2> points; // [entry] → samples × 2, the samples in the same coordinates
};

class LayerMaps {
public:
  // The projection for each entry, from the layers' outputs on `reference` (samples × 2). Empty when the
  // network does not have 2 inputs or reference does not have 2 columns.
  static LayerMapProjection fitProjection(const NetworkD& net, const Eigen::Ref<const MatrixD>& reference);

  // The grid over [xMin, xMax] × [yMin, yMax] (lines ≥ 1 each way, pointsPerLine ≥ 2; a single line sits
  // in the middle) and `samples` (samples × 2), through every entry with `projection`. Empty when the
  // projection does not fit the network (another shape) or the network does not have 2 inputs.
  static MappedPlane map(const NetworkD& net, const LayerMapProjection& projection, double xMin, double xMax,
                         double yMin, double yMax, int lines, int pointsPerLine,
                         const Eigen::Ref<const MatrixD>& samples);
};

} // namespace neurona
