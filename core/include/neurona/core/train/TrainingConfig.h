#pragma once
// Everything a training run needs besides the network and the data.
#include "neurona/core/graph/Kinds.h"
#include "neurona/core/optim/OptimizerConfig.h"
#include "neurona/core/optim/Schedule.h"

#include <cstdint>

namespace neurona {

struct EarlyStopping {
  int patience = 0;         // epochs without a better validation loss before stopping; 0 = off
  bool restoreBest = false; // put back the weights of the best epoch when stopping early
  double minDelta = 0.0;    // an improvement must lower the best loss by more than this
  bool operator==(const EarlyStopping&) const = default;
};

struct TrainingConfig {
  LossKind loss = LossKind::Bce;
  OptimizerConfig optimizer;
  ScheduleConfig schedule;
  int epochs = 100;
  int batchSize = 32; // 0 = full batch
  bool shuffle = true;
  std::uint64_t seed = 1;
  double l1 = 0.0;       // global penalties on dense weights, added to each layer's own
  double l2 = 0.0;
  double clipNorm = 0.0; // clip the global gradient norm to this; 0 = off
  EarlyStopping earlyStopping;
  bool operator==(const TrainingConfig&) const = default;
};

} // namespace neurona
