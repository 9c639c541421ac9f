#pragma once
// A 2-D slice of the loss surface around the trained values θ, after Li, Xu, Taylor, Studer & Goldstein,
// "Visualizing the Loss Landscape of Neural Nets" (NeurIPS 2018): L(θ + α·d1 + β·d2) over a grid of (α, β),
// with d1, d2 random Gaussian directions normalised filter by filter so that the picture does not depend on
// the scale of each unit's weights (the scale invariance of relu networks would otherwise distort it).
//
// Typical use:
//   const NetworkD net = trained.convert<double>();
//   const LandscapeDirections dirs = LossLandscape::directions(net, rng);   // once per run: a stable picture
//   const LossLandscapeGrid grid = LossLandscape::compute(net, dirs, x, y, LossKind::Bce, 1.0, 21, &stop,
//   {}); const auto path = LossLandscape::projectPath(theta, dirs, savedThetas);  // the run's path on the
//   slice
#include "neurona/core/nn/Network.h"
#include "neurona/core/train/StopToken.h"

#include <functional>
#include <utility>
#include <vector>

namespace neurona {

// Directions over the flat parameter vector: BasicNetwork::copyParameters' order (paramSlots order).
struct LandscapeDirections {
  VectorD d1, d2;
};

struct LossLandscapeGrid {
  std::vector<double> alphas, betas; // steps values each, from −span to span (0 exactly in the middle)
  MatrixD loss;                      // betas × alphas: loss(i, j) = L(θ + alphas[j]·d1 + betas[i]·d2)
  int rowsDone = 0;                  // rows computed; the others are NaN (a stop came first)
};

class LossLandscape {
public:
  // Two random directions, d1 drawn entirely before d2, each entry N(0, 1), then normalised per filter:
  // a filter is one unit's incoming weight column W[:, u] of a dense layer, and for each
  //   d[:, u] ← d[:, u] / ‖d[:, u]‖ · ‖W[:, u]‖
  // so the direction moves each unit as far as that unit's own weights reach. Biases and batchnorm
  // parameters are set to 0 in both directions (as the paper does): the slice moves weights only.
  static LandscapeDirections directions(const NetworkD& net, Rng& rng);

  // The data loss (the network's loss on its output, without the run's L1/L2 penalty: a penalty would add
  // the same bowl to every picture and is drawn by the loss curves separately) of (x, y) at
  // θ + α·d1 + β·d2, for α, β on a steps × steps grid over [−span, span] (steps ≥ 1; 1 gives θ alone).
  // Inference mode: dropout off, batchnorm with the running statistics of `net` (unmoved). Works on a copy.
  // `stop` (may be null) is checked before each row; a stop leaves the rows not computed NaN. `progress`
  // (may be empty) is called after each row with (rows done, steps).
  static LossLandscapeGrid compute(const NetworkD& net, const LandscapeDirections& dirs,
                                   const Eigen::Ref<const MatrixD>& x, const Eigen::Ref<const MatrixD>& y,
                                   LossKind loss, double span, int steps, const StopToken* stop,
                                   const std::function<void(int, int)>& progress);

  // The training path on the slice: for each saved parameter vector θ_t (same length as `center`), the
  // (α, β) minimising ‖θ_t − center − α·d1 − β·d2‖², from the normal equations
  //   [d1·d1 d1·d2; d1·d2 d2·d2] [α β]ᵀ = [d1·r  d2·r]ᵀ,  r = θ_t − center
  // (solved by a complete orthogonal decomposition, so parallel or zero directions give the least-norm
  // answer rather than infinities).
  static std::vector<std::pair<double, double>> projectPath(const Eigen::Ref<const VectorD>& center,
                                                            const LandscapeDirections& dirs,
                                                            const std::vector<VectorD>& path);
};

} // namespace neurona
