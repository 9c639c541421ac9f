#include "cli/Progress.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ostream>
#include <string>

namespace neurona::cli {

namespace {

std::string duration(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "--:--";
  const long s = std::lround(seconds);
  char buf[32];
  if (s >= 3600)
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", s / 3600, (s / 60) % 60, s % 60);
  else
    std::snprintf(buf, sizeof buf, "%02ld:%02ld", s / 60, s % 60);
  return buf;
}

std::string metrics(const EpochRecord& r) {
  char buf[160];
  int n = std::snprintf(buf, sizeof buf, "loss %.4g", r.loss);
  if (std::isfinite(r.valLoss))
    n += std::snprintf(buf + n, sizeof buf - static_cast<std::size_t>(n), "  val_loss %.4g", r.valLoss);
  if (std::isfinite(r.accuracy))
    n += std::snprintf(buf + n, sizeof buf - static_cast<std::size_t>(n), "  accuracy %.1f%%",
                       100.0 * r.accuracy);
  return buf;
}

} // namespace

Progress::Progress(std::ostream& out, bool terminal, int firstEpoch, int lastEpoch)
    : m_out(out), m_terminal(terminal), m_first(firstEpoch), m_last(lastEpoch),
      m_start(std::chrono::steady_clock::now()), m_lastDraw(m_start) {}

ObserverAction Progress::onEpoch(const EpochRecord& r, const Trainer&) {
  const int total = std::max(1, m_last - m_first);
  const int done = r.epoch - m_first;
  const double fraction = std::clamp(static_cast<double>(done) / total, 0.0, 1.0);
  const auto now = std::chrono::steady_clock::now();
  const double elapsed = std::chrono::duration<double>(now - m_start).count();
  const double eta = done > 0 ? elapsed * (total - done) / done : -1.0;
  if (m_terminal) {
    if (done < total && now - m_lastDraw < std::chrono::milliseconds(100)) return ObserverAction::Continue;
    m_lastDraw = now;
    constexpr int kWidth = 30;
    const int filled = static_cast<int>(fraction * kWidth);
    std::string bar(static_cast<std::size_t>(filled), '#');
    bar.resize(kWidth, '.');
    char head[64];
    std::snprintf(head, sizeof head, "%3d%% epoch %d/%d", static_cast<int>(fraction * 100), r.epoch, m_last);
    // \r and clear-to-end-of-line redraw the bar in place.
    m_out << "\r[" << bar << "] " << head << "  " << metrics(r) << "  ETA " << duration(eta) << "\x1b[K"
          << std::flush;
    m_drawn = true;
  } else {
    while (m_nextDecile <= 10 && fraction * 10.0 + 1e-9 >= m_nextDecile) {
      if (fraction * 10.0 + 1e-9 < m_nextDecile + 1 || m_nextDecile == 10) {
        m_out << m_nextDecile * 10 << "% epoch " << r.epoch << "/" << m_last << "  " << metrics(r)
              << "  elapsed " << duration(elapsed) << "  ETA " << duration(eta) << "\n"
              << std::flush;
      }
      ++m_nextDecile;
    }
  }
  return ObserverAction::Continue;
}

void Progress::finish() {
  if (m_terminal && m_drawn) m_out << "\n" << std::flush;
}

} // namespace neurona::cli
