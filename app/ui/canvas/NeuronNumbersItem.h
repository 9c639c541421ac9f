#pragma once
// Numbers written beside the neurons of one block (z and a on the way forward, δ on the way back) and
// rings around the neurons a step is about, for the explained step. An item of the scene above the edges
// (a child of the block would sit under the edges that leave it); followBlock() puts it where its block
// is. It draws nothing when it holds no numbers and no rings.
#include <QGraphicsItem>
#include <QStringList>
#include <QVector>

class LayerBlockItem;

class NeuronNumbersItem : public QGraphicsItem {
public:
  enum { Type = UserType + 604 };

  explicit NeuronNumbersItem(LayerBlockItem* block);
  // One text per unit (index = unit; may hold a line break), and which units wear a ring.
  void setNumbers(const QStringList& perUnit, const QVector<bool>& ringed);
  const QStringList& numbers() const { return m_numbers; }
  LayerBlockItem* block() const { return m_block; }
  // Over the block again, after the layout moved or resized it.
  void followBlock();
  QRectF boundingRect() const override;
  void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
  int type() const override { return Type; }

private:
  static QFont labelFont();
  QRectF labelBox(int unit, const QPointF& centre) const; // item coordinates

  LayerBlockItem* m_block;
  QStringList m_numbers;
  QVector<bool> m_ringed;
};
