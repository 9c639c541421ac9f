#pragma once
// Undo step: one or more layers removed; undo puts each back at its index with its id.
#include "neurona/core/graph/NetworkSpec.h"

#include <QList>
#include <QUndoCommand>

#include <utility>
#include <vector>

class ProjectDocument;

class RemoveLayersCommand : public QUndoCommand {
public:
  RemoveLayersCommand(ProjectDocument* doc, const QList<neurona::LayerId>& ids, const QString& text);
  void redo() override;
  void undo() override;

private:
  ProjectDocument* m_doc;
  std::vector<std::pair<int, neurona::LayerSpec>> m_removed; // (index, layer), ascending index
};
