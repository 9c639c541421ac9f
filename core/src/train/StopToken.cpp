#include "neurona/core/train/StopToken.h"

namespace neurona {

void StopToken::stop() {
  {
    std::lock_guard lock(m_mutex);
    m_stop.store(true, std::memory_order_release);
  }
  m_cv.notify_all();
}

void StopToken::pause() {
  std::lock_guard lock(m_mutex);
  m_pause.store(true, std::memory_order_release);
}

void StopToken::resume() {
  {
    std::lock_guard lock(m_mutex);
    m_pause.store(false, std::memory_order_release);
    m_steps.store(0, std::memory_order_release);
  }
  m_cv.notify_all();
}

void StopToken::step(int epochs) {
  {
    std::lock_guard lock(m_mutex);
    m_pause.store(true, std::memory_order_release);
    m_steps.fetch_add(epochs, std::memory_order_acq_rel);
  }
  m_cv.notify_all();
}

void StopToken::reset() {
  {
    std::lock_guard lock(m_mutex);
    m_stop.store(false, std::memory_order_release);
    m_pause.store(false, std::memory_order_release);
    m_steps.store(0, std::memory_order_release);
  }
  m_cv.notify_all();
}

void StopToken::wake() {
  {
    std::lock_guard lock(m_mutex);
    m_woken = true;
  }
  m_cv.notify_all();
}

bool StopToken::beginEpoch() {
  if (m_stop.load(std::memory_order_acquire)) return false;
  if (!m_pause.load(std::memory_order_acquire)) return true;
  // Paused: use up a step if there is one.
  int left = m_steps.load(std::memory_order_acquire);
  while (left > 0)
    if (m_steps.compare_exchange_weak(left, left - 1, std::memory_order_acq_rel)) return true;
  return false;
}

bool StopToken::waitWhilePaused() {
  std::unique_lock lock(m_mutex);
  const auto held = [this] {
    return m_pause.load(std::memory_order_acquire) && m_steps.load(std::memory_order_acquire) == 0 &&
           !m_stop.load(std::memory_order_acquire);
  };
  if (held() && !m_woken) {
    m_waiting.store(true, std::memory_order_release);
    m_cv.wait(lock, [&] { return !held() || m_woken; });
    m_waiting.store(false, std::memory_order_release);
  }
  m_woken = false;
  return !m_stop.load(std::memory_order_acquire);
}

} // namespace neurona
