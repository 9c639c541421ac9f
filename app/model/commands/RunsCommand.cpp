#include "model/commands/RunsCommand.h"

#include "model/Project.h"

RunsCommand::RunsCommand(Project* project, Change change, const QString& text)
    : ProjectCommand(project, text, false), m_change(std::move(change)) {}

void RunsCommand::redo() {
  std::vector<neurona::KeptRun> runs = m_project->runs();
  for (const auto& [before, after] : m_change.edited)
    for (neurona::KeptRun& r : runs)
      if (r.id == after.id) r = after;
  for (const auto& [index, removed] : m_change.removed)
    std::erase_if(runs, [&](const neurona::KeptRun& r) { return r.id == removed.id; });
  m_project->applyRuns(std::move(runs), m_change.limitAfter);
}

void RunsCommand::undo() {
  std::vector<neurona::KeptRun> runs = m_project->runs();
  // Back in their places, in the order they were taken out (ascending indexes keep each one right).
  for (const auto& [index, removed] : m_change.removed)
    runs.insert(runs.begin() + std::min<std::ptrdiff_t>(index, static_cast<std::ptrdiff_t>(runs.size())),
                removed);
  for (const auto& [before, after] : m_change.edited)
    for (neurona::KeptRun& r : runs)
      if (r.id == before.id) r = before;
  m_project->applyRuns(std::move(runs), m_change.limitBefore);
}
