#include "ShapePainter.h"

#include <algorithm>
#include <array>
#include <numbers>
#include <random>

namespace neurona {

std::vector<std::string> ShapePainter::classNames() const {
  return {"circle", "square", "triangle", "cross"};
}

void ShapePainter::paint(int label, GrayImage& image, Rng& rng) const {
  const auto shape = static_cast<Shape>(label);
  const double n = image.size();
  auto uniform = [&rng](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
  // Every shape fits in a disc of radius r around its centre, which lies wholly inside the picture.
  const double r = uniform(0.22, 0.42) * n;
  const Vec2 centre{uniform(r, n - r), uniform(r, n - r)};
  const double turn = uniform(-20.0, 20.0) * std::numbers::pi / 180.0;
  auto place = [&](Vec2 p) { return centre + rotated(p, turn); };

  switch (shape) {
  case Shape::Circle: image.paint([&](Vec2 p) { return discDistance(p, centre, 0.9 * r); }); break;
  case Shape::Square: {
    // Half side 0.68 r: the corners stay within r at any turn (0.68 * sqrt 2 < 1).
    const double h = 0.68 * r;
    const std::array<Vec2, 4> corners{place({-h, -h}), place({h, -h}), place({h, h}), place({-h, h})};
    image.paint([&](Vec2 p) { return convexPolygonDistance(p, corners); });
    break;
  }
  case Shape::Triangle: {
    // Equilateral with its corners on the circle of radius r, pointing up before the turn.
    std::array<Vec2, 3> corners;
    for (std::size_t k = 0; k < 3; ++k) {
      const double angle = (-90.0 + 120.0 * static_cast<double>(k)) * std::numbers::pi / 180.0;
      corners[k] = place({r * std::cos(angle), r * std::sin(angle)});
    }
    image.paint([&](Vec2 p) { return convexPolygonDistance(p, corners); });
    break;
  }
  case Shape::Cross: {
    // A plus sign: two bars of half length 0.95 r and half width between 0.16 r and 0.26 r (at least
    // 0.7 pixels, so that a small cross is still drawn).
    const double arm = 0.95 * r;
    const double w = std::max(0.7, uniform(0.16, 0.26) * r);
    const std::array<Vec2, 4> across{place({-arm, -w}), place({arm, -w}), place({arm, w}), place({-arm, w})};
    const std::array<Vec2, 4> down{place({-w, -arm}), place({w, -arm}), place({w, arm}), place({-w, arm})};
    image.paint(
        [&](Vec2 p) { return std::min(convexPolygonDistance(p, across), convexPolygonDistance(p, down)); });
    break;
  }
  }
}

} // namespace neurona
