#include "document/MoveLayerCommand.h"

#include "document/ProjectDocument.h"

MoveLayerCommand::MoveLayerCommand(ProjectDocument* doc, neurona::LayerId id, int toIndex,
                                   const QString& text)
    : QUndoCommand(text), m_doc(doc), m_id(id), m_from(doc->indexOf(id)), m_to(toIndex) {}

void MoveLayerCommand::redo() { m_doc->rawMove(m_id, m_to); }

void MoveLayerCommand::undo() { m_doc->rawMove(m_id, m_from); }
