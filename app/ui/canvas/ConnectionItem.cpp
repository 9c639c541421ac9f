#include "ui/canvas/ConnectionItem.h"

#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/LayerBlockItem.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace CanvasStyle;

ConnectionItem::ConnectionItem(LayerBlockItem* from, LayerBlockItem* to, bool fullyConnected)
    : m_from(from), m_to(to), m_full(fullyConnected) {
  // Above the cards' white bodies, so each line visibly joins two neurons; the dragged card (z 10)
  // still passes over them.
  setZValue(1.5);
  setAcceptedMouseButtons(Qt::NoButton);
  setAcceptHoverEvents(false);
  updateGeometry();
}

void ConnectionItem::setEnds(LayerBlockItem* from, LayerBlockItem* to, bool fullyConnected) {
  m_from = from;
  m_to = to;
  m_full = fullyConnected;
  updateGeometry();
}

void ConnectionItem::updateGeometry() {
  prepareGeometryChange();
  if (!m_from || !m_to) {
    m_bounds = {};
    return;
  }
  const QRectF a = m_from->mapRectToScene(m_from->boundingRect());
  const QRectF b = m_to->mapRectToScene(m_to->boundingRect());
  m_bounds = a.united(b);
  update();
}

void ConnectionItem::setWeights(const neurona::MatrixD& weights) {
  m_weights = weights;
  update();
}

int ConnectionItem::lineCount() const {
  if (!m_from || !m_to) return 0;
  int drawnFrom = 0, drawnTo = 0;
  for (int s = 0; s < m_from->slotCount(); ++s) drawnFrom += m_from->unitOfSlot(s) >= 0 ? 1 : 0;
  for (int s = 0; s < m_to->slotCount(); ++s) drawnTo += m_to->unitOfSlot(s) >= 0 ? 1 : 0;
  return m_full ? drawnFrom * drawnTo : std::min(drawnFrom, drawnTo);
}

void ConnectionItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  if (!m_from || !m_to) return;
  p->setRenderHint(QPainter::Antialiasing);
  const bool weighted = m_full && m_weights.rows() == m_from->content().neurons &&
                        m_weights.cols() == m_to->content().neurons && m_weights.size() > 0;
  const double maxAbs = weighted ? std::max(1e-12, m_weights.cwiseAbs().maxCoeff()) : 1.0;
  QColor neutral = edgeColour();
  neutral.setAlpha(m_full ? 110 : 160);

  // Lines grow with the neurons, so a network drawn large reads as well as a small one.
  const double radius = m_from->neuronRadius();
  const double width = std::clamp(radius / 10.5, 1.0, 2.5) * lineScale();
  auto line = [&](int fromSlot, int toSlot) {
    const QPointF a = mapFromItem(m_from, m_from->slotCentre(fromSlot)) + QPointF(radius, 0);
    const QPointF b = mapFromItem(m_to, m_to->slotCentre(toSlot)) - QPointF(radius, 0);
    if (weighted) {
      const double w = m_weights(m_from->unitOfSlot(fromSlot), m_to->unitOfSlot(toSlot));
      QColor c = w >= 0 ? positiveWeight() : negativeWeight();
      const double strength = std::abs(w) / maxAbs;
      c.setAlphaF(static_cast<float>(0.25 + 0.65 * strength));
      p->setPen(QPen(c, (0.6 + 3.4 * strength) * width, Qt::SolidLine, Qt::RoundCap));
    }
    // A gentle S-curve reads better than a straight line when many edges cross.
    const double dx = (b.x() - a.x()) * 0.45;
    QPainterPath path(a);
    path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b);
    p->drawPath(path);
  };

  p->setBrush(Qt::NoBrush);
  p->setPen(QPen(neutral, 1.1 * width));
  if (m_full) {
    for (int i = 0; i < m_from->slotCount(); ++i) {
      if (m_from->unitOfSlot(i) < 0) continue;
      for (int j = 0; j < m_to->slotCount(); ++j)
        if (m_to->unitOfSlot(j) >= 0) line(i, j);
    }
  } else {
    const int n = std::min(m_from->slotCount(), m_to->slotCount());
    for (int i = 0; i < n; ++i)
      if (m_from->unitOfSlot(i) >= 0 && m_to->unitOfSlot(i) >= 0) line(i, i);
  }
}
