#pragma once
// The neurons of one block (their maps, circles and x₁ / ŷ labels), drawn by the block but as an item of
// their own. While a network trains, the maps change every frame and the card around them does not:
// the card keeps a device-resolution picture of itself (its shadow, body, texts and stepper are the
// costly part of a frame) and only this item is drawn again.
#include <QGraphicsItem>

class LayerBlockItem;

class NeuronColumnItem : public QGraphicsItem {
public:
  enum { Type = UserType + 603 };

  explicit NeuronColumnItem(LayerBlockItem* block);
  // The block's size or content changed: its bounds are this item's.
  void blockChanged();
  QRectF boundingRect() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
  int type() const override { return Type; }

private:
  LayerBlockItem* m_block;
};
