#include "StrokeFont.h"

#include <array>
#include <cmath>
#include <numbers>

namespace neurona {
namespace {

using Stroke = StrokeFont::Stroke;

// Appends an elliptic arc of centre c and radii rx, ry from angle `from` to `to` (degrees, counted
// counterclockwise from the right as on paper: y = c.y - ry sin a, since y points down), in steps of
// at most 15 degrees.
void appendArc(Stroke& s, Vec2 c, double rx, double ry, double from, double to) {
  const int steps = std::max(1, static_cast<int>(std::ceil(std::abs(to - from) / 15.0)));
  for (int i = 0; i <= steps; ++i) {
    const double a = (from + (to - from) * i / steps) * std::numbers::pi / 180.0;
    s.push_back({c.x + rx * std::cos(a), c.y - ry * std::sin(a)});
  }
}

Stroke arc(Vec2 c, double rx, double ry, double from, double to) {
  Stroke s;
  appendArc(s, c, rx, ry, from, to);
  return s;
}

std::array<std::vector<Stroke>, StrokeFont::kDigits> buildDigits() {
  std::array<std::vector<Stroke>, StrokeFont::kDigits> d;
  d[0] = {arc({0.5, 0.5}, 0.26, 0.4, 0, 360)};
  d[1] = {{{0.34, 0.24}, {0.52, 0.1}, {0.52, 0.9}}, {{0.34, 0.9}, {0.7, 0.9}}};
  // 2: a hook over the top and down the right, a diagonal to the bottom left, a base.
  Stroke two = arc({0.5, 0.33}, 0.25, 0.23, 160, -35);
  two.insert(two.end(), {{0.24, 0.9}, {0.78, 0.9}});
  d[2] = {two};
  // 3: two bowls open to the left, meeting at the middle.
  Stroke three = arc({0.5, 0.3}, 0.23, 0.2, 150, -90);
  appendArc(three, {0.5, 0.7}, 0.26, 0.2, 90, -150);
  d[3] = {three};
  d[4] = {{{0.64, 0.9}, {0.64, 0.1}, {0.2, 0.66}, {0.8, 0.66}}};
  // 5: the flag, the stem down, then a bowl open to the left.
  Stroke five{{0.76, 0.1}, {0.36, 0.1}};
  appendArc(five, {0.5, 0.66}, 0.26, 0.24, 125, -150);
  d[5] = {five};
  // 6: a loop at the bottom and a stem curving up to the right from its left side.
  d[6] = {arc({0.5, 0.67}, 0.25, 0.23, 0, 360),
          {{0.72, 0.12}, {0.52, 0.15}, {0.37, 0.28}, {0.27, 0.48}, {0.25, 0.67}}};
  d[7] = {{{0.22, 0.1}, {0.78, 0.1}, {0.42, 0.9}}};
  d[8] = {arc({0.5, 0.29}, 0.2, 0.19, 0, 360), arc({0.5, 0.7}, 0.25, 0.21, 0, 360)};
  // 9: a loop at the top and a tail down from its right side, curling left.
  d[9] = {arc({0.5, 0.33}, 0.25, 0.23, 0, 360),
          {{0.75, 0.33}, {0.74, 0.55}, {0.65, 0.76}, {0.5, 0.88}, {0.3, 0.9}}};
  return d;
}

} // namespace

const std::vector<Stroke>& StrokeFont::digit(int d) {
  static const std::array<std::vector<Stroke>, kDigits> digits = buildDigits();
  return digits[static_cast<std::size_t>(d)];
}

} // namespace neurona
