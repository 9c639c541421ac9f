#include "neurona/core/graph/NetworkSpec.h"

#include <algorithm>

namespace neurona {

double LayerSpec::activationAlpha() const {
  return alpha != 0.0 ? alpha : defaultActivationAlpha(activation);
}

LayerId NetworkSpec::insert(int index, LayerSpec layer) {
  index = std::clamp(index, 0, static_cast<int>(layers.size()));
  layer.id = nextId++;
  layers.insert(layers.begin() + index, std::move(layer));
  return layers[static_cast<std::size_t>(index)].id;
}

bool NetworkSpec::remove(LayerId id) {
  const int i = indexOf(id);
  if (i < 0) return false;
  layers.erase(layers.begin() + i);
  return true;
}

int NetworkSpec::indexOf(LayerId id) const {
  for (std::size_t i = 0; i < layers.size(); ++i)
    if (layers[i].id == id) return static_cast<int>(i);
  return -1;
}

const LayerSpec* NetworkSpec::find(LayerId id) const {
  const int i = indexOf(id);
  return i < 0 ? nullptr : &layers[static_cast<std::size_t>(i)];
}

LayerSpec* NetworkSpec::find(LayerId id) {
  const int i = indexOf(id);
  return i < 0 ? nullptr : &layers[static_cast<std::size_t>(i)];
}

int NetworkSpec::outputIndex() const {
  for (int i = static_cast<int>(layers.size()) - 1; i >= 0; --i)
    if (layers[static_cast<std::size_t>(i)].type == LayerType::Dense) return i;
  return -1;
}

NetworkSpec NetworkSpec::denseStack(const std::vector<int>& hidden, int outputs, ActivationKind hiddenAct,
                                    ActivationKind outputAct, InitKind init) {
  NetworkSpec spec;
  for (int units : hidden) {
    LayerSpec l;
    l.units = units;
    l.activation = hiddenAct;
    l.weightInit = init;
    spec.append(l);
  }
  LayerSpec out;
  out.units = outputs;
  out.activation = outputAct;
  out.weightInit = init;
  spec.append(out);
  return spec;
}

} // namespace neurona
