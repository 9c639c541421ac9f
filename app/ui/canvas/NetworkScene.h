#pragma once
// The network drawn as a row of blocks: input, then one block per layer in the network's order, with the
// connections between neighbours and the total parameter count above. It mirrors the project: a layer
// added or removed adds or removes its block, a change refreshes the texts once, new diagnostics only
// the marks; every user gesture becomes a project edit. Where a block sits follows from the layer order,
// so the layout lives here, not in the project.
//
// The layout fills the room the view reports (setAvailableSize): the text follows the application
// font (larger in presentation mode, and up to 40% larger again when the canvas has room), the columns
// spread over the width and the neurons grow into the height, so a network of six layers of eight
// units still shows each neuron's map about 40 px wide at 1280×720. Only when the network cannot fit
// at that text size does the view zoom out (fitZoom()).
//
// A graph network (NetworkSpec::isGraph) is drawn differently: each block where the project keeps it
// (Project::blockPositions, in columns and rows that this scene turns into pixels), with an input port on
// the left and an output port on the right, and a wire (WireItem) from each source's output port to its
// reader's input port. Blocks move freely; a drag from an output port to another block connects them.
#include "model/GraphLayout.h"
#include "ui/canvas/BlockMetrics.h"

#include "neurona/core/Types.h"

#include <QGraphicsScene>
#include <QHash>
#include <QList>
#include <QVector>

class ConnectionItem;
class LayerBlockItem;
class Project;
class WireItem;
class QGraphicsPathItem;
class QGraphicsSimpleTextItem;
class QGraphicsTextItem;

class NetworkScene : public QGraphicsScene {
  Q_OBJECT
public:
  explicit NetworkScene(Project* doc, QObject* parent = nullptr);
  ~NetworkScene() override;

  Project* document() const { return m_doc; }
  LayerBlockItem* inputBlock() const { return m_input; }
  LayerBlockItem* block(neurona::LayerId id) const { return m_blocks.value(id); }
  // The lines entering a layer (from the previous column).
  ConnectionItem* connectionInto(neurona::LayerId id) const { return m_connections.value(id); }
  // A merge layer's one-to-one lines from one of its sources (kNetworkInput: the input block).
  ConnectionItem* mergeLines(neurona::LayerId from, neurona::LayerId to) const {
    return m_mergeLines.value({from, to});
  }
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

  // --- graph networks ---
  bool isGraphMode() const;
  // The block of a layer, or the input block for kNetworkInput.
  LayerBlockItem* blockOf(neurona::LayerId modelId) const;
  static neurona::LayerId modelIdOf(const LayerBlockItem* block); // kNetworkInput for the input block
  QList<WireItem*> wires() const { return m_wires.values(); }
  WireItem* wire(neurona::LayerId from, neurona::LayerId to) const { return m_wires.value({from, to}); }
  QList<WireItem*> selectedWires() const;
  WireItem* wireAt(const QPointF& scenePos) const; // within a few pixels
  void selectWireOnly(WireItem* wire);
  // Layout units (GraphLayout) of a card whose top-left corner is at scenePos, and back.
  QPointF gridAt(const QPointF& scenePos) const;
  QPointF sceneAtGrid(const QPointF& grid) const;
  // A wire drawn from an output port: the rubber band follows the mouse; released over another block,
  // the two are connected.
  void startWire(LayerBlockItem* from);
  void moveWire(const QPointF& scenePos);
  void finishWire(const QPointF& scenePos);
  void cancelWire(); // Escape while drawing: nothing is connected
  bool isDrawingWire() const { return m_wireSource != nullptr; }
  void freeDragMoved(LayerBlockItem* item);
  void freeDragFinished(LayerBlockItem* item);

  // Scene x of a layer's column centre (column 0 is the input block; layer i sits in column i + 1).
  double columnX(neurona::LayerId id) const;
  // Every text from the project again (after a language change).
  void sync();

  // The sizes all blocks share, as the last layout worked them out.
  const BlockMetrics& metrics() const { return m_metrics; }
  // The view's size in pixels: the layout fills it (see the class comment).
  void setAvailableSize(const QSizeF& size);
  // Lays the network out again for the same room (the application font changed).
  void relayoutAll() { relayout(); }
  // The zoom at which contentRect() fills the available size: 1 unless the network cannot fit.
  double fitZoom() const { return m_fitZoom; }
  // The laid-out page: the network with its margins, centred, at least the available size / fitZoom().
  QRectF contentRect() const { return m_content; }

signals:
  void currentLayerChanged(neurona::LayerId id);
  void layerActivated(neurona::LayerId id); // double click: open its properties
  void layoutChanged();                     // positions, sizes or the fit zoom changed
  void statusMessage(const QString& text);  // why a wire drawn with the mouse was not made

private:
  double columnCentre(int column, neurona::LayerId ignoring) const;
  void addBlock(neurona::LayerId id);
  void removeBlock(neurona::LayerId id);
  void refreshContents(); // titles, shapes, stepper values: they follow every layer before them
  void refreshMarks();    // error and warning marks, totals and status (diagnostics)
  struct Plan;
  Plan plan(double textPx, const QSizeF& available) const;
  Plan textPlan(const QSizeF& available) const; // the largest text that fits (see relayout)
  void relayout(); // metrics, widths and positions from the layer order and the room; connections
  void relayoutGraph();
  void placeTexts();
  void updateConnections();
  void updateGraphConnections();
  void updateWirePaths();
  // lane < 0: the direct curve, whatever it crosses.
  QPainterPath wirePath(const LayerBlockItem* from, const LayerBlockItem* to, int lane) const;
  LayerBlockItem* wireTargetAt(const QPointF& scenePos) const;
  QList<LayerBlockItem*> columns() const; // the input block, then the layers' blocks in order

  Project* m_doc;
  LayerBlockItem* m_input = nullptr;
  QHash<neurona::LayerId, LayerBlockItem*> m_blocks;
  QHash<neurona::LayerId, ConnectionItem*> m_connections;
  QHash<QPair<neurona::LayerId, neurona::LayerId>, ConnectionItem*> m_mergeLines; // (source, merge layer)
  QGraphicsSimpleTextItem* m_total = nullptr;
  QGraphicsTextItem* m_status = nullptr; // wraps when the network is narrow
  QGraphicsPathItem* m_marker = nullptr;
  LayerBlockItem* m_dragged = nullptr;
  neurona::LayerId m_lastCurrent = neurona::kNoLayer;
  BlockMetrics m_metrics;
  QSizeF m_available{1000.0, 640.0};
  double m_fitZoom = 1.0;
  QRectF m_content;
  QVector<double> m_columnX; // column centres, input first
  double m_pitch = 150.0;    // a typical column's width plus the gap, to extrapolate past the last
  double m_gap = 12.0;
  int m_statusLines = 1;
  QPointF m_textCorner; // the parameter count and status sit above it

  QHash<QPair<neurona::LayerId, neurona::LayerId>, WireItem*> m_wires; // (source or kNetworkInput, reader)
  QGraphicsPathItem* m_rubber = nullptr;
  LayerBlockItem* m_wireSource = nullptr;
  LayerBlockItem* m_wireTarget = nullptr;
  QPointF m_graphOrigin; // scene position of layout point (0, 0)
  QSizeF m_graphPitch{200.0, 300.0};
  double m_graphWidest = 120.0; // cards are centred in columns this wide
};
