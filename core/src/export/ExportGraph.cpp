#include "ExportGraph.h"

#include <algorithm>

namespace neurona {

ExportGraph::ExportGraph(const Model& model)
    : m_features(model.featureCount()), m_graph(model.spec.isGraph()) {
  m_layers = model.spec.layers;
  const NetworkSpec& spec = model.spec;
  const int n = static_cast<int>(spec.layers.size());
  const std::vector<LayerTensorShape> shapes = inferShapes(spec, m_features);
  m_inputShape = spec.inputShape ? TensorShape::imageOf((*spec.inputShape)[0], (*spec.inputShape)[1],
                                                        (*spec.inputShape)[2])
                                 : TensorShape::flat(m_features);
  for (const LayerTensorShape& s : shapes) m_shapes.push_back(s.output);
  m_sources.resize(static_cast<std::size_t>(n));
  m_widths.resize(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    const LayerSpec& l = spec.layers[static_cast<std::size_t>(i)];
    std::vector<int>& src = m_sources[static_cast<std::size_t>(i)];
    for (int j : spec.sourcesOf(i))
      if (j < i) src.push_back(j);
    if (src.empty()) src.push_back(-1);
    // Dense, dropout and batchnorm read one layer.
    if (!isMerge(l.type)) src.resize(1);
    int w = width(src.front());
    switch (l.type) {
    case LayerType::Dense: w = l.units; break;
    case LayerType::Concat:
      // the features of every input side by side
      w = 0;
      for (int j : src) w += width(j);
      break;
    case LayerType::Add:     // the common width of its inputs
    case LayerType::Dropout: // as wide as its input
    case LayerType::BatchNorm: break;
    case LayerType::Conv2d: // an image's or flat values' features, as shape inference counts them
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d:
    case LayerType::Flatten:
      w = m_shapes[static_cast<std::size_t>(i)].features;
      m_images = true;
      break;
    }
    m_widths[static_cast<std::size_t>(i)] = w;
  }
  m_outputWidth = m_graph && n > 0 ? m_widths.back() : model.outputCount();
}

ExportWindow ExportGraph::window(int i) const {
  const LayerSpec& l = m_layers[static_cast<std::size_t>(i)];
  const TensorShape& in = shape(sources(i).front());
  const TensorShape& out = shape(i);
  ExportWindow w;
  w.inHeight = in.height;
  w.inWidth = in.width;
  w.inChannels = in.channels;
  w.outHeight = out.height;
  w.outWidth = out.width;
  w.outChannels = out.channels;
  const std::array<int, 2> k = l.window();
  const std::array<int, 2> s = l.effectiveStride();
  w.kernelHeight = k[0];
  w.kernelWidth = k[1];
  w.strideHeight = s[0];
  w.strideWidth = s[1];
  // total = max((out − 1)·stride + window − in, 0) for same, 0 for valid; the odd cell after
  const auto total = [&](int inSize, int outSize, int window, int stride) {
    return l.padding == PaddingKind::Same ? std::max((outSize - 1) * stride + window - inSize, 0) : 0;
  };
  w.padTop = windowPadBefore(in.height, k[0], s[0], l.padding);
  w.padBottom = total(in.height, out.height, k[0], s[0]) - w.padTop;
  w.padLeft = windowPadBefore(in.width, k[1], s[1], l.padding);
  w.padRight = total(in.width, out.width, k[1], s[1]) - w.padLeft;
  return w;
}

std::string ExportGraph::value(int j) {
  // Built by append: GCC 12 warns falsely (-Wrestrict) on "h" + std::to_string(...) at -O3.
  std::string name("h");
  name.append(std::to_string(j + 1));
  return name;
}

std::string ExportGraph::sourcesText(int i) const {
  const std::vector<int>& src = sources(i);
  if (src.size() == 1 && src.front() < 0) return "the input";
  std::string s = src.size() == 1 ? "layer " : "layers ";
  for (std::size_t k = 0; k < src.size(); ++k)
    s += (k ? ", " : "") + (src[k] < 0 ? std::string("the input") : std::to_string(src[k] + 1));
  return s;
}

} // namespace neurona
