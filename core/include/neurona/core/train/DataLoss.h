#pragma once
// The data loss of given learned values on a data set, without training: what a weight typed by hand or
// an explained step does to the loss, shown at once.
#include "neurona/core/data/Dataset.h"
#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/nn/LayerParams.h"

#include <optional>

namespace neurona {

class DataLoss {
public:
  // Mean data loss (no L1/L2) of `spec` with `params` over the first `maxRows` rows of `data` (already
  // prepared: network inputs and its task's targets), in inference mode. nullopt when the values do not
  // fit the network or there are no rows.
  static std::optional<double> of(const NetworkSpec& spec, const ModelParams& params, const Dataset& data,
                                  LossKind loss, Eigen::Index maxRows = 4000);
};

} // namespace neurona
