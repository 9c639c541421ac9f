#pragma once
// Internal to the image generators: what draws one class of pictures. Each generator (shapes, bars,
// glyphs) is a painter; ImageDataset turns a painter into a labelled, shuffled, noisy dataset.
#include "GrayImage.h"
#include "neurona/core/Types.h"

#include <string>
#include <vector>

namespace neurona {

class ImagePainter {
public:
  virtual ~ImagePainter() = default;
  // The class names in label order; their count is the number of classes.
  virtual std::vector<std::string> classNames() const = 0;
  // Draws one clean picture of class `label` (0 .. classes - 1) into a blank image, every random choice
  // (position, size, rotation, ...) taken from rng.
  virtual void paint(int label, GrayImage& image, Rng& rng) const = 0;
};

} // namespace neurona
