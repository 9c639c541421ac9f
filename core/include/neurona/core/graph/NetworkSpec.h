#pragma once
// The description of a network as plain values: what the canvas edits, what files store, and what
// Network builds from. Layers are kept in an order where each one's inputs come before it; by default a
// layer reads the one before it (a straight stack). Graph networks name their layers' inputs; the last
// dense layer is the output layer (in a graph, the last layer).
#include "neurona/core/Types.h"
#include "neurona/core/graph/Kinds.h"

#include <array>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace neurona {

// The network's input as a layer's source ("input" in files).
inline constexpr LayerId kNetworkInput = std::numeric_limits<LayerId>::max();

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

  // conv2d (also activation, weightInit, biasInit, l1, l2), maxpool2d, avgpool2d. Sizes are [height, width].
  int filters = 8;                          // conv2d: output channels
  std::array<int, 2> kernel{3, 3};          // conv2d: window
  std::array<int, 2> pool{2, 2};            // pools: window
  std::optional<std::array<int, 2>> stride; // unset: 1 for conv2d, the pool size for a pool (effectiveStride)
  PaddingKind padding = PaddingKind::Valid;

  // Graph networks (version-2 files). The layer's own name; empty: the default, L1, L2, … by position.
  std::string name;
  // The layers it reads, by id (kNetworkInput: the network's input), in order (concat keeps it). Unset:
  // the previous layer in the list, or the network's input for the first. Set and empty: connected to
  // nothing yet (validate reports it). Dense, dropout and batchnorm read one; add and concat two or more.
  std::optional<std::vector<LayerId>> inputs;

  // A merge layer (Add or Concat) with the files' default activation, linear.
  static LayerSpec merge(LayerType type);

  double activationAlpha() const; // alpha, or the activation's default when alpha is 0
  // The window of a conv2d (kernel) or pool (pool); {1, 1} for the other layers.
  std::array<int, 2> window() const;
  // stride, or its default: [1, 1] for conv2d, the pool size for a pool.
  std::array<int, 2> effectiveStride() const;
  bool operator==(const LayerSpec&) const = default;
};

struct NetworkSpec {
  std::vector<LayerSpec> layers;
  LayerId nextId = 1; // the id the next added layer receives
  // The shape of an image input, [height, width, channels]: the data's features are its pixels flattened
  // channels-last, feature (h·W + w)·C + c. Unset: a flat input (conv2d and pools then cannot be used).
  std::optional<std::array<int, 3>> inputShape;

  // Appends or inserts a copy of `layer` with a fresh id; returns that id.
  LayerId insert(int index, LayerSpec layer);
  LayerId append(LayerSpec layer) { return insert(static_cast<int>(layers.size()), std::move(layer)); }
  // Removes the layer; a layer that read it reads its inputs instead (a wire through it is kept).
  bool remove(LayerId id);
  int indexOf(LayerId id) const; // -1 when absent
  const LayerSpec* find(LayerId id) const;
  LayerSpec* find(LayerId id);
  int outputIndex() const; // index of the last dense layer, -1 when there is none (a graph's must be last)

  // The name of the layer at `index`: its own, or L1, L2, … by position.
  std::string nameOf(int index) const;
  // The index of the layer with this name (own or default), -1 when none has it.
  int indexOfName(std::string_view name) const;
  // What the layer at `index` reads, as indices in the list (-1: the network's input), in order. An id
  // that is not in the spec is left out (validate reports it).
  std::vector<int> sourcesOf(int index) const;
  // The layers that read the layer at `index` (-1: the network's input), ascending.
  std::vector<int> readersOf(int index) const;
  // Whether the network needs version 2 of the file formats: a merge layer, a layer that does not read
  // the one before it, or a name of its own.
  bool isGraph() const;
  // Sets every unset `inputs` to what it means now, so that reordering the list keeps the wires.
  void makeInputsExplicit();
  // Reorders the list so that every layer comes after its inputs, otherwise keeping the order; false and
  // nothing changed when the inputs form a cycle.
  bool sortTopologically();

  // A dense stack: hidden sizes plus an output, e.g. denseStack({4, 8}, 1, Relu, Sigmoid).
  static NetworkSpec denseStack(const std::vector<int>& hidden, int outputs, ActivationKind hiddenAct,
                                ActivationKind outputAct, InitKind init = InitKind::GlorotUniform);

  bool operator==(const NetworkSpec&) const = default;
};

} // namespace neurona
