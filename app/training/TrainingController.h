#pragma once
// Runs training for the open project without ever blocking the GUI. It lives on the GUI thread, observes
// the Project and owns one worker thread per run. A run is built from an immutable copy of the project
// (network, prepared data, settings, learned values); whenever the project changes in a way a run cannot
// follow (another network, data or optimizer, an undo), the run is built again from the project, and a
// run that was playing goes on playing. Live settings (learning rate, penalties, limit) and the views'
// wishes (speed, grid resolution) reach the worker through one mailbox. Each picture the worker publishes
// is taken once: the snapshot goes to the views, its epoch records and learned values to the project,
// which keeps the history. Nothing polls: the worker's publication wakes the controller.
//
//   TrainingController c(&project);
//   connect(&c, &TrainingController::snapshotReady, plot, &BoundaryPlot::showSnapshot);
//   c.play();
#include "training/Snapshot.h"
#include "training/TrainingJob.h"

#include "neurona/core/Error.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

class Project;
class QThread;
class SnapshotSlot;
class TrainingWorker;

class TrainingController : public QObject {
  Q_OBJECT
public:
  enum class State {
    Empty, // no run: nothing to train (see startProblem())
    Ready, // a run is prepared at the project's epoch and waits for play or step
    Running,
    Paused,
    Finished, // completed, early stopped or diverged (see status())
  };
  Q_ENUM(State)

  // Why a run could not be prepared.
  enum class Problem {
    None,
    NetworkInvalid, // the project's diagnostics have errors
    NoTrainingData,
    Engine, // the engine refused the run (engineError() says why)
  };
  Q_ENUM(Problem)

  explicit TrainingController(Project* project, QObject* parent = nullptr);
  ~TrainingController() override; // stops the worker and waits for it: quitting mid-training is clean

  // Tests and benchmarks: every run uses this job (with the project's learned values and epoch) instead
  // of one made from the project.
  void setJob(TrainingJobPtr job);

  State state() const { return m_state; }
  bool isRunning() const { return m_state == State::Running; }
  neurona::TrainingStatus status() const;
  int epoch() const;
  quint64 run() const { return m_run; }
  SnapshotPtr snapshot() const { return m_snapshot; }
  Problem problem() const { return m_problem; }
  const neurona::Error& engineError() const { return m_engineError; } // with Problem::Engine

  // The views' wishes, sent to the running worker with the project's live settings.
  const LiveSettings& liveSettings() const { return m_live; }
  void setEpochsPerFrame(int epochs); // 0: as fast as possible
  int epochsPerFrame() const { return m_live.epochsPerFrame; }
  void setGridResolution(int n);
  void setNeuronGrids(bool on);

  // Takes what the worker published since the last look; true when a new snapshot arrived. The worker's
  // note calls it; tests may call it too.
  bool poll();

public slots:
  void play();
  void pause();
  void togglePlay();
  void step();
  void reset(); // back to epoch 0 (an undo step in the project), or a new run when there is none
  void stop();  // stops the run and forgets it (state Empty); the project keeps what was trained

signals:
  void stateChanged(TrainingController::State state);
  void runPrepared(); // a new run was built (at the project's epoch)
  void snapshotReady(const SnapshotPtr& snapshot);
  void finished(neurona::TrainingStatus status);
  void diverged(int epoch, double learningRate);
  // requested: Play or Step asked for the run (or the engine refused a run that had started); false when
  // only an edit rebuilt it, which the Problems dock already explains.
  void startFailed(TrainingController::Problem problem, bool requested);

private:
  void setState(State s);
  TrainingJobPtr makeJob();
  void detach();
  void rebuildSoon(); // after a burst of project signals, once
  void rebuildNow(bool requested = false);
  void startRun(TrainingJobPtr job);
  void stopWorker();
  void sendLive();
  void onWorkerThreadFinished(quint64 run);
  // Keeps what this run trained in the project's runs (once per run, and only when it trained an epoch).
  void keepRun(neurona::TrainingStatus status);

  Project* m_project;
  TrainingJobPtr m_fixedJob;
  LiveSettings m_live;
  State m_state = State::Empty;
  quint64 m_run = 0;
  std::shared_ptr<TrainingWorker> m_worker;
  std::shared_ptr<SnapshotSlot> m_slot;
  std::shared_ptr<std::atomic<bool>> m_noted; // a note from the worker is on its way
  QThread* m_thread = nullptr;
  SnapshotPtr m_snapshot;
  std::vector<neurona::EpochRecord> m_ahead; // records newer than the newest snapshot, until one covers them
  bool m_endReported = false;
  bool m_runKept = false;
  int m_runStartEpoch = 0; // the project's epoch when the run was built
  bool m_rebuildPending = false;
  Problem m_problem = Problem::None;
  neurona::Error m_engineError;
};
