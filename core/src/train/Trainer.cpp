#include "neurona/core/train/Trainer.h"

#include "neurona/core/graph/Validation.h"
#include "neurona/core/nn/Loss.h"

#include "kernels/Views.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace neurona {

std::string_view toString(TrainingStatus s) {
  switch (s) {
  case TrainingStatus::Running: return "running";
  case TrainingStatus::Completed: return "completed";
  case TrainingStatus::Stopped: return "stopped";
  case TrainingStatus::EarlyStopped: return "early_stopped";
  case TrainingStatus::Diverged: return "diverged";
  }
  return "running";
}

struct Trainer::Prepared {
  MatrixF x;              // samples × inputs
  MatrixF y;              // samples × outputs (targets as the loss sees them)
  Eigen::VectorXi labels; // classification
  MatrixD targets;        // regression: samples × K
  Eigen::Index n = 0;
  // Each sample's inputs then targets, one column per sample: a shuffled batch gathers a sample from one
  // place in memory rather than from every column of x and y. Made on the first shuffled epoch.
  MatrixF samples;
};

namespace {

Rng makeRng(std::uint64_t seed) { return Rng(seed); }

// The constructor's precondition, checked before the network is built.
const TrainingConfig& checked(const NetworkSpec& spec, const TrainingConfig& config, const Dataset& train,
                              const Dataset* validation) {
  const Error e = Trainer::check(spec, config, train, validation);
  if (!e.ok())
    throw std::invalid_argument("Trainer: inputs refused by Trainer::check (" +
                                std::string(toString(e.code)) +
                                "); call Trainer::create to receive the Error");
  return config;
}

// Classes the labels need: the names, or more when a label is beyond them.
int classesOf(const Dataset& train) {
  int classes = train.classCount();
  if (train.labels.size() > 0) classes = std::max(classes, train.labels.maxCoeff() + 1);
  return classes;
}

} // namespace

Error Trainer::check(const NetworkSpec& spec, const TrainingConfig& config, const Dataset& train,
                     const Dataset* validation) {
  Error e;
  const auto refuse = [&e](ErrorCode code, std::int64_t expected = 0, std::int64_t actual = 0) {
    e.code = code;
    e.expected = expected;
    e.actual = actual;
    return e;
  };
  const int outputIndex = spec.outputIndex();
  if (outputIndex < 0) return refuse(ErrorCode::NoOutputLayer);
  if (train.samples() == 0 || train.featureCount() == 0) return refuse(ErrorCode::EmptyDataset);
  if (!makeOptimizer<float>(config.optimizer)) {
    e.detail = errorExcerpt(config.optimizer.name);
    return refuse(ErrorCode::BadOptimizer);
  }
  // The output layer's width and activation, as the network built from the spec has them (layers after
  // the last dense one keep its width).
  const LayerSpec& output = spec.layers[static_cast<std::size_t>(outputIndex)];
  const bool outputIsLast = outputIndex == static_cast<int>(spec.layers.size()) - 1;
  if (lossIsFused(config.loss) && (!outputIsLast || !lossFitsOutput(config.loss, output.activation)))
    return refuse(ErrorCode::LossActivationMismatch);
  if (validation && validation->featureCount() != train.featureCount())
    return refuse(ErrorCode::InputMismatch, train.featureCount(), validation->featureCount());

  const int outputs = output.units;
  if (isClassification(train.task)) {
    const int classes = classesOf(train);
    if (train.labels.size() != train.samples() || train.labels.minCoeff() < 0 ||
        (outputs == 1 && classes > 2) || (outputs > 1 && classes > outputs))
      return refuse(ErrorCode::TargetMismatch, outputs, classes);
  } else {
    // K target columns need K outputs (expected = K, actual = the output layer's width), in every part.
    const Eigen::Index targets = train.targets.cols();
    if (train.targets.rows() != train.samples() || targets < 1 || outputs != targets)
      return refuse(ErrorCode::TargetMismatch, std::max<Eigen::Index>(targets, 1), outputs);
    if (validation && validation->samples() > 0 &&
        (validation->targets.rows() != validation->samples() || validation->targets.cols() != targets))
      return refuse(ErrorCode::TargetMismatch, targets, validation->targets.cols());
  }
  if (const std::string_view key = badScheduleParameter(config.schedule); !key.empty()) {
    e.detail = std::string(key);
    e.value = scheduleParameter(config.schedule, key);
    return refuse(ErrorCode::BadSchedule);
  }
  // Whole batches, and the whole training or validation part at once for the metrics.
  std::int64_t rows = std::max<std::int64_t>(config.batchSize, train.samples());
  if (validation) rows = std::max<std::int64_t>(rows, validation->samples());
  const std::int64_t bytes = estimateMemoryBytes(spec, static_cast<int>(train.featureCount()), rows);
  if (bytes > kMaxTrainingMemoryBytes) return refuse(ErrorCode::NetworkTooLarge, kMaxTrainingMemoryBytes, bytes);
  return e;
}

Result<std::unique_ptr<Trainer>> Trainer::create(const NetworkSpec& spec, const TrainingConfig& config,
                                                 const Dataset& train, const Dataset* validation) {
  Result<std::unique_ptr<Trainer>> r;
  r.error = check(spec, config, train, validation);
  if (r.ok()) r.value = std::make_unique<Trainer>(spec, config, train, validation);
  return r;
}

Trainer::Trainer(const NetworkSpec& spec, const TrainingConfig& config, const Dataset& train,
                 const Dataset* validation)
    : m_config(checked(spec, config, train, validation)), m_rng(makeRng(config.seed)),
      m_net(spec, static_cast<int>(train.featureCount()), m_rng), m_task(train.task) {
  m_optimizer = makeOptimizer<float>(config.optimizer);
  if (isClassification(m_task)) m_classes = classesOf(train);
  m_train = std::make_unique<Prepared>();
  prepare(train, *m_train);
  if (validation && validation->samples() > 0) {
    m_val = std::make_unique<Prepared>();
    prepare(*validation, *m_val);
  }
  m_baseLr = config.optimizer.learningRate;
  for (const ParamSlot<float>& slot : m_net.paramSlots()) m_parameterCount += slot.size;
  m_previous.resize(m_parameterCount);
  for (int i = 0; i < m_net.layerCount(); ++i)
    m_hasBatchNorm |= m_net.layer(i).type() == LayerType::BatchNorm;
  m_order.resize(static_cast<std::size_t>(m_train->n));
  for (std::size_t i = 0; i < m_order.size(); ++i) m_order[i] = static_cast<Eigen::Index>(i);
  if (m_config.epochs <= 0) m_status = TrainingStatus::Completed;
}

Trainer::~Trainer() = default;

void Trainer::prepare(const Dataset& d, Prepared& p) const {
  p.n = d.samples();
  p.x = d.features.cast<float>();
  p.y = targetMatrix<float>(d, m_net.outputs());
  p.labels = d.labels;
  p.targets = d.targets;
}

void Trainer::setLearningRate(double lr) {
  m_baseLr = lr;
  m_baseEpoch = m_epoch;
}

double Trainer::currentLearningRate() const {
  return scheduledLearningRate(m_config.schedule, m_baseLr, m_epoch - m_baseEpoch);
}

void Trainer::setEpochs(int epochs) {
  m_config.epochs = epochs;
  if (m_status == TrainingStatus::Diverged) return;
  m_status = m_epoch < epochs ? TrainingStatus::Running : TrainingStatus::Completed;
}

void Trainer::endRun(TrainingStatus s) { m_status = s; }

TrainingResult Trainer::result() const {
  TrainingResult r;
  r.status = m_status;
  r.epochs = m_epoch;
  r.bestEpoch = m_bestEpoch;
  r.history = m_history;
  return r;
}

TrainingResult Trainer::run(TrainingObserver& observer) {
  while (m_status == TrainingStatus::Running) {
    // A paused run waits before its next epoch; a stop ends it there.
    if (!m_stop->beginEpoch()) {
      if (!m_stop->waitWhilePaused()) endRun(TrainingStatus::Stopped);
      continue;
    }
    if (!runEpoch(&observer)) break;
  }
  return result();
}

TrainingResult Trainer::run() {
  TrainingObserver none;
  return run(none);
}

TrainingStatus Trainer::trainEpochs(int n, TrainingObserver* observer) {
  for (int k = 0; k < n && m_status == TrainingStatus::Running; ++k) {
    if (!m_stop->beginEpoch()) {
      if (m_stop->stopRequested()) endRun(TrainingStatus::Stopped);
      break; // held by a pause: the caller decides when to wait
    }
    if (!runEpoch(observer)) break;
  }
  return m_status;
}

void Trainer::resumeAt(int epochs) {
  m_epoch = std::max(0, epochs);
  if (m_status != TrainingStatus::Diverged)
    m_status = m_epoch < m_config.epochs ? TrainingStatus::Running : TrainingStatus::Completed;
}

bool Trainer::runEpoch(TrainingObserver* observer) {
  if (m_epoch >= m_config.epochs) {
    endRun(TrainingStatus::Completed);
    return false;
  }
  const Prepared& d = *m_train;
  const Eigen::Index n = d.n;
  const Eigen::Index bs = (m_config.batchSize <= 0 || m_config.batchSize > n) ? n : m_config.batchSize;
  const int batches = static_cast<int>((n + bs - 1) / bs);
  const double lr = currentLearningRate();
  m_optimizer->setLearningRate(lr);
  const bool gather = m_config.shuffle && bs < n;
  if (gather) {
    // Fisher–Yates with the run's engine (not std::shuffle, whose draws differ between libraries).
    for (std::size_t i = m_order.size(); i > 1; --i) std::swap(m_order[i - 1], m_order[m_rng() % i]);
  }
  if (gather && m_batchX.rows() != bs) {
    m_batchX.resize(bs, d.x.cols());
    m_batchY.resize(bs, d.y.cols());
  }
  if (gather && m_train->samples.cols() != n) {
    m_train->samples.resize(d.x.cols() + d.y.cols(), n);
    m_train->samples.topRows(d.x.cols()) = d.x.transpose();
    m_train->samples.bottomRows(d.y.cols()) = d.y.transpose();
  }
  const bool classification = isClassification(m_task);
  double lossSum = 0.0, correct = 0.0;
  // Regression: per target column, Σ|ŷ−y|, Σ(ŷ−y)², Σy and Σy² over the epoch (rows 0..3).
  const Eigen::Index targetCount = classification ? 0 : d.y.cols();
  Eigen::Matrix<double, 4, Eigen::Dynamic> sums =
      Eigen::Matrix<double, 4, Eigen::Dynamic>::Zero(4, targetCount);
  const double l1 = m_config.l1, l2 = m_config.l2;
  bool penalties = l1 != 0.0 || l2 != 0.0;
  for (const ParamSlot<float>& s : m_net.paramSlots()) penalties = penalties || s.l1 != 0.0 || s.l2 != 0.0;

  for (int b = 0; b < batches; ++b) {
    if (m_stop->stopRequested()) {
      endRun(TrainingStatus::Stopped);
      return false;
    }
    const Eigen::Index start = b * bs, count = std::min(bs, n - start);
    if (gather) {
      const Eigen::Index* idx = m_order.data() + start;
      const Eigen::Index inputs = d.x.cols(), outputs = d.y.cols();
      for (Eigen::Index r = 0; r < count; ++r) {
        const float* sample = d.samples.col(idx[r]).data();
        for (Eigen::Index j = 0; j < inputs; ++j) m_batchX(r, j) = sample[j];
        for (Eigen::Index j = 0; j < outputs; ++j) m_batchY(r, j) = sample[inputs + j];
      }
      // The next batch's samples are scattered over the data: ask for them now, so that they arrive while
      // this batch computes.
      for (Eigen::Index r = start + count; r < std::min(n, start + count + bs); ++r)
        __builtin_prefetch(d.samples.col(m_order[static_cast<std::size_t>(r)]).data());
    }
    // Without gathering (shuffle off, or full batch where the order does not change the mean) the batch
    // is a view of the data.
    const Eigen::Ref<const MatrixF> xb = gather ? Eigen::Ref<const MatrixF>(m_batchX.topRows(count))
                                                : Eigen::Ref<const MatrixF>(d.x.middleRows(start, count));
    const Eigen::Ref<const MatrixF> yb = gather ? Eigen::Ref<const MatrixF>(m_batchY.topRows(count))
                                                : Eigen::Ref<const MatrixF>(d.y.middleRows(start, count));
    // The training forward moves the batchnorm running statistics: they are kept too (a few numbers).
    if (m_hasBatchNorm) m_net.copyRunningStatistics(m_previousStatistics);
    const float loss = m_net.forwardBackward(xb, yb, m_config.loss, m_rng);
    const MatrixF* out;
    out = &m_net.layer(m_net.layerCount() - 1).output();
    if (!std::isfinite(loss)) {
      // The weights are still those that gave a finite loss before.
      if (m_hasBatchNorm) m_net.loadRunningStatistics(m_previousStatistics);
      endRun(TrainingStatus::Diverged);
      return false;
    }
    if (penalties) m_net.addPenaltyGradient(l1, l2);
    if (m_config.clipNorm > 0.0) {
      double sq = 0.0;
      for (const ParamSlot<float>& s : m_net.paramSlots())
        sq += static_cast<double>(Eigen::Map<const VectorF>(s.grad, s.size).squaredNorm());
      const double norm = std::sqrt(sq);
      // PyTorch's clip_grad_norm_: g ← g · max_norm / (‖g‖ + 1e-6) when that factor is below 1
      const double coef = m_config.clipNorm / (norm + 1e-6);
      if (coef < 1.0)
        for (const ParamSlot<float>& s : m_net.paramSlots())
          Eigen::Map<VectorF>(s.grad, s.size) *= static_cast<float>(coef);
    }
    // The step keeps the values it replaces in m_previous and says whether the new ones are finite, so
    // that a diverging step is undone here, and a normal one costs nothing more.
    if (!m_optimizer->step(m_net.paramSlots(), m_previous.data()) ||
        (m_hasBatchNorm && !m_net.runningStatisticsFinite())) {
      m_net.loadParameters(m_previous);
      if (m_hasBatchNorm) m_net.loadRunningStatistics(m_previousStatistics);
      endRun(TrainingStatus::Diverged);
      return false;
    }

    // Running metrics from this batch's (training-mode) outputs.
    lossSum += static_cast<double>(loss) * static_cast<double>(count);
    const Eigen::Ref<const MatrixF> o = *out;
    if (classification) {
      correct += static_cast<double>(
          kernels::table<float>().countCorrect(kernels::input<float>(o), kernels::input<float>(yb)));
    } else {
      for (Eigen::Index k = 0; k < targetCount; ++k) {
        sums(0, k) += static_cast<double>((o.col(k) - yb.col(k)).cwiseAbs().sum());
        sums(1, k) += static_cast<double>((o.col(k) - yb.col(k)).squaredNorm());
        sums(2, k) += static_cast<double>(yb.col(k).sum());
        sums(3, k) += static_cast<double>(yb.col(k).squaredNorm());
      }
    }
    if (observer) {
      BatchRecord rec{m_epoch, b, batches, static_cast<long long>(count), static_cast<double>(loss)};
      if (observer->onBatch(rec, *this) == ObserverAction::Stop) {
        endRun(TrainingStatus::Stopped);
        return false;
      }
    }
  }

  ++m_epoch;
  EpochRecord rec;
  rec.epoch = m_epoch;
  rec.learningRate = lr;
  const double nd = static_cast<double>(n);
  rec.loss = lossSum / nd;
  rec.penalty = penalties ? static_cast<double>(m_net.penalty(l1, l2)) : 0.0;
  if (classification) {
    rec.accuracy = correct / nd;
  } else {
    // The means over the targets, as regressionMetrics gives them.
    std::vector<TargetMetrics> perTarget;
    for (Eigen::Index k = 0; k < targetCount; ++k) {
      const double absSum = sums(0, k), sqSum = sums(1, k), ySum = sums(2, k), y2Sum = sums(3, k);
      TargetMetrics t;
      t.mae = absSum / nd;
      t.rmse = std::sqrt(sqSum / nd);
      const double ssTot = y2Sum - ySum * ySum / nd;
      t.r2 = ssTot > 0.0 ? 1.0 - sqSum / ssTot : (sqSum == 0.0 ? 1.0 : 0.0);
      perTarget.push_back(t);
    }
    const RegressionMetrics m = averageTargets(std::move(perTarget));
    rec.mae = m.mae;
    rec.rmse = m.rmse;
    rec.r2 = m.r2;
  }
  if (m_val) {
    double acc, mae, rmse, r2;
    evaluateInto(*m_val, rec.valLoss, acc, mae, rmse, r2);
    if (classification) {
      rec.valAccuracy = acc;
    } else {
      rec.valMae = mae;
      rec.valRmse = rmse;
      rec.valR2 = r2;
    }
  }
  m_history.push_back(rec);

  // Early stopping watches the validation loss (the training loss when there is no validation set).
  const double monitored = m_val ? rec.valLoss : rec.loss;
  if (m_bestEpoch == 0 || monitored < m_bestLoss - m_config.earlyStopping.minDelta) {
    m_bestLoss = monitored;
    m_bestEpoch = m_epoch;
    m_wait = 0;
    if (m_config.earlyStopping.patience > 0 && m_config.earlyStopping.restoreBest)
      m_net.copyState(m_bestState);
  } else {
    ++m_wait;
  }
  if (m_config.earlyStopping.patience > 0 && m_wait >= m_config.earlyStopping.patience) {
    if (m_config.earlyStopping.restoreBest && m_bestState.size() > 0) m_net.loadState(m_bestState);
    endRun(TrainingStatus::EarlyStopped);
  } else if (m_epoch >= m_config.epochs) {
    endRun(TrainingStatus::Completed);
  }
  if (observer && observer->onEpoch(rec, *this) == ObserverAction::Stop &&
      m_status == TrainingStatus::Running)
    endRun(TrainingStatus::Stopped);
  if (m_status == TrainingStatus::Running && m_stop->stopRequested()) endRun(TrainingStatus::Stopped);
  return m_status == TrainingStatus::Running;
}

void Trainer::evaluateInto(const Prepared& p, double& loss, double& acc, double& mae, double& rmse,
                           double& r2) const {
  m_net.predictWithLogits(p.x, m_evalLogits, m_evalOut, m_evalWs);
  loss = static_cast<double>(lossValue<float>(m_config.loss, m_evalLogits, m_evalOut, p.y));
  acc = mae = rmse = r2 = EpochRecord::kNone;
  if (isClassification(m_task)) {
    const Eigen::VectorXi pred = predictClasses<float>(m_evalOut);
    acc = static_cast<double>((pred.array() == p.labels.array()).count()) / static_cast<double>(p.n);
  } else {
    const RegressionMetrics m = neurona::regressionMetrics(p.targets, m_evalOut.cast<double>());
    mae = m.mae;
    rmse = m.rmse;
    r2 = m.r2;
  }
}

double Trainer::evaluateLoss(const Dataset& data) const {
  Prepared p;
  prepare(data, p);
  double loss, acc, mae, rmse, r2;
  evaluateInto(p, loss, acc, mae, rmse, r2);
  return loss;
}

ClassificationMetrics Trainer::classificationMetrics(const Dataset& data) const {
  const MatrixF x = data.features.cast<float>();
  MatrixF out;
  m_net.predict(x, out);
  const int classes = std::max(m_classes, data.classCount());
  return neurona::classificationMetrics(data.labels, predictClasses<float>(out), classes);
}

RegressionMetrics Trainer::regressionMetrics(const Dataset& data) const {
  const MatrixF x = data.features.cast<float>();
  MatrixF out;
  m_net.predict(x, out);
  return neurona::regressionMetrics(data.targets, out.cast<double>());
}

} // namespace neurona
