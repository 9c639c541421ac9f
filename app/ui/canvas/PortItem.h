#pragma once
// A block's port on a graph network's canvas: its input on the left edge of the card, its output on the
// right. Dragging from an output port draws a wire that follows the mouse (NetworkScene's rubber band);
// releasing it over another block's card or input port connects the two. On a straight network the ports
// show only while the mouse is over their block, so the canvas looks as it always did.
#include <QGraphicsItem>

class LayerBlockItem;
class NetworkScene;

class PortItem : public QGraphicsItem {
public:
  enum { Type = UserType + 604 };
  enum class Side { In, Out };

  PortItem(NetworkScene* scene, LayerBlockItem* block, Side side);
  Side side() const { return m_side; }
  LayerBlockItem* block() const { return m_block; }
  // On the card's edge, level with the middle of its neurons; call when the card's size changes.
  void place();
  double radius() const;
  void setHighlighted(bool on);

  QRectF boundingRect() const override;
  QPainterPath shape() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
  int type() const override { return Type; }

protected:
  void mousePressEvent(QGraphicsSceneMouseEvent* e) override;
  void mouseMoveEvent(QGraphicsSceneMouseEvent* e) override;
  void mouseReleaseEvent(QGraphicsSceneMouseEvent* e) override;
  void hoverEnterEvent(QGraphicsSceneHoverEvent* e) override;
  void hoverLeaveEvent(QGraphicsSceneHoverEvent* e) override;

private:
  double hitRadius() const;

  NetworkScene* m_scene;
  LayerBlockItem* m_block;
  Side m_side;
  bool m_highlighted = false;
  bool m_dragging = false;
};
