#pragma once
// Internal to the image generators: a square grayscale picture, values in [0, 1] (0 the background),
// that shapes are painted into with one pixel of anti-aliasing.
#include "SignedDistance.h"
#include "neurona/core/Types.h"

#include <algorithm>
#include <vector>

namespace neurona {

class GrayImage {
public:
  explicit GrayImage(int size);

  int size() const { return m_size; }
  // Row-major, pixel (row, col) at row * size + col.
  const std::vector<double>& pixels() const { return m_pixels; }
  double at(int row, int col) const { return m_pixels[index(row, col)]; }

  // Paints the shape whose signed distance (in pixels) `distance` gives at a point. A pixel is the unit
  // square around its centre (col + 0.5, row + 0.5) and takes the coverage clamp(0.5 - d, 0, 1) at its
  // centre, a box filter one pixel wide: 1 well inside, 0 well outside, the fraction in between along
  // an edge. Shapes combine by the largest coverage, so overlaps stay within 1.
  template <class Distance> void paint(const Distance& distance) {
    for (int row = 0; row < m_size; ++row)
      for (int col = 0; col < m_size; ++col) {
        const double coverage = std::clamp(0.5 - distance(Vec2{col + 0.5, row + 0.5}), 0.0, 1.0);
        double& pixel = m_pixels[index(row, col)];
        pixel = std::max(pixel, coverage);
      }
  }

  // Adds Gaussian noise of standard deviation sigma to every pixel, then clamps to [0, 1].
  void addNoise(double sigma, Rng& rng);

private:
  std::size_t index(int row, int col) const {
    return static_cast<std::size_t>(row) * static_cast<std::size_t>(m_size) + static_cast<std::size_t>(col);
  }

  int m_size;
  std::vector<double> m_pixels;
};

} // namespace neurona
