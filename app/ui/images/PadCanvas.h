#pragma once
// The drawing pad's surface: an H × W grayscale picture shown scaled up with its pixel grid, drawn on
// with the mouse. The brush is round and anti-aliased onto the pixel grid the way the `glyphs` generator
// paints its strokes (GrayImage::paint): a pixel whose centre lies d pixels from the stroke's line takes
// the coverage clamp(0.5 + r − d, 0, 1), r the brush radius, so a drawn digit looks like a generated one.
// A stroke adds its coverage to what was there (up to 1); an erasing stroke takes it away.
// The keyboard draws too, for those who cannot use a mouse: the arrow keys move a pen one pixel at a time
// and Space puts it down (a stroke from pixel centre to pixel centre as it moves) or lifts it again.
#include <QWidget>

#include <vector>

class PadCanvas : public QWidget {
  Q_OBJECT
public:
  explicit PadCanvas(QWidget* parent = nullptr);

  // A new picture size; the picture is cleared.
  void setImageSize(int height, int width);
  int imageHeight() const { return m_height; }
  int imageWidth() const { return m_width; }
  // Row-major, pixel (row, col) at row·W + col, in [0, 1] (0 the background), including a stroke in
  // progress.
  const std::vector<double>& pixels() const { return m_pixels; }
  bool isBlank() const;
  void clear();

  // The left button erases instead of drawing (the right button always erases).
  void setErasing(bool on) { m_erasing = on; }
  bool erasing() const { return m_erasing; }
  // In picture pixels: the `glyphs` generator's mean stroke half-width, 0.055 of the picture's side.
  double brushRadius() const;

  // Where the picture is drawn, in widget coordinates, and a widget point in picture coordinates
  // (pixel (row, col) covers [col, col + 1) × [row, row + 1)).
  QRect imageRect() const;
  QPointF toImage(QPointF widgetPos) const;

  // The keyboard pen: the pixel it is over (x = column, y = row) and whether it is down.
  QPoint penPixel() const { return m_pen; }
  bool penDown() const { return m_penDown; }

  QSize sizeHint() const override;
  QSize minimumSizeHint() const override;

signals:
  void pixelsChanged(); // after every change: each mouse move of a stroke, a clear

protected:
  void paintEvent(QPaintEvent* e) override;
  void mousePressEvent(QMouseEvent* e) override;
  void mouseMoveEvent(QMouseEvent* e) override;
  void mouseReleaseEvent(QMouseEvent* e) override;
  void leaveEvent(QEvent* e) override;
  bool event(QEvent* e) override;
  void keyPressEvent(QKeyEvent* e) override;
  void focusOutEvent(QFocusEvent* e) override;

private:
  // Paints the segment a → b (picture coordinates) into the current stroke.
  void stroke(QPointF a, QPointF b);
  void endStroke();
  bool ownsKey(const QKeyEvent* e) const; // the pad's keys win over the window's shortcuts (Space, →)
  void liftPen();

  int m_height = 16;
  int m_width = 16;
  std::vector<double> m_base;   // before the stroke in progress
  std::vector<double> m_stroke; // the stroke's coverage: the largest over its segments
  std::vector<double> m_pixels; // base ± stroke, clamped to [0, 1]
  bool m_erasing = false;
  bool m_drawing = false;
  bool m_strokeErases = false;
  QPointF m_last;
  QPointF m_hover{-1, -1}; // picture coordinates of the pointer, for the brush outline; negative: none
  QPoint m_pen{8, 8};      // the keyboard pen's pixel (column, row)
  bool m_penDown = false;
};
