#include "training/ImageProbe.h"

#include <stdexcept>

void ImageProbe::clear() {
  m_network.reset();
  m_params.reset();
}

bool ImageProbe::setModel(const neurona::NetworkSpec& spec, const neurona::FeaturePipeline& pipeline,
                          int rawInputs, std::shared_ptr<const neurona::ModelParams> params) {
  if (m_network && params == m_params && spec == m_spec && rawInputs == m_rawInputs) return true;
  clear();
  if (!params || rawInputs <= 0) return false;
  const int inputs = static_cast<int>(pipeline.inputCount(rawInputs));
  neurona::Rng rng(0); // the values come from the snapshot; the draw is overwritten
  try {
    // Callers pass a network that validated (the snapshot trained it); the constructor's refusal of an
    // unbuildable spec is only the last guard, since the project may have changed in between.
    neurona::Network net(spec, inputs, rng);
    if (!net.setParams(*params)) return false;
    m_network.emplace(std::move(net));
  } catch (const std::invalid_argument&) {
    return false;
  }
  m_pipeline = pipeline;
  m_rawInputs = rawInputs;
  m_spec = spec;
  m_params = std::move(params);
  return true;
}

bool ImageProbe::run(const Eigen::Ref<const neurona::VectorD>& raw,
                     std::vector<neurona::MatrixF>& perLayer) const {
  if (!m_network || raw.size() != m_rawInputs) return false;
  const neurona::MatrixD features = m_pipeline.apply(raw.transpose());
  const neurona::MatrixF x = features.cast<float>();
  m_network->activations(x, perLayer);
  return true;
}

std::optional<std::vector<double>> ImageProbe::outputs(const Eigen::Ref<const neurona::VectorD>& raw) const {
  std::vector<neurona::MatrixF> perLayer;
  if (!run(raw, perLayer) || perLayer.empty()) return std::nullopt;
  const neurona::MatrixF& out = perLayer.back();
  std::vector<double> values(static_cast<std::size_t>(out.cols()));
  for (Eigen::Index c = 0; c < out.cols(); ++c) values[static_cast<std::size_t>(c)] = out(0, c);
  return values;
}
