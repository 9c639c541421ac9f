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
  }
  m_cv.notify_all();
}

void StopToken::reset() {
  {
    std::lock_guard lock(m_mutex);
    m_stop.store(false, std::memory_order_release);
    m_pause.store(false, std::memory_order_release);
  }
  m_cv.notify_all();
}

bool StopToken::waitWhilePaused() {
  std::unique_lock lock(m_mutex);
  if (m_pause.load(std::memory_order_acquire) && !m_stop.load(std::memory_order_acquire)) {
    m_waiting.store(true, std::memory_order_release);
    m_cv.wait(lock, [this] { return !m_pause.load(std::memory_order_acquire) || m_stop.load(std::memory_order_acquire); });
    m_waiting.store(false, std::memory_order_release);
  }
  return !m_stop.load(std::memory_order_acquire);
}

} // namespace neurona
