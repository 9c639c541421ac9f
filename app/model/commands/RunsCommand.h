#pragma once
// Undo step on the kept runs: names and pins changed, runs deleted, the limit changed. It works by run id,
// not on a copy of the whole list, because runs that finish in between are kept outside the undo stack
// (a kept run is a record of what happened, not an edit) and must survive an undo.
#include "model/commands/ProjectCommand.h"

#include "neurona/core/io/KeptRun.h"

#include <utility>
#include <vector>

class RunsCommand : public ProjectCommand {
public:
  struct Change {
    std::vector<std::pair<neurona::KeptRun, neurona::KeptRun>> edited; // before, after (same id)
    std::vector<std::pair<int, neurona::KeptRun>> removed;             // index before removal, run; ascending
    int limitBefore = 0, limitAfter = 0;
  };
  RunsCommand(Project* project, Change change, const QString& text);
  void redo() override;
  void undo() override;

private:
  Change m_change;
};
