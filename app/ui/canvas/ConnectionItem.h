#pragma once
// The lines between two neighbouring columns: every neuron to every neuron into a dense layer, one to
// one through dropout and batchnorm, and into a merge layer one to one from each of its sources: into an
// add, neuron k to neuron k; into a concat, onto the source's own slice (setUnitOffset: where it starts).
// Drawn over the card bodies, from neuron edge to neuron edge.
//
// Training extension point: setWeights() takes the dense layer's W (inputs × units, as in
// neurona::LayerParams); each line is then coloured by the weight's sign and drawn as thick as its
// magnitude relative to the largest one. An empty matrix returns to the neutral look.
//
// In the view the lines are drawn on a pool thread (EdgePicture) and the item shows the latest picture;
// exports and the first paint at a new zoom draw them directly.
#include "ui/canvas/EdgePicture.h"

#include "neurona/core/Types.h"

#include <QGraphicsItem>

#include <utility>
#include <vector>

class LayerBlockItem;

class ConnectionItem : public QGraphicsItem {
public:
  enum { Type = UserType + 602 };

  ConnectionItem(LayerBlockItem* from, LayerBlockItem* to, bool fullyConnected);
  void setEnds(LayerBlockItem* from, LayerBlockItem* to, bool fullyConnected);
  void updateGeometry(); // call when either block moves or changes its neuron count
  void setWeights(const neurona::MatrixD& weights);
  // One to one: unit u of `from` joins unit u + offset of `to` (a concat's later sources start further on).
  void setUnitOffset(int offset);
  int unitOffset() const { return m_offset; }
  LayerBlockItem* from() const { return m_from; }
  LayerBlockItem* to() const { return m_to; }
  int lineCount() const; // lines drawn (tests, and a guard against overdraw)
  bool hasWeights() const { return m_weights.size() > 0; }

  QRectF boundingRect() const override { return m_bounds; }
  void paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget* widget) override;
  int type() const override { return Type; }

private:
  EdgePicture::Lines lines() const;
  std::vector<std::pair<int, int>> oneToOne() const; // (from slot, to slot) of the one-to-one lines

  LayerBlockItem* m_from;
  LayerBlockItem* m_to;
  bool m_full;
  int m_offset = 0;
  QRectF m_bounds;
  neurona::MatrixD m_weights;
  EdgePicture m_picture;
  int m_version = 0; // counts the weights given, so a picture knows which it shows
};
