#pragma once
// Undo step: the split, the scaling or the extra inputs changed. Consecutive changes of the same part (a
// spin box's steps) merge into one.
#include "model/Preparation.h"
#include "model/commands/ProjectCommand.h"

class PreparationCommand : public ProjectCommand {
public:
  static constexpr int kId = 0x4e4c4303;

  PreparationCommand(Project* project, Preparation before, Preparation after, const QString& text);
  void redo() override;
  void undo() override;
  int id() const override { return kId; }
  bool mergeWith(const QUndoCommand* other) override;

private:
  // Which part a step changes: split, scaling or transforms (merging needs the same one).
  static int partOf(const Preparation& a, const Preparation& b);
  Preparation m_before, m_after;
};
