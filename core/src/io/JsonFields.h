#pragma once
// Private helpers of the JSON readers: typed access to a key or element that, on failure, throws a
// FieldError carrying the Error (code + JSON path). Readers catch it once at the top.
#include "neurona/core/Error.h"
#include "neurona/core/Types.h"
#include "neurona/core/io/AtomicFile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <climits>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <optional>

#include <string>
#include <string_view>
#include <vector>

namespace neurona::jsonfields {

using Json = nlohmann::json;

struct FieldError {
  Error error;
};

inline std::string child(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}
inline std::string element(const std::string& path, std::size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

// At most 64 bytes of a value taken from the file (cut at a UTF-8 character boundary, "..." added), so that
// a 50 MB name in a file does not become a 50 MB message.
inline std::string excerpt(std::string_view s) {
  if (s.size() <= kErrorTextMax) return std::string(s);
  return errorExcerpt(s) + "...";
}

[[noreturn]] inline void fail(ErrorCode code, const std::string& path, std::string_view detail = {},
                              std::int64_t expected = 0, std::int64_t actual = 0) {
  Error e;
  e.code = code;
  e.jsonPath = excerpt(path);
  e.detail = excerpt(detail);
  e.expected = expected;
  e.actual = actual;
  throw FieldError{std::move(e)};
}

inline const Json& object(const Json& v, const std::string& path) {
  if (!v.is_object()) fail(ErrorCode::WrongType, path, "object");
  return v;
}
inline const Json& array(const Json& v, const std::string& path) {
  if (!v.is_array()) fail(ErrorCode::WrongType, path, "array");
  return v;
}
// The value under `key` of object `o` (at `path`), or a MissingKey error.
inline const Json& required(const Json& o, const std::string& path, std::string_view key) {
  const auto it = o.find(key);
  if (it == o.end()) fail(ErrorCode::MissingKey, child(path, key));
  return *it;
}
// Pointer to the value under `key`, nullptr when absent (optional keys take defaults).
inline const Json* optional(const Json& o, std::string_view key) {
  const auto it = o.find(key);
  return it == o.end() ? nullptr : &*it;
}

inline double number(const Json& v, const std::string& path) {
  if (!v.is_number()) fail(ErrorCode::WrongType, path, "number");
  const double d = v.get<double>();
  if (!std::isfinite(d)) fail(ErrorCode::BadValue, path, "not-finite"); // e.g. 1e999
  return d;
}
inline std::int64_t integer(const Json& v, const std::string& path) {
  if (v.is_number_unsigned() && v.get<std::uint64_t>() > static_cast<std::uint64_t>(INT64_MAX))
    fail(ErrorCode::BadValue, path, v.dump());
  if (v.is_number_integer()) return v.get<std::int64_t>();
  if (v.is_number_float()) {
    // 2^63 bounds the doubles that convert to int64 without overflow.
    const double d = v.get<double>();
    if (std::isfinite(d) && std::abs(d) < 9.2e18 && d == std::trunc(d)) return static_cast<std::int64_t>(d);
  }
  fail(ErrorCode::WrongType, path, "integer");
}
// An integer within [lo, hi], or BadValue.
inline int boundedInt(const Json& v, const std::string& path, std::int64_t lo, std::int64_t hi) {
  const std::int64_t i = integer(v, path);
  if (i < lo || i > hi) fail(ErrorCode::BadValue, path, std::to_string(i));
  return static_cast<int>(i);
}
inline std::uint64_t unsignedInteger(const Json& v, const std::string& path) {
  if (v.is_number_unsigned()) return v.get<std::uint64_t>();
  const std::int64_t i = integer(v, path);
  if (i < 0) fail(ErrorCode::BadValue, path, std::to_string(i));
  return static_cast<std::uint64_t>(i);
}
inline bool boolean(const Json& v, const std::string& path) {
  if (!v.is_boolean()) fail(ErrorCode::WrongType, path, "boolean");
  return v.get<bool>();
}
inline std::string string(const Json& v, const std::string& path) {
  if (!v.is_string()) fail(ErrorCode::WrongType, path, "string");
  return v.get<std::string>();
}
inline std::vector<std::string> strings(const Json& v, const std::string& path) {
  array(v, path);
  std::vector<std::string> out;
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) out.push_back(string(v[i], element(path, i)));
  return out;
}

// A vector of numbers; `expected` >= 0 checks its length.
inline VectorD vector(const Json& v, const std::string& path, std::int64_t expected = -1) {
  array(v, path);
  const auto n = static_cast<std::int64_t>(v.size());
  if (expected >= 0 && n != expected) fail(ErrorCode::WrongLength, path, {}, expected, n);
  VectorD out(n);
  for (std::size_t i = 0; i < v.size(); ++i)
    out(static_cast<Eigen::Index>(i)) = number(v[i], element(path, i));
  return out;
}

// A matrix stored as rows of numbers.
inline MatrixD matrix(const Json& v, const std::string& path, std::int64_t rows, std::int64_t cols) {
  array(v, path);
  const auto n = static_cast<std::int64_t>(v.size());
  if (n != rows) fail(ErrorCode::WrongRowCount, path, {}, rows, n);
  MatrixD out(rows, cols);
  for (std::size_t r = 0; r < v.size(); ++r) {
    const std::string rp = element(path, r);
    array(v[r], rp);
    const auto c = static_cast<std::int64_t>(v[r].size());
    if (c != cols) fail(ErrorCode::WrongColumnCount, rp, {}, cols, c);
    for (std::size_t k = 0; k < v[r].size(); ++k)
      out(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(k)) = number(v[r][k], element(rp, k));
  }
  return out;
}

inline Json vectorJson(const Eigen::Ref<const VectorD>& v) {
  Json a = Json::array();
  for (Eigen::Index i = 0; i < v.size(); ++i) a.push_back(v(i));
  return a;
}
inline Json matrixJson(const Eigen::Ref<const MatrixD>& m) {
  Json rows = Json::array();
  for (Eigen::Index r = 0; r < m.rows(); ++r) {
    Json row = Json::array();
    for (Eigen::Index c = 0; c < m.cols(); ++c) row.push_back(m(r, c));
    rows.push_back(std::move(row));
  }
  return rows;
}

} // namespace neurona::jsonfields

namespace neurona::jsonfields {

// The 1-based line and column of byte `at` of `text`.
inline void setPosition(Error& e, std::string_view text, std::size_t at) {
  std::int64_t line = 1, column = 1;
  for (std::size_t i = 0; i < at && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  e.line = line;
  e.column = column;
}

// The offset of the first '[' or '{' (outside strings) that opens level kMaxJsonDepth + 1, if any. A
// linear scan, so that a deep document never reaches the parser nor the code that copies it.
inline std::optional<std::size_t> tooDeepAt(std::string_view text) {
  int depth = 0;
  bool inString = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inString) {
      if (c == '\\') ++i; // the escaped character cannot end the string
      else if (c == '"') inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return i;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::nullopt;
}

// The offset of the first JSON number spelled `token` outside strings in `text`, if any.
inline std::optional<std::size_t> numberAt(std::string_view text, std::string_view token) {
  const auto numberChar = [](char c) { return (c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'; };
  bool inString = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (inString) {
      if (c == '\\') ++i;
      else if (c == '"') inString = false;
    } else if (c == '"') {
      inString = true;
    } else if (numberChar(c) && (i == 0 || !numberChar(text[i - 1])) && text.substr(i, token.size()) == token &&
               (i + token.size() == text.size() || !numberChar(text[i + token.size()]))) {
      return i;
    }
  }
  return std::nullopt;
}

// Parses JSON text; a syntax error becomes NotJson with the 1-based line and column of the byte at fault,
// nesting beyond kMaxJsonDepth TooDeep, with the position of the bracket.
inline Result<Json> parse(std::string_view text) {
  Result<Json> out;
  if (const std::optional<std::size_t> at = tooDeepAt(text)) {
    out.error.code = ErrorCode::TooDeep;
    out.error.expected = kMaxJsonDepth;
    setPosition(out.error, text, *at);
    return out;
  }
  try {
    out.value = Json::parse(text);
  } catch (const Json::parse_error& e) {
    out.error.code = ErrorCode::NotJson;
    const std::size_t at = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, text.size());
    int line = 1, column = 1;
    for (std::size_t i = 0; i < at; ++i) {
      if (text[i] == '\n') {
        ++line;
        column = 1;
      } else {
        ++column;
      }
    }
    out.error.line = line;
    out.error.column = column;
  } catch (const Json::exception& e) {
    // e.g. out_of_range 406: a number too large for a double ("1e999"). nlohmann gives no position but
    // names the number: its first occurrence outside a string is the one at fault.
    out.error.code = ErrorCode::NotJson;
    out.error.detail = "number-overflow";
    const std::string_view what = e.what();
    const std::size_t open = what.find("parsing '");
    const std::size_t close = what.rfind('\'');
    if (open != std::string_view::npos && close > open + 9) {
      if (const std::optional<std::size_t> at = numberAt(text, what.substr(open + 9, close - open - 9)))
        setPosition(out.error, text, *at);
    }
  }
  return out;
}

// The shared shape of a versioned JSON file: text → document → value, with the error naming the file.
template <class T, class FromJson> Result<T> parseDocument(std::string_view text, FromJson fromJson) {
  Result<Json> doc = parse(text);
  if (!doc.ok()) return {T{}, doc.error};
  try {
    return fromJson(doc.value);
  } catch (const Json::exception&) {
    // The readers check every type before they convert; should one slip, the file is refused rather
    // than the program ended.
    Result<T> r;
    r.error.code = ErrorCode::WrongType;
    return r;
  }
}

template <class T, class Parse> Result<T> readDocument(const std::filesystem::path& file, Parse parseText) {
  Result<std::string> text = AtomicFile::read(file);
  if (!text.ok()) return {T{}, text.error};
  Result<T> loaded = parseText(text.value);
  if (!loaded.ok()) loaded.error.file = file.string();
  return loaded;
}

// Checks "format" and "version" of a document (at `path`, "" for the top level) and returns the version.
inline int checkHeader(const Json& doc, const std::string& path, std::string_view format, int newest) {
  object(doc, path);
  const Json* f = optional(doc, "format");
  if (!f) fail(ErrorCode::MissingFormat, child(path, "format"));
  const std::string name = string(*f, child(path, "format"));
  if (name != format) fail(ErrorCode::WrongFormat, child(path, "format"), name);
  const std::string vp = child(path, "version");
  const std::int64_t v = integer(required(doc, path, "version"), vp);
  if (v > newest) fail(ErrorCode::NewerVersion, vp, {}, newest, v);
  if (v < 1) fail(ErrorCode::BadValue, vp, std::to_string(v));
  return static_cast<int>(v);
}

} // namespace neurona::jsonfields

namespace neurona::jsonfields {

// Indented JSON in which arrays of scalars stay on one line, so a weight matrix reads as one row per
// line. Scalars use nlohmann's dump (shortest text that reads back to the same double).
inline void pretty(const Json& v, std::string& out, int indent) {
  const auto scalarArray = [](const Json& a) {
    for (const Json& e : a)
      if (e.is_structured()) return false;
    return true;
  };
  const std::string pad(static_cast<std::size_t>(indent + 2), ' ');
  const std::string closePad(static_cast<std::size_t>(indent), ' ');
  if (v.is_object()) {
    if (v.empty()) {
      out += "{}";
      return;
    }
    out += "{\n";
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (!first) out += ",\n";
      first = false;
      out += pad + Json(it.key()).dump() + ": ";
      pretty(it.value(), out, indent + 2);
    }
    out += "\n" + closePad + "}";
  } else if (v.is_array()) {
    if (scalarArray(v)) {
      out += "[";
      for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + v[i].dump();
      out += "]";
      return;
    }
    out += "[\n";
    for (std::size_t i = 0; i < v.size(); ++i) {
      if (i) out += ",\n";
      out += pad;
      pretty(v[i], out, indent + 2);
    }
    out += "\n" + closePad + "]";
  } else {
    out += v.dump();
  }
}

inline std::string pretty(const Json& v) {
  std::string out;
  pretty(v, out, 0);
  out += '\n';
  return out;
}

} // namespace neurona::jsonfields
