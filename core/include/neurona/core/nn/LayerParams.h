#pragma once
// The learned values of one layer, as plain doubles: what model files store and exporters read.
// A network is described by a NetworkSpec and its values by one LayerParams per spec layer, in order.
#include "neurona/core/Types.h"

#include <vector>

namespace neurona {

struct LayerParams {
  LayerId id = kNoLayer;
  MatrixD weights;    // dense: inputs x units
  VectorD bias;       // dense: units
  VectorD gamma;      // batchnorm scale
  VectorD beta;       // batchnorm shift
  VectorD runningMean; // batchnorm
  VectorD runningVar;  // batchnorm
  bool operator==(const LayerParams& o) const {
    return id == o.id && sameValues(weights, o.weights) && sameValues(bias, o.bias) &&
           sameValues(gamma, o.gamma) && sameValues(beta, o.beta) && sameValues(runningMean, o.runningMean) &&
           sameValues(runningVar, o.runningVar);
  }
};

using ModelParams = std::vector<LayerParams>; // one entry per layer of the spec (dropout: empty)

} // namespace neurona
