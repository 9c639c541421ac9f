#pragma once
// Private helpers of the model and project files for image networks (version 2 of both formats): the
// network's "input_shape" [H, W, C], the keys of conv2d, maxpool2d, avgpool2d and flatten layers, and a
// conv2d's weights as the nested list [KH][KW][C_in][F]. Sizes are written as one number when height and
// width agree, and "stride" only when it is set (unset: 1 for conv2d, the pool size for a pool).
#include "GraphFields.h"
#include "JsonFields.h"
#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/graph/Validation.h"

#include <array>
#include <cstdint>
#include <string>

namespace neurona::imagefields {

using jsonfields::Json;

// The largest height, width or channel count of an image, and the largest kernel, pool or stride: far
// beyond any lesson, and small enough that products of sizes stay within int.
inline constexpr int kMaxImageSide = 4096;
// The most values an input shape may hold (H·W·C), 128 MB of doubles a sample.
inline constexpr std::int64_t kMaxImageValues = std::int64_t{1} << 24;

// Whether the network needs version 2 for its image layers or image input (graph networks need it too).
inline bool usesImages(const NetworkSpec& spec) {
  if (spec.inputShape) return true;
  for (const LayerSpec& l : spec.layers)
    if (needsImage(l.type) || l.type == LayerType::Flatten) return true;
  return false;
}

// The version of a file holding `spec`: 2 for a graph or an image network, else 1.
inline int versionFor(const NetworkSpec& spec) {
  return spec.isGraph() || usesImages(spec) ? graphfields::kGraphVersion : graphfields::kStraightVersion;
}

// A size [height, width] written as K when both are equal, else [KH, KW].
inline Json sizeJson(const std::array<int, 2>& s) {
  if (s[0] == s[1]) return s[0];
  return Json::array({s[0], s[1]});
}

// A size read as K (meaning [K, K]) or [KH, KW], each in [1, kMaxImageSide].
inline std::array<int, 2> sizeFromJson(const Json& v, const std::string& path) {
  using namespace jsonfields;
  if (!v.is_array()) {
    const int k = boundedInt(v, path, 1, kMaxImageSide);
    return {k, k};
  }
  if (v.size() != 2) fail(ErrorCode::WrongLength, path, {}, 2, static_cast<std::int64_t>(v.size()));
  return {boundedInt(v[0], element(path, 0), 1, kMaxImageSide),
          boundedInt(v[1], element(path, 1), 1, kMaxImageSide)};
}

inline Json inputShapeJson(const std::array<int, 3>& s) { return Json::array({s[0], s[1], s[2]}); }

// "input_shape" [H, W, C] at `path`: three sizes in [1, kMaxImageSide], at most kMaxImageValues in all.
inline std::array<int, 3> inputShapeFromJson(const Json& v, const std::string& path) {
  using namespace jsonfields;
  array(v, path);
  if (v.size() != 3) fail(ErrorCode::WrongLength, path, {}, 3, static_cast<std::int64_t>(v.size()));
  std::array<int, 3> s{};
  std::int64_t values = 1;
  for (std::size_t i = 0; i < 3; ++i) {
    s[i] = boundedInt(v[i], element(path, i), 1, kMaxImageSide);
    values *= s[i];
  }
  if (values > kMaxImageValues) fail(ErrorCode::BadValue, path, "size", kMaxImageValues, values);
  return s;
}

// The keys of an image layer other than its activation, initialisers and penalties (which conv2d shares
// with dense and each file writes as it writes a dense layer's).
inline void writeWindow(const LayerSpec& l, Json& j) {
  switch (l.type) {
  case LayerType::Conv2d:
    j["filters"] = l.filters;
    j["kernel"] = sizeJson(l.kernel);
    break;
  case LayerType::MaxPool2d:
  case LayerType::AvgPool2d: j["pool"] = sizeJson(l.pool); break;
  default: return; // flatten and the flat layers have no window
  }
  if (l.stride) j["stride"] = sizeJson(*l.stride);
  j["padding"] = std::string(toString(l.padding));
}

// Reads "filters" and "kernel" (conv2d, both required), "pool" (pools, required), "stride" and "padding"
// (optional) of the layer `j` at `path` into `l`. `maxFilters` bounds the filters (a model's must be
// trainable; a project's are bounded alike, so that shapes stay within int).
inline void readWindow(const Json& j, const std::string& path, LayerSpec& l, int maxFilters = kMaxUnits) {
  using namespace jsonfields;
  if (l.type == LayerType::Conv2d) {
    l.filters = boundedInt(required(j, path, "filters"), child(path, "filters"), 1, maxFilters);
    l.kernel = sizeFromJson(required(j, path, "kernel"), child(path, "kernel"));
  } else if (isPool(l.type)) {
    l.pool = sizeFromJson(required(j, path, "pool"), child(path, "pool"));
  } else {
    return;
  }
  if (const Json* v = optional(j, "stride")) l.stride = sizeFromJson(*v, child(path, "stride"));
  if (const Json* v = optional(j, "padding")) {
    const std::string pp = child(path, "padding");
    const std::string name = string(*v, pp);
    const auto p = paddingFromString(name);
    if (!p) fail(ErrorCode::UnknownName, pp, name);
    l.padding = *p;
  }
}

// A conv2d's weights (KH·KW·C_in) × F, row (kh·KW + kw)·C_in + c, as the nested list [KH][KW][C_in][F].
// C_in is the rows over KH·KW, so the matrix alone says how it nests.
inline Json convWeightsJson(const Eigen::Ref<const MatrixD>& w, const std::array<int, 2>& kernel) {
  const Eigen::Index cells = static_cast<Eigen::Index>(kernel[0]) * kernel[1];
  const int channels = cells > 0 ? static_cast<int>(w.rows() / cells) : 0;
  Json out = Json::array();
  for (int kh = 0; kh < kernel[0]; ++kh) {
    Json row = Json::array();
    for (int kw = 0; kw < kernel[1]; ++kw) {
      Json cell = Json::array();
      for (int c = 0; c < channels; ++c) {
        const Eigen::Index r = (static_cast<Eigen::Index>(kh) * kernel[1] + kw) * channels + c;
        Json filters = Json::array();
        for (Eigen::Index f = 0; f < w.cols(); ++f) filters.push_back(w(r, f));
        cell.push_back(std::move(filters));
      }
      row.push_back(std::move(cell));
    }
    out.push_back(std::move(row));
  }
  return out;
}

// Reads the nested [KH][KW][C_in][F] at `path` into the (KH·KW·C_in) × F matrix; every level's length is
// checked (WrongLength with the expected and actual counts at the list that is off).
inline MatrixD convWeightsFromJson(const Json& v, const std::string& path, const std::array<int, 2>& kernel,
                                   int channels, int filters) {
  using namespace jsonfields;
  const auto level = [](const Json& a, const std::string& at, int n) -> const Json& {
    array(a, at);
    if (a.size() != static_cast<std::size_t>(n))
      fail(ErrorCode::WrongLength, at, {}, n, static_cast<std::int64_t>(a.size()));
    return a;
  };
  MatrixD w(static_cast<Eigen::Index>(kernel[0]) * kernel[1] * channels, filters);
  level(v, path, kernel[0]);
  for (int kh = 0; kh < kernel[0]; ++kh) {
    const std::string hp = element(path, static_cast<std::size_t>(kh));
    const Json& row = level(v[static_cast<std::size_t>(kh)], hp, kernel[1]);
    for (int kw = 0; kw < kernel[1]; ++kw) {
      const std::string wp = element(hp, static_cast<std::size_t>(kw));
      const Json& cell = level(row[static_cast<std::size_t>(kw)], wp, channels);
      for (int c = 0; c < channels; ++c) {
        const std::string cp = element(wp, static_cast<std::size_t>(c));
        const VectorD f = vector(cell[static_cast<std::size_t>(c)], cp, filters);
        w.row((static_cast<Eigen::Index>(kh) * kernel[1] + kw) * channels + c) = f.transpose();
      }
    }
  }
  return w;
}

} // namespace neurona::imagefields
