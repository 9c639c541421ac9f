#include "document/AddLayerCommand.h"

#include "document/ProjectDocument.h"

AddLayerCommand::AddLayerCommand(ProjectDocument* doc, int index, const neurona::LayerSpec& layer,
                                 const QString& text)
    : QUndoCommand(text), m_doc(doc), m_index(index), m_layer(layer) {}

void AddLayerCommand::redo() { m_doc->rawInsert(m_index, m_layer); }

void AddLayerCommand::undo() { m_doc->rawRemove(m_layer.id); }
