#include "neurona/core/io/KeptRun.h"

#include <cmath>

namespace neurona {

std::vector<EpochRecord> KeptRun::thin(const std::vector<EpochRecord>& history) {
  if (history.size() <= kMaxHistory) return history;
  // Record i of the thinned history is record round(i·(n − 1)/(m − 1)) of the full one: evenly spaced, with
  // the first and the last kept.
  std::vector<EpochRecord> out;
  out.reserve(kMaxHistory);
  const double step = static_cast<double>(history.size() - 1) / static_cast<double>(kMaxHistory - 1);
  for (std::size_t i = 0; i < kMaxHistory; ++i)
    out.push_back(history[static_cast<std::size_t>(std::lround(static_cast<double>(i) * step))]);
  return out;
}

EpochRecord KeptRun::last() const { return history.empty() ? EpochRecord{} : history.back(); }

bool KeptRun::operator==(const KeptRun& o) const {
  if (history.size() != o.history.size()) return false;
  for (std::size_t i = 0; i < history.size(); ++i) {
    if (history[i].epoch != o.history[i].epoch) return false;
    for (const EpochField& f : kEpochFields) {
      const double x = history[i].*f.member, y = o.history[i].*f.member;
      if (!(x == y || (std::isnan(x) && std::isnan(y)))) return false;
    }
  }
  return id == o.id && name == o.name && pinned == o.pinned && status == o.status && epochs == o.epochs &&
         sweep == o.sweep && setup == o.setup && model == o.model;
}

} // namespace neurona
