#include "ui/canvas/EdgePicture.h"

#include <QPainter>
#include <QPainterPath>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

void EdgePicture::draw(QPainter* p, const Lines& lines) {
  p->setRenderHint(QPainter::Antialiasing);
  p->setBrush(Qt::NoBrush);
  const Style& s = lines.style;
  p->setPen(QPen(s.neutral, 1.1 * s.width));
  for (const Line& l : lines.lines) {
    if (s.weighted) {
      QColor c = l.negative ? s.negative : s.positive;
      c.setAlphaF(static_cast<float>(0.25 + 0.65 * l.strength));
      p->setPen(QPen(c, (0.6 + 3.4 * l.strength) * s.width, Qt::SolidLine, Qt::RoundCap));
    }
    // A gentle S-curve reads better than a straight line when many edges cross.
    const double dx = (l.to.x() - l.from.x()) * 0.45;
    QPainterPath path(l.from);
    path.cubicTo(l.from + QPointF(dx, 0), l.to - QPointF(dx, 0), l.to);
    p->drawPath(path);
  }
}

QImage EdgePicture::render(const Lines& lines, double scale) {
  const QSize size(static_cast<int>(std::ceil(lines.bounds.width() * scale)),
                   static_cast<int>(std::ceil(lines.bounds.height() * scale)));
  if (size.isEmpty() || size.width() > 16384 || size.height() > 16384) return {};
  QImage image(size, QImage::Format_ARGB32_Premultiplied);
  image.fill(Qt::transparent);
  QPainter p(&image);
  p.scale(scale, scale);
  p.translate(-lines.bounds.topLeft());
  draw(&p, lines);
  p.end();
  image.setDevicePixelRatio(scale); // drawn at bounds.topLeft(), it covers exactly `bounds`
  return image;
}

EdgePicture::~EdgePicture() {
  // The drawing thread holds copies of all it reads, but no picture may still be drawn when the
  // application ends: wait for it (one picture, a few milliseconds), without the notice of its end.
  if (!m_watcher) return;
  m_watcher->disconnect();
  m_watcher->waitForFinished();
}

const QImage* EdgePicture::latest(const QRectF& bounds, const Style& style, double scale) const {
  if (m_picture.isNull() || bounds != m_pictureBounds || !(style == m_pictureStyle) ||
      std::abs(scale - m_pictureScale) > 1e-6)
    return nullptr;
  return &m_picture;
}

void EdgePicture::request(Lines lines, double scale, int version, std::function<void()> ready) {
  m_ready = std::move(ready);
  m_waiting = std::make_unique<Job>(Job{std::move(lines), scale, version});
  startOrWait();
}

void EdgePicture::startOrWait() {
  if (!m_waiting || m_timerPending || (m_watcher && m_watcher->isRunning())) return;
  const qint64 interval = 1000 / kPicturesPerSecond;
  const qint64 since = m_lastStart.isValid() ? m_lastStart.elapsed() : interval;
  if (since < interval) {
    m_timerPending = true;
    QTimer::singleShot(interval - since, m_watcher.get(), [this] {
      m_timerPending = false;
      startOrWait();
    });
    return;
  }
  Job job = std::move(*m_waiting);
  m_waiting.reset();
  start(std::move(job));
}

void EdgePicture::start(Job job) {
  if (!m_watcher) {
    m_watcher = std::make_unique<QFutureWatcher<QImage>>();
    QObject::connect(m_watcher.get(), &QFutureWatcher<QImage>::finished, m_watcher.get(), [this] {
      m_picture = m_watcher->result();
      m_pictureBounds = m_running.lines.bounds;
      m_pictureStyle = m_running.lines.style;
      m_pictureScale = m_running.scale;
      m_pictureVersion = m_running.version;
      if (m_ready) m_ready();
      startOrWait();
    });
  }
  m_running = std::move(job);
  m_lastStart.start();
  m_watcher->setFuture(
      QtConcurrent::run([lines = m_running.lines, scale = m_running.scale] { return render(lines, scale); }));
}
