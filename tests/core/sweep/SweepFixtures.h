#pragma once
// Small projects for the sweep tests: a few hundred generated points, a small network, few epochs, so
// that a whole sweep trains in a fraction of a second.
#include "neurona/core/io/Project.h"
#include "neurona/core/io/ProjectFile.h"
#include "neurona/core/optim/OptimizerConfig.h"

namespace sweeptest {

// gaussian-quantiles (2 classes), 2-4-1 relu/sigmoid, BCE, Adam 0.01, 20 epochs, validation 0.2.
inline neurona::Project smallProject(int epochs = 20) {
  neurona::Project p = neurona::defaultProject();
  p.dataset.samples = 200;
  p.training.epochs = epochs;
  p.training.batchSize = 32;
  return p;
}

// A regression (plane) with a linear output and MSE, plain SGD.
inline neurona::Project regressionProject(double learningRate, int epochs = 20) {
  neurona::Project p = neurona::defaultProject();
  p.dataset.generator = "plane";
  p.dataset.samples = 200;
  p.network = neurona::NetworkSpec::denseStack({4}, 1, neurona::ActivationKind::Relu,
                                               neurona::ActivationKind::Linear);
  p.training.loss = neurona::LossKind::Mse;
  p.training.optimizer = *neurona::OptimizerConfig::defaults("sgd");
  p.training.optimizer.learningRate = learningRate;
  p.training.epochs = epochs;
  return p;
}

inline nlohmann::json doc(const neurona::Project& p) { return neurona::ProjectFile::toJson(p); }

} // namespace sweeptest
