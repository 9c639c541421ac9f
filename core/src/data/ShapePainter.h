#pragma once
// Internal to the image generators: "shapes", a filled circle, square, triangle or cross (labels 0..3)
// of random size and position, the three with corners turned by a random angle of up to 20 degrees.
#include "ImagePainter.h"

namespace neurona {

class ShapePainter final : public ImagePainter {
public:
  enum class Shape { Circle, Square, Triangle, Cross };

  std::vector<std::string> classNames() const override;
  void paint(int label, GrayImage& image, Rng& rng) const override;
};

} // namespace neurona
