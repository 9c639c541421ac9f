#pragma once
// The open project as the app sees it: the network description (core value type), where each layer
// sits on the canvas, the context validation needs, and the undo stack every edit goes through.
// Widgets read from it and listen to its signals; they never keep network data of their own.
// QtCore/QtGui only, so the training side and tests can use it without widgets.
#include "document/LayerProperties.h"

#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/graph/Validation.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QUndoStack>

#include <vector>

class ProjectDocument : public QObject {
  Q_OBJECT
public:
  // Horizontal distance between two layer columns on the canvas, in scene units. Column 0 is the
  // input block; layer i of the spec sits in column i + 1.
  static constexpr double kColumnSpacing = 250.0;

  explicit ProjectDocument(QObject* parent = nullptr);

  // --- reading ---
  const neurona::NetworkSpec& network() const { return m_network; }
  const neurona::LayerSpec* layer(neurona::LayerId id) const { return m_network.find(id); }
  int indexOf(neurona::LayerId id) const { return m_network.indexOf(id); }
  int layerCount() const { return static_cast<int>(m_network.layers.size()); }
  bool isOutputLayer(neurona::LayerId id) const;
  // "Dense 2", "Output", "Dropout 1": how panels and undo texts name a layer.
  QString layerName(neurona::LayerId id) const;
  QPointF position(neurona::LayerId id) const { return m_positions.value(id); }
  const QHash<neurona::LayerId, QPointF>& positions() const { return m_positions; }
  QPointF inputPosition() const { return {0.0, 0.0}; }

  const neurona::ValidationContext& validationContext() const { return m_context; }
  const std::vector<neurona::Diagnostic>& diagnostics() const { return m_diagnostics; }
  std::vector<neurona::Diagnostic> diagnosticsFor(neurona::LayerId id) const;
  const neurona::NetworkSummary& summary() const { return m_summary; }
  const neurona::LayerShape* shapeOf(neurona::LayerId id) const;
  // No validation error: the training controller refuses to start otherwise.
  bool canTrain() const { return !neurona::hasErrors(m_diagnostics); }

  QUndoStack* undoStack() const { return m_undo; }

  // --- validation context (fed by the data set and training settings) ---
  void setValidationContext(const neurona::ValidationContext& ctx);
  void setInputs(int inputs);
  void setTask(neurona::TaskKind task);
  void setClasses(int classes);
  void setLoss(neurona::LossKind loss);
  void setLinearlySeparable(bool separable);

  // --- undoable edits: each pushes one command; they return false when nothing changes ---
  neurona::LayerId insertLayer(int index, const neurona::LayerSpec& layer); // kNoLayer when refused
  neurona::LayerId appendLayer(const neurona::LayerSpec& layer) { return insertLayer(layerCount(), layer); }
  bool removeLayers(const QList<neurona::LayerId>& ids);
  bool moveLayer(neurona::LayerId id, int toIndex);
  // Consecutive changes of the same property of the same layer merge into one undo step.
  bool setLayerProperty(neurona::LayerId id, LayerProperty property, const QVariant& value);
  // Replaces every setting of a layer at once (one-click fixes); `text` names the step for undo.
  bool setLayerSpec(neurona::LayerId id, const neurona::LayerSpec& spec, const QString& text);
  QList<neurona::LayerId> duplicateLayers(const QList<neurona::LayerId>& ids); // copies go after each
  void replaceNetwork(const neurona::NetworkSpec& spec, const QString& text);

  // Loading a file: replaces the network without an undo step and clears the history.
  void resetNetwork(const neurona::NetworkSpec& spec);

  // A layer that fits the current task as output (1 sigmoid, K softmax or 1 linear).
  neurona::LayerSpec outputLayerForTask() const;

signals:
  void networkChanged();                  // layers added, removed, reordered or replaced
  void layerChanged(neurona::LayerId id); // settings of one layer changed
  void diagnosticsChanged();              // validation result or summary may differ
  void contextChanged();

private:
  // Raw mutations for the undo commands: no undo step, but signals and revalidation.
  friend class AddLayerCommand;
  friend class RemoveLayersCommand;
  friend class MoveLayerCommand;
  friend class ChangeLayerCommand;
  friend class ReplaceNetworkCommand;
  neurona::LayerId reserveLayerId() { return m_network.nextId++; }
  void rawInsert(int index, const neurona::LayerSpec& layer); // keeps layer.id
  void rawRemove(neurona::LayerId id);
  void rawMove(neurona::LayerId id, int toIndex);
  void rawSetLayer(const neurona::LayerSpec& layer);
  void rawSetNetwork(const neurona::NetworkSpec& spec);

  void relayout();
  void revalidate();

  neurona::NetworkSpec m_network;
  QHash<neurona::LayerId, QPointF> m_positions;
  neurona::ValidationContext m_context;
  std::vector<neurona::Diagnostic> m_diagnostics;
  neurona::NetworkSummary m_summary;
  QUndoStack* m_undo;
};
