#pragma once
// Runs training for the GUI without ever blocking it. Lives on the GUI thread and owns one worker
// QThread per run. Reset freezes a TrainingJob from the documents (through the job provider) and starts
// a worker that prepares the network and publishes epoch 0, then waits; play, pause and step are
// atomics the worker reads; live settings (learning rate, L1/L2, speed, limit, grid) go through its
// mailbox and apply without a reset. A QTimer takes the newest snapshot from the worker's slot and
// emits it; the epoch records arrive in order, none lost, in history().
//
//   TrainingController c;
//   c.setJobProvider([&](QString* why) { return makeJob(why); });
//   connect(&c, &TrainingController::snapshotReady, plot, &BoundaryPlot::showSnapshot);
//   c.play();   // builds a run when there is none
#include "training/Snapshot.h"
#include "training/TrainingJob.h"

#include "neurona/core/Error.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

class QThread;
class QTimer;
class SnapshotSlot;
class TrainingWorker;

class TrainingController : public QObject {
  Q_OBJECT
public:
  enum class State {
    Empty,    // no run: nothing to train (see lastError())
    Ready,    // a run is prepared at epoch 0 and waits for play or step
    Running,
    Paused,
    Finished, // completed, early stopped or diverged (see status())
  };
  Q_ENUM(State)

  // Returns the frozen inputs of a new run, or null with the reason (already a tr() sentence) in *why.
  using JobProvider = std::function<TrainingJobPtr(QString* why)>;

  explicit TrainingController(QObject* parent = nullptr);
  ~TrainingController() override; // stops the worker and waits for it: quitting mid-training is clean

  void setJobProvider(JobProvider provider);
  void setJob(TrainingJobPtr job); // a provider that always returns this job (tests, benchmarks)

  State state() const { return m_state; }
  bool isRunning() const { return m_state == State::Running; }
  neurona::TrainingStatus status() const;
  int epoch() const;
  quint64 run() const { return m_run; }
  SnapshotPtr snapshot() const { return m_snapshot; }
  const std::vector<neurona::EpochRecord>& history() const { return m_history; }
  // Why the last run could not start: the core's refusal (e.g. ErrorCode::InputMismatch), or None with the
  // job provider's sentence in lastError().
  neurona::ErrorCode lastErrorCode() const { return m_errorCode; }
  QString lastError() const { return m_error; }

  const LiveSettings& liveSettings() const { return m_live; }
  // A rate that is not positive and finite, or a negative or NaN penalty, keeps the previous value.
  void setLiveSettings(const LiveSettings& live);
  void setLearningRate(double lr);
  void setL1(double l1);
  void setL2(double l2);
  void setEpochsPerFrame(int epochs);
  void setStopAtEpoch(int epoch);
  void setGridResolution(int n);
  void setNeuronGrids(bool on);

  // How often the GUI looks for a new snapshot (default 15 ms: about one look per display frame).
  void setPollInterval(int ms);
  // Takes what the worker published since the last look; true when a new snapshot arrived.
  bool poll();

public slots:
  void play();
  void pause();
  void togglePlay();
  void step();
  void reset();  // stops the run and prepares a new one at epoch 0 from the current documents
  void stop();   // stops the run and forgets it (state Empty)

signals:
  void stateChanged(TrainingController::State state);
  void snapshotReady(const SnapshotPtr& snapshot);
  void historyAppended(int firstNewIndex); // history()[firstNewIndex..] are new
  void historyCleared();
  void finished(neurona::TrainingStatus status);
  void diverged(int epoch, double learningRate);
  void startFailed(neurona::ErrorCode code, const QString& why); // as lastErrorCode() and lastError()

private:
  void setState(State s);
  void startRun(TrainingJobPtr job);
  void stopWorker();
  void onWorkerThreadFinished(quint64 run);

  JobProvider m_provider;
  LiveSettings m_live;
  State m_state = State::Empty;
  quint64 m_run = 0;
  std::shared_ptr<TrainingWorker> m_worker;
  std::shared_ptr<SnapshotSlot> m_slot;
  QThread* m_thread = nullptr;
  QTimer* m_timer;
  SnapshotPtr m_snapshot;
  std::vector<neurona::EpochRecord> m_history;
  bool m_endReported = false;
  neurona::ErrorCode m_errorCode = neurona::ErrorCode::None;
  QString m_error;
};
