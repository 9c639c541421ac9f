#include "ExportGraph.h"

namespace neurona {

ExportGraph::ExportGraph(const Model& model)
    : m_features(model.featureCount()), m_graph(model.spec.isGraph()) {
  const NetworkSpec& spec = model.spec;
  const int n = static_cast<int>(spec.layers.size());
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
    case LayerType::BatchNorm:
    case LayerType::Conv2d: // image layers are not exported (files do not hold them yet)
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d:
    case LayerType::Flatten: break;
    }
    m_widths[static_cast<std::size_t>(i)] = w;
  }
  m_outputWidth = m_graph && n > 0 ? m_widths.back() : model.outputCount();
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
