#include "neurona/core/sweep/SettingKeys.h"

#include <charconv>
#include <optional>

namespace neurona {

namespace {

using nlohmann::json;

// One step of a key: an object member or an array index.
struct Step {
  std::string member; // empty for an index
  std::size_t index = 0;
  bool isIndex = false;
};

// "a.b[2].c" → a, b, [2], c; nullopt when the text is not a key (empty parts, unclosed brackets, ...).
std::optional<std::vector<Step>> parseKey(std::string_view key) {
  std::vector<Step> steps;
  std::size_t i = 0;
  bool expectMember = true;
  while (i < key.size()) {
    if (key[i] == '[') {
      const std::size_t close = key.find(']', i);
      if (close == std::string_view::npos || close == i + 1 || steps.empty()) return std::nullopt;
      Step s;
      s.isIndex = true;
      const char* first = key.data() + i + 1;
      const char* last = key.data() + close;
      const auto [end, ec] = std::from_chars(first, last, s.index);
      if (ec != std::errc() || end != last) return std::nullopt;
      steps.push_back(s);
      i = close + 1;
      expectMember = false;
      continue;
    }
    if (key[i] == '.') {
      if (steps.empty() || expectMember) return std::nullopt;
      ++i;
      expectMember = true;
      continue;
    }
    if (!expectMember) return std::nullopt; // "a[0]b"
    std::size_t end = i;
    while (end < key.size() && key[end] != '.' && key[end] != '[') ++end;
    steps.push_back(Step{std::string(key.substr(i, end - i)), 0, false});
    i = end;
    expectMember = false;
  }
  if (steps.empty() || expectMember) return std::nullopt;
  return steps;
}

const json* walk(const json& doc, const std::vector<Step>& steps) {
  const json* at = &doc;
  for (const Step& s : steps) {
    if (s.isIndex) {
      if (!at->is_array() || s.index >= at->size()) return nullptr;
      at = &(*at)[s.index];
    } else {
      if (!at->is_object()) return nullptr;
      const auto it = at->find(s.member);
      if (it == at->end()) return nullptr;
      at = &*it;
    }
  }
  return at;
}

void flattenInto(const json& value, const std::string& key, std::map<std::string, std::string>& out) {
  if (value.is_object()) {
    for (auto it = value.begin(); it != value.end(); ++it) flattenInto(it.value(), key + "." + it.key(), out);
  } else if (value.is_array()) {
    for (std::size_t i = 0; i < value.size(); ++i) {
      std::string element = key;
      element += "[";
      element += std::to_string(i);
      element += "]";
      flattenInto(value[i], element, out);
    }
  } else {
    out[key] = value.dump();
  }
}

// The layers before the last one (the output layer).
int hiddenLayerCount(const json& doc) {
  const json* layers = walk(doc, {Step{"network", 0, false}, Step{"layers", 0, false}});
  if (layers == nullptr || !layers->is_array() || layers->empty()) return 0;
  return static_cast<int>(layers->size()) - 1;
}

bool sameKind(const json& a, const json& b) {
  if (a.is_number() && b.is_number())
    return !(a.is_number_integer() || a.is_number_unsigned()) || b.is_number_integer() ||
           b.is_number_unsigned();
  return a.type() == b.type();
}

Error badValue(std::string_view key, std::string_view valueText) {
  Error e;
  e.code = ErrorCode::BadSettingValue;
  e.text = errorExcerpt(valueText);
  e.detail = std::string(key);
  return e;
}

} // namespace

std::map<std::string, std::string> SettingKeys::flatten(const json& projectDoc) {
  std::map<std::string, std::string> out;
  for (const char* part : {"network", "training"}) {
    const auto it = projectDoc.find(part);
    if (it != projectDoc.end()) flattenInto(*it, part, out);
  }
  if (projectDoc.contains("network"))
    out[std::string(kHiddenLayers)] = std::to_string(hiddenLayerCount(projectDoc));
  return out;
}

const json* SettingKeys::find(const json& doc, std::string_view key) {
  if (key == kHiddenLayers) {
    const json* layers = walk(doc, {Step{"network", 0, false}, Step{"layers", 0, false}});
    return layers != nullptr && layers->is_array() && !layers->empty() ? layers : nullptr;
  }
  const std::optional<std::vector<Step>> steps = parseKey(key);
  if (!steps) return nullptr;
  return walk(doc, *steps);
}

Error SettingKeys::set(json& doc, std::string_view key, std::string_view valueText) {
  const json* place = find(doc, key);
  if (place == nullptr) {
    Error e;
    e.code = ErrorCode::UnknownSetting;
    e.text = errorExcerpt(key);
    return e;
  }
  // JSON if it reads as JSON, else a bare word taken as a string.
  json value = json::parse(valueText, nullptr, /*allow_exceptions=*/false);
  if (value.is_discarded()) value = std::string(valueText);

  if (key == kHiddenLayers) {
    if (!value.is_number_integer() && !value.is_number_unsigned()) return badValue(key, valueText);
    const std::int64_t n = value.get<std::int64_t>();
    if (n < 0 || n > kMaxHiddenLayers) return badValue(key, valueText);
    json& layers = doc["network"]["layers"];
    json output = layers.back();
    layers.erase(layers.size() - 1);
    if (layers.empty() && n > 0) return badValue(key, valueText); // no hidden layer to repeat
    while (static_cast<std::int64_t>(layers.size()) > n) layers.erase(layers.size() - 1);
    while (static_cast<std::int64_t>(layers.size()) < n) layers.push_back(layers.back());
    layers.push_back(std::move(output));
    return {};
  }
  if (place->is_structured() || !sameKind(*place, value)) return badValue(key, valueText);
  *const_cast<json*>(place) = std::move(value); // `place` points into `doc`, which is not const
  return {};
}

std::string SettingKeys::brief(std::string_view key) {
  constexpr std::string_view layers = "network.layers";
  if (key.substr(0, layers.size()) == layers)
    return std::string(key.substr(std::string_view("network.").size()));
  const std::size_t dot = key.rfind('.');
  return std::string(dot == std::string_view::npos ? key : key.substr(dot + 1));
}

std::string SettingKeys::display(std::string_view valueText) {
  const json value = json::parse(valueText, nullptr, false);
  if (value.is_string()) return value.get<std::string>();
  return std::string(valueText);
}

} // namespace neurona
