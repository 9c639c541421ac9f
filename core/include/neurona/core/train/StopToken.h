#pragma once
// Stop, pause and single-step requests for a running Trainer, safe to call from any thread; the one
// run-control mechanism of the engine, used by the CLI and the GUI's training worker alike. The trainer
// looks at them between batches (stop ends the run cleanly, within a batch) and at the start of each
// epoch (pause holds the run before the epoch; a step lets exactly one more epoch through).
#include <atomic>
#include <condition_variable>
#include <mutex>

namespace neurona {

class StopToken {
public:
  void stop();
  void pause();
  void resume();
  void step(int epochs = 1); // while paused: let this many more epochs run, then hold again
  void reset();              // clear stop, pause and steps (before reusing the token for another run)
  void wake();               // wakes a thread in waitWhilePaused() without changing anything
  bool stopRequested() const { return m_stop.load(std::memory_order_acquire); }
  bool pauseRequested() const { return m_pause.load(std::memory_order_acquire); }
  int pendingSteps() const { return m_steps.load(std::memory_order_acquire); }
  // At the start of an epoch: true when it may run (not paused, or paused with a step left, which it
  // uses up); false when stopped or held.
  bool beginEpoch();
  // Blocks while paused with no step left, until resume(), step(), stop() or wake(); false on stop.
  bool waitWhilePaused();
  // True while a thread is blocked inside waitWhilePaused().
  bool isWaiting() const { return m_waiting.load(std::memory_order_acquire); }

private:
  std::atomic<bool> m_stop{false};
  std::atomic<bool> m_pause{false};
  std::atomic<int> m_steps{0};
  std::atomic<bool> m_waiting{false};
  bool m_woken = false; // guarded by m_mutex
  std::mutex m_mutex;
  std::condition_variable m_cv;
};

} // namespace neurona
