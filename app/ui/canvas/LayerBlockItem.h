#pragma once
// One column of the network on the canvas: the fixed input block or one layer. It draws a rounded
// card with the layer's type, its neurons as circles, output shape and parameter count, and a
// − units + stepper on dense layers. It holds only what it draws; the scene refills it from the
// document after every change, and gives it its width and the sizes all blocks share (BlockMetrics).
// Texts wrap between words inside the card; nothing is elided.
//
// Training extension point: setNeuronImages() paints a small picture (e.g. the neuron's output over
// the input plane, from a training Snapshot) inside each neuron circle; ConnectionItem::setWeights()
// colours the edges. Both are cleared by passing an empty value.
#include "ui/canvas/BlockMetrics.h"
#include "ui/canvas/CanvasStyle.h"

#include "neurona/core/Types.h"

#include <QGraphicsItem>
#include <QImage>
#include <QSize>
#include <QVector>

class NetworkScene;
class NeuronColumnItem;
class PortItem;

class LayerBlockItem : public QGraphicsItem {
public:
  enum { Type = UserType + 601 };

  struct Content {
    CanvasStyle::BlockKind kind = CanvasStyle::BlockKind::Dense;
    QString title;       // "Dense 2"
    QString subtitle;    // activation, rate, …
    int neurons = 0;     // circles to represent (units, or the width passing through)
    QString shape;       // "2 → 8"
    QString params;      // "24 parameters"
    int units = 0;       // value shown in the stepper (dense)
    QString stepperText; // shown instead of `units` when set (dropout rate)
    bool stepper = false;
    bool error = false;
    bool warning = false;
    QString toolTip;
    // Image layers (the input of pictures, conv2d, the pools): each slot is one channel's map, drawn as a
    // square picture of this many cells (width × height) instead of a neuron circle. Empty: neurons.
    QSize map;
    bool operator==(const Content&) const = default;
  };

  LayerBlockItem(NetworkScene* scene, neurona::LayerId id);

  neurona::LayerId layerId() const { return m_id; }
  bool isInput() const { return m_id == neurona::kNoLayer; }
  const Content& content() const { return m_content; }
  void setContent(const Content& c);
  // The card's width; the heights come from the scene's BlockMetrics.
  void setWidth(double width);
  double width() const { return m_width; }
  // Call after the scene's metrics changed.
  void metricsChanged();

  // The narrowest card that shows every text of `c` without cutting a word, in metrics `m`.
  static double minimumWidth(const Content& c, const BlockMetrics& m);
  // Lines the subtitle and the parameter count take in a card of `width`.
  static int subtitleLines(const Content& c, const BlockMetrics& m, double width);
  static int paramsLines(const Content& c, const BlockMetrics& m, double width);

  // The name beside a neuron of the input (x₁ …) or the output (ŷ, or ŷ₁ … for several); else empty.
  static QString neuronLabel(const Content& c, int unit);

  // Drawn neuron slots: at most 12 circles, or 5 + an ellipsis slot + 5 for wider layers.
  int slotCount() const;
  static int slotCountFor(int neurons);
  int unitOfSlot(int slot) const;     // -1 for the ellipsis slot
  QPointF slotCentre(int slot) const; // item coordinates
  double centreX() const { return m_width / 2.0; }
  double neuronRadius() const;

  // Extension point for training snapshots: one image per unit (index = unit); empty clears.
  void setNeuronImages(const QVector<QImage>& images);
  const QVector<QImage>& neuronImages() const { return m_neuronImages; }
  // A conv2d's filters, one small picture per output channel (index = channel), drawn beside its map.
  void setFilterImages(const QVector<QImage>& images);
  const QVector<QImage>& filterImages() const { return m_filterImages; }
  bool showsMaps() const { return !m_content.map.isEmpty(); }

  QRectF minusRect() const;
  QRectF plusRect() const;

  // The ports of a graph network's canvas: the input block has no input port.
  PortItem* inputPort() const { return m_in; }
  PortItem* outputPort() const { return m_out; }
  void setPortsVisible(bool visible);

  // The neurons, drawn by NeuronColumnItem over the card.
  void paintNeurons(QPainter* p);
  QRectF boundingRect() const override;
  QPainterPath shape() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
  int type() const override { return Type; }

protected:
  void mousePressEvent(QGraphicsSceneMouseEvent* e) override;
  void mouseMoveEvent(QGraphicsSceneMouseEvent* e) override;
  void mouseReleaseEvent(QGraphicsSceneMouseEvent* e) override;
  void mouseDoubleClickEvent(QGraphicsSceneMouseEvent* e) override;
  void wheelEvent(QGraphicsSceneWheelEvent* e) override;
  void hoverEnterEvent(QGraphicsSceneHoverEvent* e) override;
  void hoverMoveEvent(QGraphicsSceneHoverEvent* e) override;
  void hoverLeaveEvent(QGraphicsSceneHoverEvent* e) override;
  QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
  QRectF cardRect() const;
  const BlockMetrics& metrics() const;
  void paintStepper(QPainter* p, const QColor& accent);
  // One channel's map at slot centre c, with its filter beside it when there is one.
  void paintMap(QPainter* p, const QPointF& c, int unit, const QColor& acc, const QColor& fill);

  NetworkScene* m_scene;
  neurona::LayerId m_id;
  Content m_content;
  double m_width = 120.0;
  QVector<QImage> m_neuronImages;
  QVector<QImage> m_filterImages;
  NeuronColumnItem* m_neurons = nullptr; // a child item: deleted with the block
  PortItem* m_in = nullptr;              // child items too
  PortItem* m_out = nullptr;
  bool m_freeDrag = false; // a graph network's block moves anywhere; a straight one's reorders
  int m_hoveredButton = 0; // -1 minus, +1 plus
  bool m_pressed = false;
  bool m_dragging = false;
  QPointF m_pressScenePos;
  QPointF m_pressItemPos;
};
