#pragma once
// Undo step: settings of one layer changed. Steps that change the same property of the same layer
// one after the other (spin box arrows, mouse wheel, +/− buttons) merge into one.
#include "document/LayerProperties.h"

#include "neurona/core/graph/NetworkSpec.h"

#include <QUndoCommand>

#include <optional>

class ProjectDocument;

class ChangeLayerCommand : public QUndoCommand {
public:
  static constexpr int kId = 0x4e4c4301; // QUndoCommand::id() of every mergeable layer change

  // `property` empty: a change of several settings at once, which never merges.
  ChangeLayerCommand(ProjectDocument* doc, const neurona::LayerSpec& before, const neurona::LayerSpec& after,
                     const QString& text, std::optional<LayerProperty> property);
  void redo() override;
  void undo() override;
  int id() const override { return m_property ? kId : -1; }
  bool mergeWith(const QUndoCommand* other) override;

private:
  ProjectDocument* m_doc;
  neurona::LayerSpec m_before;
  neurona::LayerSpec m_after;
  std::optional<LayerProperty> m_property;
};
