#include "model/commands/PreparationCommand.h"

#include "model/Project.h"

PreparationCommand::PreparationCommand(Project* project, Preparation before, Preparation after,
                                       const QString& text)
    : ProjectCommand(project, text, true), m_before(std::move(before)), m_after(std::move(after)) {}

void PreparationCommand::redo() {
  clearTraining();
  m_project->applyPreparation(m_after);
}

void PreparationCommand::undo() {
  m_project->applyPreparation(m_before);
  restoreTraining();
}

int PreparationCommand::partOf(const Preparation& a, const Preparation& b) {
  if (!(a.split == b.split)) return 1;
  if (a.preprocessing != b.preprocessing) return 2;
  return 3;
}

bool PreparationCommand::mergeWith(const QUndoCommand* other) {
  const auto* o = dynamic_cast<const PreparationCommand*>(other);
  if (!o || o->clearedTraining() || partOf(m_before, m_after) != partOf(o->m_before, o->m_after))
    return false;
  m_after = o->m_after;
  setObsolete(m_after == m_before && !clearedTraining());
  return true;
}
