#include "model/commands/DataCommand.h"

#include "model/Project.h"

DataCommand::DataCommand(Project* project, DataState before, DataState after, const QString& text,
                         int mergeKey)
    : ProjectCommand(project, text, true), m_before(std::move(before)), m_after(std::move(after)),
      m_mergeKey(mergeKey) {}

void DataCommand::redo() {
  clearTraining();
  m_project->applyData(m_after);
}

void DataCommand::undo() {
  m_project->applyData(m_before);
  restoreTraining();
}

bool DataCommand::mergeWith(const QUndoCommand* other) {
  const auto* o = dynamic_cast<const DataCommand*>(other);
  if (!o || m_mergeKey < 0 || o->m_mergeKey != m_mergeKey || o->clearedTraining()) return false;
  m_after = o->m_after;
  return true;
}
