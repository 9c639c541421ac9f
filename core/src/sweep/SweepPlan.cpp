#include "neurona/core/sweep/SweepPlan.h"

#include "neurona/core/io/ProjectFile.h"
#include "neurona/core/sweep/SettingKeys.h"

#include <cstdint>
#include <limits>

namespace neurona {

namespace {

Error sweepError(ErrorCode code, std::string_view text, std::string_view detail = {}) {
  Error e;
  e.code = code;
  e.text = errorExcerpt(text);
  e.detail = std::string(detail);
  return e;
}

// The value indices of a run: row-major, the last setting fastest.
std::vector<std::size_t> valueIndices(const std::vector<SweepSetting>& settings, int run) {
  std::vector<std::size_t> indices(settings.size());
  auto rest = static_cast<std::size_t>(run);
  for (std::size_t i = settings.size(); i-- > 0;) {
    const std::size_t n = settings[i].values.size();
    indices[i] = rest % n;
    rest /= n;
  }
  return indices;
}

// Whether the reader's refusal at `jsonPath` lies under the place `key` names.
bool refusalUnder(std::string_view jsonPath, std::string_view key) {
  if (key == SettingKeys::kHiddenLayers) return jsonPath.substr(0, 14) == "network.layers";
  return jsonPath.substr(0, key.size()) == key;
}

} // namespace

Result<SweepSetting> parseSweepSetting(std::string_view text) {
  Result<SweepSetting> r;
  const std::size_t eq = text.find('=');
  if (eq == std::string_view::npos || eq == 0) {
    r.error = sweepError(ErrorCode::UnknownSetting, text);
    return r;
  }
  r.value.key = std::string(text.substr(0, eq));
  std::string_view rest = text.substr(eq + 1);
  for (;;) {
    const std::size_t comma = rest.find(',');
    const std::string_view value = rest.substr(0, comma);
    if (value.empty()) {
      r.error = sweepError(ErrorCode::BadSettingValue, "", r.value.key);
      return r;
    }
    r.value.values.emplace_back(value);
    if (comma == std::string_view::npos) break;
    rest = rest.substr(comma + 1);
  }
  return r;
}

Result<SweepPlan> SweepPlan::create(const nlohmann::json& projectDoc, std::vector<SweepSetting> settings,
                                    std::optional<int> epochs) {
  Result<SweepPlan> r;
  nlohmann::json base = projectDoc;
  if (epochs && base.contains("training") && base["training"].is_object())
    base["training"]["epochs"] = *epochs;

  for (const SweepSetting& s : settings)
    if (s.key.empty() || SettingKeys::find(base, s.key) == nullptr) {
      r.error = sweepError(ErrorCode::UnknownSetting, s.key);
      return r;
    }
  for (std::size_t i = 0; i < settings.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (settings[i].key == settings[j].key) {
        r.error = sweepError(ErrorCode::BadSettingValue, settings[i].key, "duplicate");
        return r;
      }
  std::int64_t runs = 1;
  for (const SweepSetting& s : settings) {
    if (s.values.empty()) {
      r.error = sweepError(ErrorCode::BadSettingValue, "", s.key);
      return r;
    }
    runs = std::min<std::int64_t>(runs * static_cast<std::int64_t>(s.values.size()),
                                  std::numeric_limits<std::int32_t>::max());
  }
  if (runs > kMaxRuns) {
    r.error = sweepError(ErrorCode::BadSettingValue, "", "runs");
    r.error.expected = kMaxRuns;
    r.error.actual = runs;
    return r;
  }

  // Each value alone first, so that a refusal names the value at fault rather than a combination.
  for (const SweepSetting& s : settings)
    for (const std::string& v : s.values) {
      nlohmann::json doc = base;
      if (Error e = SettingKeys::set(doc, s.key, v); !e.ok()) {
        r.error = std::move(e);
        return r;
      }
      if (Result<Project> p = ProjectFile::fromJson(doc); !p.ok()) {
        r.error = sweepError(ErrorCode::BadSettingValue, v, s.key);
        r.error.cause = p.error.code;
        r.error.jsonPath = p.error.jsonPath;
        return r;
      }
    }

  SweepPlan& plan = r.value;
  plan.m_projects.reserve(static_cast<std::size_t>(runs));
  for (int run = 0; run < static_cast<int>(runs); ++run) {
    const std::vector<std::size_t> at = valueIndices(settings, run);
    nlohmann::json doc = base;
    for (std::size_t i = 0; i < settings.size(); ++i)
      if (Error e = SettingKeys::set(doc, settings[i].key, settings[i].values[at[i]]); !e.ok()) {
        r.error = std::move(e);
        r.value = {};
        return r;
      }
    Result<Project> p = ProjectFile::fromJson(doc);
    if (!p.ok() && settings.empty()) {
      r.error = std::move(p.error); // the project itself does not read
      r.value = {};
      return r;
    }
    if (!p.ok()) {
      // A combination the reader refuses though each value alone reads: blame the setting whose place
      // it refused, else the last one.
      std::size_t blamed = settings.size() - 1;
      for (std::size_t i = 0; i < settings.size(); ++i)
        if (refusalUnder(p.error.jsonPath, settings[i].key)) blamed = i;
      r.error =
          sweepError(ErrorCode::BadSettingValue, settings[blamed].values[at[blamed]], settings[blamed].key);
      r.error.cause = p.error.code;
      r.error.jsonPath = p.error.jsonPath;
      r.value = {};
      return r;
    }
    plan.m_projects.push_back(std::move(p.value));
  }
  plan.m_settings = std::move(settings);
  return r;
}

std::vector<std::string> SweepPlan::valuesOf(int run) const {
  const std::vector<std::size_t> at = valueIndices(m_settings, run);
  std::vector<std::string> values;
  values.reserve(m_settings.size());
  for (std::size_t i = 0; i < m_settings.size(); ++i) values.push_back(m_settings[i].values[at[i]]);
  return values;
}

} // namespace neurona
