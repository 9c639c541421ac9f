#include "ui/canvas/LayerBlockItem.h"

#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NeuronColumnItem.h"
#include "ui/canvas/PortItem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSceneWheelEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <algorithm>
#include <cmath>

using namespace CanvasStyle;

namespace {
constexpr int kCollapsedSide = 5;
constexpr double kWrapSlack = 1.0; // measured and painted text may differ by a fraction of a pixel

double widestWord(const QFontMetricsF& fm, const QString& text) {
  double widest = 0.0;
  for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts))
    widest = std::max(widest, fm.horizontalAdvance(word));
  return widest;
}

QString stepperValue(const LayerBlockItem::Content& c) {
  return c.stepperText.isEmpty() ? QString::number(c.units) : c.stepperText;
}
} // namespace

LayerBlockItem::LayerBlockItem(NetworkScene* scene, neurona::LayerId id) : m_scene(scene), m_id(id) {
  setFlag(ItemIsSelectable, id != neurona::kNoLayer);
  setFlag(ItemIsFocusable, false);
  setFlag(ItemSendsGeometryChanges, true);
  setAcceptHoverEvents(true);
  setZValue(1.0);
  // The card is drawn again only when it changes (content, size, selection, hover, theme); the neurons'
  // maps, which change every frame while training, are a child item drawn over the kept picture.
  setCacheMode(DeviceCoordinateCache);
  m_neurons = new NeuronColumnItem(this);
  if (id != neurona::kNoLayer) m_in = new PortItem(scene, this, PortItem::Side::In);
  m_out = new PortItem(scene, this, PortItem::Side::Out);
}

void LayerBlockItem::setPortsVisible(bool visible) {
  for (PortItem* port : {m_in, m_out})
    if (port) {
      port->setVisible(visible);
      port->place();
    }
}

const BlockMetrics& LayerBlockItem::metrics() const { return m_scene->metrics(); }

void LayerBlockItem::setContent(const Content& c) {
  // The scene refreshes every block's marks as a run progresses; an unchanged card keeps its picture.
  if (c == m_content) return;
  const bool geometry = c.neurons != m_content.neurons;
  if (geometry) prepareGeometryChange();
  m_content = c;
  setToolTip(c.toolTip);
  update();
  m_neurons->blockChanged();
}

void LayerBlockItem::setWidth(double width) {
  if (width == m_width) return;
  prepareGeometryChange();
  m_width = width;
  m_neurons->blockChanged();
  if (m_out) m_out->place();
}

void LayerBlockItem::metricsChanged() {
  prepareGeometryChange();
  update();
  m_neurons->blockChanged();
  for (PortItem* port : {m_in, m_out})
    if (port) port->place();
}

double LayerBlockItem::minimumWidth(const Content& c, const BlockMetrics& m) {
  const QFontMetricsF title(m.title), body(m.body);
  double inner = title.horizontalAdvance(c.title);
  inner = std::max(inner, widestWord(body, c.subtitle));
  inner = std::max(inner, body.horizontalAdvance(c.shape));
  inner = std::max(inner, widestWord(body, c.params));
  if (c.stepper) inner = std::max(inner, m.stepperWidth);
  return std::ceil(inner + kWrapSlack) + 2.0 * m.pad;
}

int LayerBlockItem::subtitleLines(const Content& c, const BlockMetrics& m, double width) {
  return wrappedLines(m.body, c.subtitle, width - 2.0 * m.pad);
}

int LayerBlockItem::paramsLines(const Content& c, const BlockMetrics& m, double width) {
  return wrappedLines(m.body, c.params, width - 2.0 * m.pad);
}

QString LayerBlockItem::neuronLabel(const Content& c, int unit) {
  if ((c.kind != BlockKind::Input && c.kind != BlockKind::Output) || !c.map.isEmpty()) return {};
  static const QString subscripts = QStringLiteral("₀₁₂₃₄₅₆₇₈₉");
  QString index;
  for (QChar d : QString::number(unit + 1)) index += subscripts.at(d.digitValue());
  if (c.kind == BlockKind::Input) return QStringLiteral("x") + index;
  return c.neurons == 1 ? QStringLiteral("ŷ") : QStringLiteral("ŷ") + index;
}

int LayerBlockItem::slotCountFor(int neurons) {
  const int n = std::max(0, neurons);
  return n <= kMaxDrawnNeurons ? n : 2 * kCollapsedSide + 1;
}

int LayerBlockItem::slotCount() const { return slotCountFor(m_content.neurons); }

int LayerBlockItem::unitOfSlot(int slot) const {
  const int n = m_content.neurons;
  if (n <= kMaxDrawnNeurons) return slot;
  if (slot < kCollapsedSide) return slot;
  if (slot == kCollapsedSide) return -1;
  return n - (2 * kCollapsedSide + 1 - slot);
}

double LayerBlockItem::neuronRadius() const { return metrics().neuronRadius; }

QPointF LayerBlockItem::slotCentre(int slot) const {
  const BlockMetrics& m = metrics();
  const int slotTotal = slotCount();
  const double top = m.headerHeight + m.stepperBand + (m.neuronArea - slotTotal * m.neuronSlot) / 2.0;
  return {centreX(), top + (slot + 0.5) * m.neuronSlot};
}

void LayerBlockItem::setNeuronImages(const QVector<QImage>& images) {
  m_neuronImages = images;
  m_neurons->update();
}

void LayerBlockItem::setFilterImages(const QVector<QImage>& images) {
  m_filterImages = images;
  m_neurons->update();
}

QRectF LayerBlockItem::cardRect() const { return {0.0, 0.0, m_width, metrics().cardHeight()}; }

QRectF LayerBlockItem::minusRect() const {
  const BlockMetrics& m = metrics();
  const QRectF pill((m_width - m.stepperWidth) / 2.0,
                    m.headerHeight + (m.stepperBand - m.stepperHeight) / 2.0, m.stepperWidth,
                    m.stepperHeight);
  return {pill.left(), pill.top(), m.stepperHeight, m.stepperHeight};
}

QRectF LayerBlockItem::plusRect() const {
  const QRectF m = minusRect();
  return m.translated(metrics().stepperWidth - metrics().stepperHeight, 0.0);
}

QRectF LayerBlockItem::boundingRect() const {
  // The shadow below, the problem badge over the top-right corner, and the x₁ / ŷ labels beside the
  // input's and the output's neurons, outside the card.
  const BlockMetrics& m = metrics();
  const double badge = 0.8 * QFontMetricsF(m.body).height();
  const bool labelsLeft = m_content.kind == BlockKind::Input;
  const bool labelsRight = m_content.kind == BlockKind::Output;
  return cardRect().adjusted(labelsLeft ? -m.labelsLeft : -8.0, -std::max(6.0, badge),
                             labelsRight ? m.labelsRight : std::max(8.0, badge), 8.0);
}

QPainterPath LayerBlockItem::shape() const {
  QPainterPath path;
  path.addRoundedRect(cardRect(), metrics().corner, metrics().corner);
  return path;
}

void LayerBlockItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  const BlockMetrics& m = metrics();
  p->setRenderHint(QPainter::Antialiasing);
  p->setRenderHint(QPainter::TextAntialiasing);
  const QRectF card = cardRect();
  const QColor acc = m_content.error ? errorColour() : accent(m_content.kind);
  const double line = QFontMetricsF(m.body).lineSpacing();
  const double titleLine = QFontMetricsF(m.title).lineSpacing();

  // Soft shadow: a few widening translucent layers under the card.
  p->setPen(Qt::NoPen);
  for (int i = 4; i >= 1; --i) {
    QColor s(15, 23, 42, m_dragging ? 16 : 10);
    p->setBrush(s);
    p->drawRoundedRect(card.adjusted(-i, -i + 3, i, i + 3 + (m_dragging ? 1 : 0)), m.corner + i,
                       m.corner + i);
  }

  // Card body.
  QPainterPath body;
  body.addRoundedRect(card, m.corner, m.corner);
  p->setBrush(m_content.error ? cardErrorColour() : cardColour());
  QPen border(isSelected() ? acc : cardBorderColour(),
              (isSelected() || m_content.error ? 2.5 : 1.2) * lineScale());
  if (m_content.error) border.setColor(errorColour());
  p->setPen(Qt::NoPen);
  p->drawPath(body);

  // Header band in the layer's colour: the name, then the subtitle wrapped between words.
  QPainterPath header;
  header.addRect(card.left(), card.top(), card.width(), m.headerHeight);
  p->setBrush(acc);
  p->drawPath(body.intersected(header));
  const double inner = card.width() - 2.0 * m.pad;
  const double top = (m.headerHeight - titleLine - m.subtitleLines * line) / 2.0;
  p->setPen(Qt::white);
  p->setFont(m.title);
  p->drawText(QRectF(card.left() + m.pad, card.top() + top, inner + kWrapSlack, titleLine),
              Qt::AlignLeft | Qt::AlignVCenter, m_content.title);
  p->setFont(m.body);
  p->setPen(QColor(255, 255, 255, 225));
  p->drawText(
      QRectF(card.left() + m.pad, card.top() + top + titleLine, inner + kWrapSlack, m.subtitleLines * line),
      Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_content.subtitle);

  // Footer: shape, then the parameters wrapped between words.
  const double footerTop = m.headerHeight + m.stepperBand + m.neuronArea;
  p->setPen(QPen(cardBorderColour(), 1.0));
  p->drawLine(QPointF(card.left() + m.pad, footerTop), QPointF(card.right() - m.pad, footerTop));
  const double footerText = footerTop + (m.footerHeight - (1 + m.paramsLines) * line) / 2.0;
  p->setFont(m.body);
  p->setPen(textColour());
  p->drawText(QRectF(card.left() + m.pad, footerText, inner + kWrapSlack, line), Qt::AlignCenter,
              m_content.shape);
  p->setPen(mutedTextColour());
  p->drawText(QRectF(card.left() + m.pad, footerText + line, inner + kWrapSlack, m.paramsLines * line),
              Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_content.params);
  if (m_content.stepper) paintStepper(p, acc);

  // Border last so it sits above the header band.
  p->setBrush(Qt::NoBrush);
  p->setPen(border);
  p->drawRoundedRect(card, m.corner, m.corner);

  // Problem badge over the top-right corner, where it needs no room of the title's.
  if (m_content.error || m_content.warning) {
    const double r = 0.8 * QFontMetricsF(m.body).height();
    const QRectF badge(card.right() - r, card.top() - r * 0.6, 2.0 * r, 2.0 * r);
    p->setPen(QPen(m_content.error ? errorColour() : warningColour(), 2.0));
    p->setBrush(cardColour());
    p->drawEllipse(badge);
    QFont f = m.title;
    f.setBold(true);
    p->setFont(f);
    p->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
  }
}

namespace {
// acc mixed with white: a soft tint that keeps the hue (QColor::lighter saturates some hues).
QColor tint(const QColor& acc, double amount) {
  return QColor::fromRgbF(static_cast<float>(acc.redF() + (1.0 - acc.redF()) * amount),
                          static_cast<float>(acc.greenF() + (1.0 - acc.greenF()) * amount),
                          static_cast<float>(acc.blueF() + (1.0 - acc.blueF()) * amount));
}
} // namespace

void LayerBlockItem::paintNeurons(QPainter* p) {
  const BlockMetrics& m = metrics();
  p->setRenderHint(QPainter::Antialiasing);
  p->setRenderHint(QPainter::TextAntialiasing);
  const QColor acc = m_content.error ? errorColour() : accent(m_content.kind);
  const double radius = m.neuronRadius;
  const QColor fill = tint(acc, 0.8);
  const bool input = m_content.kind == BlockKind::Input;
  const bool output = m_content.kind == BlockKind::Output;
  const double line = QFontMetricsF(m.body).lineSpacing();
  for (int s = 0; s < slotCount(); ++s) {
    const QPointF c = slotCentre(s);
    const int unit = unitOfSlot(s);
    if (unit < 0) {
      p->setPen(mutedTextColour());
      p->setFont(m.body);
      p->drawText(QRectF(c.x() - m_width / 2.0, c.y() - line / 2.0, m_width, line), Qt::AlignCenter,
                  QStringLiteral("…%1").arg(m_content.neurons - 2 * kCollapsedSide));
      continue;
    }
    if (showsMaps()) {
      paintMap(p, c, unit, acc, fill);
      continue;
    }
    const QRectF circle(c.x() - radius, c.y() - radius, 2 * radius, 2 * radius);
    if (unit < m_neuronImages.size() && !m_neuronImages[unit].isNull()) {
      // The map as the circle's texture: one antialiased fill, cheaper than clipping to a round path.
      const QImage& map = m_neuronImages[unit];
      QBrush texture(map);
      QTransform place;
      place.translate(circle.left(), circle.top());
      place.scale(circle.width() / map.width(), circle.height() / map.height());
      texture.setTransform(place);
      p->setBrush(texture);
    } else {
      p->setBrush(fill);
    }
    p->setPen(QPen(acc, 1.6 * lineScale()));
    p->drawEllipse(circle);
    // Input features are x₁, x₂, …; outputs are ŷ₁, ŷ₂, … (just ŷ for a single output), outside the card.
    if (input || output) {
      const QString label = neuronLabel(m_content, unit);
      p->setFont(m.body);
      p->setPen(mutedTextColour());
      const double gap = 0.3 * line;
      const QRectF r = input ? QRectF(-m.labelsLeft, c.y() - line / 2.0, m.labelsLeft - gap, line)
                             : QRectF(m_width + gap, c.y() - line / 2.0, m.labelsRight - gap, line);
      p->drawText(r, (input ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, label);
    }
  }
}

void LayerBlockItem::paintMap(QPainter* p, const QPointF& c, int unit, const QColor& acc,
                              const QColor& fill) {
  const double radius = metrics().neuronRadius;
  // A square as tall as a neuron's circle, a little wider when the map is wider than tall.
  const double side = 2.0 * radius;
  const double aspect =
      std::clamp(static_cast<double>(m_content.map.width()) / m_content.map.height(), 0.5, 2.0);
  const QRectF square(c.x() - side * aspect / 2.0, c.y() - radius, side * aspect, side);
  p->setPen(QPen(acc, 1.4 * lineScale()));
  // Cells stay cells: a 16 × 16 map is 16 × 16 crisp squares, not a blur.
  p->setRenderHint(QPainter::SmoothPixmapTransform, false);
  if (unit < m_neuronImages.size() && !m_neuronImages[unit].isNull()) {
    p->drawImage(square, m_neuronImages[unit]);
    p->setBrush(Qt::NoBrush);
  } else {
    p->setBrush(fill);
  }
  p->drawRect(square);
  if (unit >= m_filterImages.size() || m_filterImages[unit].isNull()) return;
  // The filter that made this map, left of it when the card has room, else over its top-left corner.
  const double f = 0.6 * side;
  const double gap = 0.15 * side;
  const double left = square.left() - gap - f;
  const QRectF filter = left >= 0.25 * metrics().pad
                            ? QRectF(left, c.y() - f / 2.0, f, f)
                            : QRectF(square.left() - 0.2 * f, square.top() - 0.2 * f, f, f);
  p->drawImage(filter, m_filterImages[unit]);
  p->setPen(QPen(cardBorderColour(), 1.0 * lineScale()));
  p->setBrush(Qt::NoBrush);
  p->drawRect(filter);
}

void LayerBlockItem::paintStepper(QPainter* p, const QColor& acc) {
  const BlockMetrics& m = metrics();
  const QRectF mr = minusRect();
  const QRectF pl = plusRect();
  const QRectF pill(mr.left(), mr.top(), pl.right() - mr.left(), mr.height());
  p->setPen(QPen(cardBorderColour(), 1.0));
  p->setBrush(stepperColour());
  p->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
  const double inset = mr.height() * 0.11;
  const double arm = mr.height() * 0.18;
  for (int sign : {-1, 1}) {
    const QRectF r = (sign < 0 ? mr : pl).adjusted(inset, inset, -inset, -inset);
    p->setPen(Qt::NoPen);
    p->setBrush(m_hoveredButton == sign ? acc : tint(acc, 0.78));
    p->drawEllipse(r);
    p->setPen(QPen(m_hoveredButton == sign ? QColor(Qt::white) : acc, std::max(2.0, arm * 0.4), Qt::SolidLine,
                   Qt::RoundCap));
    const QPointF c = r.center();
    p->drawLine(c + QPointF(-arm, 0), c + QPointF(arm, 0));
    if (sign > 0) p->drawLine(c + QPointF(0, -arm), c + QPointF(0, arm));
  }
  QFont f = m.body;
  f.setWeight(QFont::DemiBold);
  p->setFont(f);
  p->setPen(textColour());
  p->drawText(QRectF(mr.right(), pill.top(), pl.left() - mr.right(), pill.height()), Qt::AlignCenter,
              stepperValue(m_content));
}

void LayerBlockItem::mousePressEvent(QGraphicsSceneMouseEvent* e) {
  if (e->button() == Qt::LeftButton && m_content.stepper) {
    const int step = minusRect().contains(e->pos()) ? -1 : plusRect().contains(e->pos()) ? 1 : 0;
    if (step != 0) {
      m_scene->selectOnly(m_id);
      m_scene->stepLayer(m_id, step);
      e->accept();
      return;
    }
  }
  m_pressed = e->button() == Qt::LeftButton;
  m_dragging = false;
  m_pressScenePos = e->scenePos();
  m_pressItemPos = pos();
  QGraphicsItem::mousePressEvent(e);
  e->accept(); // also the input block, so pressing it does not start panning
}

void LayerBlockItem::mouseMoveEvent(QGraphicsSceneMouseEvent* e) {
  const bool graph = m_scene->isGraphMode();
  if (!m_pressed || (isInput() && !graph)) return;
  const QPointF delta = e->scenePos() - m_pressScenePos;
  if (!m_dragging && delta.manhattanLength() < QApplication::startDragDistance()) return;
  if (!m_dragging) {
    m_dragging = true;
    m_freeDrag = graph;
    setZValue(10.0);
    setCursor(Qt::ClosedHandCursor);
  }
  if (m_freeDrag) {
    setPos(m_pressItemPos + delta);
    m_scene->freeDragMoved(this);
    return;
  }
  // Blocks stay in their row: only the horizontal position follows the mouse while reordering.
  setPos(m_pressItemPos.x() + delta.x(), m_pressItemPos.y() + delta.y() * 0.15);
  m_scene->reorderDragMoved(this);
}

void LayerBlockItem::mouseReleaseEvent(QGraphicsSceneMouseEvent* e) {
  m_pressed = false;
  if (m_dragging) {
    m_dragging = false;
    setZValue(1.0);
    unsetCursor();
    if (m_freeDrag)
      m_scene->freeDragFinished(this);
    else
      m_scene->reorderDragFinished(this);
    e->accept();
    return;
  }
  QGraphicsItem::mouseReleaseEvent(e);
}

void LayerBlockItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent* e) {
  // Quick clicks on + or − arrive as double clicks: they are still steps.
  if (m_content.stepper && (minusRect().contains(e->pos()) || plusRect().contains(e->pos()))) {
    mousePressEvent(e);
    return;
  }
  if (!isInput()) m_scene->activateLayer(m_id);
  e->accept();
}

void LayerBlockItem::wheelEvent(QGraphicsSceneWheelEvent* e) {
  // Only over the stepper or on the selected block: scrolling the canvas across a block must not
  // change it by accident.
  const BlockMetrics& m = metrics();
  const bool overStepper = e->pos().y() >= m.headerHeight && e->pos().y() <= m.headerHeight + m.stepperBand;
  if (!m_content.stepper || e->modifiers() & Qt::ControlModifier || e->delta() == 0 ||
      !(overStepper || isSelected())) {
    e->ignore();
    return;
  }
  m_scene->selectOnly(m_id);
  m_scene->stepLayer(m_id, e->delta() > 0 ? 1 : -1);
  e->accept();
}

void LayerBlockItem::hoverEnterEvent(QGraphicsSceneHoverEvent* e) {
  // A straight network shows the ports only under the mouse: a wire can start from any block.
  if (!m_scene->isGraphMode()) setPortsVisible(true);
  hoverMoveEvent(e);
}

void LayerBlockItem::hoverMoveEvent(QGraphicsSceneHoverEvent* e) {
  const int hovered = !m_content.stepper               ? 0
                      : minusRect().contains(e->pos()) ? -1
                      : plusRect().contains(e->pos())  ? 1
                                                       : 0;
  if (hovered != m_hoveredButton) {
    m_hoveredButton = hovered;
    update();
  }
  // A graph's input block moves like the others; a straight network's stays first.
  const bool fixed = isInput() && !m_scene->isGraphMode();
  setCursor(hovered != 0 ? Qt::PointingHandCursor : fixed ? Qt::ArrowCursor : Qt::OpenHandCursor);
}

void LayerBlockItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
  if (!m_scene->isGraphMode() && !m_scene->isDrawingWire()) setPortsVisible(false);
  m_hoveredButton = 0;
  unsetCursor();
  update();
}

QVariant LayerBlockItem::itemChange(GraphicsItemChange change, const QVariant& value) {
  if (change == ItemPositionHasChanged && m_scene) m_scene->blockMoved(this);
  return QGraphicsItem::itemChange(change, value);
}
