#pragma once
// Where a conv2d's or pool's window reads its image input: sizes, strides and the padding before the first
// row and column (Shapes.h gives the rules). The image is flattened channels-last: feature (h·W + w)·C + c.
#include "neurona/core/graph/Shapes.h"

#include <stdexcept>

namespace neurona {

struct WindowGeometry {
  int inHeight = 0, inWidth = 0, channels = 0;
  int windowHeight = 0, windowWidth = 0;
  int strideHeight = 1, strideWidth = 1;
  int padTop = 0, padLeft = 0;
  int outHeight = 0, outWidth = 0;

  // Throws std::invalid_argument when the input is not an image or the window does not fit it.
  static WindowGeometry of(const LayerSpec& spec, const TensorShape& input) {
    if (!input.image || input.height < 1 || input.width < 1 || input.channels < 1)
      throw std::invalid_argument("WindowGeometry: the layer's input is not an image");
    const std::array<int, 2> k = spec.window(), s = spec.effectiveStride();
    if (k[0] < 1 || k[1] < 1 || s[0] < 1 || s[1] < 1)
      throw std::invalid_argument("WindowGeometry: a window or stride size below 1");
    WindowGeometry g;
    g.inHeight = input.height;
    g.inWidth = input.width;
    g.channels = input.channels;
    g.windowHeight = k[0];
    g.windowWidth = k[1];
    g.strideHeight = s[0];
    g.strideWidth = s[1];
    g.padTop = windowPadBefore(input.height, k[0], s[0], spec.padding);
    g.padLeft = windowPadBefore(input.width, k[1], s[1], spec.padding);
    g.outHeight = windowOutputSize(input.height, k[0], s[0], spec.padding);
    g.outWidth = windowOutputSize(input.width, k[1], s[1], spec.padding);
    if (g.outHeight < 1 || g.outWidth < 1)
      throw std::invalid_argument("WindowGeometry: the window does not fit the input");
    return g;
  }

  int positions() const { return outHeight * outWidth; }
  int inputFeatures() const { return inHeight * inWidth * channels; }
  int feature(int h, int w, int c) const { return (h * inWidth + w) * channels + c; }
  // The input row read by output row oh at window row kh (outside the image when < 0 or ≥ inHeight).
  int inputRow(int oh, int kh) const { return oh * strideHeight + kh - padTop; }
  int inputColumn(int ow, int kw) const { return ow * strideWidth + kw - padLeft; }
  bool inside(int h, int w) const { return h >= 0 && h < inHeight && w >= 0 && w < inWidth; }
  // The windows tile the input: no overlap, no gap, no padding, so each input cell is in exactly one.
  bool tilesInput() const {
    return strideHeight == windowHeight && strideWidth == windowWidth && padTop == 0 && padLeft == 0 &&
           outHeight * strideHeight == inHeight && outWidth * strideWidth == inWidth;
  }
};

} // namespace neurona
