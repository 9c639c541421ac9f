#pragma once
// BoundaryImage for code that includes no Qt header (neurona-cli): the pictures as PNG bytes.
#include "neurona/core/data/Dataset.h"
#include "neurona/core/io/Model.h"

#include <string>
#include <vector>

class BoundaryPng {
public:
  // BoundaryImage::render as PNG bytes (default colours); empty when it cannot be drawn.
  static std::string render(const neurona::Model& model, const neurona::Dataset& raw, int width, int height);
  // BoundaryImage::grid of PNG tiles (an unreadable or empty tile leaves its cell blank) on white.
  static std::string grid(const std::vector<std::string>& tiles, int columns, int gap);
};
