#include "ui/images/PadCanvas.h"

#include <QImage>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace {

// Distance from p to the segment a–b.
double segmentDistance(QPointF p, QPointF a, QPointF b) {
  const QPointF ab = b - a;
  const double length2 = QPointF::dotProduct(ab, ab);
  const double t = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
  const QPointF nearest = a + t * ab;
  return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

} // namespace

PadCanvas::PadCanvas(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("padCanvas"));
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  setAttribute(Qt::WA_OpaquePaintEvent);
  setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  setImageSize(16, 16);
}

void PadCanvas::setImageSize(int height, int width) {
  m_height = std::max(1, height);
  m_width = std::max(1, width);
  const auto n = static_cast<std::size_t>(m_height) * static_cast<std::size_t>(m_width);
  m_base.assign(n, 0.0);
  m_stroke.assign(n, 0.0);
  m_pixels.assign(n, 0.0);
  m_drawing = false;
  m_penDown = false;
  m_pen = QPoint(m_width / 2, m_height / 2);
  updateGeometry();
  update();
  emit pixelsChanged();
}

bool PadCanvas::isBlank() const {
  return std::all_of(m_pixels.begin(), m_pixels.end(), [](double v) { return v == 0.0; });
}

void PadCanvas::clear() {
  std::fill(m_base.begin(), m_base.end(), 0.0);
  std::fill(m_stroke.begin(), m_stroke.end(), 0.0);
  std::fill(m_pixels.begin(), m_pixels.end(), 0.0);
  update();
  emit pixelsChanged();
}

double PadCanvas::brushRadius() const { return std::max(0.6, 0.055 * std::min(m_height, m_width)); }

QRect PadCanvas::imageRect() const {
  const QRect room = rect().adjusted(3, 3, -3, -3);
  double scale =
      std::min(static_cast<double>(room.width()) / m_width, static_cast<double>(room.height()) / m_height);
  // Whole pixels on screen once there is room for that, so the grid is even.
  if (scale >= 2.0) scale = std::floor(scale);
  const int w = std::max(1, static_cast<int>(std::lround(scale * m_width)));
  const int h = std::max(1, static_cast<int>(std::lround(scale * m_height)));
  return {room.left() + (room.width() - w) / 2, room.top() + (room.height() - h) / 2, w, h};
}

QPointF PadCanvas::toImage(QPointF widgetPos) const {
  const QRect r = imageRect();
  return {(widgetPos.x() - r.left()) * m_width / r.width(),
          (widgetPos.y() - r.top()) * m_height / r.height()};
}

QSize PadCanvas::sizeHint() const {
  const int cell = std::max(4, 192 / std::max(m_height, m_width)); // leaves the pad's controls room at 720 px
  return {cell * m_width + 6, cell * m_height + 6};
}

QSize PadCanvas::minimumSizeHint() const {
  const int cell = std::max(2, 128 / std::max(m_height, m_width));
  return {cell * m_width + 6, cell * m_height + 6};
}

void PadCanvas::stroke(QPointF a, QPointF b) {
  const double r = brushRadius();
  const double reach = r + 0.5; // beyond it the coverage is 0
  const int col0 = std::max(0, static_cast<int>(std::floor(std::min(a.x(), b.x()) - reach)));
  const int col1 = std::min(m_width - 1, static_cast<int>(std::ceil(std::max(a.x(), b.x()) + reach)));
  const int row0 = std::max(0, static_cast<int>(std::floor(std::min(a.y(), b.y()) - reach)));
  const int row1 = std::min(m_height - 1, static_cast<int>(std::ceil(std::max(a.y(), b.y()) + reach)));
  for (int row = row0; row <= row1; ++row)
    for (int col = col0; col <= col1; ++col) {
      const auto i =
          static_cast<std::size_t>(row) * static_cast<std::size_t>(m_width) + static_cast<std::size_t>(col);
      // The box filter of GrayImage::paint: coverage = clamp(0.5 − (d − r), 0, 1) at the pixel's centre.
      const double coverage =
          std::clamp(0.5 + r - segmentDistance(QPointF(col + 0.5, row + 0.5), a, b), 0.0, 1.0);
      if (coverage <= m_stroke[i]) continue;
      // Within a stroke the segments combine by the largest coverage, so the joints are not painted twice.
      m_stroke[i] = coverage;
      m_pixels[i] =
          m_strokeErases ? std::max(0.0, m_base[i] - coverage) : std::min(1.0, m_base[i] + coverage);
    }
  update();
  emit pixelsChanged();
}

void PadCanvas::endStroke() {
  m_drawing = false;
  m_base = m_pixels;
  std::fill(m_stroke.begin(), m_stroke.end(), 0.0);
}

void PadCanvas::mousePressEvent(QMouseEvent* e) {
  if (e->button() != Qt::LeftButton && e->button() != Qt::RightButton) return QWidget::mousePressEvent(e);
  if (m_penDown) liftPen();
  if (m_drawing) endStroke();
  m_drawing = true;
  m_strokeErases = e->button() == Qt::RightButton || m_erasing;
  m_last = toImage(e->position());
  stroke(m_last, m_last);
  e->accept();
}

void PadCanvas::mouseMoveEvent(QMouseEvent* e) {
  const QPointF p = toImage(e->position());
  m_hover = p;
  if (m_drawing) {
    // The segment from the last position, so a quick movement still draws a continuous line.
    stroke(m_last, p);
    m_last = p;
  } else {
    update();
  }
}

void PadCanvas::mouseReleaseEvent(QMouseEvent* e) {
  if (!m_drawing) return QWidget::mouseReleaseEvent(e);
  const QPointF p = toImage(e->position());
  if (p != m_last) stroke(m_last, p);
  endStroke();
}

bool PadCanvas::ownsKey(const QKeyEvent* e) const {
  if (e->modifiers() & ~Qt::KeypadModifier) return false; // Ctrl+→ and the like stay the window's
  switch (e->key()) {
  case Qt::Key_Left:
  case Qt::Key_Right:
  case Qt::Key_Up:
  case Qt::Key_Down:
  case Qt::Key_Space: return true;
  case Qt::Key_Escape: return m_penDown; // otherwise the window's (leaving presentation mode)
  default: return false;
  }
}

bool PadCanvas::event(QEvent* e) {
  if (e->type() == QEvent::ShortcutOverride && ownsKey(static_cast<QKeyEvent*>(e))) {
    e->accept();
    return true;
  }
  return QWidget::event(e);
}

void PadCanvas::keyPressEvent(QKeyEvent* e) {
  if (!ownsKey(e)) return QWidget::keyPressEvent(e);
  const auto centre = [](QPoint pixel) { return QPointF(pixel.x() + 0.5, pixel.y() + 0.5); };
  QPoint next = m_pen;
  switch (e->key()) {
  case Qt::Key_Left: next.rx() -= 1; break;
  case Qt::Key_Right: next.rx() += 1; break;
  case Qt::Key_Up: next.ry() -= 1; break;
  case Qt::Key_Down: next.ry() += 1; break;
  case Qt::Key_Escape: liftPen(); return;
  case Qt::Key_Space:
    if (m_penDown) {
      liftPen();
    } else if (!m_drawing) { // not in the middle of a mouse stroke
      m_penDown = true;
      m_strokeErases = m_erasing;
      stroke(centre(m_pen), centre(m_pen));
    }
    return;
  default: break;
  }
  next = QPoint(std::clamp(next.x(), 0, m_width - 1), std::clamp(next.y(), 0, m_height - 1));
  if (next == m_pen) return;
  const QPoint from = m_pen;
  m_pen = next;
  if (m_penDown)
    stroke(centre(from), centre(m_pen));
  else
    update();
}

void PadCanvas::liftPen() {
  if (!m_penDown) return;
  m_penDown = false;
  endStroke();
  update();
}

void PadCanvas::focusOutEvent(QFocusEvent* e) {
  liftPen();
  QWidget::focusOutEvent(e);
}

void PadCanvas::leaveEvent(QEvent* e) {
  m_hover = QPointF(-1, -1);
  update();
  QWidget::leaveEvent(e);
}

void PadCanvas::paintEvent(QPaintEvent* e) {
  Q_UNUSED(e);
  QPainter painter(this);
  painter.fillRect(rect(), palette().color(QPalette::Window));
  const QRect r = imageRect();
  QImage image(m_width, m_height, QImage::Format_Grayscale8);
  for (int row = 0; row < m_height; ++row) {
    uchar* line = image.scanLine(row);
    for (int col = 0; col < m_width; ++col)
      line[col] =
          static_cast<uchar>(std::lround(255.0 * m_pixels[static_cast<std::size_t>(row * m_width + col)]));
  }
  // Light ink on black, as the gallery shows samples: a pixel's brightness is its value.
  painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
  painter.drawImage(r, image);

  // The pixel grid, faint, once cells are large enough to see it between them.
  const double cell = static_cast<double>(r.width()) / m_width;
  if (cell >= 6) {
    painter.setPen(QPen(QColor(128, 128, 128, 90), 1));
    for (int col = 1; col < m_width; ++col) {
      const int x = r.left() + static_cast<int>(std::lround(col * cell));
      painter.drawLine(x, r.top(), x, r.bottom());
    }
    const double cellH = static_cast<double>(r.height()) / m_height;
    for (int row = 1; row < m_height; ++row) {
      const int y = r.top() + static_cast<int>(std::lround(row * cellH));
      painter.drawLine(r.left(), y, r.right(), y);
    }
  }
  painter.setPen(QPen(hasFocus() ? palette().color(QPalette::Highlight) : palette().color(QPalette::Mid),
                      hasFocus() ? 3 : 1));
  painter.drawRect(r.adjusted(-1, -1, 0, 0));

  // The keyboard pen, while the pad has the focus: its pixel framed, filled while the pen is down.
  if (hasFocus()) {
    const double cellH = static_cast<double>(r.height()) / m_height;
    const QRectF box(r.left() + m_pen.x() * cell, r.top() + m_pen.y() * cellH, cell, cellH);
    const QColor pen = m_erasing ? QColor(230, 120, 0) : QColor(0, 160, 230);
    painter.setPen(QPen(pen, 2));
    painter.setBrush(m_penDown ? QColor(pen.red(), pen.green(), pen.blue(), 110) : QColor(Qt::transparent));
    painter.drawRect(box.adjusted(1, 1, -1, -1));
    painter.setBrush(Qt::NoBrush);
  }

  // The brush's reach under the pointer: where a stroke here would leave any ink.
  if (m_hover.x() >= 0 && m_hover.y() >= 0 && m_hover.x() <= m_width && m_hover.y() <= m_height) {
    painter.setRenderHint(QPainter::Antialiasing, true);
    const QPointF centre(r.left() + m_hover.x() * cell, r.top() + m_hover.y() * cell);
    const double radius = (brushRadius() + 0.5) * cell;
    painter.setPen(QPen(m_erasing ? QColor(230, 120, 0) : QColor(0, 160, 230), 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(centre, radius, radius);
  }
}
