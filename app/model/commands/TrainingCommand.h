#pragma once
// Undo step: what training made of the project changed as a whole: a run went on ("Train to epoch
// 500"), or Reset took it back to epoch 0. A state is the learned values, their epoch, and the history
// as the first `keep` records plus `tail`, so a run's step holds only the records it added. Steps of
// one run that follow each other (play, pause, play) merge into one.
#include "model/commands/ProjectCommand.h"

#include <memory>
#include <vector>

class TrainingCommand : public ProjectCommand {
public:
  static constexpr int kId = 0x4e4c4305;
  struct State {
    std::shared_ptr<const neurona::ModelParams> params;
    int epoch = 0;
    std::size_t keep = 0;
    std::vector<neurona::EpochRecord> tail;
  };

  // `progress`: a run's epochs, already in the project when the step is pushed (its first redo does
  // nothing, so a run in progress is not disturbed); mergeable. Otherwise a reset.
  TrainingCommand(Project* project, State before, State after, const QString& text, bool progress = false);
  void redo() override;
  void undo() override;
  int id() const override { return m_progress ? kId : -1; }
  bool mergeWith(const QUndoCommand* other) override;

private:
  State m_before, m_after;
  bool m_progress;
  bool m_skipRedo; // the first redo of a progress step
};
