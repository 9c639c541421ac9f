#include "cli/InputTable.h"

#include "neurona/core/io/AtomicFile.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace neurona::cli {

namespace {

struct Row {
  int line = 0; // 1-based line where the record starts
  std::vector<std::string> fields;
};

std::string trim(std::string s) {
  const auto notSpace = [](unsigned char c) { return c != ' ' && c != '\t' && c != '\r'; };
  s.erase(s.begin(), std::find_if(s.begin(), s.end(), notSpace));
  s.erase(std::find_if(s.rbegin(), s.rend(), notSpace).base(), s.end());
  return s;
}

std::vector<Row> split(std::string_view text, char sep) {
  std::vector<Row> rows;
  Row row;
  std::string field;
  bool quoted = false;
  int line = 1;
  row.line = 1;
  bool any = false;
  const auto endRecord = [&] {
    row.fields.push_back(trim(field));
    field.clear();
    const bool blank = row.fields.size() == 1 && row.fields[0].empty();
    if (!blank) rows.push_back(std::move(row));
    row = Row{};
    any = false;
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (!any) {
      row.line = line;
      any = true;
    }
    if (quoted) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          quoted = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
    } else if (c == '"') {
      quoted = true;
    } else if (c == sep) {
      row.fields.push_back(trim(field));
      field.clear();
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      endRecord();
      ++line;
    } else {
      field += c;
    }
  }
  if (any) endRecord();
  return rows;
}

bool toNumber(const std::string& s, double& v) {
  const auto r = std::from_chars(s.data(), s.data() + s.size(), v);
  return !s.empty() && r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(v);
}

} // namespace

Result<InputTable> InputTable::parse(std::string_view text, const std::vector<std::string>& names) {
  Result<InputTable> out;
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3); // UTF-8 BOM
  const std::string_view firstLine = text.substr(0, text.find('\n'));
  char sep = ',';
  std::size_t best = 0;
  for (char c : {',', ';', '\t'}) {
    const auto n = static_cast<std::size_t>(std::count(firstLine.begin(), firstLine.end(), c));
    if (n > best) {
      best = n;
      sep = c;
    }
  }
  // Errors are BadCsv with the reader's code as cause, as for a project's CSV file.
  const auto fail = [&](std::int64_t line, std::int64_t column, ErrorCode cause, std::int64_t expected = 0,
                        std::int64_t actual = 0, std::string_view text = {}) {
    out.error.code = ErrorCode::BadCsv;
    out.error.cause = cause;
    out.error.line = line;
    out.error.column = column;
    out.error.detail = std::string(toString(cause));
    if (!text.empty()) {
      out.error.text = text.size() > kErrorTextMax ? errorExcerpt(text) + "..." : std::string(text);
      out.error.detail.append(": ").append(out.error.text);
    }
    out.error.expected = expected;
    out.error.actual = actual;
    return out;
  };
  // A binary file is refused before its bytes end up in a message on the terminal.
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == 0 || (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == 0x7F)
      return fail(1 + std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(i), '\n'), 0,
                  ErrorCode::NotText, 0, static_cast<std::int64_t>(i));
  }
  std::vector<Row> rows = split(text, sep);
  std::vector<std::size_t> columns(names.size());
  for (std::size_t i = 0; i < columns.size(); ++i) columns[i] = i;
  std::size_t first = 0;
  if (!rows.empty()) {
    bool header = false;
    double v = 0;
    for (const std::string& f : rows[0].fields) header = header || !toNumber(f, v);
    if (header) {
      first = 1;
      std::vector<std::size_t> byName;
      for (const std::string& n : names) {
        const auto it = std::find(rows[0].fields.begin(), rows[0].fields.end(), n);
        if (it == rows[0].fields.end()) break;
        byName.push_back(static_cast<std::size_t>(it - rows[0].fields.begin()));
      }
      if (byName.size() == names.size()) columns = byName;
    }
    if (rows[0].fields.size() < names.size())
      return fail(rows[0].line, 0, ErrorCode::TooFewColumns, static_cast<std::int64_t>(names.size()),
                  static_cast<std::int64_t>(rows[0].fields.size()));
  }
  if (rows.size() <= first) return fail(0, 0, rows.empty() ? ErrorCode::Empty : ErrorCode::NoRows);
  const auto n = static_cast<Eigen::Index>(rows.size() - first);
  out.value.values.resize(n, static_cast<Eigen::Index>(names.size()));
  for (std::size_t r = first; r < rows.size(); ++r) {
    for (std::size_t c = 0; c < columns.size(); ++c) {
      if (columns[c] >= rows[r].fields.size())
        return fail(rows[r].line, static_cast<std::int64_t>(columns[c] + 1), ErrorCode::MissingColumn);
      const std::string& cell = rows[r].fields[columns[c]];
      double v = 0;
      if (!toNumber(cell, v))
        return fail(rows[r].line, static_cast<std::int64_t>(columns[c] + 1), ErrorCode::NonNumericFeature, 0,
                    0, cell);
      out.value.values(static_cast<Eigen::Index>(r - first), static_cast<Eigen::Index>(c)) = v;
      out.value.rawCells.push_back(cell);
    }
  }
  return out;
}

Result<InputTable> InputTable::read(const std::filesystem::path& file,
                                    const std::vector<std::string>& names) {
  Result<std::string> text = AtomicFile::read(file);
  if (!text.ok()) return {InputTable{}, text.error};
  Result<InputTable> t = parse(text.value, names);
  t.error.file = file.string();
  return t;
}

} // namespace neurona::cli
