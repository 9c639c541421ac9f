#pragma once
// Trains a Network (float) on a dataset that the caller has already transformed and preprocessed.
// The data is converted to float once; batches are views (no shuffle) or gathered into reused buffers.
//
//   Result<std::unique_ptr<Trainer>> t = Trainer::create(spec, config, train, &validation);
//   if (!t.ok()) return t.error;                        // e.g. ErrorCode::InputMismatch, before any training
//   TrainingResult r = t.value->run(observer);          // all remaining epochs
// or, from a GUI worker, a few epochs at a time, reading weights between calls:
//   while (!trainer.finished()) { trainer.trainEpochs(5, &observer); publish(trainer.network().params()); }
// Between epochs the worker may call setLearningRate / setL1 / setL2; stopToken() is safe from any thread:
// stop ends the run between two batches, pause holds it before the next epoch, step lets one through.
#include "neurona/core/Error.h"
#include "neurona/core/data/Dataset.h"
#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/nn/Network.h"
#include "neurona/core/optim/Optimizer.h"
#include "neurona/core/train/Metrics.h"
#include "neurona/core/train/StopToken.h"
#include "neurona/core/train/TrainingConfig.h"
#include "neurona/core/train/TrainingObserver.h"

#include <memory>
#include <string_view>
#include <vector>

namespace neurona {

std::string_view toString(TrainingStatus s); // "running", "completed", "stopped", "early_stopped", "diverged"

struct TrainingResult {
  TrainingStatus status = TrainingStatus::Running;
  int epochs = 0;    // completed epochs
  int bestEpoch = 0; // 1-based epoch with the lowest monitored loss (0 when none)
  std::vector<EpochRecord> history;
};

class Trainer {
public:
  // Whether a trainer can be built from these inputs, checked in this order: NoOutputLayer, EmptyDataset,
  // BadOptimizer (detail = the name), LossActivationMismatch (a fused loss needs its activation on the
  // last layer), InputMismatch (validation features: expected = train's, actual = validation's),
  // TargetMismatch (labels/targets do not fit the task or the output width: expected = outputs, actual =
  // classes; for regression expected = the K target columns, actual = outputs, or the validation part's
  // target columns when they differ from the training part's), BadSchedule (detail = the schedule's key,
  // value = its value), NetworkTooLarge (actual = estimateMemoryBytes for the larger of the batch and the
  // data, expected = kMaxTrainingMemoryBytes). Validate the spec first for diagnostics a person can act on.
  static Error check(const NetworkSpec& spec, const TrainingConfig& config, const Dataset& train,
                     const Dataset* validation = nullptr);
  // A trainer (builds the network from Rng(config.seed)), or check()'s refusal.
  static Result<std::unique_ptr<Trainer>> create(const NetworkSpec& spec, const TrainingConfig& config,
                                                 const Dataset& train, const Dataset* validation = nullptr);
  // Precondition: check(...) is ok; otherwise throws std::invalid_argument (a programming error: use
  // create() where the inputs come from a person or a file).
  Trainer(const NetworkSpec& spec, const TrainingConfig& config, const Dataset& train,
          const Dataset* validation = nullptr);
  ~Trainer();
  Trainer(const Trainer&) = delete;
  Trainer& operator=(const Trainer&) = delete;

  // Runs until config.epochs are done, or stop / early stopping / divergence.
  TrainingResult run(TrainingObserver& observer);
  TrainingResult run();
  // Runs at most n more epochs (fewer when the run ends); returns the status afterwards (Running when
  // more epochs remain).
  TrainingStatus trainEpochs(int n, TrainingObserver* observer = nullptr);
  TrainingResult result() const;

  TrainingStatus status() const { return m_status; }
  bool finished() const { return m_status != TrainingStatus::Running; }
  int epoch() const { return m_epoch; } // completed epochs
  const std::vector<EpochRecord>& history() const { return m_history; }
  const TrainingConfig& config() const { return m_config; }

  // Applied from the next epoch (the schedule then starts from the new base rate at the current epoch).
  void setLearningRate(double lr);
  void setL1(double l1) { m_config.l1 = l1; }
  void setL2(double l2) { m_config.l2 = l2; }
  void setEpochs(int epochs); // e.g. to continue a completed run; status becomes Running if more remain
  // Continues a run whose values (set through network().setParams) were trained for `epochs` epochs
  // already: the next epoch is numbered epochs + 1, and a schedule goes on from there.
  void resumeAt(int epochs);
  double currentLearningRate() const;

  StopToken& stopToken() { return *m_stop; }
  // Makes the trainer obey a token that another object (a GUI worker) holds and controls.
  void shareStopToken(std::shared_ptr<StopToken> token) { m_stop = std::move(token); }
  const Network& network() const { return m_net; }
  Network& network() { return m_net; }
  ModelParams params() const { return m_net.params(); }

  // Inference-mode metrics on any dataset (same feature layout as the training data).
  double evaluateLoss(const Dataset& data) const;
  ClassificationMetrics classificationMetrics(const Dataset& data) const;
  RegressionMetrics regressionMetrics(const Dataset& data) const;

private:
  struct Prepared; // float features + targets of one dataset
  void prepare(const Dataset& d, Prepared& p) const;
  bool runEpoch(TrainingObserver* observer); // false when the run ended
  void endRun(TrainingStatus s);
  void evaluateInto(const Prepared& p, double& loss, double& acc, double& mae, double& rmse,
                    double& r2) const;

  TrainingConfig m_config;
  Rng m_rng;
  Network m_net;
  std::unique_ptr<Optimizer> m_optimizer;
  TaskKind m_task;
  int m_classes = 0;
  std::unique_ptr<Prepared> m_train, m_val;
  std::shared_ptr<StopToken> m_stop = std::make_shared<StopToken>();

  TrainingStatus m_status = TrainingStatus::Running;
  int m_epoch = 0;
  double m_baseLr = 0.0;
  int m_baseEpoch = 0; // epoch at which m_baseLr was set (schedules restart from there)
  std::vector<EpochRecord> m_history;
  std::vector<Eigen::Index> m_order; // sample order of the current epoch
  MatrixF m_batchX, m_batchY;        // gathered batches (shuffle on)
  Eigen::Index m_parameterCount = 0;
  bool m_hasBatchNorm = false;
  VectorF m_previous;                // parameters before the last step (a diverging step is undone)
  VectorF m_previousStatistics;      // batchnorm running statistics before the last step
  VectorF m_bestState;               // early stopping with restoreBest (batchnorm statistics included)
  mutable MatrixF m_evalOut, m_evalLogits;
  mutable NetworkWorkspace<float> m_evalWs;
  double m_bestLoss = 0.0;
  int m_bestEpoch = 0;
  int m_wait = 0;
};

} // namespace neurona
