#pragma once
// Internal to the image generators: "glyphs", the digits 0-9 (label = digit) of StrokeFont drawn at a
// random height (0.6 to 0.85 of the picture), turned by up to 15 degrees either way, with strokes 0.08
// to 0.13 of the picture wide (1.3 to 2.1 pixels at 16), shifted anywhere the whole digit still fits.
#include "ImagePainter.h"

namespace neurona {

class GlyphPainter final : public ImagePainter {
public:
  std::vector<std::string> classNames() const override;
  void paint(int label, GrayImage& image, Rng& rng) const override;
};

} // namespace neurona
