#pragma once
// Shape inference: what each layer of a network reads and writes, from the network's input. Images are
// [height, width, channels] flattened channels-last (feature (h·W + w)·C + c), so every layer's values
// stay a samples × features batch and only the shape says how a window reads them.
#include "neurona/core/graph/NetworkSpec.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <vector>

namespace neurona {

struct TensorShape {
  bool image = false;
  int height = 0, width = 0, channels = 0; // an image's; 0 for flat values
  int features = 0;                        // values per sample: height · width · channels for an image
  // False after a layer with a ShapeIssue: what follows it is not checked again, so that one mistake is
  // reported once, where it is.
  bool known = true;

  static TensorShape flat(int features) { return {false, 0, 0, 0, features, true}; }
  // features saturate at INT_MAX (a stranger's file may ask for 4096 × 4096 × 4096): inferShapes reports
  // a layer above kMaxLayerValues before anything that large is built.
  static TensorShape imageOf(int height, int width, int channels) {
    const std::int64_t values = static_cast<std::int64_t>(height) * width * channels;
    return {true,
            height,
            width,
            channels,
            static_cast<int>(std::min<std::int64_t>(values, std::numeric_limits<int>::max())),
            true};
  }
  bool operator==(const TensorShape&) const = default;
};

// Cells a window visits along one axis of `in` cells, as TensorFlow and Keras count them:
//   same:  ceil(in / stride)
//   valid: floor((in − window) / stride) + 1, below 1 when the window does not fit
int windowOutputSize(int in, int window, int stride, PaddingKind padding);
// Padding before the first cell (top or left). same: ⌊total / 2⌋ with
//   total = max((out − 1)·stride + window − in, 0),
// the odd cell going after (bottom or right), as TensorFlow; valid: 0.
int windowPadBefore(int in, int window, int stride, PaddingKind padding);

// Why a layer's shape cannot be worked out.
enum class ShapeIssue {
  None,
  NeedsImage,      // a conv2d or pool reads flat values (no inputShape, or after a flatten or dense layer)
  BadWindow,       // a kernel, pool or stride size below 1
  WindowTooLarge,  // the window does not fit the input (valid output size below 1)
  DenseReadsImage, // a dense layer reads an image: it needs a flatten first
  TooLarge,        // a conv2d or pool's output holds more than kMaxLayerValues values per sample
};

// The most values one image layer may give per sample (a 4096 × 4096 picture): what a file may ask for is
// bounded here, before memory is.
inline constexpr std::int64_t kMaxLayerValues = std::int64_t{1} << 24;

struct LayerTensorShape {
  TensorShape input;  // what enters (a concat: its sources side by side, flat; an add: its first source)
  TensorShape output; // what leaves; a conv2d or pool with an issue passes its input on, not known
  ShapeIssue issue = ShapeIssue::None;
  // WindowTooLarge: the input's height or width (expected) and the window's size along it (actual).
  // TooLarge: kMaxLayerValues (expected) and the values asked for (actual, saturated at INT_MAX).
  int expected = 0, actual = 0;
};

// Every layer's shapes, in the order of the spec, from spec.inputShape, or a flat input of `inputs`
// features when it is unset. A source listed at or after its reader (an invalid graph) counts as flat 0.
std::vector<LayerTensorShape> inferShapes(const NetworkSpec& spec, int inputs);

} // namespace neurona
