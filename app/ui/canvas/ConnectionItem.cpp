#include "ui/canvas/ConnectionItem.h"

#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/LayerBlockItem.h"

#include <QPaintEngine>
#include <QPainter>

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
  ++m_version;
  update();
}

void ConnectionItem::setUnitOffset(int offset) {
  if (offset == m_offset) return;
  m_offset = offset;
  ++m_version;
  update();
}

int ConnectionItem::lineCount() const {
  if (!m_from || !m_to) return 0;
  if (!m_full) return static_cast<int>(oneToOne().size());
  int drawnFrom = 0, drawnTo = 0;
  for (int s = 0; s < m_from->slotCount(); ++s) drawnFrom += m_from->unitOfSlot(s) >= 0 ? 1 : 0;
  for (int s = 0; s < m_to->slotCount(); ++s) drawnTo += m_to->unitOfSlot(s) >= 0 ? 1 : 0;
  return drawnFrom * drawnTo;
}

std::vector<std::pair<int, int>> ConnectionItem::oneToOne() const {
  // Slot pairs whose units match (unit u of `from`, unit u + offset of `to`); a unit hidden behind either
  // card's ellipsis has no line.
  std::vector<std::pair<int, int>> pairs;
  std::vector<int> slotOfUnit;
  for (int j = 0; j < m_to->slotCount(); ++j) {
    const int v = m_to->unitOfSlot(j);
    if (v < 0) continue;
    if (v >= static_cast<int>(slotOfUnit.size())) slotOfUnit.resize(static_cast<std::size_t>(v) + 1, -1);
    slotOfUnit[static_cast<std::size_t>(v)] = j;
  }
  for (int i = 0; i < m_from->slotCount(); ++i) {
    const int u = m_from->unitOfSlot(i);
    const int v = u < 0 ? -1 : u + m_offset;
    if (v >= 0 && v < static_cast<int>(slotOfUnit.size()) && slotOfUnit[static_cast<std::size_t>(v)] >= 0)
      pairs.emplace_back(i, slotOfUnit[static_cast<std::size_t>(v)]);
  }
  return pairs;
}

EdgePicture::Lines ConnectionItem::lines() const {
  EdgePicture::Lines out;
  out.bounds = m_bounds;
  if (!m_from || !m_to) return out;
  const bool weighted = m_full && m_weights.rows() == m_from->content().neurons &&
                        m_weights.cols() == m_to->content().neurons && m_weights.size() > 0;
  const double maxAbs = weighted ? std::max(1e-12, m_weights.cwiseAbs().maxCoeff()) : 1.0;
  EdgePicture::Style& style = out.style;
  style.neutral = edgeColour();
  style.neutral.setAlpha(m_full ? 110 : 160);
  style.positive = positiveWeight();
  style.negative = negativeWeight();
  style.weighted = weighted;
  // Lines grow with the neurons, so a network drawn large reads as well as a small one.
  const double radius = m_from->neuronRadius();
  style.width = std::clamp(radius / 10.5, 1.0, 2.5) * lineScale();

  auto line = [&](int fromSlot, int toSlot) {
    EdgePicture::Line l;
    l.from = mapFromItem(m_from, m_from->slotCentre(fromSlot)) + QPointF(radius, 0);
    l.to = mapFromItem(m_to, m_to->slotCentre(toSlot)) - QPointF(radius, 0);
    if (weighted) {
      const double w = m_weights(m_from->unitOfSlot(fromSlot), m_to->unitOfSlot(toSlot));
      l.strength = std::abs(w) / maxAbs;
      l.negative = w < 0;
    }
    out.lines.push_back(l);
  };
  if (m_full) {
    for (int i = 0; i < m_from->slotCount(); ++i) {
      if (m_from->unitOfSlot(i) < 0) continue;
      for (int j = 0; j < m_to->slotCount(); ++j)
        if (m_to->unitOfSlot(j) >= 0) line(i, j);
    }
  } else {
    for (const auto& [i, j] : oneToOne()) line(i, j);
  }
  return out;
}

void ConnectionItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget* widget) {
  if (!m_from || !m_to) return;
  EdgePicture::Lines all = lines();
  // Only the view's own paint (widget is its viewport) uses pictures: a PNG or SVG export draws the
  // lines themselves, at its own scale.
  const QTransform t = p->worldTransform();
  const bool view = widget && p->paintEngine() && p->paintEngine()->type() == QPaintEngine::Raster &&
                    t.type() <= QTransform::TxScale && t.m11() == t.m22() && t.m11() > 0.0;
  if (!view) {
    EdgePicture::draw(p, all);
    return;
  }
  const double scale = t.m11() * p->device()->devicePixelRatio();
  const QImage* picture = m_picture.latest(all.bounds, all.style, scale);
  if (picture)
    p->drawImage(all.bounds.topLeft(), *picture);
  else
    EdgePicture::draw(p, all); // no picture for this zoom or place yet
  if (!picture || !m_picture.shows(m_version))
    m_picture.request(std::move(all), scale, m_version, [this] { update(); });
}
