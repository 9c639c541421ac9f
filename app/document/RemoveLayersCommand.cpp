#include "document/RemoveLayersCommand.h"

#include "document/ProjectDocument.h"

#include <algorithm>

RemoveLayersCommand::RemoveLayersCommand(ProjectDocument* doc, const QList<neurona::LayerId>& ids,
                                         const QString& text)
    : QUndoCommand(text), m_doc(doc) {
  for (neurona::LayerId id : ids)
    if (const neurona::LayerSpec* l = doc->layer(id)) m_removed.emplace_back(doc->indexOf(id), *l);
  std::sort(m_removed.begin(), m_removed.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
}

void RemoveLayersCommand::redo() {
  for (const auto& [index, layer] : m_removed) m_doc->rawRemove(layer.id);
}

void RemoveLayersCommand::undo() {
  // Ascending order: each original index is valid once the layers before it are back.
  for (const auto& [index, layer] : m_removed) m_doc->rawInsert(index, layer);
}
