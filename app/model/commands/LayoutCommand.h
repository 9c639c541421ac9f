#pragma once
// Undo step: blocks moved on the canvas of a graph network (dragged, or the whole graph arranged). Where
// a block sits changes nothing the network computes, so the learned values stay.
#include "model/GraphLayout.h"
#include "model/commands/ProjectCommand.h"

class LayoutCommand : public ProjectCommand {
public:
  LayoutCommand(Project* project, BlockPositions before, BlockPositions after, const QString& text);
  void redo() override;
  void undo() override;

private:
  BlockPositions m_before, m_after;
};
