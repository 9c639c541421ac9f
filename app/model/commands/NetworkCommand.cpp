#include "model/commands/NetworkCommand.h"

#include "model/Project.h"

NetworkCommand::NetworkCommand(Project* project, neurona::NetworkSpec before, neurona::NetworkSpec after,
                               const QString& text, std::optional<Merge> merge)
    : ProjectCommand(project, text, true), m_before(std::move(before)), m_after(std::move(after)),
      m_merge(merge) {}

void NetworkCommand::redo() {
  clearTraining();
  m_project->applyNetwork(m_after);
}

void NetworkCommand::undo() {
  m_project->applyNetwork(m_before);
  restoreTraining();
}

bool NetworkCommand::mergeWith(const QUndoCommand* other) {
  const auto* o = dynamic_cast<const NetworkCommand*>(other);
  if (!o || !m_merge || !o->m_merge || o->m_merge->layer != m_merge->layer ||
      o->m_merge->property != m_merge->property || o->clearedTraining())
    return false;
  m_after = o->m_after;
  // Stepping back to where it started leaves nothing to undo (unless this step cleared training).
  setObsolete(m_after == m_before && !clearedTraining());
  return true;
}
