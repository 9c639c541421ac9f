#pragma once
// The lines between two columns of the canvas as plain data, drawn either directly or into a picture on
// a pool thread. While a network trains its weights change every frame, and stroking a few hundred wide
// antialiased curves (a 16 × 16 layer has 256) took about 20 ms of the GUI thread per frame, most of
// the canvas's time. In the view the lines are drawn off the GUI thread instead, at most
// kPicturesPerSecond times a second, and the canvas shows the latest finished picture (a frame or two
// behind the weights) while the next one is drawn. Where there is no picture for the current zoom and
// place yet, and in exports, the item draws the lines directly.
#include <QColor>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QPointF>
#include <QRectF>

#include <functional>
#include <memory>
#include <vector>

class QPainter;

class EdgePicture {
public:
  static constexpr int kPicturesPerSecond = 15;

  struct Style {
    QColor neutral;
    QColor positive;
    QColor negative;
    double width = 1.0;    // the pen of a line of strength 0, before the weight's share
    bool weighted = false; // false: every line neutral
    bool operator==(const Style&) const = default;
  };
  struct Line {
    QPointF from; // item coordinates, at the neurons' rims
    QPointF to;
    double strength = 0.0; // |w| / max |w| in [0, 1]
    bool negative = false;
  };
  struct Lines {
    std::vector<Line> lines;
    Style style;
    QRectF bounds; // item coordinates the picture covers
  };

  // Draws the lines with `p`, in item coordinates.
  static void draw(QPainter* p, const Lines& lines);
  // The lines at `scale` device pixels per unit, on a transparent picture of bounds × scale.
  static QImage render(const Lines& lines, double scale);

  EdgePicture() = default;
  EdgePicture(const EdgePicture&) = delete;
  EdgePicture& operator=(const EdgePicture&) = delete;
  ~EdgePicture();

  // The last finished picture when it was drawn for these bounds, style and scale; null otherwise.
  const QImage* latest(const QRectF& bounds, const Style& style, double scale) const;
  // True when the last finished picture shows request `version`.
  bool shows(int version) const { return !m_picture.isNull() && m_pictureVersion == version; }
  // Draws `lines` on a pool thread; `ready` runs on the GUI thread when the picture is there. While a
  // picture is being drawn, or the last one started less than 1/kPicturesPerSecond s ago, the newest
  // request waits (replacing any older waiting one).
  void request(Lines lines, double scale, int version, std::function<void()> ready);

private:
  struct Job {
    Lines lines;
    double scale = 1.0;
    int version = 0;
  };
  void startOrWait();
  void start(Job job);

  std::unique_ptr<QFutureWatcher<QImage>> m_watcher;
  QElapsedTimer m_lastStart;
  bool m_timerPending = false;
  Job m_running;
  std::unique_ptr<Job> m_waiting;
  std::function<void()> m_ready;
  QImage m_picture;
  QRectF m_pictureBounds;
  Style m_pictureStyle;
  double m_pictureScale = 0.0;
  int m_pictureVersion = -1;
};
