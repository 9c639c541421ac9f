#include "neurona/core/graph/Shapes.h"

#include <algorithm>

namespace neurona {

int windowOutputSize(int in, int window, int stride, PaddingKind padding) {
  if (stride < 1) return 0;
  if (padding == PaddingKind::Same) return (in + stride - 1) / stride;
  // floor((in − window) / stride) + 1, with a negative difference rounded towards −∞
  const int d = in - window;
  return d < 0 ? 0 : d / stride + 1;
}

int windowPadBefore(int in, int window, int stride, PaddingKind padding) {
  if (padding == PaddingKind::Valid) return 0;
  const int out = windowOutputSize(in, window, stride, padding);
  const int total = std::max((out - 1) * stride + window - in, 0);
  return total / 2;
}

namespace {

// A conv2d's or pool's output from its image input, or the issue that stops it.
LayerTensorShape windowShape(const LayerSpec& l, const TensorShape& in) {
  LayerTensorShape s{in, in, ShapeIssue::None, 0, 0};
  s.output.known = false;  // until worked out below
  if (!in.known) return s; // reported where it went wrong
  if (!in.image) {
    s.issue = ShapeIssue::NeedsImage;
    return s;
  }
  const std::array<int, 2> k = l.window();
  const std::array<int, 2> st = l.effectiveStride();
  if (k[0] < 1 || k[1] < 1 || st[0] < 1 || st[1] < 1) {
    s.issue = ShapeIssue::BadWindow;
    return s;
  }
  const int oh = windowOutputSize(in.height, k[0], st[0], l.padding);
  const int ow = windowOutputSize(in.width, k[1], st[1], l.padding);
  if (oh < 1 || ow < 1) {
    s.issue = ShapeIssue::WindowTooLarge;
    s.expected = oh < 1 ? in.height : in.width;
    s.actual = oh < 1 ? k[0] : k[1];
    return s;
  }
  const int channels = l.type == LayerType::Conv2d ? std::max(l.filters, 0) : in.channels;
  const std::int64_t values = static_cast<std::int64_t>(oh) * ow * channels;
  if (values > kMaxLayerValues) {
    s.issue = ShapeIssue::TooLarge;
    s.expected = static_cast<int>(kMaxLayerValues);
    s.actual = static_cast<int>(std::min<std::int64_t>(values, std::numeric_limits<int>::max()));
    return s;
  }
  s.output = TensorShape::imageOf(oh, ow, channels);
  return s;
}

} // namespace

std::vector<LayerTensorShape> inferShapes(const NetworkSpec& spec, int inputs) {
  const TensorShape input =
      spec.inputShape
          ? TensorShape::imageOf((*spec.inputShape)[0], (*spec.inputShape)[1], (*spec.inputShape)[2])
          : TensorShape::flat(inputs);
  const bool graph = spec.isGraph();
  std::vector<LayerTensorShape> out;
  out.reserve(spec.layers.size());
  for (int i = 0; i < static_cast<int>(spec.layers.size()); ++i) {
    const LayerSpec& l = spec.layers[static_cast<std::size_t>(i)];
    std::vector<TensorShape> sources;
    for (int j : graph ? spec.sourcesOf(i) : std::vector<int>{i - 1})
      sources.push_back(j < 0   ? input
                        : j < i ? out[static_cast<std::size_t>(j)].output
                                : TensorShape::flat(0));
    const TensorShape first = sources.empty() ? TensorShape::flat(0) : sources.front();
    LayerTensorShape s{first, first, ShapeIssue::None, 0, 0};
    switch (l.type) {
    case LayerType::Dense:
      if (first.image && first.known) s.issue = ShapeIssue::DenseReadsImage;
      s.output = TensorShape::flat(l.units);
      break;
    case LayerType::Concat: {
      // Sources side by side: flat, even when they are images (a following dense reads them as one vector).
      int sum = 0;
      for (const TensorShape& t : sources) sum += t.features;
      s.input = s.output = TensorShape::flat(sum);
      break;
    }
    case LayerType::Add:
      // Element-wise: an add of equal images is that image; otherwise flat values of the first's width.
      for (const TensorShape& t : sources)
        if (t != first) s.output = TensorShape::flat(first.features);
      break;
    case LayerType::Dropout:
    case LayerType::BatchNorm: break;
    case LayerType::Flatten: s.output = TensorShape::flat(first.features); break;
    case LayerType::Conv2d:
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d: s = windowShape(l, first); break;
    }
    out.push_back(s);
  }
  return out;
}

} // namespace neurona
