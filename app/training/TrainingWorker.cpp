#include "training/TrainingWorker.h"

#include "training/CoreTraining.h"

#include "neurona/core/data/Split.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

using Clock = std::chrono::steady_clock;
using neurona::TrainingStatus;

namespace {

// Without a limit the trainer still needs an epoch count; this one is never reached in practice.
constexpr int kUnlimitedEpochs = std::numeric_limits<int>::max() / 2;

int epochLimit(int stopAt) { return stopAt > 0 ? stopAt : kUnlimitedEpochs; }

// Ends the current epoch early when the controller asks to stop (checked at every batch).
class StopObserver : public neurona::TrainingObserver {
public:
  explicit StopObserver(const std::atomic<bool>& stop) : m_stop(stop) {}
  neurona::ObserverAction onBatch(const neurona::BatchRecord&, const neurona::Trainer&) override {
    return m_stop.load(std::memory_order_acquire) ? neurona::ObserverAction::Stop
                                                  : neurona::ObserverAction::Continue;
  }

private:
  const std::atomic<bool>& m_stop;
};

} // namespace

struct TrainingWorker::State {
  std::unique_ptr<neurona::Trainer> trainer;
  neurona::GridEvaluator evaluator{1};
  LiveSettings live;
  std::size_t historySeen = 0;
  SnapshotPtr lastGood;
  Clock::time_point lastPublish;
  int epochsAtLastPublish = 0;
  double epochsPerSecond = 0.0;
  bool publishedIdle = false; // the newest publication shows the worker at rest...
  int publishedEpoch = -1;    // ...after this many epochs
};

TrainingWorker::TrainingWorker(TrainingJobPtr job, std::shared_ptr<SnapshotSlot> slot, quint64 run)
    : m_job(std::move(job)), m_slot(std::move(slot)), m_run(run), m_mailbox(m_job->live) {}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::play() {
  {
    std::lock_guard lock(m_waitMutex);
    m_playing.store(true, std::memory_order_release);
  }
  m_wake.notify_all();
}

void TrainingWorker::pause() {
  std::lock_guard lock(m_waitMutex);
  m_playing.store(false, std::memory_order_release);
}

void TrainingWorker::step() {
  {
    std::lock_guard lock(m_waitMutex);
    m_playing.store(false, std::memory_order_release);
    m_steps.fetch_add(1, std::memory_order_acq_rel);
  }
  m_wake.notify_all();
}

void TrainingWorker::requestStop() {
  {
    std::lock_guard lock(m_waitMutex);
    m_stop.store(true, std::memory_order_release);
  }
  m_wake.notify_all();
}

void TrainingWorker::setLive(const LiveSettings& live) {
  {
    std::lock_guard lock(m_mailboxMutex);
    m_mailbox = live;
  }
  m_mailboxVersion.fetch_add(1, std::memory_order_acq_rel);
  m_wake.notify_all(); // a paused worker that finished may continue under a higher limit
}

neurona::Error TrainingWorker::error() const {
  std::lock_guard lock(m_mailboxMutex);
  return m_error;
}

bool TrainingWorker::prepare() {
  const TrainingJob& job = *m_job;
  auto& s = *m_state;
  const neurona::PreparedData& data = job.data;
  const auto fail = [this](neurona::Error e) {
    std::lock_guard lock(m_mailboxMutex);
    m_error = std::move(e);
    return false;
  };
  if (data.train.samples() == 0) {
    neurona::Error e;
    e.code = neurona::ErrorCode::EmptyDataset;
    return fail(e);
  }
  neurona::TrainingConfig config = job.config;
  config.optimizer.learningRate = s.live.learningRate;
  config.l1 = s.live.l1;
  config.l2 = s.live.l2;
  config.epochs = epochLimit(s.live.stopAtEpoch);
  auto created = neurona::Trainer::create(job.spec, config, data.train,
                                          data.validation.samples() > 0 ? &data.validation : nullptr);
  if (!created.ok()) return fail(created.error);
  s.trainer = std::move(created.value);
  if (job.initial && !s.trainer->network().setParams(*job.initial)) {
    neurona::Error e;
    e.code = neurona::ErrorCode::ModelMismatch;
    return fail(e);
  }

  // The grid covers the first two raw inputs; further raw inputs sit at their training mean.
  const Eigen::Index rawInputs = data.raw.featureCount();
  const neurona::VectorD fill = neurona::subset(data.raw, data.split.train).features.colwise().mean().transpose();
  const neurona::FeaturePipeline pipeline = data.pipeline;
  s.evaluator.setInputMap([pipeline, rawInputs, fill](const neurona::MatrixD& plane) {
    neurona::MatrixD raw(plane.rows(), rawInputs);
    for (Eigen::Index c = 0; c < rawInputs; ++c) {
      if (c < plane.cols())
        raw.col(c) = plane.col(c);
      else
        raw.col(c).setConstant(fill(c));
    }
    return pipeline.apply(raw);
  });
  return true;
}

void TrainingWorker::applyMailbox(bool force) {
  const quint64 version = m_mailboxVersion.load(std::memory_order_acquire);
  if (!force && version == m_seenVersion) return;
  m_seenVersion = version;
  LiveSettings next;
  {
    std::lock_guard lock(m_mailboxMutex);
    next = m_mailbox;
  }
  auto& s = *m_state;
  if (!s.trainer) {
    s.live = next;
    return;
  }
  neurona::Trainer& t = *s.trainer;
  if (next.learningRate != s.live.learningRate) t.setLearningRate(next.learningRate);
  if (next.l1 != s.live.l1) t.setL1(next.l1);
  if (next.l2 != s.live.l2) t.setL2(next.l2);
  if (next.stopAtEpoch != s.live.stopAtEpoch) t.setEpochs(std::max(epochLimit(next.stopAtEpoch), t.epoch()));
  s.live = next;
}

void TrainingWorker::publish(std::vector<neurona::EpochRecord> records) {
  auto& s = *m_state;
  neurona::Trainer& t = *s.trainer;
  auto snap = std::make_shared<Snapshot>();
  snap->run = m_run;
  snap->epoch = t.epoch();
  snap->status = t.status();
  snap->learningRate = t.currentLearningRate();

  const Clock::time_point now = Clock::now();
  const double seconds = std::chrono::duration<double>(now - s.lastPublish).count();
  const int epochs = t.epoch() - s.epochsAtLastPublish;
  if (seconds > 0.0 && epochs > 0) s.epochsPerSecond = epochs / seconds;
  snap->idle = !isPlaying() && m_steps.load(std::memory_order_acquire) == 0;
  s.publishedIdle = snap->idle;
  s.publishedEpoch = t.epoch();
  if (snap->idle) s.epochsPerSecond = 0.0;
  snap->epochsPerSecond = s.epochsPerSecond;
  s.lastPublish = now;
  s.epochsAtLastPublish = t.epoch();

  if (!t.history().empty()) {
    snap->last = t.history().back();
  } else {
    snap->last.epoch = 0;
    snap->last.loss = t.evaluateLoss(m_job->data.train);
    if (m_job->data.validation.samples() > 0) snap->last.valLoss = t.evaluateLoss(m_job->data.validation);
    snap->last.learningRate = t.currentLearningRate();
  }

  // Divergence: the plots keep the last good state, and so does the network.
  if (!t.network().parametersFinite() && s.lastGood) {
    t.network().setParams(s.lastGood->params);
  }
  if (!t.network().parametersFinite()) {
    snap->params = s.lastGood ? s.lastGood->params : neurona::ModelParams{};
    if (s.lastGood) {
      snap->grid = s.lastGood->grid;
      snap->hasGrid = s.lastGood->hasGrid;
    }
  } else {
    snap->params = t.params();
    neurona::GridSpec g = m_job->grid;
    g.nx = g.ny = std::clamp(s.live.gridResolution, 2, 512);
    snap->hasGrid = s.evaluator.evaluate(t.network(), g, snap->grid, s.live.neuronGrids);
  }

  const neurona::Dataset& heldOut = m_job->data.validation.samples() > 0 ? m_job->data.validation : m_job->data.test;
  snap->hasHeldOut = heldOut.samples() > 0;
  if (neurona::isClassification(m_job->data.raw.task)) {
    snap->trainClassification = t.classificationMetrics(m_job->data.train);
    if (snap->hasHeldOut) snap->heldOutClassification = t.classificationMetrics(heldOut);
  } else {
    snap->trainRegression = t.regressionMetrics(m_job->data.train);
    if (snap->hasHeldOut) snap->heldOutRegression = t.regressionMetrics(heldOut);
  }

  SnapshotPtr published = std::move(snap);
  if (t.network().parametersFinite()) s.lastGood = published;
  m_slot->publish(std::move(published), std::move(records));
}

bool TrainingWorker::waitForWork() {
  std::unique_lock lock(m_waitMutex);
  m_wake.wait(lock, [this] {
    if (m_stop.load(std::memory_order_acquire)) return true;
    if (m_mailboxVersion.load(std::memory_order_acquire) != m_seenVersion) return true;
    return m_playing.load(std::memory_order_acquire) || m_steps.load(std::memory_order_acquire) > 0;
  });
  return !m_stop.load(std::memory_order_acquire);
}

void TrainingWorker::run() {
  m_state = std::make_unique<State>();
  applyMailbox(true);
  if (!prepare()) {
    m_state.reset();
    return;
  }
  auto& s = *m_state;
  neurona::Trainer& t = *s.trainer;
  StopObserver observer(m_stop);
  s.lastPublish = Clock::now();
  publish({});

  for (;;) {
    // A pause can arrive after a frame chose not to publish (it was still playing then). The paused state
    // must reach the GUI all the same, or it would show an older epoch than the loss curve until the next
    // play.
    if (!isPlaying() && m_steps.load(std::memory_order_acquire) == 0 &&
        (!s.publishedIdle || s.publishedEpoch != t.epoch()))
      publish({});
    if (!waitForWork()) break;
    applyMailbox(false);
    const bool stepping = !isPlaying() && m_steps.load(std::memory_order_acquire) > 0;
    if (!isPlaying() && !stepping) continue; // only the mailbox changed

    if (t.finished()) {
      // A completed run continues when the limit was raised; otherwise there is nothing to do.
      if (t.status() == TrainingStatus::Completed && epochLimit(s.live.stopAtEpoch) > t.epoch())
        t.setEpochs(epochLimit(s.live.stopAtEpoch));
      if (t.finished()) {
        // The limit came down again before this play arrived: the end is told once more, or the GUI,
        // which only learns of an end from a picture, would wait for epochs that never come.
        pause();
        if (stepping) m_steps.store(0, std::memory_order_release);
        publish({});
        continue;
      }
    }

    // One frame: up to epochsPerFrame epochs (or a single step), at most one publish interval long.
    const Clock::time_point frameStart = Clock::now();
    const int budget = stepping ? 1 : (s.live.epochsPerFrame > 0 ? s.live.epochsPerFrame : kUnlimitedEpochs);
    int done = 0;
    while (done < budget && !m_stop.load(std::memory_order_acquire)) {
      t.trainEpochs(1, &observer);
      ++done;
      if (t.finished() || (!stepping && !isPlaying())) break;
      if (Clock::now() - frameStart >= kPublishInterval) break;
      applyMailbox(false);
    }
    if (m_stop.load(std::memory_order_acquire)) break;
    if (stepping) m_steps.fetch_sub(1, std::memory_order_acq_rel);
    if (t.finished()) pause();

    std::vector<neurona::EpochRecord> records(t.history().begin() + static_cast<std::ptrdiff_t>(s.historySeen),
                                              t.history().end());
    s.historySeen = t.history().size();
    const bool due = Clock::now() - s.lastPublish >= kPublishInterval;
    if (due || stepping || !isPlaying() || t.finished()) {
      publish(std::move(records));
    } else {
      m_slot->appendRecords(std::move(records)); // the loss curve must not wait for the next picture
    }

    // A limited speed waits out the rest of the frame (a stop or pause wakes it early).
    if (isPlaying() && s.live.epochsPerFrame > 0) {
      std::unique_lock lock(m_waitMutex);
      m_wake.wait_until(lock, frameStart + kPublishInterval, [this] {
        return m_stop.load(std::memory_order_acquire) || !m_playing.load(std::memory_order_acquire);
      });
    }
  }
  m_state.reset();
}
