#pragma once
// One wire of a graph network: from a block's output port to a reader's input port (the network's input
// block too). A wire that would cross other blocks arcs over them. A click selects it, Delete removes it
// (NetworkView::deleteSelection), and a palette block dropped on it is inserted there. The neurons'
// own lines (ConnectionItem) still join a single-input layer to its source, with the weights' colours.
#include "neurona/core/Types.h"

#include <QGraphicsItem>
#include <QPainterPath>

class WireItem : public QGraphicsItem {
public:
  enum { Type = UserType + 605 };

  // `from` is a layer id or kNetworkInput.
  WireItem(neurona::LayerId from, neurona::LayerId to);
  neurona::LayerId fromLayer() const { return m_from; }
  neurona::LayerId toLayer() const { return m_to; }
  void setPath(const QPainterPath& path);
  const QPainterPath& path() const { return m_path; }
  void setHighlighted(bool on); // a palette block is about to land on it

  QRectF boundingRect() const override;
  QPainterPath shape() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
  int type() const override { return Type; }

protected:
  void hoverEnterEvent(QGraphicsSceneHoverEvent* e) override;
  void hoverLeaveEvent(QGraphicsSceneHoverEvent* e) override;
  QVariant itemChange(GraphicsItemChange change, const QVariant& value) override;

private:
  neurona::LayerId m_from, m_to;
  QPainterPath m_path;
  QPainterPath m_shape;
  bool m_hovered = false;
  bool m_highlighted = false;
};
