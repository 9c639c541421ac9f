#include "training/TrainingController.h"

#include "model/Project.h"
#include "training/SnapshotSlot.h"
#include "training/TrainingWorker.h"

#include "neurona/core/io/ProjectData.h"

#include <QMetaObject>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>

using neurona::TrainingStatus;

namespace {

// The learned values belong to this network (same layers, in order).
bool fits(const std::shared_ptr<const neurona::ModelParams>& params, const neurona::NetworkSpec& spec) {
  if (!params || params->size() != spec.layers.size()) return false;
  for (std::size_t i = 0; i < spec.layers.size(); ++i)
    if ((*params)[i].id != spec.layers[i].id) return false;
  return true;
}

} // namespace

TrainingController::TrainingController(Project* project, QObject* parent)
    : QObject(parent), m_project(project) {
  qRegisterMetaType<SnapshotPtr>();
  sendLive();
  // What a run cannot follow builds it again; the run's own progress (trainingAppended) is not that.
  for (auto signal : {&Project::loaded, &Project::networkChanged, &Project::dataChanged,
                      &Project::preparationChanged, &Project::trainingReplaced})
    connect(project, signal, this, &TrainingController::rebuildSoon);
  // Another project brings its own live settings (the epoch limit, the rate, the penalties): the next
  // run is built with them, not with the previous project's.
  connect(project, &Project::loaded, this, &TrainingController::sendLive);
  connect(project, &Project::settingChanged, this, [this](SettingKey key) {
    if (TrainingSettings::isLive(key))
      sendLive();
    else
      rebuildSoon();
  });
}

TrainingController::~TrainingController() { stopWorker(); }

void TrainingController::setJob(TrainingJobPtr job) {
  m_fixedJob = std::move(job);
  rebuildSoon();
}

TrainingStatus TrainingController::status() const {
  return m_snapshot ? m_snapshot->status : TrainingStatus::Running;
}

int TrainingController::epoch() const { return m_snapshot ? m_snapshot->epoch : m_project->trainedEpoch(); }

void TrainingController::sendLive() {
  const neurona::TrainingConfig& c = m_project->settings();
  LiveSettings next = m_live;
  // A value no run can use keeps the previous one: a rate that is not positive and finite would freeze or
  // wreck the weights at once, and a negative or NaN penalty has no meaning.
  const double lr = c.optimizer.learningRate;
  if (lr > 0.0 && std::isfinite(lr)) next.learningRate = lr;
  if (c.l1 >= 0.0 && std::isfinite(c.l1)) next.l1 = c.l1;
  if (c.l2 >= 0.0 && std::isfinite(c.l2)) next.l2 = c.l2;
  next.stopAtEpoch = std::max(0, c.epochs);
  if (next == m_live) return;
  m_live = next;
  if (m_worker) m_worker->setLive(m_live);
}

void TrainingController::setEpochsPerFrame(int epochs) {
  m_live.epochsPerFrame = std::max(0, epochs);
  if (m_worker) m_worker->setLive(m_live);
}

void TrainingController::setGridResolution(int n) {
  m_live.gridResolution = std::clamp(n, 2, 512);
  if (m_worker) m_worker->setLive(m_live);
}

void TrainingController::setNeuronGrids(bool on) {
  m_live.neuronGrids = on;
  if (m_worker) m_worker->setLive(m_live);
}

void TrainingController::setState(State s) {
  if (s == m_state) return;
  m_state = s;
  emit stateChanged(s);
}

TrainingJobPtr TrainingController::makeJob() {
  const Project& p = *m_project;
  auto job = std::make_shared<TrainingJob>();
  if (m_fixedJob) {
    *job = *m_fixedJob;
  } else {
    if (!p.canTrain()) {
      m_problem = Problem::NetworkInvalid;
      return nullptr;
    }
    job->data = p.prepared();
    if (job->data.train.samples() == 0) {
      m_problem = Problem::NoTrainingData;
      return nullptr;
    }
    // Inputs too large to scale give the pipeline an infinite offset or scale: every prediction would be
    // undefined and the model could not be saved, so the run is refused with the reason.
    if (neurona::Error e = neurona::ProjectData::checkPipeline(job->data); !e.ok()) {
      m_problem = Problem::Engine;
      m_engineError = std::move(e);
      return nullptr;
    }
    job->spec = p.runnableNetwork();
    job->config = p.settings();
    const QRectF plane = p.plane(0.1);
    job->grid = {plane.left(), plane.right(), plane.top(), plane.bottom(), 128, 128};
  }
  // The run goes on from what the project has learned so far.
  if (fits(p.training().params, job->spec)) {
    job->initial = p.training().params;
    job->startEpoch = p.trainedEpoch();
  }
  job->live = m_live;
  return job;
}

void TrainingController::detach() {
  // The run in progress no longer matches the project: from now on nothing of it may reach the project
  // (an undo may have taken the history back), and the picture it drew is not the project's any more.
  if (!m_worker && !m_snapshot) return;
  stopWorker();
  ++m_run;
  m_snapshot.reset();
  if (m_state == State::Finished) setState(State::Ready);
}

void TrainingController::rebuildSoon() {
  detach();
  if (m_rebuildPending) return;
  m_rebuildPending = true;
  QTimer::singleShot(0, this, [this] {
    if (m_rebuildPending) rebuildNow();
  });
}

void TrainingController::rebuildNow(bool requested) {
  m_rebuildPending = false;
  const bool wasRunning = m_state == State::Running;
  m_problem = Problem::None;
  m_engineError = {};
  TrainingJobPtr job = makeJob();
  if (!job) {
    stopWorker();
    m_snapshot.reset();
    setState(State::Empty);
    emit startFailed(m_problem, requested);
    return;
  }
  startRun(std::move(job));
  if (wasRunning) play();
}

void TrainingController::stopWorker() {
  if (!m_thread) return;
  m_worker->requestStop();
  m_thread->disconnect(this);
  m_thread->wait();
  // Not `delete`: wait() may return while the finished thread still signals QThread's own wait
  // condition (ThreadSanitizer shows it); the controller's event loop or destructor deletes it later.
  m_thread->deleteLater();
  m_thread = nullptr;
  m_worker.reset();
  m_slot.reset();
  m_ahead.clear();
}

void TrainingController::startRun(TrainingJobPtr job) {
  stopWorker();
  ++m_run;
  m_snapshot.reset();
  m_endReported = false;
  m_runKept = false;
  m_runStartEpoch = m_project->trainedEpoch();
  m_slot = std::make_shared<SnapshotSlot>();
  m_noted = std::make_shared<std::atomic<bool>>(false);
  // The worker's note: at most one on its way, which looks at the slot on the GUI thread.
  const quint64 run = m_run;
  m_slot->setListener([this, noted = m_noted, run] {
    if (noted->exchange(true)) return;
    QMetaObject::invokeMethod(
        this,
        [this, noted, run] {
          noted->store(false);
          if (run == m_run) poll();
        },
        Qt::QueuedConnection);
  });
  m_worker = std::make_shared<TrainingWorker>(std::move(job), m_slot, m_run);
  std::shared_ptr<TrainingWorker> worker = m_worker;
  m_thread = QThread::create([worker] { worker->run(); });
  m_thread->setParent(this);
  m_thread->setObjectName(QStringLiteral("neurona-training"));
  connect(m_thread, &QThread::finished, this, [this, run] { onWorkerThreadFinished(run); });
  m_thread->start(QThread::LowPriority);
  setState(State::Ready);
  emit runPrepared();
}

void TrainingController::onWorkerThreadFinished(quint64 run) {
  if (run != m_run || !m_worker) return;
  const neurona::Error error = m_worker->error();
  if (error.ok()) return;
  stopWorker();
  m_snapshot.reset();
  m_problem = Problem::Engine;
  m_engineError = error;
  setState(State::Empty);
  emit startFailed(m_problem, true);
}

void TrainingController::keepRun(neurona::TrainingStatus status) {
  if (m_runKept || m_project->trainedEpoch() <= m_runStartEpoch) return;
  m_runKept = true;
  if (std::optional<neurona::KeptRun> record = m_project->recordOfTraining(status))
    m_project->keepRuns({std::move(*record)});
}

void TrainingController::reset() {
  pause();
  keepRun(TrainingStatus::Stopped); // a run ended by hand before its end is kept as stopped
  m_project->resetTraining();       // an undo step when there was anything to reset
  rebuildNow();                     // at epoch 0, waiting for play
}

void TrainingController::stop() {
  if (m_state == State::Running || m_state == State::Paused) keepRun(TrainingStatus::Stopped);
  stopWorker();
  m_project->commitTraining();
  setState(State::Empty);
}

void TrainingController::play() {
  if (m_rebuildPending || !m_worker) rebuildNow(true);
  if (!m_worker) return;
  if (m_state == State::Finished) {
    // Only a run that reached its limit can go on, and only once the limit was raised.
    const bool canContinue =
        status() == TrainingStatus::Completed && (m_live.stopAtEpoch == 0 || m_live.stopAtEpoch > epoch());
    if (!canContinue) return;
    m_endReported = false;
    m_runKept = false; // the longer run is kept again when it ends
  }
  m_worker->play();
  setState(State::Running);
}

void TrainingController::pause() {
  if (m_state != State::Running) return;
  if (m_worker) m_worker->pause(); // none while a rebuild is pending: the new run then waits
  setState(State::Paused);
}

void TrainingController::togglePlay() {
  if (m_state == State::Running)
    pause();
  else
    play();
}

void TrainingController::step() {
  if (m_rebuildPending || !m_worker) rebuildNow(true);
  if (!m_worker || m_state == State::Finished) return;
  m_worker->step();
  setState(State::Paused);
}

bool TrainingController::poll() {
  if (!m_slot) return false;
  SnapshotSlot::Taken taken = m_slot->take();
  m_ahead.insert(m_ahead.end(), taken.records.begin(), taken.records.end());
  if (!taken.snapshot || taken.snapshot->run != m_run) return false;
  m_snapshot = std::move(taken.snapshot);
  // The project gets the records the picture's values cover, so its history always ends at the epoch
  // of its learned values.
  const auto covered = std::find_if(m_ahead.begin(), m_ahead.end(), [this](const neurona::EpochRecord& r) {
    return r.epoch > m_snapshot->epoch;
  });
  // A run that could not start from the project's values (they did not fit) takes the project back to
  // its own start with its first picture.
  if (covered != m_ahead.begin() || m_snapshot->epoch != m_project->trainedEpoch()) {
    std::vector<neurona::EpochRecord> records(m_ahead.begin(), covered);
    m_ahead.erase(m_ahead.begin(), covered);
    m_project->appendTraining(std::move(records), m_snapshot->params, m_snapshot->epoch);
  }
  const bool atRest = m_snapshot->idle || m_snapshot->status != TrainingStatus::Running;
  if (atRest) m_project->commitTraining(); // a pause or an end is a good moment for an undo step
  emit snapshotReady(m_snapshot);
  // A finished run whose limit was raised can go on: it waits for play or step again.
  if (m_state == State::Finished && m_snapshot->status == TrainingStatus::Running) {
    m_endReported = false;
    setState(State::Ready);
  }
  // Only pause() and step() make a run "paused". The worker stops by itself only at an end, which its
  // picture reports.
  if (m_snapshot->status != TrainingStatus::Running && !m_endReported) {
    m_endReported = true;
    setState(State::Finished);
    if (m_snapshot->status == TrainingStatus::Diverged)
      emit diverged(m_snapshot->epoch, m_snapshot->learningRate);
    keepRun(m_snapshot->status);
    emit finished(m_snapshot->status);
  }
  return true;
}
