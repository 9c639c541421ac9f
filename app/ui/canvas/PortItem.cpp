#include "ui/canvas/PortItem.h"

#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"

#include <QCursor>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>

#include <algorithm>

using namespace CanvasStyle;

PortItem::PortItem(NetworkScene* scene, LayerBlockItem* block, Side side)
    : QGraphicsItem(block), m_scene(scene), m_block(block), m_side(side) {
  setZValue(3.0); // over the neurons
  setAcceptHoverEvents(true);
  // Only an output starts a wire; an input port is a target, and a press there moves the block.
  setAcceptedMouseButtons(side == Side::Out ? Qt::LeftButton : Qt::NoButton);
  if (side == Side::Out) setCursor(Qt::CrossCursor);
  setVisible(false);
}

double PortItem::radius() const { return std::clamp(0.42 * m_scene->metrics().body.pixelSize(), 4.0, 12.0); }

double PortItem::hitRadius() const { return std::max(radius() * 1.7, 9.0); }

void PortItem::place() {
  prepareGeometryChange();
  const BlockMetrics& m = m_scene->metrics();
  const double y = m.headerHeight + m.stepperBand + m.neuronArea / 2.0;
  setPos(m_side == Side::In ? 0.0 : m_block->width(), y);
}

void PortItem::setHighlighted(bool on) {
  if (on == m_highlighted) return;
  m_highlighted = on;
  update();
}

QRectF PortItem::boundingRect() const {
  const double r = hitRadius();
  return {-r, -r, 2.0 * r, 2.0 * r};
}

QPainterPath PortItem::shape() const {
  QPainterPath path;
  path.addEllipse(boundingRect());
  return path;
}

void PortItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  p->setRenderHint(QPainter::Antialiasing);
  const QColor acc = accent(m_block->content().kind);
  const double r = radius() * (m_highlighted ? 1.3 : 1.0);
  p->setPen(QPen(acc, 2.0 * lineScale()));
  p->setBrush(m_highlighted ? acc : cardColour());
  p->drawEllipse(QPointF(0.0, 0.0), r, r);
}

void PortItem::mousePressEvent(QGraphicsSceneMouseEvent* e) {
  if (e->button() != Qt::LeftButton || m_side != Side::Out) {
    e->ignore();
    return;
  }
  m_dragging = true;
  m_scene->startWire(m_block);
  e->accept();
}

void PortItem::mouseMoveEvent(QGraphicsSceneMouseEvent* e) {
  if (m_dragging) m_scene->moveWire(e->scenePos());
}

void PortItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* e) {
  if (!m_dragging) return;
  m_dragging = false;
  m_scene->finishWire(e->scenePos());
  e->accept();
}

void PortItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) { setHighlighted(true); }

void PortItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) { setHighlighted(false); }
