#include "ui/canvas/NeuronColumnItem.h"

#include "ui/canvas/LayerBlockItem.h"

NeuronColumnItem::NeuronColumnItem(LayerBlockItem* block) : QGraphicsItem(block), m_block(block) {
  // Clicks, hovers and tooltips belong to the block underneath.
  setAcceptedMouseButtons(Qt::NoButton);
  setAcceptHoverEvents(false);
}

void NeuronColumnItem::blockChanged() {
  prepareGeometryChange();
  update();
}

QRectF NeuronColumnItem::boundingRect() const { return m_block->boundingRect(); }

void NeuronColumnItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  m_block->paintNeurons(p);
}
