#include "model/commands/TrainingCommand.h"

#include "model/Project.h"

TrainingCommand::TrainingCommand(Project* project, State before, State after, const QString& text,
                                 bool progress)
    : ProjectCommand(project, text, false), m_before(std::move(before)), m_after(std::move(after)),
      m_progress(progress), m_skipRedo(progress) {}

void TrainingCommand::redo() {
  if (m_skipRedo) {
    m_skipRedo = false;
    return;
  }
  m_project->applyTraining(m_after.params, m_after.epoch, m_after.keep, m_after.tail);
}

void TrainingCommand::undo() {
  m_project->applyTraining(m_before.params, m_before.epoch, m_before.keep, m_before.tail);
}

bool TrainingCommand::mergeWith(const QUndoCommand* other) {
  const auto* o = dynamic_cast<const TrainingCommand*>(other);
  // Only a step that starts where this one ends continues it.
  if (!o || !o->m_progress || !m_progress || o->m_before.params != m_after.params ||
      o->m_before.keep != m_after.keep + m_after.tail.size())
    return false;
  m_after.params = o->m_after.params;
  m_after.epoch = o->m_after.epoch;
  m_after.tail.insert(m_after.tail.end(), o->m_after.tail.begin(), o->m_after.tail.end());
  setText(o->text());
  return true;
}
