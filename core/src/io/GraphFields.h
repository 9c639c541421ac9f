#pragma once
// Private helpers of the model and project files for graph networks (version 2 of both formats): each
// layer's "name" and "inputs". In memory a layer reads others by id; in files by name, with "input" for
// the network's input. A layer may read only layers listed before it, so a file is read in one pass.
#include "JsonFields.h"
#include "neurona/core/graph/NetworkSpec.h"

#include <string>
#include <string_view>
#include <vector>

namespace neurona::graphfields {

using jsonfields::Json;

// The name of the network's input in a layer's "inputs"; no layer may take it.
inline constexpr std::string_view kInputName = "input";

// The version a file is written as: 2 when it needs graph networks, else 1 (byte-identical to the files
// written before version 2 existed).
inline constexpr int kStraightVersion = 1;
inline constexpr int kGraphVersion = 2;

inline std::string defaultName(std::size_t index) {
  std::string name(1, 'L'); // (not "L" + to_string: GCC 12 warns falsely of an overlapping copy there)
  return name.append(std::to_string(index + 1));
}

// Whether a layer named `name` (own or default) is in `layers` at `from` or later: the name of a layer
// listed after the one that reads it, rather than an unknown one. Lenient: a malformed layer or name is
// reported when its own turn comes.
inline bool namedAtOrAfter(const Json& layers, std::size_t from, std::string_view name) {
  for (std::size_t k = from; k < layers.size(); ++k) {
    const Json& l = layers[k];
    const auto own = l.is_object() ? l.find("name") : l.end();
    const bool hasOwn = l.is_object() && own != l.end() && own->is_string();
    if ((hasOwn ? own->get_ref<const std::string&>() : defaultName(k)) == name) return true;
  }
  return false;
}

// Reads the "name" and "inputs" of the layer at `index` of the file's `layers` (at `path`) into `l`;
// `before` holds the layers listed before it, with their ids. A name equal to the layer's default (L1,
// L2, ... by position) is not kept as its own, nor inputs that are the default (the layer before, or the
// network's input for the first), so that a straight network reads the same from either version.
// `minInputs` > 0 makes fewer inputs an error (a model must be complete; a project may hold a layer
// that is not connected yet, which validation reports).
inline void readWiring(const Json& layers, std::size_t index, const std::string& path,
                       const NetworkSpec& before, LayerSpec& l, std::size_t minInputs = 0) {
  using namespace jsonfields;
  const Json& j = layers[index];
  std::string name = defaultName(index);
  std::string namePath = path;
  if (const Json* v = optional(j, "name")) {
    namePath = child(path, "name");
    name = string(*v, namePath);
    if (name.empty()) fail(ErrorCode::BadValue, namePath, "empty");
    if (name == kInputName) fail(ErrorCode::BadValue, namePath, name); // the network's input
  }
  if (const int other = before.indexOfName(name); other >= 0) {
    Error e;
    e.code = ErrorCode::DuplicateName;
    e.jsonPath = excerpt(namePath);
    e.detail = excerpt(name);
    e.expected = other; // the layer that has the name already
    e.actual = static_cast<std::int64_t>(index);
    throw FieldError{std::move(e)};
  }
  if (name != defaultName(index)) l.name = name;

  const Json* v = optional(j, "inputs");
  if (v == nullptr) return;
  const std::string ip = child(path, "inputs");
  array(*v, ip);
  std::vector<LayerId> ids;
  ids.reserve(v->size());
  for (std::size_t k = 0; k < v->size(); ++k) {
    const std::string ep = element(ip, k);
    const std::string source = string((*v)[k], ep);
    if (source == kInputName) {
      ids.push_back(kNetworkInput);
    } else if (const int s = before.indexOfName(source); s >= 0) {
      ids.push_back(before.layers[static_cast<std::size_t>(s)].id);
    } else if (namedAtOrAfter(layers, index, source) || source == name) {
      Error e;
      e.code = ErrorCode::InputNotBefore;
      e.jsonPath = excerpt(ep);
      e.detail = excerpt(source);
      throw FieldError{std::move(e)};
    } else {
      fail(ErrorCode::UnknownName, ep, source);
    }
  }
  if (ids.size() < minInputs)
    fail(ErrorCode::WrongLength, ip, {}, static_cast<std::int64_t>(minInputs),
         static_cast<std::int64_t>(ids.size()));
  const LayerId previous = before.layers.empty() ? kNetworkInput : before.layers.back().id;
  if (ids.size() != 1 || ids[0] != previous) l.inputs = std::move(ids);
}

// Writes the "name" and "inputs" of the layer at `index` (a version-2 file writes both for every layer).
inline void writeWiring(const NetworkSpec& spec, int index, Json& j) {
  j["name"] = spec.nameOf(index);
  Json inputs = Json::array();
  for (int s : spec.sourcesOf(index)) inputs.push_back(s < 0 ? std::string(kInputName) : spec.nameOf(s));
  j["inputs"] = std::move(inputs);
}

} // namespace neurona::graphfields
