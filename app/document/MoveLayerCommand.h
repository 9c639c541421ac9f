#pragma once
// Undo step: a layer moved to another place in the order (dragging a block).
#include "neurona/core/Types.h"

#include <QUndoCommand>

class ProjectDocument;

class MoveLayerCommand : public QUndoCommand {
public:
  MoveLayerCommand(ProjectDocument* doc, neurona::LayerId id, int toIndex, const QString& text);
  void redo() override;
  void undo() override;

private:
  ProjectDocument* m_doc;
  neurona::LayerId m_id;
  int m_from;
  int m_to;
};
