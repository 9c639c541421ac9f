#include "model/commands/SettingsCommand.h"

#include "model/Project.h"

SettingsCommand::SettingsCommand(Project* project, neurona::TrainingConfig before,
                                 neurona::TrainingConfig after, SettingKey key)
    : ProjectCommand(project, Project::tr("Change %1").arg(TrainingSettings::name(key)),
                     !TrainingSettings::isLive(key)),
      m_before(std::move(before)), m_after(std::move(after)), m_key(key) {}

void SettingsCommand::redo() {
  clearTraining();
  m_project->applySettings(m_after, m_key);
}

void SettingsCommand::undo() {
  m_project->applySettings(m_before, m_key);
  restoreTraining();
}

bool SettingsCommand::mergeWith(const QUndoCommand* other) {
  const auto* o = dynamic_cast<const SettingsCommand*>(other);
  if (!o || o->m_key != m_key || o->clearedTraining()) return false;
  m_after = o->m_after;
  setObsolete(m_after == m_before && !clearedTraining());
  return true;
}
