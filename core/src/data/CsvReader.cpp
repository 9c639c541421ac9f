#include "neurona/core/data/CsvReader.h"

#include "neurona/core/data/PixelNames.h"
#include "neurona/core/io/NumberText.h"

#include "CsvTokenizer.h"
#include "TextEncoding.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <fstream>
#include <istream>
#include <new>
#include <unordered_map>

namespace neurona {
namespace {

enum class NumberParse { Ok, NotNumber, NonFinite };

// A number as spreadsheets write it: an optional '+', and with decimalComma "1,5" for 1.5.
NumberParse parseNumber(std::string_view s, bool decimalComma, double& out) {
  if (s.empty()) return NumberParse::NotNumber;
  if (s.front() == '+') {
    s.remove_prefix(1);
    if (s.empty() || s.front() == '-' || s.front() == '+') return NumberParse::NotNumber;
  }
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  if (ptr != s.data() + s.size() || ec == std::errc::invalid_argument) {
    const auto comma = s.find(',');
    if (!decimalComma || comma == std::string_view::npos ||
        s.find(',', comma + 1) != std::string_view::npos || s.find('.') != std::string_view::npos ||
        s.size() > 64)
      return NumberParse::NotNumber;
    std::array<char, 64> buf{};
    std::copy(s.begin(), s.end(), buf.begin());
    buf[comma] = '.';
    const auto r = std::from_chars(buf.data(), buf.data() + s.size(), out);
    if (r.ptr != buf.data() + s.size() || r.ec == std::errc::invalid_argument) return NumberParse::NotNumber;
    ec = r.ec;
  }
  if (ec == std::errc::result_out_of_range || !std::isfinite(out)) return NumberParse::NonFinite;
  return NumberParse::Ok;
}

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; };
           return lower(x) == lower(y);
         });
}

bool isMissing(std::string_view s) {
  if (s.empty()) return true;
  for (std::string_view m : {"na", "n/a", "nan", "null", "?", "-nan"})
    if (equalsIgnoreCase(s, m)) return true;
  return false;
}

bool allEmpty(const std::vector<std::string_view>& fields) {
  return std::all_of(fields.begin(), fields.end(), [](std::string_view f) { return f.empty(); });
}

// "x1", "x2", ... (built by append: GCC 12 warns falsely on "x" + std::to_string under -O3).
std::string defaultName(std::size_t k, char prefix = 'x') {
  std::string name(1, prefix);
  name.append(std::to_string(k));
  return name;
}

// Picks the separator that splits the first records into the same number (>= 2) of fields, trying
// tab, then ';' (a ';' file with decimal commas also splits on ','), then ','.
char detectSeparator(std::string_view text) {
  constexpr std::array<char, 3> candidates{'\t', ';', ','};
  std::array<std::size_t, 3> firstCount{};
  std::vector<std::string_view> fields;
  for (std::size_t c = 0; c < candidates.size(); ++c) {
    CsvTokenizer tok(text, candidates[c]);
    bool consistent = true;
    std::size_t count = 0;
    for (int sampled = 0; sampled < 20;) {
      const auto st = tok.next(fields);
      if (st == CsvTokenizer::Status::End) break;
      if (st == CsvTokenizer::Status::UnterminatedQuote) {
        consistent = sampled > 0;
        break;
      }
      if (allEmpty(fields)) continue;
      if (sampled == 0)
        count = fields.size();
      else if (fields.size() != count)
        consistent = false;
      ++sampled;
    }
    firstCount[c] = count;
    if (consistent && count >= 2) return candidates[c];
  }
  const auto best = std::max_element(firstCount.begin(), firstCount.end());
  return *best >= 2 ? candidates[static_cast<std::size_t>(best - firstCount.begin())] : ',';
}

class Loader {
public:
  Loader(std::string_view text, const CsvOptions& options, CsvResult& result)
      : m_text(text), m_options(options), m_result(result) {}
  void run();

private:
  bool fail(ErrorCode code, std::size_t line = 0, std::size_t column = 0, std::string_view text = {},
            std::size_t found = 0, std::size_t expected = 0) {
    auto& e = m_result.error;
    e.code = code;
    e.line = static_cast<std::int64_t>(line);
    e.column = static_cast<std::int64_t>(column);
    if (column > 0 && column <= m_columnNames.size()) e.columnName = errorExcerpt(m_columnNames[column - 1]);
    e.text = errorExcerpt(text);
    e.actual = static_cast<std::int64_t>(found);
    e.expected = static_cast<std::int64_t>(expected);
    return false;
  }
  bool readHeader(CsvTokenizer& tok);
  bool findColumn(const std::string& wanted, std::size_t& column);
  bool chooseLabelColumns();
  bool readTargets(std::size_t line);
  bool readRows(CsvTokenizer& tok);
  void countMissingRows(CsvTokenizer& tok);
  bool checkLabel(std::string_view label, std::size_t line);
  bool buildLabels();
  bool classify(TaskKind task);

  std::string_view m_text;
  const CsvOptions& m_options;
  CsvResult& m_result;
  char m_sep = ',';
  bool m_decimalComma = false;
  std::vector<std::string> m_columnNames;
  std::size_t m_columns = 0;
  std::size_t m_labelColumn = 0;           // 0-based; the first of m_labelColumns
  std::vector<std::size_t> m_labelColumns; // 0-based, in the caller's order (none: labelsUnused)
  std::vector<char> m_isLabel;             // per column
  bool m_multiTarget = false;              // 2+ label columns: numeric targets, regression
  std::size_t m_headerLine = 0;
  std::vector<std::string_view> m_fields;
  std::vector<std::string_view> m_pending; // the first data record when it was read during detection
  std::size_t m_pendingLine = 0;
  bool m_hasPending = false;
  std::vector<std::vector<double>> m_columnsData; // per feature
  std::vector<std::string_view> m_labelText;
  std::vector<std::vector<double>> m_targetData; // per label column (m_multiTarget)
  std::size_t m_rows = 0;
  bool m_labelsNumeric = true;
  std::unordered_map<std::string_view, int> m_givenClass; // CsvOptions::classNames by text
  std::unordered_map<double, int> m_givenClassValue;      // ... and by value where numeric
};

bool Loader::readHeader(CsvTokenizer& tok) {
  // The first non-blank record.
  for (;;) {
    const auto st = tok.next(m_fields);
    if (st == CsvTokenizer::Status::End) return fail(ErrorCode::Empty);
    if (st == CsvTokenizer::Status::UnterminatedQuote)
      return fail(ErrorCode::UnterminatedQuote, tok.recordLine());
    if (!allEmpty(m_fields)) break;
  }
  const std::size_t firstLine = tok.recordLine();
  std::vector<std::string_view> first = m_fields;
  m_columns = first.size();

  bool header = false;
  if (m_options.hasHeader) {
    header = *m_options.hasHeader;
  } else {
    // Look at up to 10 following records on a copy of the tokenizer; the real one continues later.
    CsvTokenizer ahead = tok;
    std::vector<int> numericBelow(m_columns, -1); // -1 unknown, 1 all numbers so far, 0 some text
    for (int sampled = 0; sampled < 10;) {
      const auto st = ahead.next(m_fields);
      if (st != CsvTokenizer::Status::Record) break;
      if (allEmpty(m_fields)) continue;
      ++sampled;
      for (std::size_t c = 0; c < std::min(m_columns, m_fields.size()); ++c) {
        if (isMissing(m_fields[c])) continue;
        double v = 0;
        const bool number = parseNumber(m_fields[c], m_decimalComma, v) != NumberParse::NotNumber;
        if (numericBelow[c] < 0)
          numericBelow[c] = number ? 1 : 0;
        else if (!number)
          numericBelow[c] = 0;
      }
    }
    const bool anyBelow = std::any_of(numericBelow.begin(), numericBelow.end(), [](int s) { return s >= 0; });
    for (std::size_t c = 0; c < m_columns; ++c) {
      double v = 0;
      if (isMissing(first[c]) || parseNumber(first[c], m_decimalComma, v) != NumberParse::NotNumber) continue;
      if (!anyBelow || numericBelow[c] == 1) header = true; // text above numbers, or a lone text row
    }
  }

  if (header) {
    // Spreadsheets export formatted but empty columns as trailing empty names (and empty cells).
    while (first.size() > 1 && first.back().empty()) first.pop_back();
    m_columns = first.size();
    m_headerLine = firstLine;
    for (std::size_t c = 0; c < m_columns; ++c)
      m_columnNames.push_back(first[c].empty() ? defaultName(c + 1) : std::string(first[c]));
  } else {
    for (std::size_t c = 0; c < m_columns; ++c) m_columnNames.push_back(defaultName(c + 1));
    m_pending = std::move(first);
    m_pendingLine = firstLine;
    m_hasPending = true;
  }
  m_result.hadHeader = header;
  // Without a label column one column is an input already (see chooseLabelColumns for named ones).
  const std::size_t needed = m_options.labelsUnused ? 1 : 2;
  if (m_columns < needed) return fail(ErrorCode::NoFeatureColumns, firstLine, 0, {}, m_columns, needed);
  return true;
}

bool Loader::findColumn(const std::string& wanted, std::size_t& column) {
  std::size_t index = 0;
  const auto r = std::from_chars(wanted.data(), wanted.data() + wanted.size(), index);
  if (r.ec == std::errc() && r.ptr == wanted.data() + wanted.size()) {
    if (index < 1 || index > m_columns)
      return fail(ErrorCode::LabelColumnNotFound, 0, 0, wanted, index, m_columns);
    column = index - 1;
    return true;
  }
  if (m_result.hadHeader)
    for (std::size_t c = 0; c < m_columns; ++c)
      if (equalsIgnoreCase(m_columnNames[c], wanted)) {
        column = c;
        return true;
      }
  return fail(ErrorCode::LabelColumnNotFound, 0, 0, wanted);
}

bool Loader::chooseLabelColumns() {
  std::vector<std::string> wanted = m_options.labelColumns;
  if (wanted.empty() && !m_options.labelColumn.empty()) wanted.push_back(m_options.labelColumn);
  for (const std::string& name : wanted) {
    std::size_t column = 0;
    if (name.empty()) return fail(ErrorCode::LabelColumnNotFound, 0, 0, name);
    if (!findColumn(name, column)) return false;
    m_labelColumns.push_back(column);
  }
  if (wanted.empty() && !m_options.labelsUnused) {
    std::size_t column = m_columns - 1;
    if (m_result.hadHeader) {
      const auto named = [&](std::string_view name) {
        return std::find_if(m_columnNames.begin(), m_columnNames.end(),
                            [&](const std::string& n) { return equalsIgnoreCase(n, name); });
      };
      // "y" beside an "x" column is a coordinate (a painted or plotted dataset), not the label.
      const bool coordinates = named("x") != m_columnNames.end();
      for (std::string_view name : {"label", "class", "target", "clase", "etiqueta", "y"}) {
        if (name == "y" && coordinates) continue;
        const auto it = named(name);
        if (it != m_columnNames.end()) {
          column = static_cast<std::size_t>(it - m_columnNames.begin());
          break;
        }
      }
    }
    m_labelColumns.push_back(column);
  }
  m_isLabel.assign(m_columns, 0);
  for (std::size_t c : m_labelColumns) m_isLabel[c] = 1;
  const auto labels = static_cast<std::size_t>(std::count(m_isLabel.begin(), m_isLabel.end(), char{1}));
  if (labels >= m_columns) return fail(ErrorCode::NoFeatureColumns, 0, 0, {}, m_columns, labels + 1);
  m_labelColumn = m_labelColumns.empty() ? 0 : m_labelColumns.front();
  m_multiTarget = m_labelColumns.size() >= 2 && !m_options.labelsUnused;
  return true;
}

// The cells of several label columns: numbers, each a target.
bool Loader::readTargets(std::size_t line) {
  for (std::size_t k = 0; k < m_labelColumns.size(); ++k) {
    const std::size_t c = m_labelColumns[k];
    double v = 0;
    const auto parsed = parseNumber(m_fields[c], m_decimalComma, v);
    if (parsed == NumberParse::NotNumber) return fail(ErrorCode::NonNumericTarget, line, c + 1, m_fields[c]);
    if (parsed == NumberParse::NonFinite) return fail(ErrorCode::NonFiniteValue, line, c + 1, m_fields[c]);
    m_targetData[k].push_back(v);
  }
  return true;
}

bool Loader::checkLabel(std::string_view label, std::size_t line) {
  const std::size_t column = m_labelColumn + 1;
  double v = 0;
  const auto parsed = parseNumber(label, m_decimalComma, v);
  if (parsed == NumberParse::NonFinite) return fail(ErrorCode::NonFiniteValue, line, column, label);
  if (parsed == NumberParse::NotNumber) {
    m_labelsNumeric = false;
    if (m_options.task == TaskKind::Regression) return fail(ErrorCode::NonNumericTarget, line, column, label);
  }
  if (!m_options.classNames.empty() && m_options.task != TaskKind::Regression) {
    const bool known = m_givenClass.count(label) > 0 ||
                       (parsed == NumberParse::Ok && m_givenClassValue.count(v == 0 ? 0.0 : v) > 0);
    if (!known) return fail(ErrorCode::UnknownClass, line, column, label);
  }
  return true;
}

void Loader::countMissingRows(CsvTokenizer& tok) {
  std::size_t rows = 1; // the row already reported
  while (tok.next(m_fields) == CsvTokenizer::Status::Record) {
    if (allEmpty(m_fields)) continue;
    if (std::any_of(m_fields.begin(), m_fields.end(), isMissing) || m_fields.size() < m_columns) ++rows;
  }
  m_result.error.actual = static_cast<std::int64_t>(rows);
}

bool Loader::readRows(CsvTokenizer& tok) {
  const auto featureCount =
      m_columns - static_cast<std::size_t>(std::count(m_isLabel.begin(), m_isLabel.end(), char{1}));
  m_columnsData.assign(featureCount, {});
  if (m_multiTarget) m_targetData.assign(m_labelColumns.size(), {});
  // Reserve from the bytes left over the average record length seen so far, so large files do not
  // reallocate (and double their memory) as they grow.
  {
    CsvTokenizer ahead = tok;
    const std::size_t start = ahead.offset();
    int sampled = 0;
    while (sampled < 16 && ahead.next(m_fields) == CsvTokenizer::Status::Record) ++sampled;
    if (sampled > 0) {
      const double perRecord = static_cast<double>(ahead.offset() - start) / sampled;
      const auto estimate =
          static_cast<std::size_t>(static_cast<double>(tok.bytes() - start) / perRecord * 1.02) + 16;
      for (auto& col : m_columnsData) col.reserve(estimate);
      for (auto& col : m_targetData) col.reserve(estimate);
      if (!m_multiTarget && !m_labelColumns.empty() && !m_options.labelsUnused) m_labelText.reserve(estimate);
    }
  }
  std::vector<double> row(featureCount);
  for (;;) {
    std::size_t line = 0;
    if (m_hasPending) {
      m_fields = std::move(m_pending);
      line = m_pendingLine;
      m_hasPending = false;
    } else {
      const auto st = tok.next(m_fields);
      if (st == CsvTokenizer::Status::End) break;
      if (st == CsvTokenizer::Status::UnterminatedQuote)
        return fail(ErrorCode::UnterminatedQuote, tok.recordLine());
      line = tok.recordLine();
    }
    if (allEmpty(m_fields)) continue;
    if (m_fields.size() > m_columns &&
        std::all_of(m_fields.begin() + static_cast<std::ptrdiff_t>(m_columns), m_fields.end(),
                    [](std::string_view f) { return f.empty(); }))
      m_fields.resize(m_columns); // the cells of trailing unnamed columns
    if (m_fields.size() != m_columns)
      return fail(ErrorCode::RaggedRow, line, 0, {}, m_fields.size(), m_columns);

    // Unused label columns are not read, so nothing is missing there.
    auto missing = m_fields.end();
    for (auto it = m_fields.begin(); it != m_fields.end() && missing == m_fields.end(); ++it)
      if (isMissing(*it) &&
          !(m_options.labelsUnused && m_isLabel[static_cast<std::size_t>(it - m_fields.begin())]))
        missing = it;
    if (missing != m_fields.end()) {
      if (m_options.dropMissingRows) {
        if (m_result.droppedRows++ == 0) m_result.firstDroppedLine = line;
        continue;
      }
      const auto column = static_cast<std::size_t>(missing - m_fields.begin()) + 1;
      fail(ErrorCode::MissingValue, line, column, *missing);
      countMissingRows(tok);
      return false;
    }
    for (std::size_t c = 0, f = 0; c < m_columns; ++c) {
      if (m_isLabel[c]) continue;
      const auto parsed = parseNumber(m_fields[c], m_decimalComma, row[f]);
      if (parsed == NumberParse::NotNumber)
        return fail(ErrorCode::NonNumericFeature, line, c + 1, m_fields[c]);
      if (parsed == NumberParse::NonFinite) return fail(ErrorCode::NonFiniteValue, line, c + 1, m_fields[c]);
      ++f;
    }
    if (m_options.labelsUnused) {
      // The label columns' cells are not read.
    } else if (m_multiTarget) {
      if (!readTargets(line)) return false;
    } else {
      if (!checkLabel(m_fields[m_labelColumn], line)) return false;
      m_labelText.push_back(m_fields[m_labelColumn]);
    }
    for (std::size_t f = 0; f < featureCount; ++f) m_columnsData[f].push_back(row[f]);
    ++m_rows;
  }
  if (m_rows == 0)
    return fail(ErrorCode::NoRows, m_result.hadHeader ? m_headerLine + 1 : 1, 0, {}, m_result.droppedRows);
  return true;
}

bool Loader::classify(TaskKind task) {
  Dataset& ds = m_result.dataset;
  const auto n = static_cast<Eigen::Index>(m_labelText.size());
  ds.labels.resize(n);
  const std::size_t column = m_labelColumn + 1;
  if (!m_options.classNames.empty()) {
    ds.classNames = m_options.classNames;
    for (Eigen::Index i = 0; i < n; ++i) {
      const std::string_view s = m_labelText[static_cast<std::size_t>(i)];
      auto it = m_givenClass.find(s);
      if (it != m_givenClass.end()) {
        ds.labels(i) = it->second;
      } else {
        double v = 0;
        parseNumber(s, m_decimalComma, v);
        ds.labels(i) = m_givenClassValue.at(v == 0 ? 0.0 : v);
      }
    }
  } else if (m_labelsNumeric) {
    std::unordered_map<double, int> index;
    std::vector<double> values(m_labelText.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
      parseNumber(m_labelText[i], m_decimalComma, values[i]);
      if (values[i] == 0) values[i] = 0.0; // -0 and 0 are one class
      index.emplace(values[i], 0);
    }
    if (index.size() > m_options.maxClasses)
      return fail(ErrorCode::TooManyClasses, 0, column, {}, index.size(), m_options.maxClasses);
    std::vector<double> distinct;
    for (const auto& kv : index) distinct.push_back(kv.first);
    std::sort(distinct.begin(), distinct.end());
    for (std::size_t k = 0; k < distinct.size(); ++k) {
      index[distinct[k]] = static_cast<int>(k);
      ds.classNames.push_back(shortestText(distinct[k]));
    }
    for (Eigen::Index i = 0; i < n; ++i) ds.labels(i) = index[values[static_cast<std::size_t>(i)]];
  } else {
    std::unordered_map<std::string_view, int> index;
    for (std::string_view s : m_labelText) index.emplace(s, 0);
    if (index.size() > m_options.maxClasses)
      return fail(ErrorCode::TooManyClasses, 0, column, {}, index.size(), m_options.maxClasses);
    std::vector<std::string_view> distinct;
    for (const auto& kv : index) distinct.push_back(kv.first);
    // Numbers first, numerically; then text, byte by byte.
    std::sort(distinct.begin(), distinct.end(), [&](std::string_view a, std::string_view b) {
      double va = 0, vb = 0;
      const bool na = parseNumber(a, m_decimalComma, va) == NumberParse::Ok;
      const bool nb = parseNumber(b, m_decimalComma, vb) == NumberParse::Ok;
      if (na != nb) return na;
      if (na && va != vb) return va < vb;
      return a < b;
    });
    for (std::size_t k = 0; k < distinct.size(); ++k) {
      index[distinct[k]] = static_cast<int>(k);
      ds.classNames.emplace_back(distinct[k]);
    }
    for (Eigen::Index i = 0; i < n; ++i) ds.labels(i) = index[m_labelText[static_cast<std::size_t>(i)]];
  }
  const std::size_t classes = ds.classNames.size();
  if (classes == 1) return fail(ErrorCode::SingleClass, 0, column, ds.classNames.front(), 1, 2);
  if (task == TaskKind::BinaryClassification && classes != 2)
    return fail(ErrorCode::WrongClassCount, 0, column, {}, classes, 2);
  ds.task = task;
  return true;
}

bool Loader::buildLabels() {
  Dataset& ds = m_result.dataset;
  if (m_options.labelsUnused) {
    ds.task = TaskKind::Regression; // the caller sets the targets
    return true;
  }
  if (m_multiTarget) {
    ds.task = TaskKind::Regression;
    ds.targets.resize(static_cast<Eigen::Index>(m_rows), static_cast<Eigen::Index>(m_targetData.size()));
    for (std::size_t k = 0; k < m_targetData.size(); ++k) {
      ds.targets.col(static_cast<Eigen::Index>(k)) =
          Eigen::Map<const VectorD>(m_targetData[k].data(), static_cast<Eigen::Index>(m_rows));
      m_targetData[k] = {};
    }
    return true;
  }
  TaskKind task = TaskKind::BinaryClassification;
  if (m_options.task) {
    task = *m_options.task;
  } else if (!m_options.classNames.empty()) {
    task = m_options.classNames.size() == 2 ? TaskKind::BinaryClassification
                                            : TaskKind::MulticlassClassification;
  } else if (m_labelsNumeric) {
    // Integer labels with few distinct values are classes; any other number is a regression target.
    std::unordered_map<double, char> distinct;
    bool integral = true;
    for (std::string_view s : m_labelText) {
      double v = 0;
      parseNumber(s, m_decimalComma, v);
      if (v != std::floor(v)) {
        integral = false;
        break;
      }
      if (distinct.emplace(v == 0 ? 0.0 : v, 0).second && distinct.size() > m_options.maxClasses) {
        integral = false;
        break;
      }
    }
    task = !integral
               ? TaskKind::Regression
               : (distinct.size() == 2 ? TaskKind::BinaryClassification : TaskKind::MulticlassClassification);
  } else {
    task = TaskKind::MulticlassClassification; // refined to binary below
  }
  if (task == TaskKind::Regression) {
    ds.task = task;
    ds.targets.resize(static_cast<Eigen::Index>(m_labelText.size()), 1);
    for (std::size_t i = 0; i < m_labelText.size(); ++i)
      parseNumber(m_labelText[i], m_decimalComma, ds.targets(static_cast<Eigen::Index>(i), 0));
    return true;
  }
  const bool forcedMulti = m_options.task == TaskKind::MulticlassClassification;
  if (!classify(task)) return false;
  if (!forcedMulti && !m_options.task)
    ds.task = ds.classNames.size() == 2 ? TaskKind::BinaryClassification : TaskKind::MulticlassClassification;
  return true;
}

void Loader::run() {
  m_sep = m_options.separator ? *m_options.separator : detectSeparator(m_text);
  m_decimalComma = m_options.decimalComma ? *m_options.decimalComma : m_sep == ';';
  m_result.separator = m_sep;
  m_result.decimalComma = m_decimalComma;
  for (std::size_t k = 0; k < m_options.classNames.size(); ++k) {
    const std::string& name = m_options.classNames[k];
    m_givenClass.emplace(name, static_cast<int>(k));
    double v = 0;
    if (parseNumber(name, m_decimalComma, v) == NumberParse::Ok)
      m_givenClassValue.emplace(v == 0 ? 0.0 : v, static_cast<int>(k));
  }

  CsvTokenizer tok(m_text, m_sep);
  if (!readHeader(tok) || !chooseLabelColumns()) return;
  m_result.labelColumn = m_labelColumns.empty() ? 0 : m_labelColumn + 1;
  for (std::size_t c : m_labelColumns) m_result.labelColumns.push_back(c + 1);
  if (!readRows(tok) || !buildLabels()) return;

  Dataset& ds = m_result.dataset;
  if (m_multiTarget) {
    for (std::size_t k = 0; k < m_labelColumns.size(); ++k)
      ds.targetNames.push_back(m_result.hadHeader ? m_columnNames[m_labelColumns[k]]
                                                  : defaultName(k + 1, 'y'));
    ds.labelName = ds.targetNames.front();
  } else if (!m_labelColumns.empty()) {
    ds.labelName = m_result.hadHeader ? m_columnNames[m_labelColumn] : "label";
  }
  for (std::size_t c = 0, f = 0; c < m_columns; ++c) {
    if (m_isLabel[c]) continue;
    ds.featureNames.push_back(m_result.hadHeader ? m_columnNames[c] : defaultName(++f));
  }
  ds.imageShape = squareImageShape(ds.featureNames);
  m_labelText = {};
  // Column by column, releasing each parsed column as it is copied, so the peak stays ~1 copy.
  const auto rows = static_cast<Eigen::Index>(m_columnsData.front().size());
  ds.features.resize(rows, static_cast<Eigen::Index>(m_columnsData.size()));
  for (std::size_t f = 0; f < m_columnsData.size(); ++f) {
    ds.features.col(static_cast<Eigen::Index>(f)) = Eigen::Map<const VectorD>(m_columnsData[f].data(), rows);
    m_columnsData[f] = {};
  }
}

} // namespace

CsvResult CsvReader::readString(std::string_view text, const CsvOptions& options) {
  CsvResult result;
  auto failWith = [&](ErrorCode code, std::size_t line, std::size_t found) {
    result.error.code = code;
    result.error.line = static_cast<std::int64_t>(line);
    result.error.actual = static_cast<std::int64_t>(found);
    return result;
  };
  if (text.size() > options.maxBytes) {
    result.error.expected = static_cast<std::int64_t>(options.maxBytes);
    return failWith(ErrorCode::TooLarge, 0, text.size());
  }

  std::string converted; // owns the text when it had to be re-encoded
  if (text.size() >= 2 &&
      ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'))) {
    auto utf8 = text::utf16ToUtf8(text.substr(2), text[0] == '\xFE');
    if (!utf8) return failWith(ErrorCode::NotText, 1, 0);
    converted = std::move(*utf8);
    text = converted;
  }
  if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  if (const auto bad = text::firstBinaryByte(text))
    return failWith(ErrorCode::NotText, text::lineOfOffset(text, *bad), *bad);
  if (const auto bad = text::firstInvalidUtf8(text)) {
    if (!options.acceptLatin1) return failWith(ErrorCode::InvalidUtf8, text::lineOfOffset(text, *bad), *bad);
    converted = text::windows1252ToUtf8(text);
    text = converted;
    result.transcodedLatin1 = true;
  }

  Loader loader(text, options, result);
  try {
    loader.run();
  } catch (const std::bad_alloc&) {
    result.error = {};
    result.error.code = ErrorCode::TooLarge;
    result.error.actual = static_cast<std::int64_t>(text.size());
  }
  if (!result.ok()) result.dataset = Dataset{};
  return result;
}

CsvResult CsvReader::readStream(std::istream& in, const CsvOptions& options) {
  std::string data;
  std::array<char, 1 << 16> chunk{};
  while (in) {
    in.read(chunk.data(), chunk.size());
    data.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
    if (data.size() > options.maxBytes) {
      CsvResult r;
      r.error.code = ErrorCode::TooLarge;
      r.error.actual = static_cast<std::int64_t>(data.size());
      r.error.expected = static_cast<std::int64_t>(options.maxBytes);
      return r;
    }
  }
  if (in.bad()) {
    CsvResult r;
    r.error.code = ErrorCode::CannotOpen;
    return r;
  }
  return readString(data, options);
}

CsvResult CsvReader::readFile(const std::filesystem::path& path, const CsvOptions& options) {
  CsvResult r;
  r.error.code = ErrorCode::CannotOpen;
  r.error.text = path.string();
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) return r;
  if (!std::filesystem::is_regular_file(path, ec)) { // a device or a pipe would never end
    r.error.code = ErrorCode::NotRegularFile;
    return r;
  }
  const auto size = std::filesystem::file_size(path, ec);
  if (ec) return r;
  if (size > options.maxBytes) {
    r.error.code = ErrorCode::TooLarge;
    r.error.actual = static_cast<std::int64_t>(size);
    r.error.expected = static_cast<std::int64_t>(options.maxBytes);
    return r;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return r;
  std::string data(static_cast<std::size_t>(size), '\0'); // the whole file in one read
  in.read(data.data(), static_cast<std::streamsize>(size));
  if (static_cast<std::uintmax_t>(in.gcount()) != size) return r;
  return readString(data, options);
}

} // namespace neurona
