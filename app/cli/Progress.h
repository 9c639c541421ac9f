#pragma once
// Training progress on stderr: on a terminal a bar redrawn in place with epoch, loss and ETA (at most
// ten times a second); otherwise one line each time another 10% of the epochs is done.
#include "neurona/core/train/TrainingObserver.h"

#include <chrono>
#include <iosfwd>

namespace neurona::cli {

class Progress : public TrainingObserver {
public:
  Progress(std::ostream& out, bool terminal, int firstEpoch, int lastEpoch);
  ObserverAction onEpoch(const EpochRecord& epoch, const Trainer& trainer) override;
  void finish(); // ends the bar's line

private:
  std::ostream& m_out;
  bool m_terminal;
  int m_first; // epochs done before this run
  int m_last;  // epoch count at the end of the run
  int m_nextDecile = 1;
  bool m_drawn = false;
  std::chrono::steady_clock::time_point m_start;
  std::chrono::steady_clock::time_point m_lastDraw;
};

} // namespace neurona::cli
