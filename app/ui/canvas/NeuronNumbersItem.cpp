#include "ui/canvas/NeuronNumbersItem.h"

#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/LayerBlockItem.h"

#include <QFontMetricsF>
#include <QPainter>

NeuronNumbersItem::NeuronNumbersItem(LayerBlockItem* block) : m_block(block) {
  setZValue(20.0); // over the blocks (a dragged one is at 10) and the edges
  setAcceptedMouseButtons(Qt::NoButton);
  followBlock();
}

void NeuronNumbersItem::setNumbers(const QStringList& perUnit, const QVector<bool>& ringed) {
  prepareGeometryChange();
  m_numbers = perUnit;
  m_ringed = ringed;
  update();
}

void NeuronNumbersItem::followBlock() {
  prepareGeometryChange();
  setPos(m_block->scenePos());
  update();
}

QRectF NeuronNumbersItem::boundingRect() const {
  // Exactly the labels and rings: a wider rectangle would widen the scene and scroll the canvas.
  QRectF bounds;
  const double r = m_block->neuronRadius();
  for (int s = 0; s < m_block->slotCount(); ++s) {
    const int unit = m_block->unitOfSlot(s);
    if (unit < 0) continue;
    const QPointF c = m_block->slotCentre(s);
    if (unit < m_ringed.size() && m_ringed[unit])
      bounds |= QRectF(c - QPointF(r + 5, r + 5), QSizeF(2 * r + 10, 2 * r + 10));
    if (unit < m_numbers.size() && !m_numbers[unit].isEmpty()) bounds |= labelBox(unit, c);
  }
  return bounds;
}

QRectF NeuronNumbersItem::labelBox(int unit, const QPointF& centre) const {
  const QFontMetricsF fm(labelFont());
  const QStringList lines = m_numbers[unit].split(QLatin1Char('\n'));
  double w = 0.0;
  for (const QString& l : lines) w = std::max(w, fm.horizontalAdvance(l));
  const double h = fm.height() * lines.size();
  return QRectF(centre.x() + m_block->neuronRadius() + 4.0, centre.y() - h / 2.0 - 1.0, w + 6.0, h + 2.0);
}

QFont NeuronNumbersItem::labelFont() {
  return CanvasStyle::font(std::max(9.0, CanvasStyle::applicationTextPx() * 0.85));
}

void NeuronNumbersItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  if (m_numbers.isEmpty() && m_ringed.isEmpty()) return;
  p->setRenderHint(QPainter::Antialiasing);
  const double r = m_block->neuronRadius();
  const QFont font = labelFont();
  p->setFont(font);
  const QFontMetricsF fm(font);
  for (int s = 0; s < m_block->slotCount(); ++s) {
    const int unit = m_block->unitOfSlot(s);
    if (unit < 0) continue;
    const QPointF c = m_block->slotCentre(s);
    if (unit < m_ringed.size() && m_ringed[unit]) {
      p->setPen(QPen(CanvasStyle::accent(CanvasStyle::BlockKind::Dense), 3.0));
      p->setBrush(Qt::NoBrush);
      p->drawEllipse(c, r + 3.0, r + 3.0);
    }
    if (unit >= m_numbers.size() || m_numbers[unit].isEmpty()) continue;
    const QStringList lines = m_numbers[unit].split(QLatin1Char('\n'));
    const QRectF box = labelBox(unit, c);
    QColor back = CanvasStyle::cardColour();
    back.setAlpha(235);
    p->setPen(QPen(CanvasStyle::cardBorderColour(), 1.0));
    p->setBrush(back);
    p->drawRoundedRect(box, 3.0, 3.0);
    p->setPen(CanvasStyle::textColour());
    for (int i = 0; i < lines.size(); ++i)
      p->drawText(QPointF(box.left() + 3.0, box.top() + 1.0 + fm.ascent() + i * fm.height()), lines[i]);
  }
}
