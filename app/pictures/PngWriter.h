#pragma once
// A picture as PNG bytes (8-bit RGB, zlib-compressed), without Qt: for neurona-cli's sweep pictures.
#include "pictures/BoundaryRaster.h"

#include <string>

class PngWriter {
public:
  // The PNG file's bytes; empty for an empty raster.
  static std::string encode(const BoundaryRaster& image);
};
