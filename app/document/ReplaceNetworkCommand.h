#pragma once
// Undo step: the whole network replaced at once (templates).
#include "neurona/core/graph/NetworkSpec.h"

#include <QUndoCommand>

class ProjectDocument;

class ReplaceNetworkCommand : public QUndoCommand {
public:
  ReplaceNetworkCommand(ProjectDocument* doc, const neurona::NetworkSpec& before,
                        const neurona::NetworkSpec& after, const QString& text);
  void redo() override;
  void undo() override;

private:
  ProjectDocument* m_doc;
  neurona::NetworkSpec m_before;
  neurona::NetworkSpec m_after;
};
