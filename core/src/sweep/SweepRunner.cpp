#include "neurona/core/sweep/SweepRunner.h"

#include "neurona/core/cpu/ComputeThread.h"
#include "neurona/core/io/ProjectFile.h"

#include <algorithm>
#include <exception>
#include <map>
#include <thread>

namespace neurona {

struct SweepRunner::DataSlot {
  std::once_flag once;
  Result<PreparedData> data;
  std::atomic<bool> ready{false}; // data is set (data(run) may read it from any thread)
};

namespace {

// What decides a run's data: everything ProjectData::prepare reads.
std::string dataSettingsKey(const Project& project) {
  const nlohmann::json doc = ProjectFile::toJson(project);
  nlohmann::json key = nlohmann::json::object();
  for (const char* part : {"dataset", "task", "split", "preprocessing", "transforms"})
    if (const auto it = doc.find(part); it != doc.end()) key[part] = *it;
  return key.dump();
}

} // namespace

SweepRunner::SweepRunner(const SweepPlan& plan, std::filesystem::path dataDir, int jobs)
    : m_plan(plan), m_dataDir(std::move(dataDir)),
      m_jobs(jobs > 0 ? jobs : std::max(1, static_cast<int>(std::thread::hardware_concurrency()))) {
  std::map<std::string, DataSlot*> byKey;
  for (int i = 0; i < plan.size(); ++i) {
    DataSlot*& slot = byKey[dataSettingsKey(plan.project(i))];
    if (slot == nullptr) {
      m_slots.push_back(std::make_unique<DataSlot>());
      slot = m_slots.back().get();
    }
    m_slotOf.push_back(slot);
  }
}

SweepRunner::~SweepRunner() = default;

SweepRunner::DataSlot& SweepRunner::prepared(int run) {
  DataSlot& slot = *m_slotOf.at(static_cast<std::size_t>(run));
  std::call_once(slot.once, [&] {
    slot.data = ProjectData::prepare(m_plan.project(run), m_dataDir);
    slot.ready.store(true, std::memory_order_release);
  });
  return slot;
}

const PreparedData* SweepRunner::data(int run) const {
  const DataSlot& slot = *m_slotOf.at(static_cast<std::size_t>(run));
  return slot.ready.load(std::memory_order_acquire) && slot.data.ok() ? &slot.data.value : nullptr;
}

SweepRefusal SweepRunner::check() {
  SweepRefusal r;
  for (int i = 0; i < m_plan.size(); ++i) {
    const DataSlot& slot = prepared(i);
    if (!slot.data.ok()) {
      r.run = i;
      r.refusal.error = slot.data.error;
      r.refusal.kind = RunRefusalKind::Data;
      return r;
    }
    if (RunRefusal refusal = ProjectRun::check(m_plan.project(i), slot.data.value); refusal.refused()) {
      r.run = i;
      r.refusal = std::move(refusal);
      return r;
    }
  }
  return r;
}

void SweepRunner::cancel() {
  m_cancelled.store(true, std::memory_order_release);
  std::lock_guard lock(m_activeMutex);
  for (StopToken* token : m_active) token->stop();
}

SweepOutcome SweepRunner::runOne(int run) {
  SweepOutcome outcome;
  outcome.run = run;
  outcome.values = m_plan.valuesOf(run);
  const Project& project = m_plan.project(run);
  const DataSlot& slot = prepared(run);
  if (!slot.data.ok()) {
    outcome.refusal.error = slot.data.error;
    outcome.refusal.kind = RunRefusalKind::Data;
    return outcome;
  }
  auto created = ProjectRun::create(project, slot.data.value); // a copy: each run owns its data
  if (auto* refusal = std::get_if<RunRefusal>(&created)) {
    outcome.refusal = std::move(*refusal);
    return outcome;
  }
  ProjectRun& projectRun = *std::get<std::unique_ptr<ProjectRun>>(created);
  StopToken& token = projectRun.trainer().stopToken();
  {
    std::lock_guard lock(m_activeMutex);
    if (cancelled()) return outcome; // cancelled while this run was being set up: not started
    m_active.push_back(&token);
  }
  outcome.started = true;
  TrainingResult result = projectRun.run();
  {
    std::lock_guard lock(m_activeMutex);
    m_active.erase(std::find(m_active.begin(), m_active.end(), &token));
  }
  outcome.status = result.status;
  outcome.epochs = result.epochs - projectRun.startEpoch();
  outcome.final = projectRun.finalMetrics();
  outcome.history = std::move(result.history);
  outcome.model = std::make_shared<const Model>(projectRun.model());
  return outcome;
}

std::vector<SweepOutcome> SweepRunner::run(std::function<void(const SweepOutcome&)> onDone) {
  const int runs = m_plan.size();
  std::vector<SweepOutcome> outcomes(static_cast<std::size_t>(runs));
  for (int i = 0; i < runs; ++i) {
    outcomes[static_cast<std::size_t>(i)].run = i;
    outcomes[static_cast<std::size_t>(i)].values = m_plan.valuesOf(i);
  }
  std::atomic<int> next{0};
  std::mutex doneMutex;
  std::exception_ptr failure; // the first exception of a worker (out of memory...), rethrown here
  const auto work = [&] {
    enterComputeThread();
    try {
      for (;;) {
        if (cancelled()) return;
        const int i = next.fetch_add(1, std::memory_order_relaxed);
        if (i >= runs) return;
        SweepOutcome outcome = runOne(i);
        if (!outcome.started && !outcome.refusal.refused()) continue; // cancelled before it started
        std::lock_guard lock(doneMutex);
        outcomes[static_cast<std::size_t>(i)] = std::move(outcome);
        m_finished.fetch_add(1, std::memory_order_release);
        if (onDone) onDone(outcomes[static_cast<std::size_t>(i)]);
      }
    } catch (...) {
      {
        std::lock_guard lock(doneMutex);
        if (!failure) failure = std::current_exception();
      }
      cancel();
    }
  };
  const int threads = std::min(m_jobs, runs);
  std::vector<std::thread> pool;
  pool.reserve(static_cast<std::size_t>(threads));
  for (int t = 0; t < threads; ++t) pool.emplace_back(work);
  for (std::thread& t : pool) t.join();
  if (failure) std::rethrow_exception(failure);
  return outcomes;
}

} // namespace neurona
