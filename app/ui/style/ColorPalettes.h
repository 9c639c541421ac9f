#pragma once
// Fixed colour tables for classes and for diverging maps (decision boundary, weights).
// Standard: Tableau-like hues and a blue–white–red map. Colour-blind safe: the Okabe–Ito palette
// (Okabe & Ito 2008, "Color Universal Design"), distinguishable with protanopia, deuteranopia and
// tritanopia, and a blue–orange diverging map whose ends differ in lightness as well as hue.
#include <QColor>

class ColorPalettes {
public:
  static constexpr int kClassColors = 8; // the palettes repeat after this many classes

  // The k-th colour (k ≥ 0; wraps around) of each class palette.
  static QColor standardClass(int k); // blue, red, green, orange, purple, brown, pink, grey
  static QColor
  okabeIto(int k); // blue, orange, bluish green, vermillion, reddish purple, sky blue, yellow, black

  // Diverging maps, t in [−1, 1] (clamped): −1 is class 0's side, 0 the neutral middle, +1 class 1's side.
  static QColor blueRed(double t);    // standard: blue → near-white → red
  static QColor blueOrange(double t); // colour-blind safe: blue → near-white → orange

  // Linear interpolation in sRGB between a (s = 0) and b (s = 1), alpha included.
  static QColor mix(const QColor& a, const QColor& b, double s);
};
