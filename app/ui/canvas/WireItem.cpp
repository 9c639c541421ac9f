#include "ui/canvas/WireItem.h"

#include "ui/canvas/CanvasStyle.h"

#include <QPainter>
#include <QPainterPathStroker>

using namespace CanvasStyle;

namespace {
constexpr double kHitWidth = 12.0; // a thin line is still easy to click
}

WireItem::WireItem(neurona::LayerId from, neurona::LayerId to) : m_from(from), m_to(to) {
  // Under the cards, so a wire never hides a block; over the background, where it is clicked.
  setZValue(0.9);
  setFlag(ItemIsSelectable, true);
  setFlag(ItemIsFocusable, false);
  setAcceptHoverEvents(true);
  setAcceptedMouseButtons(Qt::LeftButton);
  setCursor(Qt::PointingHandCursor);
}

void WireItem::setPath(const QPainterPath& path) {
  prepareGeometryChange();
  m_path = path;
  QPainterPathStroker stroker;
  stroker.setWidth(kHitWidth);
  stroker.setCapStyle(Qt::RoundCap);
  m_shape = stroker.createStroke(path);
  update();
}

void WireItem::setHighlighted(bool on) {
  if (on == m_highlighted) return;
  m_highlighted = on;
  update();
}

QRectF WireItem::boundingRect() const {
  return m_path.boundingRect().adjusted(-kHitWidth, -kHitWidth, kHitWidth, kHitWidth);
}

QPainterPath WireItem::shape() const { return m_shape; }

void WireItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  p->setRenderHint(QPainter::Antialiasing);
  const bool strong = isSelected() || m_highlighted;
  QColor colour = strong ? accent(BlockKind::Dense) : edgeColour();
  if (m_hovered && !strong) colour = colour.darker(130);
  const double width = (strong ? 4.0 : m_hovered ? 3.2 : 2.4) * lineScale();
  p->setPen(QPen(colour, width, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
  p->setBrush(Qt::NoBrush);
  p->drawPath(m_path);
}

void WireItem::hoverEnterEvent(QGraphicsSceneHoverEvent*) {
  m_hovered = true;
  update();
}

void WireItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
  m_hovered = false;
  update();
}

QVariant WireItem::itemChange(GraphicsItemChange change, const QVariant& value) {
  if (change == ItemSelectedHasChanged) update();
  return QGraphicsItem::itemChange(change, value);
}
