#pragma once
// One project trained exactly as `neurona-cli train` trains it: the data prepared from the project
// (relative CSV paths against a folder), the network validated for that data, a Trainer created from the
// project's settings, and training continued from the project's model when that model fits the network
// (its epochs numbered on from the project's last trained epoch, the schedule going on from there).
// The CLI's train and sweep verbs and the app's sweeps all train through it.
#include "neurona/core/Error.h"
#include "neurona/core/graph/Validation.h"
#include "neurona/core/io/Project.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/train/Trainer.h"

#include <filesystem>
#include <memory>
#include <variant>
#include <vector>

namespace neurona {

// Which step refused a run.
enum class RunRefusalKind { None, Data, Network, Trainer };

// Why a project cannot be trained.
struct RunRefusal {
  // The data's refusal (ProjectData::prepare: no file set when the project's own settings are at fault)
  // or the trainer's (Trainer::create); code None when `diagnostics` say it.
  Error error;
  // validate()'s errors (severity Error) when the network is invalid for the data.
  std::vector<Diagnostic> diagnostics;
  RunRefusalKind kind = RunRefusalKind::None;
  bool refused() const { return kind != RunRefusalKind::None; }
};

class ProjectRun {
public:
  // Prepares the data (relative paths against dataDir), validates the network, creates the Trainer, and
  // continues from project.model when it fits (ProjectData::modelFits).
  static std::variant<std::unique_ptr<ProjectRun>, RunRefusal> create(const Project& project,
                                                                      const std::filesystem::path& dataDir);
  // From data already prepared for this project: the same checks, no data loading.
  static std::variant<std::unique_ptr<ProjectRun>, RunRefusal> create(const Project& project,
                                                                      PreparedData data);
  // The network and trainer checks of create() alone (nothing built): kind None when the run can start.
  static RunRefusal check(const Project& project, const PreparedData& data);

  ProjectRun(const ProjectRun&) = delete;
  ProjectRun& operator=(const ProjectRun&) = delete;

  Trainer& trainer() { return *m_trainer; }
  const Trainer& trainer() const { return *m_trainer; }
  const PreparedData& data() const { return m_data; }
  const Project& project() const { return m_project; }
  bool continued() const { return m_continued; }  // training goes on from the project's model
  int startEpoch() const { return m_startEpoch; } // the saved epoch it continues from (0 when fresh)

  // Trains the remaining epochs (all of them, or until stopped, early-stopped or diverged).
  TrainingResult run(TrainingObserver* observer = nullptr);
  Model model() const;              // ProjectData::makeModel with the trainer's parameters
  EpochRecord finalMetrics() const; // the last history record (NaN fields where no value; epoch 0 before)

private:
  ProjectRun(const Project& project, PreparedData data);

  Project m_project;
  PreparedData m_data;
  std::unique_ptr<Trainer> m_trainer;
  bool m_continued = false;
  int m_startEpoch = 0;
};

} // namespace neurona
