#pragma once
// Projects for the model and UI tests: a network, data or settings loaded as a file would be (no undo
// step, a clean project), so a test starts from exactly the state it names.
#include "model/Project.h"

#include "neurona/core/graph/NetworkSpec.h"

#include <QUndoStack>

namespace projecttest {

// The project's current state with another network, loaded afresh.
inline void loadNetwork(Project& p, const neurona::NetworkSpec& network) {
  neurona::Project file = p.toFile({});
  file.network = network;
  file.model.reset();
  file.history.clear();
  p.load(file);
}

// Generated data (a generator's default noise unless given), loaded afresh with the project's network.
inline void loadData(Project& p, const char* generator, int classes = 0, int samples = 200,
                     double noise = 0.05, std::uint64_t seed = 1) {
  neurona::Project file = p.toFile({});
  file.dataset = {};
  file.dataset.generator = generator;
  file.dataset.classes = classes;
  file.dataset.samples = samples;
  file.dataset.noise = noise;
  file.dataset.seed = seed;
  file.task.reset();
  file.model.reset();
  file.history.clear();
  p.load(file);
}

// A project value: `network` on `generator` data with `loss` and Adam.
inline neurona::Project file(const neurona::NetworkSpec& network, const char* generator = "xor",
                             neurona::LossKind loss = neurona::LossKind::Bce, int classes = 0) {
  neurona::Project f = neurona::defaultProject();
  f.dataset.generator = generator;
  f.dataset.classes = classes;
  f.dataset.samples = 200;
  f.dataset.noise = 0.05;
  f.network = network;
  f.training.loss = loss;
  return f;
}

} // namespace projecttest
