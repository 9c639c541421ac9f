#pragma once
// A sweep: project settings (SettingKeys' names) each with a list of values, trained in every
// combination. The plan checks all combinations before anything is trained and keeps each run's project.
//
// Runs are numbered in row-major order of the settings' values, the last setting varying fastest: with
// settings A (n0 values) and B (n1 values), run = i0 * n1 + i1.
#include "neurona/core/Error.h"
#include "neurona/core/io/Project.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace neurona {

struct SweepSetting {
  std::string key;                 // as given, e.g. "training.optimizer.learning_rate"
  std::vector<std::string> values; // value texts as given ("0.01", "relu", "\"relu\"", "true")
};

// "KEY=V1,V2,..." → a setting. UnknownSetting (text = the whole text) when there is no '=' or the key is
// empty; BadSettingValue (text = "", detail = the key) when a value is empty ("a=", "a=1,,2").
Result<SweepSetting> parseSweepSetting(std::string_view text);

class SweepPlan {
public:
  static constexpr int kMaxRuns = 1000;

  // The plan for `projectDoc` (ProjectFile::toJson of the project, so that every key with a default is
  // present). `epochs` overrides training.epochs (a swept training.epochs overrides it in turn).
  // Errors, checked in this order:
  //   UnknownSetting  text = the key: not a key of the project (SettingKeys::find), an empty key, or a key
  //                   that a combination removes (network.hidden_layers with network.layers[i]...)
  //   BadSettingValue text = the key: the key is given twice (detail = "duplicate")
  //   BadSettingValue text = "", detail = the key: a setting without values
  //   BadSettingValue detail = "runs", expected = kMaxRuns, actual = the run count (saturated at
  //                   INT32_MAX): more than kMaxRuns combinations
  //   BadSettingValue text = the value, detail = the key: the value does not fit the key
  //                   (SettingKeys::set), or the project reader refuses the result (cause = the
  //                   reader's code, jsonPath = where it refused)
  static Result<SweepPlan> create(const nlohmann::json& projectDoc, std::vector<SweepSetting> settings,
                                  std::optional<int> epochs = {});

  int size() const { return static_cast<int>(m_projects.size()); } // number of runs
  const std::vector<SweepSetting>& settings() const { return m_settings; }
  std::vector<std::string> valuesOf(int run) const; // one value text per setting, in settings() order
  const Project& project(int run) const { return m_projects.at(static_cast<std::size_t>(run)); }

private:
  std::vector<SweepSetting> m_settings;
  std::vector<Project> m_projects;
};

} // namespace neurona
