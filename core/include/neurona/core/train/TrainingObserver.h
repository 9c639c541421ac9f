#pragma once
// Callbacks from a training run: after each batch and after each epoch. Either may ask to stop.
#include <cmath>
#include <limits>
#include <string_view>

namespace neurona {

class Trainer;

enum class ObserverAction { Continue, Stop };

enum class TrainingStatus { Running, Completed, Stopped, EarlyStopped, Diverged };

struct BatchRecord {
  int epoch = 0;   // 0-based epoch the batch belongs to
  int batch = 0;   // 0-based within the epoch
  int batches = 0; // per epoch
  long long samples = 0; // in this batch
  double loss = 0.0;     // data loss of the batch (before the update)
};

// One epoch's metrics. Train values come from the epoch's batches (running means, as Keras reports);
// val* are computed in inference mode after the epoch. NaN when not applicable.
struct EpochRecord {
  static constexpr double kNone = std::numeric_limits<double>::quiet_NaN();
  int epoch = 0; // 1-based count of completed epochs
  double loss = kNone;       // mean data loss over the epoch's samples
  double penalty = kNone;    // L1/L2 penalty after the epoch
  double valLoss = kNone;
  double accuracy = kNone;   // classification
  double valAccuracy = kNone;
  double mae = kNone;        // regression
  double rmse = kNone;
  double r2 = kNone;
  double valMae = kNone;
  double valRmse = kNone;
  double valR2 = kNone;
  double learningRate = kNone; // used during the epoch
};

// The metrics of an EpochRecord by their file names (project history, `--history` CSV columns).
struct EpochField {
  std::string_view name;
  double EpochRecord::*member;
};
inline constexpr EpochField kEpochFields[] = {
    {"loss", &EpochRecord::loss},
    {"val_loss", &EpochRecord::valLoss},
    {"accuracy", &EpochRecord::accuracy},
    {"val_accuracy", &EpochRecord::valAccuracy},
    {"mae", &EpochRecord::mae},
    {"rmse", &EpochRecord::rmse},
    {"r2", &EpochRecord::r2},
    {"val_mae", &EpochRecord::valMae},
    {"val_rmse", &EpochRecord::valRmse},
    {"val_r2", &EpochRecord::valR2},
    {"penalty", &EpochRecord::penalty},
    {"learning_rate", &EpochRecord::learningRate},
};

class TrainingObserver {
public:
  virtual ~TrainingObserver() = default;
  virtual ObserverAction onBatch(const BatchRecord& /*batch*/, const Trainer& /*trainer*/) {
    return ObserverAction::Continue;
  }
  virtual ObserverAction onEpoch(const EpochRecord& /*epoch*/, const Trainer& /*trainer*/) {
    return ObserverAction::Continue;
  }
};

} // namespace neurona
