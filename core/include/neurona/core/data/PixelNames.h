#pragma once
// The columns of image data: pixel k of an image of [height, width, channels] is feature k = (h * W + w) *
// C + c, named "p" followed by k (p0, p1, ...), so that a CSV file keeps the image's layout in its header.
#include <array>
#include <optional>
#include <span>
#include <string>
#include <vector>

namespace neurona {

// p0 ... p{H*W*C - 1}; empty when a dimension is not positive.
std::vector<std::string> pixelNames(const std::array<int, 3>& shape);

// The shape a table of pixels has when nothing else says it: features named exactly p0 ... p{N-1}, in
// that order, with N = s * s for some s >= 2, are a square grayscale image [s, s, 1]; anything else has
// none. (A square colour image of C = 3 never has a square N, so it is not mistaken for a grey one.)
std::optional<std::array<int, 3>> squareImageShape(std::span<const std::string> featureNames);

} // namespace neurona
