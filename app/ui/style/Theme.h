#pragma once
// The look every view shares in one place: which class palette and boundary map to draw with, whether
// the high-contrast palette is on, and the presentation scale for a projector. Plots and the canvas
// read colours from here and redraw on `changed()`; they rescale their own fonts and pens on
// `scaleChanged()`. PresentationController is the one that changes it (from the View menu).
#include <QColor>
#include <QObject>
#include <QPalette>

class Theme : public QObject {
  Q_OBJECT
public:
  // The application-wide theme (lives until the program ends).
  static Theme& instance();

  bool colorBlindSafe() const { return m_colorBlindSafe; }
  bool highContrast() const { return m_highContrast; }
  double scale() const { return m_scale; } // 1 = normal; 1.5 = fonts 50 % larger

  // The colour of class k (0-based) in the current class palette.
  QColor classColor(int k) const;
  // The current diverging map, t in [−1, 1]: −1 = class 0's colour side, 0 = neutral, +1 = class 1's.
  QColor diverging(double t) const;
  // The decision boundary for a binary output p = P(class 1) in [0, 1]: diverging(2p − 1).
  QColor boundaryColor(double p) const { return diverging(2.0 * p - 1.0); }
  // Ink for lines and text drawn on a plot or the canvas (white on the high-contrast background).
  QColor foreground() const;
  QColor background() const;
  QColor gridColor() const; // faint lines behind the data
  // A positive or negative value drawn as a line (a weight on the canvas): the two ends of the
  // diverging map, so signs read the same as in the neuron maps. On black the lighter quarter-way
  // colours, since the dark ends would vanish.
  QColor signColor(bool positive) const;

  // Curves and data points: thicker and larger in high contrast, and growing with the presentation scale.
  double lineWidth() const;
  double markerSize() const; // diameter in pixels

  // Black background, white text, yellow selection and cyan links (WCAG contrast ≥ 7:1).
  static QPalette highContrastPalette();

public slots:
  void setColorBlindSafe(bool on);
  void setHighContrast(bool on);
  void setScale(double scale);

signals:
  void changed(); // palette choice or high contrast changed: redraw with the new colours
  void scaleChanged(double scale);

private:
  Theme() = default;

  bool m_colorBlindSafe = true;
  bool m_highContrast = false;
  double m_scale = 1.0;
};
