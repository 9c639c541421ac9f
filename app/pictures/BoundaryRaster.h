#pragma once
// The decision boundary of a trained 2-input model as pixels, in plain C++ (no Qt), so that neurona-cli
// draws it without loading Qt (whose libraries alone take longer to load than a small training run):
// every pixel coloured by the class the model predicts there, blended with the background by the model's
// confidence (a regression's prediction on a blue-red ramp), and the data's points as anti-aliased dots in
// their class colour with a dark outline. BoundaryImage gives the same picture as a QImage for the app;
// PngWriter writes it as a file.
#include "neurona/core/data/Dataset.h"
#include "neurona/core/io/Model.h"

#include <cstdint>
#include <vector>

// Colours as 0xRRGGBB.
struct BoundaryPalette {
  // Class colours in class order (repeated when there are more classes): the app's standard palette
  // (ColorPalettes::standardClass).
  std::vector<std::uint32_t> classes{0x1f77b4, 0xd62728, 0x2ca02c, 0xff7f0e,
                                     0x9467bd, 0x8c564b, 0xe377c2, 0x7f7f7f};
  std::uint32_t background = 0xffffff;
  std::uint32_t outline = 0x333333; // the dots' outline
};

class BoundaryRaster {
public:
  int width = 0;
  int height = 0;
  std::vector<std::uint32_t> pixels; // row by row from the top, 0xffRRGGBB (QImage::Format_RGB32's layout)

  bool empty() const { return pixels.empty(); }

  // Whether render() can draw this model and data: 2 raw inputs, an output, some points.
  static bool canRender(const neurona::Model& model, const neurona::Dataset& raw);
  // The picture over the raw data's bounds (plus 10% on each side; x = the first input to the right,
  // y = the second upwards). Empty when !canRender or the size is not positive.
  static BoundaryRaster render(const neurona::Model& model, const neurona::Dataset& raw, int width,
                               int height, const BoundaryPalette& palette = {});
  // Tiles in a grid of `columns` columns (rows as needed; clamped to 1..tiles), each cell the size of the
  // largest tile, `gap` pixels between the cells and around them, on `background`; an empty tile leaves
  // its cell blank.
  static BoundaryRaster grid(const std::vector<BoundaryRaster>& tiles, int columns, int gap,
                             std::uint32_t background = 0xffffff);
};
