#include "BarPainter.h"

#include <algorithm>
#include <array>
#include <random>

namespace neurona {

std::vector<std::string> BarPainter::classNames() const { return {"horizontal", "vertical"}; }

void BarPainter::paint(int label, GrayImage& image, Rng& rng) const {
  const double n = image.size();
  auto uniform = [&rng](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
  const double length = uniform(0.5, 0.9) * n;
  const double thickness = uniform(1.5, std::max(2.0, 0.25 * n));
  const double start = uniform(0, n - length);                     // along the bar
  const double middle = uniform(thickness / 2, n - thickness / 2); // across it
  // Drawn horizontal; a vertical bar is the same rectangle with x and y swapped.
  std::array<Vec2, 4> corners{
      Vec2{start, middle - thickness / 2}, Vec2{start + length, middle - thickness / 2},
      Vec2{start + length, middle + thickness / 2}, Vec2{start, middle + thickness / 2}};
  if (label == 1)
    for (Vec2& c : corners) std::swap(c.x, c.y);
  image.paint([&](Vec2 p) { return convexPolygonDistance(p, corners); });
}

} // namespace neurona
