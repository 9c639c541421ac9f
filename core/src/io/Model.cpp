#include "neurona/core/io/Model.h"

#include "neurona/core/nn/Network.h"
#include "neurona/core/train/Metrics.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <vector>

namespace neurona {

namespace {

// The output width of each layer: a dense layer's units, a concat's inputs side by side, the others their
// first input's. One pass in list order (inputs come first); a source listed later, which only a spec
// being edited may hold, counts 0. Capped above INT_MAX so that concats of concats cannot overflow.
std::vector<std::int64_t> widths(const NetworkSpec& spec, int features) {
  constexpr std::int64_t cap = std::int64_t{INT_MAX} + 1;
  std::vector<std::int64_t> w(spec.layers.size(), 0);
  for (int i = 0; i < static_cast<int>(spec.layers.size()); ++i) {
    const LayerSpec& l = spec.layers[static_cast<std::size_t>(i)];
    if (l.type == LayerType::Dense) {
      w[static_cast<std::size_t>(i)] = l.units;
      continue;
    }
    std::int64_t sum = 0;
    const std::vector<int> sources = spec.sourcesOf(i);
    for (int s : sources) {
      const std::int64_t sw = s < 0 ? features : s < i ? w[static_cast<std::size_t>(s)] : 0;
      sum = std::min(cap, sum + sw);
      if (l.type != LayerType::Concat) break; // the first input's width
    }
    w[static_cast<std::size_t>(i)] = sum;
  }
  return w;
}

} // namespace

int Model::outputCount() const {
  const int o = spec.outputIndex();
  if (o < 0) return 0;
  const std::int64_t w = widths(spec, featureCount())[static_cast<std::size_t>(o)];
  return w > INT_MAX ? 0 : static_cast<int>(w);
}

MatrixD predictModel(const Model& model, const Eigen::Ref<const MatrixD>& rawInputs) {
  const MatrixD x = model.pipeline.apply(rawInputs);
  Rng rng(0); // the initial weights are replaced by the model's at once
  NetworkD net(model.spec, model.featureCount(), rng);
  if (!net.setParams(model.params)) return {};
  MatrixD out;
  net.predict(x, out);
  return out;
}

Eigen::VectorXi predictedClasses(const Model& model, const Eigen::Ref<const MatrixD>& outputs) {
  if (!isClassification(model.task)) return {};
  return predictClasses<double>(outputs);
}

} // namespace neurona
