#pragma once
// A finished or stopped training run kept in the project so that runs can be compared (the experiment
// board, sweeps): how it was set up, how it went, and what it learned. In a project file, under
//   "runs": {"limit": 20, "kept": [{"id", "name", "pinned", "status", "epochs", "sweep", "setup",
//            "history", "model"}, ...]}
// written only when something is kept or the limit is not the default, so other files stay as they were.
#include "neurona/core/io/Model.h"
#include "neurona/core/train/TrainingObserver.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace neurona {

struct KeptRun {
  std::uint64_t id = 0; // unique within the project, never reused
  std::string name;     // "Run 3", or what the user typed
  bool pinned = false;  // shown on the board; never dropped to make room
  TrainingStatus status = TrainingStatus::Completed;
  int epochs = 0;    // epochs trained when it ended
  std::string sweep; // the sweep it belongs to ("learning_rate × units"), empty for a run of its own
  // The run's "network" and "training" objects as a project file writes them: what the run was, so that
  // it can be compared (SettingKeys::flatten) and restored.
  nlohmann::json setup = nlohmann::json::object();
  std::vector<EpochRecord> history; // at most kMaxHistory records (thin()), the last one always kept
  std::optional<Model> model;

  static constexpr std::size_t kMaxHistory = 400;
  static constexpr int kDefaultLimit = 20;
  static constexpr int kMaxLimit = 1000;

  // At most kMaxHistory records spread evenly over `history`, its first and last included.
  static std::vector<EpochRecord> thin(const std::vector<EpochRecord>& history);
  // The last record, or one with NaN metrics when there is none.
  EpochRecord last() const;

  bool operator==(const KeptRun& o) const;
};

} // namespace neurona
