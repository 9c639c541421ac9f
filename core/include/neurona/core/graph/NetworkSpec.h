#pragma once
// The description of a network as plain values: what the canvas edits, what files store, and what
// Network builds from. Layers are kept in order; the last dense layer is the output layer.
#include "neurona/core/Types.h"
#include "neurona/core/graph/Kinds.h"

#include <string>
#include <vector>

namespace neurona {

struct LayerSpec {
  LayerId id = kNoLayer;
  LayerType type = LayerType::Dense;

  // dense
  int units = 4;
  ActivationKind activation = ActivationKind::Relu;
  double alpha = 0.0; // leaky_relu / elu parameter; 0 means the activation's default
  InitKind weightInit = InitKind::GlorotUniform;
  InitKind biasInit = InitKind::Zeros;
  double l1 = 0.0; // per-layer penalties, added to the run's global l1/l2
  double l2 = 0.0;

  // dropout
  double rate = 0.5;

  // batchnorm (PyTorch convention: running = (1 - momentum) · running + momentum · batch)
  double momentum = 0.1;
  double epsilon = 1e-5;

  double activationAlpha() const; // alpha, or the activation's default when alpha is 0
  bool operator==(const LayerSpec&) const = default;
};

struct NetworkSpec {
  std::vector<LayerSpec> layers;
  LayerId nextId = 1; // the id the next added layer receives

  // Appends or inserts a copy of `layer` with a fresh id; returns that id.
  LayerId insert(int index, LayerSpec layer);
  LayerId append(LayerSpec layer) { return insert(static_cast<int>(layers.size()), std::move(layer)); }
  bool remove(LayerId id);
  int indexOf(LayerId id) const; // -1 when absent
  const LayerSpec* find(LayerId id) const;
  LayerSpec* find(LayerId id);
  int outputIndex() const; // index of the last dense layer, -1 when there is none

  // A dense stack: hidden sizes plus an output, e.g. denseStack({4, 8}, 1, Relu, Sigmoid).
  static NetworkSpec denseStack(const std::vector<int>& hidden, int outputs, ActivationKind hiddenAct,
                                ActivationKind outputAct, InitKind init = InitKind::GlorotUniform);

  bool operator==(const NetworkSpec&) const = default;
};

} // namespace neurona
