#include "GlyphPainter.h"

#include "StrokeFont.h"

#include <algorithm>
#include <limits>
#include <numbers>
#include <random>

namespace neurona {

std::vector<std::string> GlyphPainter::classNames() const {
  std::vector<std::string> names;
  for (int d = 0; d < StrokeFont::kDigits; ++d) names.push_back(std::to_string(d));
  return names;
}

void GlyphPainter::paint(int label, GrayImage& image, Rng& rng) const {
  const double n = image.size();
  auto uniform = [&rng](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
  const double height = uniform(0.6, 0.85) * n;
  const double turn = uniform(-15.0, 15.0) * std::numbers::pi / 180.0;
  const double halfWidth = uniform(0.04, 0.065) * n;

  // The strokes scaled and turned about the unit box's centre: q = R (height (p - (0.5, 0.5))).
  std::vector<StrokeFont::Stroke> strokes = StrokeFont::digit(label);
  const double inf = std::numeric_limits<double>::infinity();
  Vec2 lo{inf, inf};
  Vec2 hi{-inf, -inf};
  for (auto& stroke : strokes)
    for (Vec2& p : stroke) {
      p = rotated(height * (p - Vec2{0.5, 0.5}), turn);
      lo = {std::min(lo.x, p.x), std::min(lo.y, p.y)};
      hi = {std::max(hi.x, p.x), std::max(hi.y, p.y)};
    }
  // Shifted so that the strokes with their width lie inside [0, n] (centred when they cannot).
  auto shift = [&](double min, double max) {
    const double from = halfWidth - min;
    const double to = n - halfWidth - max;
    return from < to ? uniform(from, to) : (from + to) / 2;
  };
  const Vec2 offset{shift(lo.x, hi.x), shift(lo.y, hi.y)};
  for (auto& stroke : strokes)
    for (Vec2& p : stroke) p = p + offset;

  image.paint([&](Vec2 p) {
    double nearest = inf;
    for (const auto& stroke : strokes) nearest = std::min(nearest, polylineDistance(p, stroke));
    return nearest - halfWidth;
  });
}

} // namespace neurona
