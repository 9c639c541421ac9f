#pragma once
// Internal to the image generators: plane geometry in pixel units for drawing with anti-aliasing. A
// shape is given by its signed distance d(p): negative inside, positive outside, |d| the distance to
// its edge (exact for the shapes here, a close bound for unions).
#include <span>

namespace neurona {

struct Vec2 {
  double x = 0;
  double y = 0;
};

inline Vec2 operator+(Vec2 a, Vec2 b) { return {a.x + b.x, a.y + b.y}; }
inline Vec2 operator-(Vec2 a, Vec2 b) { return {a.x - b.x, a.y - b.y}; }
inline Vec2 operator*(double s, Vec2 a) { return {s * a.x, s * a.y}; }

// The point turned by `radians` about the origin (counterclockwise as seen with y pointing up).
Vec2 rotated(Vec2 p, double radians);

// Distance from p to the segment ab (a point when a == b).
double segmentDistance(Vec2 p, Vec2 a, Vec2 b);

// Signed distance to the disc of centre c and radius r.
double discDistance(Vec2 p, Vec2 c, double r);

// Signed distance to the convex polygon with these corners, in order (either orientation).
double convexPolygonDistance(Vec2 p, std::span<const Vec2> corners);

// Distance from p to the polyline through these points (no sign: a stroke is the points within its
// half width, so the stroke's signed distance is this minus the half width).
double polylineDistance(Vec2 p, std::span<const Vec2> points);

} // namespace neurona
