#pragma once
// The `neurona-project` file, version 1: a Project as JSON (keys documented in the README).
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
  static constexpr int kVersion = 1;

  static nlohmann::json toJson(const Project& project);
  static Result<Project> fromJson(const nlohmann::json& doc);

  static std::string serialize(const Project& project);
  static Result<Project> parse(std::string_view text);
  static Result<Project> read(const std::filesystem::path& file);
  static Error write(const std::filesystem::path& file, const Project& project); // atomic

  // The "network" and "training" objects alone, as a kept run's setup (KeptRun::setup).
  static nlohmann::json setupToJson(const NetworkSpec& network, const TrainingConfig& training);

  // The network layers alone, as stored under "network" (also what the GUI copies and pastes).
  static nlohmann::json layerToJson(const LayerSpec& layer);
};

} // namespace neurona
