#include "model/commands/ProjectCommand.h"

#include "model/Project.h"

ProjectCommand::ProjectCommand(Project* project, const QString& text, bool resetsTraining)
    : QUndoCommand(text), m_project(project), m_resetsTraining(resetsTraining) {}

void ProjectCommand::clearTraining() {
  if (m_resetsTraining) m_cleared = m_project->takeTraining();
}

void ProjectCommand::restoreTraining() {
  if (m_resetsTraining) m_project->putTraining(std::move(m_cleared));
  m_cleared = {};
}
