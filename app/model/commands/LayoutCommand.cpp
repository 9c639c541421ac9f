#include "model/commands/LayoutCommand.h"

#include "model/Project.h"

LayoutCommand::LayoutCommand(Project* project, BlockPositions before, BlockPositions after,
                             const QString& text)
    : ProjectCommand(project, text, false), m_before(std::move(before)), m_after(std::move(after)) {}

void LayoutCommand::redo() { m_project->applyPositions(m_after); }

void LayoutCommand::undo() { m_project->applyPositions(m_before); }
