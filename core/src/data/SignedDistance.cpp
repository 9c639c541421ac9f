#include "SignedDistance.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace neurona {

Vec2 rotated(Vec2 p, double radians) {
  // Screen coordinates have y pointing down, so counterclockwise on screen is the usual rotation
  // with the sign of the angle flipped: (x cos a + y sin a, -x sin a + y cos a).
  const double c = std::cos(radians);
  const double s = std::sin(radians);
  return {c * p.x + s * p.y, -s * p.x + c * p.y};
}

double segmentDistance(Vec2 p, Vec2 a, Vec2 b) {
  // The closest point is a + t (b - a) with t = clamp((p - a).(b - a) / |b - a|^2, 0, 1).
  const Vec2 ab = b - a;
  const Vec2 ap = p - a;
  const double len2 = ab.x * ab.x + ab.y * ab.y;
  const double t = len2 > 0 ? std::clamp((ap.x * ab.x + ap.y * ab.y) / len2, 0.0, 1.0) : 0.0;
  const Vec2 d = ap - t * ab;
  return std::hypot(d.x, d.y);
}

double discDistance(Vec2 p, Vec2 c, double r) { return std::hypot(p.x - c.x, p.y - c.y) - r; }

double convexPolygonDistance(Vec2 p, std::span<const Vec2> corners) {
  // Outside or inside, the distance to the edge is the nearest edge segment's; p is inside when it
  // lies on the same side of every edge (the cross products (b - a) x (p - a) share one sign).
  double nearest = std::numeric_limits<double>::infinity();
  bool anyLeft = false;
  bool anyRight = false;
  const std::size_t n = corners.size();
  for (std::size_t i = 0; i < n; ++i) {
    const Vec2 a = corners[i];
    const Vec2 b = corners[(i + 1) % n];
    nearest = std::min(nearest, segmentDistance(p, a, b));
    const double cross = (b.x - a.x) * (p.y - a.y) - (b.y - a.y) * (p.x - a.x);
    anyLeft = anyLeft || cross > 0;
    anyRight = anyRight || cross < 0;
  }
  return anyLeft && anyRight ? nearest : -nearest;
}

double polylineDistance(Vec2 p, std::span<const Vec2> points) {
  if (points.empty()) return std::numeric_limits<double>::infinity();
  double nearest = segmentDistance(p, points[0], points[0]);
  for (std::size_t i = 1; i < points.size(); ++i)
    nearest = std::min(nearest, segmentDistance(p, points[i - 1], points[i]));
  return nearest;
}

} // namespace neurona
