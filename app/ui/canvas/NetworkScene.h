#pragma once
// The network drawn as a row of blocks: input, then one block per layer in spec order, with the
// connections between neighbours and the total parameter count above. It mirrors the document: every
// document signal refreshes the items, and every user gesture becomes a document command.
#include "neurona/core/Types.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>

class ConnectionItem;
class LayerBlockItem;
class ProjectDocument;
class QGraphicsPathItem;
class QGraphicsSimpleTextItem;

class NetworkScene : public QGraphicsScene {
  Q_OBJECT
public:
  explicit NetworkScene(ProjectDocument* doc, QObject* parent = nullptr);
  ~NetworkScene() override;

  ProjectDocument* document() const { return m_doc; }
  LayerBlockItem* inputBlock() const { return m_input; }
  LayerBlockItem* block(neurona::LayerId id) const { return m_blocks.value(id); }
  // The lines entering a layer (from the previous column).
  ConnectionItem* connectionInto(neurona::LayerId id) const { return m_connections.value(id); }
  QString totalText() const;

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

  // Rebuilds every text from the document (also after a language change).
  void sync();

signals:
  void currentLayerChanged(neurona::LayerId id);
  void layerActivated(neurona::LayerId id); // double click: open its properties

private:
  double columnCentre(int column, neurona::LayerId ignoring) const;
  void updateConnections();

  ProjectDocument* m_doc;
  LayerBlockItem* m_input = nullptr;
  QHash<neurona::LayerId, LayerBlockItem*> m_blocks;
  QHash<neurona::LayerId, ConnectionItem*> m_connections;
  QGraphicsSimpleTextItem* m_total = nullptr;
  QGraphicsSimpleTextItem* m_status = nullptr;
  QGraphicsPathItem* m_marker = nullptr;
  LayerBlockItem* m_dragged = nullptr;
  neurona::LayerId m_lastCurrent = neurona::kNoLayer;
};
