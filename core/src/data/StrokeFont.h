#pragma once
// Internal to the image generators: the digits 0-9 as strokes, a small font of our own. Each digit is a
// few polylines (arcs are polylines of short steps) in the unit box, x to the right and y down, the
// digit about 0.55 wide and 0.8 tall around the box's centre (0.5, 0.5).
#include "SignedDistance.h"

#include <vector>

namespace neurona {

class StrokeFont {
public:
  using Stroke = std::vector<Vec2>;

  static constexpr int kDigits = 10;
  // The strokes of digit d (0..9).
  static const std::vector<Stroke>& digit(int d);
};

} // namespace neurona
