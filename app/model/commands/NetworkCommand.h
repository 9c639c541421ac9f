#pragma once
// Undo step: the network changed (layers added, removed, moved, changed, or replaced by a template).
// It keeps the whole network before and after; the project works out which layers changed. Steps that
// change the same property of the same layer one after the other (spin box arrows, the mouse wheel,
// the block's +/− buttons) merge into one.
#include "model/LayerProperties.h"
#include "model/commands/ProjectCommand.h"

#include "neurona/core/graph/NetworkSpec.h"

#include <optional>

class NetworkCommand : public ProjectCommand {
public:
  static constexpr int kId = 0x4e4c4301;
  struct Merge {
    neurona::LayerId layer;
    LayerProperty property;
  };

  NetworkCommand(Project* project, neurona::NetworkSpec before, neurona::NetworkSpec after,
                 const QString& text, std::optional<Merge> merge = std::nullopt);
  void redo() override;
  void undo() override;
  int id() const override { return m_merge ? kId : -1; }
  bool mergeWith(const QUndoCommand* other) override;

private:
  neurona::NetworkSpec m_before, m_after;
  std::optional<Merge> m_merge;
};
