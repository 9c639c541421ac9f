#pragma once
// Undo step: a layer inserted at an index (palette drop, duplicate).
#include "neurona/core/graph/NetworkSpec.h"

#include <QUndoCommand>

class ProjectDocument;

class AddLayerCommand : public QUndoCommand {
public:
  // `layer.id` must already be reserved on the document, so redo after undo brings back the same id.
  AddLayerCommand(ProjectDocument* doc, int index, const neurona::LayerSpec& layer, const QString& text);
  void redo() override;
  void undo() override;

private:
  ProjectDocument* m_doc;
  int m_index;
  neurona::LayerSpec m_layer;
};
