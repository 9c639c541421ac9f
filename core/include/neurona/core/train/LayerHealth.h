#pragma once
// How healthy each dense layer of a network is on a batch: how large its weights' gradient is, what its
// outputs look like, and how many of a relu layer's units never fire. Cheap enough (at most kMaxRows rows,
// one forward and one backward pass in double) to run once an epoch on a copy of the trained values.
//
// Typical use:
//   const NetworkD net = trained.convert<double>();
//   const HealthReport report = LayerHealth::measure(net, x, y, LossKind::Bce);
//   for (const Diagnostic& d : LayerHealth::diagnose(report, net.spec())) ... // VanishingGradients,
//   DeadUnits
#include "neurona/core/graph/Validation.h"
#include "neurona/core/nn/Network.h"

#include <vector>

namespace neurona {

struct LayerHealthStats {
  LayerId id = kNoLayer;
  int units = 0;
  double gradNorm = 0.0; // ‖∂L/∂W‖_F of the layer's weights, L the data loss (no L1/L2) on the batch
  double activationMean = 0.0;   // mean of the layer's outputs (after the activation) over samples × units
  double activationSpread = 0.0; // their standard deviation (population: divided by samples × units)
  // Relu layers: the share of units whose output is 0 on every sample measured (and their count);
  // LayerHealth::kNotApplicable (−1) for other activations, which are never exactly 0 over a whole batch.
  double deadFraction = -1.0;
  int deadUnits = 0;
};

struct HealthReport {
  std::vector<LayerHealthStats> layers; // dense layers only, in network order (the last is the output layer)
  int rows = 0;                         // samples measured
};

class LayerHealth {
public:
  static constexpr int kMaxRows = 256;            // the first rows of the batch given, at most
  static constexpr double kNotApplicable = -1.0;  // deadFraction of a layer that is not relu
  static constexpr double kVanishingRatio = 1e-3; // gradNorm below this times the output layer's
  static constexpr double kDeadShare = 0.5;       // dead units above this share of a relu layer's units

  // One measurement on the first min(rows, kMaxRows) rows of (x, y): a forward pass in Inference mode
  // (dropout off, batchnorm with its running statistics) for the activations, then the backward pass of
  // the data loss from it for the gradients. Works on a copy: `net` is unchanged. An empty batch gives
  // an empty report. Precondition (std::invalid_argument otherwise): a fused loss (bce, cce) has its
  // activation on the last layer, as Trainer::check ensures.
  static HealthReport measure(const NetworkD& net, const Eigen::Ref<const MatrixD>& x,
                              const Eigen::Ref<const MatrixD>& y, LossKind loss);

  // The problems a report shows, as Warning diagnostics on the layers of `spec` (layers of the report that
  // are no longer in it are skipped):
  //   VanishingGradients when a layer's gradNorm < kVanishingRatio · the output layer's gradNorm (and the
  //     output layer's is finite and > 0); expected 1000, actual the ratio;
  //   DeadUnits when a relu layer's deadFraction > kDeadShare; expected units, actual dead units.
  static std::vector<Diagnostic> diagnose(const HealthReport& report, const NetworkSpec& spec);
};

} // namespace neurona
