#include "training/TrainingWorker.h"

#include "training/CoreTraining.h"

#include "neurona/core/cpu/ComputeThread.h"
#include "neurona/core/data/Split.h"

#include <algorithm>
#include <limits>
#include <thread>

using Clock = std::chrono::steady_clock;

namespace {

// Without a limit the trainer still needs an epoch count; this one is never reached in practice.
constexpr int kUnlimitedEpochs = std::numeric_limits<int>::max() / 2;

int epochLimit(int stopAt) { return stopAt > 0 ? stopAt : kUnlimitedEpochs; }

// The class each row of `inputs` gets and its probability: the largest output of a softmax, or for one
// sigmoid output class 1 when p ≥ 0.5.
std::shared_ptr<const SamplePredictions> predictSamples(const neurona::Network& net,
                                                        const neurona::MatrixF& inputs,
                                                        neurona::NetworkWorkspace<float>& ws, int epoch) {
  neurona::MatrixF out;
  net.predict(inputs, out, ws);
  auto p = std::make_shared<SamplePredictions>();
  p->epoch = epoch;
  p->predicted.resize(static_cast<std::size_t>(out.rows()));
  p->confidence.resize(static_cast<std::size_t>(out.rows()));
  for (Eigen::Index r = 0; r < out.rows(); ++r) {
    const auto k = static_cast<std::size_t>(r);
    if (out.cols() == 1) {
      const float p1 = out(r, 0);
      p->predicted[k] = p1 >= 0.5f ? 1 : 0;
      p->confidence[k] = p1 >= 0.5f ? p1 : 1.0f - p1;
    } else {
      Eigen::Index best = 0;
      p->confidence[k] = out.row(r).maxCoeff(&best);
      p->predicted[k] = static_cast<int>(best);
    }
  }
  return p;
}

} // namespace

struct TrainingWorker::State {
  std::unique_ptr<neurona::Trainer> trainer;
  neurona::GridEvaluator evaluator{1};
  LiveSettings live;
  std::size_t historySeen = 0;
  Clock::time_point lastPublish;
  int epochsAtLastPublish = 0;
  double epochsPerSecond = 0.0;
  bool publishedIdle = false; // the newest picture shows the worker at rest…
  int publishedEpoch = -1;    // …after this many epochs
  bool mustPublish = false;   // the picture at rest is out of date (new grid settings, a repeated end)
  // Image classification: every raw sample through the pipeline, for the gallery's predictions.
  neurona::MatrixF galleryInputs;
  neurona::NetworkWorkspace<float> galleryWorkspace;
  std::shared_ptr<const SamplePredictions> samples;
  Clock::time_point samplesAt;
};

TrainingWorker::TrainingWorker(TrainingJobPtr job, std::shared_ptr<SnapshotSlot> slot, quint64 run)
    : m_job(std::move(job)), m_slot(std::move(slot)), m_run(run),
      m_token(std::make_shared<neurona::StopToken>()), m_mailbox(m_job->live) {
  m_token->pause(); // a new run waits for play or step
}

TrainingWorker::~TrainingWorker() = default;

void TrainingWorker::setLive(const LiveSettings& live) {
  {
    std::lock_guard lock(m_mailboxMutex);
    m_mailbox = live;
  }
  m_mailboxVersion.fetch_add(1, std::memory_order_acq_rel);
  m_token->wake(); // a resting worker may have to go on (a higher limit) or draw again (a finer grid)
}

neurona::Error TrainingWorker::error() const {
  std::lock_guard lock(m_mailboxMutex);
  return m_error;
}

bool TrainingWorker::prepare() {
  const TrainingJob& job = *m_job;
  auto& s = *m_state;
  const neurona::PreparedData& data = job.data;
  neurona::TrainingConfig config = job.config;
  config.optimizer.learningRate = s.live.learningRate;
  config.l1 = s.live.l1;
  config.l2 = s.live.l2;
  config.epochs = epochLimit(s.live.stopAtEpoch);
  neurona::Result<std::unique_ptr<neurona::Trainer>> created = neurona::Trainer::create(
      job.spec, config, data.train, data.validation.samples() > 0 ? &data.validation : nullptr);
  if (created.ok() && job.initial && !created.value->network().setParams(*job.initial))
    created.error.code = neurona::ErrorCode::ModelMismatch;
  if (!created.ok()) {
    std::lock_guard lock(m_mailboxMutex);
    m_error = created.error;
    return false;
  }
  s.trainer = std::move(created.value);
  s.trainer->resumeAt(job.startEpoch);
  s.trainer->shareStopToken(m_token);

  // A picture has no plane to draw a boundary over; the gallery shows what the network makes of each
  // sample instead.
  if (job.spec.inputShape && neurona::isClassification(data.raw.task) && data.raw.samples() > 0)
    s.galleryInputs = data.pipeline.apply(data.raw.features).cast<float>();

  // The grid covers the first two raw inputs; further raw inputs sit at their training mean.
  const Eigen::Index rawInputs = data.raw.featureCount();
  const neurona::VectorD fill =
      neurona::subset(data.raw, data.split.train).features.colwise().mean().transpose();
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
  if (s.trainer) {
    neurona::Trainer& t = *s.trainer;
    if (next.learningRate != s.live.learningRate) t.setLearningRate(next.learningRate);
    if (next.l1 != s.live.l1) t.setL1(next.l1);
    if (next.l2 != s.live.l2) t.setL2(next.l2);
    if (next.stopAtEpoch != s.live.stopAtEpoch)
      t.setEpochs(std::max(epochLimit(next.stopAtEpoch), t.epoch()));
    if (next.gridResolution != s.live.gridResolution || next.neuronGrids != s.live.neuronGrids)
      s.mustPublish = true;
  }
  s.live = next;
}

std::vector<neurona::EpochRecord> TrainingWorker::newRecords() {
  auto& s = *m_state;
  const auto& h = s.trainer->history();
  std::vector<neurona::EpochRecord> records(h.begin() + static_cast<std::ptrdiff_t>(s.historySeen), h.end());
  s.historySeen = h.size();
  return records;
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
  snap->idle = idle();
  s.publishedIdle = snap->idle;
  s.publishedEpoch = t.epoch();
  s.mustPublish = false;
  if (snap->idle) s.epochsPerSecond = 0.0;
  snap->epochsPerSecond = s.epochsPerSecond;
  s.lastPublish = now;
  s.epochsAtLastPublish = t.epoch();

  if (!t.history().empty()) {
    snap->last = t.history().back();
  } else {
    snap->last.epoch = t.epoch();
    snap->last.loss = t.evaluateLoss(m_job->data.train);
    if (m_job->data.validation.samples() > 0) snap->last.valLoss = t.evaluateLoss(m_job->data.validation);
    snap->last.learningRate = t.currentLearningRate();
  }

  // The trainer keeps the last finite values when a run diverges, so the picture is always drawable.
  snap->params = std::make_shared<const neurona::ModelParams>(t.params());
  if (!m_job->spec.inputShape) {
    neurona::GridSpec g = m_job->grid;
    g.nx = g.ny = std::clamp(s.live.gridResolution, 2, 512);
    snap->hasGrid = s.evaluator.evaluate(t.network(), g, snap->grid, s.live.neuronGrids);
  }
  if (s.galleryInputs.rows() > 0) {
    // Every sample through the network costs about a third of an epoch: once a second is enough to
    // watch the gallery change, and at rest it is always up to date.
    if (!s.samples || snap->idle || now - s.samplesAt >= std::chrono::seconds(1)) {
      s.samples = predictSamples(t.network(), s.galleryInputs, s.galleryWorkspace, t.epoch());
      s.samplesAt = now;
    }
    snap->samples = s.samples;
  }

  const neurona::Dataset& heldOut =
      m_job->data.validation.samples() > 0 ? m_job->data.validation : m_job->data.test;
  snap->hasHeldOut = heldOut.samples() > 0;
  if (neurona::isClassification(m_job->data.raw.task)) {
    snap->trainClassification = t.classificationMetrics(m_job->data.train);
    if (snap->hasHeldOut) snap->heldOutClassification = t.classificationMetrics(heldOut);
  } else {
    snap->trainRegression = t.regressionMetrics(m_job->data.train);
    if (snap->hasHeldOut) snap->heldOutRegression = t.regressionMetrics(heldOut);
  }
  m_slot->publish(std::move(snap), std::move(records));
}

void TrainingWorker::run() {
  neurona::enterComputeThread(); // this thread trains and draws the grid: subnormals off (issue #18)
  m_state = std::make_unique<State>();
  applyMailbox(true);
  if (!prepare()) {
    m_state.reset();
    return;
  }
  auto& s = *m_state;
  neurona::Trainer& t = *s.trainer;
  s.lastPublish = Clock::now();
  s.epochsAtLastPublish = t.epoch();
  publish({});

  while (!m_token->stopRequested()) {
    applyMailbox(false);
    // A completed run goes on when its limit was raised.
    if (t.status() == neurona::TrainingStatus::Completed && epochLimit(s.live.stopAtEpoch) > t.epoch())
      t.setEpochs(epochLimit(s.live.stopAtEpoch));

    if (t.finished() || idle()) {
      if (t.finished() && !idle()) {
        // Play or step on a run that cannot go on (the limit came down again first): it rests, and
        // tells its end once more, since the GUI learns of an end only from a picture.
        m_token->resume();
        m_token->pause();
        s.mustPublish = true;
      }
      // At rest: the newest state is shown once, then nothing happens until a command or new settings.
      if (s.mustPublish || !s.publishedIdle || s.publishedEpoch != t.epoch()) publish(newRecords());
      if (!m_token->waitWhilePaused()) break;
      continue;
    }

    // One frame: up to epochsPerFrame epochs (or the granted steps), at most one frame interval long.
    const Clock::time_point frameStart = Clock::now();
    const int budget = s.live.epochsPerFrame > 0 ? s.live.epochsPerFrame : kUnlimitedEpochs;
    for (int done = 0; done < budget;) {
      const int before = t.epoch();
      t.trainEpochs(1);
      if (t.epoch() == before) break; // held by a pause, stopped, or at its end
      ++done;
      if (t.finished() || idle() || Clock::now() - frameStart >= kFrameInterval) break;
      applyMailbox(false);
    }
    if (m_token->stopRequested()) break;
    if (t.finished()) m_token->pause();

    std::vector<neurona::EpochRecord> records = newRecords();
    if (Clock::now() - s.lastPublish >= kFrameInterval || idle() || t.finished())
      publish(std::move(records));
    else
      m_slot->appendRecords(std::move(records)); // the records must not wait for the next picture

    // A limited speed waits out the rest of the frame; a stop or a pause ends the wait early.
    if (s.live.epochsPerFrame > 0)
      while (!idle() && !m_token->stopRequested() && Clock::now() < frameStart + kFrameInterval)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  m_state.reset();
}
