#pragma once
// Settings named by where they sit in a project file: object keys joined by dots, array elements by a
// 0-based index in brackets, e.g. "training.optimizer.learning_rate", "network.layers[0].units",
// "training.seed". The same names serve `neurona-cli sweep --set`, the app's sweeps and the settings a
// kept run records (so "what differs between these runs" and "what this sweep changed" read alike).
//
// One key is not a place in the file: "network.hidden_layers", the number of layers before the output
// layer. Setting it to n keeps the first n of them, or repeats the last one until there are n.
#include "neurona/core/Error.h"

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace neurona {

class SettingKeys {
public:
  static constexpr std::string_view kHiddenLayers = "network.hidden_layers";

  // Every value under `network` and `training` of a project document (ProjectFile::toJson), keyed as
  // above, with the value as compact JSON text ("0.5", "\"relu\"", "false"); plus kHiddenLayers.
  static std::map<std::string, std::string> flatten(const nlohmann::json& projectDoc);

  // The value at `key`, or nullptr when the document has no such place (kHiddenLayers included).
  static const nlohmann::json* find(const nlohmann::json& doc, std::string_view key);

  // Sets `key` to `valueText`: JSON ("0.01", "true", "\"relu\"") or a bare word taken as a string
  // ("relu", "adam"). The value must have the JSON type of the value it replaces (a number for a number,
  // ...); for kHiddenLayers, an integer from 0 to kMaxHiddenLayers. Errors: UnknownSetting (text = key),
  // BadSettingValue (text = the value, detail = the key). Whether the project then reads and trains is
  // for the caller to check (ProjectFile::fromJson, validate, Trainer::check).
  static Error set(nlohmann::json& doc, std::string_view key, std::string_view valueText);

  // The value text as it reads in a table: strings without their quotes, numbers as JSON writes them.
  static std::string display(std::string_view valueText);
  // The key as it reads beside a value: "network.layers[0].units" as "layers[0].units", any other key
  // by its last part ("training.optimizer.learning_rate" as "learning_rate").
  static std::string brief(std::string_view key);

  static constexpr int kMaxHiddenLayers = 64;
};

} // namespace neurona
