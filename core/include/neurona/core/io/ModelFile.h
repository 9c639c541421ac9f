#pragma once
// The `neurona-model` file: a trained model as human-readable JSON (keys documented in the README).
// Dense weights are stored as one row per input, one column per unit. Version 2 adds graph networks
// (each layer's "name" and "inputs", the add and concat layers); a model with a straight network is
// written as version 1, byte for byte as before. Readers take both and refuse a missing "format", a
// newer "version" and any wrong shape, naming the JSON path.
#include "neurona/core/Error.h"
#include "neurona/core/io/Model.h"

#include <nlohmann/json_fwd.hpp>

#include <filesystem>
#include <string>
#include <string_view>

namespace neurona {

class ModelFile {
public:
  static constexpr std::string_view kFormat = "neurona-model";
  static constexpr int kVersion = 2; // the newest version read; written for graph networks (isGraph)

  static nlohmann::json toJson(const Model& model);
  // `path` prefixes every JSON path of an error, e.g. "model" inside a project file.
  static Result<Model> fromJson(const nlohmann::json& doc, const std::string& path = {});

  static std::string serialize(const Model& model); // indented JSON text
  static Result<Model> parse(std::string_view text);
  static Result<Model> read(const std::filesystem::path& file);
  static Error write(const std::filesystem::path& file, const Model& model); // atomic
};

} // namespace neurona
