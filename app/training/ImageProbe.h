#pragma once
// One picture through the network of a training snapshot, on the thread that asks: the canvas's
// feature maps for the chosen sample and the drawing pad's class probabilities. One sample through a
// small network takes far under a millisecond, so the GUI computes it from the snapshot's learned values
// instead of asking the worker (which would then have to know what the user is pointing at).
#include "training/CoreTraining.h"

#include "neurona/core/data/FeaturePipeline.h"

#include <memory>
#include <optional>
#include <vector>

class ImageProbe {
public:
  // The network to run: rebuilt only when the spec or the values change. False (and nothing to run) when
  // the values do not fit the spec (the network changed since the snapshot).
  bool setModel(const neurona::NetworkSpec& spec, const neurona::FeaturePipeline& pipeline, int rawInputs,
                std::shared_ptr<const neurona::ModelParams> params);
  bool ready() const { return m_network.has_value(); }
  void clear();

  // Every layer's output for one sample of raw inputs (1 × units each; conv and pool outputs are the
  // maps flattened channels-last). False when not ready or the sample has the wrong length.
  bool run(const Eigen::Ref<const neurona::VectorD>& raw, std::vector<neurona::MatrixF>& perLayer) const;
  // The output layer's values for one sample (class probabilities for softmax).
  std::optional<std::vector<double>> outputs(const Eigen::Ref<const neurona::VectorD>& raw) const;

private:
  std::optional<neurona::Network> m_network;
  neurona::FeaturePipeline m_pipeline;
  int m_rawInputs = 0;
  neurona::NetworkSpec m_spec;
  std::shared_ptr<const neurona::ModelParams> m_params;
};
