#pragma once
// The base of every undo step that edits a project. A step that makes the learned values meaningless
// (a new network, other data, another optimizer…) takes what training made out of the project when it
// is done and puts it back when it is undone, so Undo also brings the trained network back.
#include "model/TrainingState.h"

#include <QUndoCommand>

class Project;

class ProjectCommand : public QUndoCommand {
public:
  ProjectCommand(Project* project, const QString& text, bool resetsTraining);

protected:
  void clearTraining();   // call first in redo()
  void restoreTraining(); // call last in undo()
  // Whether this step's own redo took training away (a merged step must not have).
  bool clearedTraining() const { return !m_cleared.isEmpty(); }

  Project* m_project;

private:
  bool m_resetsTraining;
  TrainingState m_cleared;
};
