#pragma once
// Runs a sweep of the open project in the background: every combination of one or two settings trained
// on a pool of threads (core's SweepRunner, one run per thread, as many threads as cores), while the
// GUI goes on. Each run that ends arrives on the GUI thread; when the sweep ends, its runs are kept in
// the project (named by their values) so the experiment board can compare and restore them.
//
// A sweep starts from the project's settings with no learned values: every run begins from the weights
// its own seed draws, so that the runs differ only in the swept settings.
#include "neurona/core/Error.h"
#include "neurona/core/sweep/SweepPlan.h"
#include "neurona/core/sweep/SweepRunner.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <memory>
#include <optional>
#include <thread>
#include <vector>

class Project;

class SweepController : public QObject {
  Q_OBJECT
public:
  explicit SweepController(Project* project, QObject* parent = nullptr);
  ~SweepController() override; // cancels a sweep in progress and waits for it

  // Starts a sweep; false when a sweep is running already or the sweep is refused: startError() says why
  // when a setting or a value does not fit the project (UnknownSetting, BadSettingValue, …), refusal()
  // when a combination cannot train (its network is invalid, its data cannot be prepared). `jobs` ≤ 0:
  // one per core.
  bool start(std::vector<neurona::SweepSetting> settings, std::optional<int> epochs, int jobs = 0);
  const neurona::Error& startError() const { return m_startError; }
  const neurona::SweepRefusal& refusal() const { return m_refusal; }
  // The values of the refused combination (refusal().run).
  const std::vector<std::string>& refusedValues() const { return m_refusedValues; }
  void cancel();

  bool isRunning() const { return m_thread != nullptr; }
  int total() const { return m_plan ? m_plan->size() : 0; }
  int finishedCount() const { return static_cast<int>(m_done); }
  double secondsLeft() const; // a running estimate; negative before the first run ends
  const std::vector<neurona::SweepSetting>& settings() const { return m_settings; }
  // The outcomes that arrived so far, by run index (null where a run has not ended).
  const std::vector<std::shared_ptr<const neurona::SweepOutcome>>& outcomes() const { return m_outcomes; }
  // The project's kept run for a run of the last sweep (0 while running or when it was not kept).
  std::uint64_t keptRunId(int run) const;
  // "learning_rate = 0.01 · units = 4": a run's values by the last part of each key.
  static QString describe(const std::vector<neurona::SweepSetting>& settings,
                          const std::vector<std::string>& values);

signals:
  void started(int total);
  void runFinished(int run);
  void sweepFinished(bool cancelled);

private:
  void onRunDone(std::shared_ptr<const neurona::SweepOutcome> outcome);
  void onAllDone();
  void join();

  Project* m_project;
  std::vector<neurona::SweepSetting> m_settings;
  std::unique_ptr<neurona::SweepPlan> m_plan;
  std::unique_ptr<neurona::SweepRunner> m_runner;
  std::unique_ptr<std::thread> m_thread;
  std::vector<std::shared_ptr<const neurona::SweepOutcome>> m_outcomes;
  std::vector<std::uint64_t> m_kept;
  std::size_t m_done = 0;
  bool m_cancelled = false;
  neurona::Error m_startError;
  neurona::SweepRefusal m_refusal;
  std::vector<std::string> m_refusedValues;
  bool m_discard = false; // another project was opened: the runs are not kept
  QElapsedTimer m_clock;
};
