#pragma once
// Undo step: one training setting changed. Consecutive changes of the same setting (a slider dragged, a
// spin box held down) merge into one. A setting a run cannot take on the fly starts training again.
#include "model/TrainingSettings.h"
#include "model/commands/ProjectCommand.h"

#include "neurona/core/train/TrainingConfig.h"

class SettingsCommand : public ProjectCommand {
public:
  static constexpr int kId = 0x4e4c4304;

  SettingsCommand(Project* project, neurona::TrainingConfig before, neurona::TrainingConfig after,
                  SettingKey key);
  void redo() override;
  void undo() override;
  int id() const override { return kId; }
  bool mergeWith(const QUndoCommand* other) override;
  SettingKey key() const { return m_key; }

private:
  neurona::TrainingConfig m_before, m_after;
  SettingKey m_key;
};
