#include "ui/canvas/LayerBlockItem.h"

#include "ui/canvas/NetworkScene.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsSceneWheelEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

using namespace CanvasStyle;

namespace {
constexpr double kStepperHeight = 28.0;
constexpr double kStepperWidth = 112.0;
constexpr int kCollapsedSide = 5;
} // namespace

LayerBlockItem::LayerBlockItem(NetworkScene* scene, neurona::LayerId id) : m_scene(scene), m_id(id) {
  setFlag(ItemIsSelectable, id != neurona::kNoLayer);
  setFlag(ItemIsFocusable, false);
  setFlag(ItemSendsGeometryChanges, true);
  setAcceptHoverEvents(true);
  setZValue(1.0);
}

void LayerBlockItem::setContent(const Content& c) {
  const bool geometry = c.neurons != m_content.neurons;
  if (geometry) prepareGeometryChange();
  m_content = c;
  setToolTip(c.toolTip);
  update();
}

void LayerBlockItem::setNeuronAreaHeight(double h) {
  if (h == m_neuronArea) return;
  prepareGeometryChange();
  m_neuronArea = h;
}

double LayerBlockItem::neuronAreaHeightFor(int slotTotal) {
  return std::max(1, slotTotal) * kNeuronSlot + 20.0;
}

int LayerBlockItem::slotCount() const {
  const int n = std::max(0, m_content.neurons);
  return n <= kMaxDrawnNeurons ? n : 2 * kCollapsedSide + 1;
}

int LayerBlockItem::unitOfSlot(int slot) const {
  const int n = m_content.neurons;
  if (n <= kMaxDrawnNeurons) return slot;
  if (slot < kCollapsedSide) return slot;
  if (slot == kCollapsedSide) return -1;
  return n - (2 * kCollapsedSide + 1 - slot);
}

QPointF LayerBlockItem::slotCentre(int slot) const {
  const int slotTotal = slotCount();
  const double top = kHeaderHeight + kStepperBand + (m_neuronArea - slotTotal * kNeuronSlot) / 2.0;
  return {centreX(), top + (slot + 0.5) * kNeuronSlot};
}

void LayerBlockItem::setNeuronImages(const QVector<QImage>& images) {
  m_neuronImages = images;
  update();
}

QRectF LayerBlockItem::cardRect() const {
  return {0.0, 0.0, kBlockWidth, kHeaderHeight + kStepperBand + m_neuronArea + kFooterHeight};
}

QRectF LayerBlockItem::minusRect() const {
  const QRectF pill((kBlockWidth - kStepperWidth) / 2.0,
                    kHeaderHeight + (kStepperBand - kStepperHeight) / 2.0 + 2.0, kStepperWidth,
                    kStepperHeight);
  return {pill.left(), pill.top(), kStepperHeight, kStepperHeight};
}

QRectF LayerBlockItem::plusRect() const {
  const QRectF m = minusRect();
  return m.translated(kStepperWidth - kStepperHeight, 0.0);
}

QRectF LayerBlockItem::boundingRect() const { return cardRect().adjusted(-8.0, -6.0, 8.0, 12.0); }

QPainterPath LayerBlockItem::shape() const {
  QPainterPath path;
  path.addRoundedRect(cardRect(), kCorner, kCorner);
  return path;
}

void LayerBlockItem::paint(QPainter* p, const QStyleOptionGraphicsItem*, QWidget*) {
  p->setRenderHint(QPainter::Antialiasing);
  p->setRenderHint(QPainter::TextAntialiasing);
  const QRectF card = cardRect();
  const QColor acc = m_content.error ? errorColour() : accent(m_content.kind);

  // Soft shadow: a few widening translucent layers under the card.
  p->setPen(Qt::NoPen);
  for (int i = 4; i >= 1; --i) {
    QColor s(15, 23, 42, m_dragging ? 16 : 10);
    p->setBrush(s);
    p->drawRoundedRect(card.adjusted(-i, -i + 3, i, i + 3 + (m_dragging ? 4 : 0)), kCorner + i, kCorner + i);
  }

  // Card body.
  QPainterPath body;
  body.addRoundedRect(card, kCorner, kCorner);
  p->setBrush(m_content.error ? cardErrorColour() : cardColour());
  QPen border(isSelected() ? acc : cardBorderColour(), (isSelected() || m_content.error ? 2.5 : 1.2) * lineScale());
  if (m_content.error) border.setColor(errorColour());
  p->setPen(Qt::NoPen);
  p->drawPath(body);

  // Header band in the layer's colour.
  QPainterPath header;
  header.addRect(card.left(), card.top(), card.width(), kHeaderHeight);
  p->setBrush(acc);
  p->drawPath(body.intersected(header));

  p->setPen(Qt::white);
  p->setFont(titleFont());
  const QRectF titleRect(card.left() + 14, card.top() + 7, card.width() - 40, 20);
  p->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
              QFontMetricsF(titleFont()).elidedText(m_content.title, Qt::ElideRight, titleRect.width()));
  p->setFont(bodyFont());
  QColor sub(255, 255, 255, 225);
  p->setPen(sub);
  // Long translations are elided rather than spilling out of the card.
  const QRectF subRect(card.left() + 14, card.top() + 27, card.width() - 28, 18);
  p->drawText(subRect, Qt::AlignLeft | Qt::AlignVCenter,
              QFontMetricsF(bodyFont()).elidedText(m_content.subtitle, Qt::ElideRight, subRect.width()));

  // Problem badge in the header's corner.
  if (m_content.error || m_content.warning) {
    const QRectF badge(card.right() - 30, card.top() + 9, 20, 20);
    p->setPen(Qt::NoPen);
    p->setBrush(Qt::white);
    p->drawEllipse(badge);
    p->setPen(m_content.error ? errorColour() : warningColour());
    QFont f = titleFont();
    f.setBold(true);
    p->setFont(f);
    p->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
  }

  paintNeurons(p, acc);

  // Footer: shape and parameters.
  const double footerTop = kHeaderHeight + kStepperBand + m_neuronArea;
  p->setPen(QPen(cardBorderColour(), 1.0));
  p->drawLine(QPointF(card.left() + 12, footerTop), QPointF(card.right() - 12, footerTop));
  p->setFont(bodyFont());
  p->setPen(textColour());
  p->drawText(QRectF(card.left() + 8, footerTop + 5, card.width() - 16, 18), Qt::AlignCenter,
              m_content.shape);
  p->setFont(smallFont());
  p->setPen(mutedTextColour());
  p->drawText(QRectF(card.left() + 8, footerTop + 23, card.width() - 16, 16), Qt::AlignCenter,
              m_content.params);
  if (m_content.stepper) paintStepper(p, acc);

  // Border last so it sits above the header band.
  p->setBrush(Qt::NoBrush);
  p->setPen(border);
  p->drawRoundedRect(card, kCorner, kCorner);
}

namespace {
// acc mixed with white: a soft tint that keeps the hue (QColor::lighter saturates some hues).
QColor tint(const QColor& acc, double amount) {
  return QColor::fromRgbF(static_cast<float>(acc.redF() + (1.0 - acc.redF()) * amount),
                          static_cast<float>(acc.greenF() + (1.0 - acc.greenF()) * amount),
                          static_cast<float>(acc.blueF() + (1.0 - acc.blueF()) * amount));
}
} // namespace

void LayerBlockItem::paintNeurons(QPainter* p, const QColor& acc) {
  const QColor fill = tint(acc, 0.8);
  const bool input = m_content.kind == BlockKind::Input;
  const bool output = m_content.kind == BlockKind::Output;
  for (int s = 0; s < slotCount(); ++s) {
    const QPointF c = slotCentre(s);
    const int unit = unitOfSlot(s);
    if (unit < 0) {
      p->setPen(mutedTextColour());
      p->setFont(smallFont());
      p->drawText(QRectF(c.x() - 40, c.y() - 10, 80, 20), Qt::AlignCenter,
                  QStringLiteral("…%1").arg(m_content.neurons - 2 * kCollapsedSide));
      continue;
    }
    const QRectF circle(c.x() - kNeuronRadius, c.y() - kNeuronRadius, 2 * kNeuronRadius, 2 * kNeuronRadius);
    if (unit < m_neuronImages.size() && !m_neuronImages[unit].isNull()) {
      QPainterPath clip;
      clip.addEllipse(circle);
      p->save();
      p->setClipPath(clip);
      p->drawImage(circle, m_neuronImages[unit]);
      p->restore();
      p->setBrush(Qt::NoBrush);
    } else {
      p->setBrush(fill);
    }
    p->setPen(QPen(acc, 1.6 * lineScale()));
    p->drawEllipse(circle);
    // Input features are x₁, x₂, …; outputs are ŷ₁, ŷ₂, … (just ŷ for a single output).
    if (input || output) {
      static const QString subscripts = QStringLiteral("₀₁₂₃₄₅₆₇₈₉");
      QString index;
      for (QChar d : QString::number(unit + 1)) index += subscripts.at(d.digitValue());
      const QString label =
          input ? QStringLiteral("x") + index
                : (m_content.neurons == 1 ? QStringLiteral("ŷ") : QStringLiteral("ŷ") + index);
      p->setFont(bodyFont());
      p->setPen(mutedTextColour());
      const QRectF r = input ? QRectF(c.x() - kNeuronRadius - 46, c.y() - 10, 40, 20)
                             : QRectF(c.x() + kNeuronRadius + 6, c.y() - 10, 40, 20);
      p->drawText(r, (input ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter, label);
    }
  }
}

void LayerBlockItem::paintStepper(QPainter* p, const QColor& acc) {
  const QRectF m = minusRect();
  const QRectF pl = plusRect();
  const QRectF pill(m.left(), m.top(), pl.right() - m.left(), m.height());
  p->setPen(QPen(cardBorderColour(), 1.0));
  p->setBrush(stepperColour());
  p->drawRoundedRect(pill, pill.height() / 2, pill.height() / 2);
  for (int sign : {-1, 1}) {
    const QRectF r = (sign < 0 ? m : pl).adjusted(3, 3, -3, -3);
    p->setPen(Qt::NoPen);
    p->setBrush(m_hoveredButton == sign ? acc : tint(acc, 0.78));
    p->drawEllipse(r);
    p->setPen(QPen(m_hoveredButton == sign ? QColor(Qt::white) : acc, 2.0, Qt::SolidLine, Qt::RoundCap));
    const QPointF c = r.center();
    p->drawLine(c + QPointF(-5, 0), c + QPointF(5, 0));
    if (sign > 0) p->drawLine(c + QPointF(0, -5), c + QPointF(0, 5));
  }
  QFont f = bodyFont();
  f.setWeight(QFont::DemiBold);
  p->setFont(f);
  p->setPen(textColour());
  p->drawText(QRectF(m.right(), pill.top(), pl.left() - m.right(), pill.height()), Qt::AlignCenter,
              m_content.stepperText.isEmpty() ? QString::number(m_content.units) : m_content.stepperText);
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
  if (!m_pressed || isInput()) return;
  const QPointF delta = e->scenePos() - m_pressScenePos;
  if (!m_dragging && delta.manhattanLength() < QApplication::startDragDistance()) return;
  if (!m_dragging) {
    m_dragging = true;
    setZValue(10.0);
    setCursor(Qt::ClosedHandCursor);
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
  const bool overStepper = e->pos().y() >= kHeaderHeight && e->pos().y() <= kHeaderHeight + kStepperBand;
  if (!m_content.stepper || e->modifiers() & Qt::ControlModifier || e->delta() == 0 ||
      !(overStepper || isSelected())) {
    e->ignore();
    return;
  }
  m_scene->selectOnly(m_id);
  m_scene->stepLayer(m_id, e->delta() > 0 ? 1 : -1);
  e->accept();
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
  setCursor(hovered != 0 ? Qt::PointingHandCursor : isInput() ? Qt::ArrowCursor : Qt::OpenHandCursor);
}

void LayerBlockItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*) {
  m_hoveredButton = 0;
  unsetCursor();
  update();
}

QVariant LayerBlockItem::itemChange(GraphicsItemChange change, const QVariant& value) {
  if (change == ItemPositionHasChanged && m_scene) m_scene->blockMoved(this);
  return QGraphicsItem::itemChange(change, value);
}
