#include "document/ReplaceNetworkCommand.h"

#include "document/ProjectDocument.h"

#include <algorithm>

ReplaceNetworkCommand::ReplaceNetworkCommand(ProjectDocument* doc, const neurona::NetworkSpec& before,
                                             const neurona::NetworkSpec& after, const QString& text)
    : QUndoCommand(text), m_doc(doc), m_before(before), m_after(after) {}

void ReplaceNetworkCommand::redo() { m_doc->rawSetNetwork(m_after); }

void ReplaceNetworkCommand::undo() {
  // The ids handed out by the template stay reserved, so they are never reused for other layers.
  neurona::NetworkSpec restored = m_before;
  restored.nextId = std::max(m_before.nextId, m_after.nextId);
  m_doc->rawSetNetwork(restored);
}
