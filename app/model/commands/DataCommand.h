#pragma once
// Undo step: the data changed (generated again, a CSV file loaded, a point painted or removed, a picture
// drawn). It keeps the whole data before and after: a few thousand points at most in the app. Consecutive
// changes of the same generator setting (a spin box held down) merge into one step.
#include "model/DataState.h"
#include "model/commands/ProjectCommand.h"

class DataCommand : public ProjectCommand {
public:
  static constexpr int kId = 0x4e4c4302;

  // `mergeKey` ≥ 0 lets consecutive steps with the same key merge.
  DataCommand(Project* project, DataState before, DataState after, const QString& text, int mergeKey = -1);
  void redo() override;
  void undo() override;
  int id() const override { return m_mergeKey >= 0 ? kId : -1; }
  bool mergeWith(const QUndoCommand* other) override;

private:
  DataState m_before, m_after;
  int m_mergeKey;
};
