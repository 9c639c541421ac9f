#pragma once
// Internal to the image generators: "bars", one horizontal (label 0) or vertical (label 1) bar of random
// length (half to nine tenths of the picture), thickness (1.5 pixels to a quarter of the picture) and
// position.
#include "ImagePainter.h"

namespace neurona {

class BarPainter final : public ImagePainter {
public:
  std::vector<std::string> classNames() const override;
  void paint(int label, GrayImage& image, Rng& rng) const override;
};

} // namespace neurona
