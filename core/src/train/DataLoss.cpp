#include "neurona/core/train/DataLoss.h"

#include "neurona/core/nn/Loss.h"
#include "neurona/core/nn/Network.h"
#include "neurona/core/train/Metrics.h"

#include <algorithm>

namespace neurona {

std::optional<double> DataLoss::of(const NetworkSpec& spec, const ModelParams& params, const Dataset& data,
                                   LossKind loss, Eigen::Index maxRows) {
  const Eigen::Index rows = std::min(data.samples(), std::max<Eigen::Index>(0, maxRows));
  if (rows == 0 || data.featureCount() == 0) return std::nullopt;
  Rng rng(0); // the drawn values are replaced at once
  NetworkD net(spec, static_cast<int>(data.featureCount()), rng);
  if (!net.setParams(params)) return std::nullopt;
  const MatrixD targets = targetMatrix<double>(data, net.outputs());
  if (targets.cols() != net.outputs()) return std::nullopt;
  MatrixD logits, out;
  NetworkWorkspace<double> ws;
  net.predictWithLogits(data.features.topRows(rows), logits, out, ws);
  // L = mean over the rows of the loss (mean-reduced as in training), from the logits for bce and cce.
  return lossValue<double>(loss, logits, out, targets.topRows(rows));
}

} // namespace neurona
