#include "document/ChangeLayerCommand.h"

#include "document/ProjectDocument.h"

ChangeLayerCommand::ChangeLayerCommand(ProjectDocument* doc, const neurona::LayerSpec& before,
                                       const neurona::LayerSpec& after, const QString& text,
                                       std::optional<LayerProperty> property)
    : QUndoCommand(text), m_doc(doc), m_before(before), m_after(after), m_property(property) {}

void ChangeLayerCommand::redo() { m_doc->rawSetLayer(m_after); }

void ChangeLayerCommand::undo() { m_doc->rawSetLayer(m_before); }

bool ChangeLayerCommand::mergeWith(const QUndoCommand* other) {
  const auto* o = dynamic_cast<const ChangeLayerCommand*>(other);
  if (!o || !m_property || o->m_property != m_property || o->m_before.id != m_before.id) return false;
  m_after = o->m_after;
  // Stepping back to where it started leaves nothing to undo.
  setObsolete(m_after == m_before);
  return true;
}
