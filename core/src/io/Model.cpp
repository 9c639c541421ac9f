#include "neurona/core/io/Model.h"

#include "neurona/core/nn/Network.h"
#include "neurona/core/train/Metrics.h"

namespace neurona {

int Model::outputCount() const {
  const int o = spec.outputIndex();
  return o < 0 ? 0 : spec.layers[static_cast<std::size_t>(o)].units;
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
