#pragma once
// Trains every run of a SweepPlan, several at once: a pool of `jobs` threads, each taking the next run
// index from an atomic counter and training it through ProjectRun. The runs are independent and each is
// seeded by its own settings (training.seed, split.seed, ...), so the outcomes do not depend on `jobs`
// nor on the order the runs finish in.
#include "neurona/core/io/Model.h"
#include "neurona/core/sweep/ProjectRun.h"
#include "neurona/core/sweep/SweepPlan.h"

#include <atomic>
#include <filesystem>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace neurona {

struct SweepOutcome {
  int run = 0;
  std::vector<std::string> values;                 // as SweepPlan::valuesOf
  TrainingStatus status = TrainingStatus::Stopped; // Completed, Diverged, EarlyStopped or Stopped
  int epochs = 0;                                  // epochs trained in this run
  std::vector<EpochRecord> history;
  EpochRecord final;                  // the last record (NaN where no value; epoch 0 when none)
  std::shared_ptr<const Model> model; // the trained model (null when refused or not run)
  RunRefusal refusal;                 // set when the run could not start; status Stopped then
  bool started = false;               // false for a run refused or never started (cancelled before it)
};

// The first run of a sweep that cannot start, and why (run -1 when every run can).
struct SweepRefusal {
  int run = -1;
  RunRefusal refusal;
  bool refused() const { return run >= 0; }
};

class SweepRunner {
public:
  // jobs <= 0: std::thread::hardware_concurrency(). The plan must outlive the runner.
  SweepRunner(const SweepPlan& plan, std::filesystem::path dataDir, int jobs);
  ~SweepRunner();
  SweepRunner(const SweepRunner&) = delete;
  SweepRunner& operator=(const SweepRunner&) = delete;

  // Prepares the data of every run (kept for run()) and makes ProjectRun::check's checks for each: the
  // first run that could not start, if any. Optional: run() reports such runs in their outcomes.
  SweepRefusal check();
  // A run's prepared data once check() or run() prepared it (null before, or when its data is refused).
  const PreparedData* data(int run) const;

  // Runs every combination, at most `jobs` at once, each pool thread calling enterComputeThread() first;
  // blocks until all are done or cancelled. onDone is called once per finished run (refused ones
  // included, not those never started), from the worker thread, serialized by a mutex. The data is
  // prepared once per distinct data setting (dataset, task, split, preprocessing, transforms).
  // Returns one outcome per run of the plan, in run order: after cancel(), the runs never started are
  // there with status Stopped, epochs 0, started false and no model. An exception in a worker (memory
  // short of what the limits allow) cancels the others and is rethrown here once all have stopped.
  std::vector<SweepOutcome> run(std::function<void(const SweepOutcome&)> onDone = {});

  // Thread-safe, from any thread (onDone included): running runs stop between two batches (status
  // Stopped, their model kept), runs not started are not run.
  void cancel();
  bool cancelled() const { return m_cancelled.load(std::memory_order_acquire); }
  int finishedCount() const { return m_finished.load(std::memory_order_acquire); } // thread-safe
  int jobs() const { return m_jobs; }

private:
  struct DataSlot; // one distinct data setting, prepared once
  DataSlot& prepared(int run);
  SweepOutcome runOne(int run);

  const SweepPlan& m_plan;
  std::filesystem::path m_dataDir;
  int m_jobs = 1;
  std::atomic<bool> m_cancelled{false};
  std::atomic<int> m_finished{0};
  std::mutex m_activeMutex;
  std::vector<StopToken*> m_active;               // the running trainers' tokens (guarded by m_activeMutex)
  std::vector<std::unique_ptr<DataSlot>> m_slots; // one per distinct data setting
  std::vector<DataSlot*> m_slotOf;                // each run's
};

} // namespace neurona
