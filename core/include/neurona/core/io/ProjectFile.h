#pragma once
// The `neurona-project` file: a Project as JSON (keys documented in the README). Version 2 adds graph
// networks; a project is written as version 2 when its network, its model or a kept run's uses them,
// and as version 1 otherwise, byte for byte as before. Readers take both.
// Missing optional keys take defaults; keys this version does not know are kept and written back;
// writes are atomic. Optimizer settings use PyTorch's names (learning_rate, momentum, dampening,
// nesterov, weight_decay, betas, eps, alpha, amsgrad, centered, lr_decay, initial_accumulator_value).
#include "neurona/core/Error.h"
#include "neurona/core/io/Project.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace neurona {

class ProjectFile {
public:
  static constexpr std::string_view kFormat = "neurona-project";
  static constexpr int kVersion = 2; // the newest version read; written for graph networks (isGraph)

  static nlohmann::json toJson(const Project& project);
  static Result<Project> fromJson(const nlohmann::json& doc);

  static std::string serialize(const Project& project);
  static Result<Project> parse(std::string_view text);
  static Result<Project> read(const std::filesystem::path& file);
  static Error write(const std::filesystem::path& file, const Project& project); // atomic

  // The "network" and "training" objects alone, as a kept run's setup (KeptRun::setup).
  static nlohmann::json setupToJson(const NetworkSpec& network, const TrainingConfig& training);

  // The "network" object: its layers, with "name" and "inputs" for every layer of a graph network.
  static nlohmann::json networkToJson(const NetworkSpec& network);

  // One layer's own keys, without "name" and "inputs" (also what the GUI copies and pastes).
  static nlohmann::json layerToJson(const LayerSpec& layer);
};

} // namespace neurona
