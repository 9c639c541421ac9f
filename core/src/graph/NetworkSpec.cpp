#include "neurona/core/graph/NetworkSpec.h"

#include <algorithm>
#include <string>

namespace neurona {

double LayerSpec::activationAlpha() const {
  return alpha != 0.0 ? alpha : defaultActivationAlpha(activation);
}

std::array<int, 2> LayerSpec::window() const {
  if (type == LayerType::Conv2d) return kernel;
  if (isPool(type)) return pool;
  return {1, 1};
}

std::array<int, 2> LayerSpec::effectiveStride() const {
  if (stride) return *stride;
  return isPool(type) ? pool : std::array<int, 2>{1, 1};
}

LayerId NetworkSpec::insert(int index, LayerSpec layer) {
  index = std::clamp(index, 0, static_cast<int>(layers.size()));
  layer.id = nextId++;
  layers.insert(layers.begin() + index, std::move(layer));
  return layers[static_cast<std::size_t>(index)].id;
}

LayerSpec LayerSpec::merge(LayerType type) {
  LayerSpec l;
  l.type = type;
  l.activation = ActivationKind::Linear;
  return l;
}

bool NetworkSpec::remove(LayerId id) {
  const int i = indexOf(id);
  if (i < 0) return false;
  if (isGraph()) {
    // Readers of the removed layer read its inputs instead: removing a block on a branch keeps the wire.
    makeInputsExplicit();
    const std::vector<LayerId> through = *layers[static_cast<std::size_t>(i)].inputs;
    for (LayerSpec& l : layers) {
      if (l.id == id || !l.inputs) continue;
      std::vector<LayerId> rewired;
      for (LayerId src : *l.inputs) {
        const std::vector<LayerId>& add = src == id ? through : std::vector<LayerId>{src};
        for (LayerId a : add)
          if (std::find(rewired.begin(), rewired.end(), a) == rewired.end()) rewired.push_back(a);
      }
      l.inputs = std::move(rewired);
    }
  }
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
  for (int i = static_cast<int>(layers.size()) - 1; i >= 0; --i) {
    if (layers[static_cast<std::size_t>(i)].type == LayerType::Dense) return i;
  }
  return -1;
}

std::string NetworkSpec::nameOf(int index) const {
  const std::string& own = layers[static_cast<std::size_t>(index)].name;
  if (!own.empty()) return own;
  // Built by append: GCC 12 warns falsely (-Wrestrict) on "L" + std::to_string(...) at -O3.
  std::string name("L");
  name.append(std::to_string(index + 1));
  return name;
}

int NetworkSpec::indexOfName(std::string_view name) const {
  for (int i = 0; i < static_cast<int>(layers.size()); ++i)
    if (nameOf(i) == name) return i;
  return -1;
}

std::vector<int> NetworkSpec::sourcesOf(int index) const {
  const LayerSpec& l = layers[static_cast<std::size_t>(index)];
  if (!l.inputs) return {index - 1};
  std::vector<int> out;
  out.reserve(l.inputs->size());
  for (LayerId src : *l.inputs) {
    if (src == kNetworkInput) {
      out.push_back(-1);
    } else if (const int j = indexOf(src); j >= 0) {
      out.push_back(j);
    }
  }
  return out;
}

std::vector<int> NetworkSpec::readersOf(int index) const {
  std::vector<int> out;
  for (int i = 0; i < static_cast<int>(layers.size()); ++i) {
    const std::vector<int> src = sourcesOf(i);
    if (std::find(src.begin(), src.end(), index) != src.end()) out.push_back(i);
  }
  return out;
}

bool NetworkSpec::isGraph() const {
  for (int i = 0; i < static_cast<int>(layers.size()); ++i) {
    const LayerSpec& l = layers[static_cast<std::size_t>(i)];
    if (isMerge(l.type) || !l.name.empty()) return true;
    if (l.inputs && (l.inputs->size() != 1 || sourcesOf(i) != std::vector<int>{i - 1})) return true;
  }
  return false;
}

void NetworkSpec::makeInputsExplicit() {
  for (std::size_t i = 0; i < layers.size(); ++i)
    if (!layers[i].inputs) layers[i].inputs = std::vector<LayerId>{i == 0 ? kNetworkInput : layers[i - 1].id};
}

bool NetworkSpec::sortTopologically() {
  // Kahn's algorithm, always taking the earliest ready layer in the current list, so that a list already
  // in order stays as it is.
  NetworkSpec explicitSpec = *this;
  explicitSpec.makeInputsExplicit();
  const std::size_t n = layers.size();
  std::vector<bool> placed(n, false);
  std::vector<LayerSpec> sorted;
  sorted.reserve(n);
  for (std::size_t round = 0; round < n; ++round) {
    bool found = false;
    for (std::size_t i = 0; i < n && !found; ++i) {
      if (placed[i]) continue;
      bool ready = true;
      for (LayerId src : *explicitSpec.layers[i].inputs) {
        const int j = explicitSpec.indexOf(src);
        if (j >= 0 && !placed[static_cast<std::size_t>(j)] && static_cast<std::size_t>(j) != i) ready = false;
        if (static_cast<std::size_t>(j) == i) ready = false; // a layer reading itself is a cycle
      }
      if (ready) {
        placed[i] = true;
        sorted.push_back(explicitSpec.layers[i]);
        found = true;
      }
    }
    if (!found) return false;
  }
  bool moved = false;
  for (std::size_t i = 0; i < n; ++i) moved = moved || sorted[i].id != layers[i].id;
  if (moved) layers = std::move(sorted); // an ordered list keeps its unset inputs
  return true;
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
