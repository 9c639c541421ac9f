#pragma once
// Stop and pause requests for a running Trainer, safe to call from any thread. The trainer looks at
// them at batch boundaries: stop ends the run cleanly, pause blocks it until resume() or stop().
#include <atomic>
#include <condition_variable>
#include <mutex>

namespace neurona {

class StopToken {
public:
  void stop();
  void pause();
  void resume();
  void reset(); // clear stop and pause (before reusing the token for another run)
  bool stopRequested() const { return m_stop.load(std::memory_order_acquire); }
  bool pauseRequested() const { return m_pause.load(std::memory_order_acquire); }
  // Blocks while paused; returns false when stop was requested (before or while waiting).
  bool waitWhilePaused();
  // True while a trainer thread is blocked inside waitWhilePaused().
  bool isWaiting() const { return m_waiting.load(std::memory_order_acquire); }

private:
  std::atomic<bool> m_stop{false};
  std::atomic<bool> m_pause{false};
  std::atomic<bool> m_waiting{false};
  std::mutex m_mutex;
  std::condition_variable m_cv;
};

} // namespace neurona
