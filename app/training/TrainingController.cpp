#include "training/TrainingController.h"

#include "training/SnapshotSlot.h"
#include "training/TrainingWorker.h"

#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>

using neurona::TrainingStatus;

TrainingController::TrainingController(QObject* parent) : QObject(parent), m_timer(new QTimer(this)) {
  qRegisterMetaType<SnapshotPtr>();
  m_timer->setInterval(15);
  m_timer->setTimerType(Qt::PreciseTimer);
  connect(m_timer, &QTimer::timeout, this, &TrainingController::poll);
}

TrainingController::~TrainingController() { stopWorker(); }

void TrainingController::setJobProvider(JobProvider provider) { m_provider = std::move(provider); }

void TrainingController::setJob(TrainingJobPtr job) {
  m_provider = [job](QString*) { return job; };
}

TrainingStatus TrainingController::status() const {
  return m_snapshot ? m_snapshot->status : TrainingStatus::Running;
}

int TrainingController::epoch() const { return m_snapshot ? m_snapshot->epoch : 0; }

void TrainingController::setLiveSettings(const LiveSettings& live) {
  LiveSettings next = live;
  // A value no run can use keeps the previous one: a rate that is not positive and finite would freeze or
  // wreck the weights at once, and a negative or NaN penalty has no meaning.
  if (!(next.learningRate > 0.0 && std::isfinite(next.learningRate))) next.learningRate = m_live.learningRate;
  if (!(next.l1 >= 0.0 && std::isfinite(next.l1))) next.l1 = m_live.l1;
  if (!(next.l2 >= 0.0 && std::isfinite(next.l2))) next.l2 = m_live.l2;
  next.epochsPerFrame = std::max(0, next.epochsPerFrame);
  next.stopAtEpoch = std::max(0, next.stopAtEpoch);
  next.gridResolution = std::clamp(next.gridResolution, 2, 512);
  if (next == m_live) return;
  m_live = next;
  if (m_worker) m_worker->setLive(m_live);
}

void TrainingController::setLearningRate(double lr) {
  LiveSettings l = m_live;
  l.learningRate = lr;
  setLiveSettings(l);
}

void TrainingController::setL1(double l1) {
  LiveSettings l = m_live;
  l.l1 = l1;
  setLiveSettings(l);
}

void TrainingController::setL2(double l2) {
  LiveSettings l = m_live;
  l.l2 = l2;
  setLiveSettings(l);
}

void TrainingController::setEpochsPerFrame(int epochs) {
  LiveSettings l = m_live;
  l.epochsPerFrame = std::max(0, epochs);
  setLiveSettings(l);
}

void TrainingController::setStopAtEpoch(int epoch) {
  LiveSettings l = m_live;
  l.stopAtEpoch = std::max(0, epoch);
  setLiveSettings(l);
}

void TrainingController::setGridResolution(int n) {
  LiveSettings l = m_live;
  l.gridResolution = std::clamp(n, 2, 512);
  setLiveSettings(l);
}

void TrainingController::setNeuronGrids(bool on) {
  LiveSettings l = m_live;
  l.neuronGrids = on;
  setLiveSettings(l);
}

void TrainingController::setPollInterval(int ms) { m_timer->setInterval(std::max(1, ms)); }

void TrainingController::setState(State s) {
  if (s == m_state) return;
  m_state = s;
  emit stateChanged(s);
}

void TrainingController::stopWorker() {
  m_timer->stop();
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
}

void TrainingController::startRun(TrainingJobPtr job) {
  stopWorker();
  ++m_run;
  m_snapshot.reset();
  m_history.clear();
  m_endReported = false;
  m_errorCode = neurona::ErrorCode::None;
  m_error.clear();
  emit historyCleared();

  auto patched = std::make_shared<TrainingJob>(*job);
  patched->live = m_live;
  m_slot = std::make_shared<SnapshotSlot>();
  m_worker = std::make_shared<TrainingWorker>(std::move(patched), m_slot, m_run);
  std::shared_ptr<TrainingWorker> worker = m_worker;
  m_thread = QThread::create([worker] { worker->run(); });
  m_thread->setParent(this);
  m_thread->setObjectName(QStringLiteral("neurona-training"));
  const quint64 run = m_run;
  connect(m_thread, &QThread::finished, this, [this, run] { onWorkerThreadFinished(run); });
  m_thread->start(QThread::LowPriority);
  m_timer->start();
  setState(State::Ready);
}

void TrainingController::onWorkerThreadFinished(quint64 run) {
  if (run != m_run || !m_worker) return;
  const neurona::ErrorCode code = m_worker->error().code;
  if (code == neurona::ErrorCode::None) return;
  poll();
  stopWorker();
  m_errorCode = code;
  m_error.clear();
  setState(State::Empty);
  emit startFailed(m_errorCode, m_error);
}

void TrainingController::reset() {
  QString why;
  TrainingJobPtr job = m_provider ? m_provider(&why) : nullptr;
  if (!job) {
    stopWorker();
    m_snapshot.reset();
    m_history.clear();
    emit historyCleared();
    m_errorCode = neurona::ErrorCode::None;
    m_error = why;
    setState(State::Empty);
    if (!why.isEmpty()) emit startFailed(m_errorCode, why);
    return;
  }
  startRun(std::move(job));
}

void TrainingController::stop() {
  stopWorker();
  setState(State::Empty);
}

void TrainingController::play() {
  if (!m_worker) {
    reset();
    if (!m_worker) return;
  }
  if (m_state == State::Finished) {
    // Only a run that reached its limit can go on, and only once the limit was raised.
    const bool canContinue = status() == TrainingStatus::Completed &&
                             (m_live.stopAtEpoch == 0 || m_live.stopAtEpoch > epoch());
    if (!canContinue) return;
    m_endReported = false;
  }
  m_worker->play();
  setState(State::Running);
}

void TrainingController::pause() {
  if (!m_worker || m_state != State::Running) return;
  m_worker->pause();
  setState(State::Paused);
}

void TrainingController::togglePlay() {
  if (m_state == State::Running)
    pause();
  else
    play();
}

void TrainingController::step() {
  if (!m_worker) {
    reset();
    if (!m_worker) return;
  }
  if (m_state == State::Finished) return;
  m_worker->step();
  setState(State::Paused);
}

bool TrainingController::poll() {
  if (!m_slot) return false;
  SnapshotSlot::Taken taken = m_slot->take();
  if (!taken.records.empty()) {
    const int first = static_cast<int>(m_history.size());
    m_history.insert(m_history.end(), taken.records.begin(), taken.records.end());
    emit historyAppended(first);
  }
  if (!taken.snapshot || taken.snapshot->run != m_run) return false;
  m_snapshot = std::move(taken.snapshot);
  emit snapshotReady(m_snapshot);
  // Only pause() and step() make a run "paused". The worker stops by itself only at an end, which its
  // picture reports; its playing flag is no evidence, as it drops just before the last epoch is published.
  if (m_snapshot->status != TrainingStatus::Running && !m_endReported) {
    m_endReported = true;
    setState(State::Finished);
    if (m_snapshot->status == TrainingStatus::Diverged) emit diverged(m_snapshot->epoch, m_snapshot->learningRate);
    emit finished(m_snapshot->status);
  }
  return true;
}
