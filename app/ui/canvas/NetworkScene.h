#pragma once
// The network drawn as a row of blocks: input, then one block per layer in the network's order, with the
// connections between neighbours and the total parameter count above. It mirrors the project: a layer
// added or removed adds or removes its block, a change refreshes the texts once, new diagnostics only
// the marks; every user gesture becomes a project edit. Where a block sits follows from the layer order,
// so the layout lives here, not in the project.
#include "neurona/core/Types.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>

class ConnectionItem;
class LayerBlockItem;
class Project;
class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

class NetworkScene : public QGraphicsScene {
  Q_OBJECT
public:
  // Horizontal distance between two layer columns, in scene units. Column 0 is the input block; layer i
  // of the network sits in column i + 1.
  static constexpr double kColumnSpacing = 250.0;

  explicit NetworkScene(Project* doc, QObject* parent = nullptr);
  ~NetworkScene() override;

  Project* document() const { return m_doc; }
  LayerBlockItem* inputBlock() const { return m_input; }
  LayerBlockItem* block(neurona::LayerId id) const { return m_blocks.value(id); }
  // The lines entering a layer (from the previous column).
  ConnectionItem* connectionInto(neurona::LayerId id) const { return m_connections.value(id); }
  QString totalText() const;
  QString statusText() const; // the line under it: problems, ready, or how far training got

  QList<neurona::LayerId> selectedLayers() const; // in spec order
  neurona::LayerId currentLayer() const;          // first selected, or kNoLayer
  void selectOnly(neurona::LayerId id);

  // Where a block dropped at scene x would go in the layer order.
  int insertionIndexAt(double sceneX, neurona::LayerId ignoring = neurona::kNoLayer) const;
  void showInsertionMarker(int index, neurona::LayerId ignoring = neurona::kNoLayer);
  void hideInsertionMarker();
  LayerBlockItem* blockAt(const QPointF& scenePos) const;

  // Gestures from the blocks.
  void stepUnits(neurona::LayerId id, int step);
  // The block's − / + : units of a dense layer, or the rate of a dropout layer in steps of 5%.
  void stepLayer(neurona::LayerId id, int step);
  void activateLayer(neurona::LayerId id) { emit layerActivated(id); }
  void reorderDragMoved(LayerBlockItem* item);
  void reorderDragFinished(LayerBlockItem* item);
  void blockMoved(LayerBlockItem* item);

  // Scene x of a layer's column centre (the input's is 0).
  double columnX(neurona::LayerId id) const;
  // Every text from the project again (after a language change).
  void sync();

signals:
  void currentLayerChanged(neurona::LayerId id);
  void layerActivated(neurona::LayerId id); // double click: open its properties

private:
  double columnCentre(int column, neurona::LayerId ignoring) const;
  void addBlock(neurona::LayerId id);
  void removeBlock(neurona::LayerId id);
  void refreshContents(); // titles, shapes, stepper values: they follow every layer before them
  void refreshMarks();    // error and warning marks, totals and status (diagnostics)
  void relayout();        // positions from the layer order, then relayoutHeights()
  void relayoutHeights(); // equal heights, connections and the scene's extent
  void updateConnections();

  Project* m_doc;
  LayerBlockItem* m_input = nullptr;
  QHash<neurona::LayerId, LayerBlockItem*> m_blocks;
  QHash<neurona::LayerId, ConnectionItem*> m_connections;
  QGraphicsSimpleTextItem* m_total = nullptr;
  QGraphicsSimpleTextItem* m_status = nullptr;
  QGraphicsPathItem* m_marker = nullptr;
  LayerBlockItem* m_dragged = nullptr;
  neurona::LayerId m_lastCurrent = neurona::kNoLayer;
};
