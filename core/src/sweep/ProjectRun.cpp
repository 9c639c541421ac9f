#include "neurona/core/sweep/ProjectRun.h"

#include <algorithm>

namespace neurona {

ProjectRun::ProjectRun(const Project& project, PreparedData data)
    : m_project(project), m_data(std::move(data)) {
  // The network as it trains on this data (an image input from the data when the file gives none).
  m_project.network = ProjectData::network(project, m_data);
}

RunRefusal ProjectRun::check(const Project& project, const PreparedData& data) {
  RunRefusal refusal;
  ValidationContext ctx;
  ctx.inputs = static_cast<int>(data.train.featureCount());
  ctx.task = data.raw.task;
  ctx.classes = data.raw.classCount();
  ctx.targets = static_cast<int>(std::max<Eigen::Index>(1, data.raw.targetCount()));
  ctx.loss = project.training.loss;
  const NetworkSpec network = ProjectData::network(project, data);
  const std::vector<Diagnostic> diagnostics = validate(network, ctx);
  if (hasErrors(diagnostics)) {
    for (const Diagnostic& d : diagnostics)
      if (d.severity == Severity::Error) refusal.diagnostics.push_back(d);
    refusal.kind = RunRefusalKind::Network;
    return refusal;
  }
  refusal.error = Trainer::check(network, project.training, data.train,
                                 data.validation.samples() > 0 ? &data.validation : nullptr);
  if (!refusal.error.ok()) refusal.kind = RunRefusalKind::Trainer;
  return refusal;
}

std::variant<std::unique_ptr<ProjectRun>, RunRefusal>
ProjectRun::create(const Project& project, const std::filesystem::path& dataDir) {
  Result<PreparedData> data = ProjectData::prepare(project, dataDir);
  if (!data.ok()) {
    RunRefusal refusal;
    refusal.error = std::move(data.error);
    refusal.kind = RunRefusalKind::Data;
    return refusal;
  }
  return create(project, std::move(data.value));
}

std::variant<std::unique_ptr<ProjectRun>, RunRefusal> ProjectRun::create(const Project& project,
                                                                         PreparedData data) {
  if (RunRefusal refusal = check(project, data); refusal.refused()) return refusal;
  std::unique_ptr<ProjectRun> run(new ProjectRun(project, std::move(data)));
  const PreparedData& d = run->m_data;
  const NetworkSpec& network = run->m_project.network; // with the data's image shape (the constructor)
  Result<std::unique_ptr<Trainer>> created = Trainer::create(
      network, project.training, d.train, d.validation.samples() > 0 ? &d.validation : nullptr);
  if (!created.ok()) {
    RunRefusal refusal;
    refusal.error = std::move(created.error);
    refusal.kind = RunRefusalKind::Trainer;
    return refusal;
  }
  run->m_trainer = std::move(created.value);
  // Training continues from the project's model when it fits the network.
  const int inputs = static_cast<int>(d.train.featureCount());
  if (project.model && ProjectData::modelFits(*project.model, network, inputs))
    run->m_continued = run->m_trainer->network().setParams(project.model->params);
  // A continued run goes on from the project's last trained epoch, as the app does: its epochs are
  // numbered saved + 1 ... saved + N, and a schedule goes on from there.
  const int saved =
      run->m_continued && !project.history.empty() ? std::max(0, project.history.back().epoch) : 0;
  if (saved > 0) {
    run->m_trainer->setEpochs(saved + project.training.epochs);
    run->m_trainer->resumeAt(saved);
  }
  run->m_startEpoch = saved;
  return run;
}

TrainingResult ProjectRun::run(TrainingObserver* observer) {
  return observer != nullptr ? m_trainer->run(*observer) : m_trainer->run();
}

Model ProjectRun::model() const { return ProjectData::makeModel(m_project, m_data, m_trainer->params()); }

EpochRecord ProjectRun::finalMetrics() const {
  const std::vector<EpochRecord>& history = m_trainer->history();
  return history.empty() ? EpochRecord{} : history.back();
}

} // namespace neurona
