#include "neurona/core/data/CsvWriter.h"

#include "neurona/core/io/AtomicFile.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <ostream>
#include <sstream>

namespace neurona {
namespace {

void appendField(std::string& out, std::string_view s, char sep) {
  // Quote when the field would otherwise change on reading: separators, quotes, line breaks, the
  // spaces the reader trims, an empty name, or text the reader takes as a missing value.
  const bool needsQuotes = s.empty() ||
                           s.find_first_of(std::string{sep, '"', '\n', '\r'}) != std::string_view::npos ||
                           s.front() == ' ' || s.back() == ' ' || s.front() == '\t' || s.back() == '\t';
  if (!needsQuotes) {
    out.append(s);
    return;
  }
  out.push_back('"');
  for (char c : s) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
}

void appendNumber(std::string& out, double v, bool decimalComma) {
  // Shortest spelling that reads back to the same double.
  std::array<char, 32> buf{};
  const auto r = std::to_chars(buf.data(), buf.data() + buf.size(), v);
  for (char* p = buf.data(); p != r.ptr; ++p) out.push_back(decimalComma && *p == '.' ? ',' : *p);
}

bool validOptions(const CsvWriteOptions& o) {
  return (o.separator == ',' || o.separator == ';' || o.separator == '\t') &&
         (!o.decimalComma || o.separator == ';');
}

} // namespace

bool CsvWriter::isConsistent(const Dataset& ds) {
  const Eigen::Index n = ds.samples();
  if (static_cast<Eigen::Index>(ds.featureNames.size()) != ds.featureCount()) return false;
  if (ds.task == TaskKind::Regression) {
    if (ds.targetsAreInputs) return true; // the inputs are written once: they are the targets too
    // One target column (none for no rows), or K with their names.
    const Eigen::Index k = ds.targets.cols();
    if (k <= 1) return ds.targets.size() == n;
    return ds.targets.rows() == n && static_cast<Eigen::Index>(ds.targetNames.size()) == k;
  }
  if (ds.labels.size() != n || ds.classNames.empty()) return false;
  for (Eigen::Index i = 0; i < n; ++i)
    if (ds.labels(i) < 0 || ds.labels(i) >= ds.classCount()) return false;
  return true;
}

std::string CsvWriter::toString(const Dataset& ds, const CsvWriteOptions& options) {
  std::string out;
  if (!validOptions(options) || !isConsistent(ds)) return out;
  const char sep = options.separator;
  out.reserve(static_cast<std::size_t>(ds.samples() * (ds.featureCount() + 1) * 12 + 64));
  // Targets that are the inputs are not written twice; several targets get a column each, at the end.
  const bool regression = ds.task == TaskKind::Regression;
  const Eigen::Index labels =
      regression ? (ds.targetsAreInputs ? 0 : std::max<Eigen::Index>(1, ds.targets.cols())) : 1;
  for (std::size_t j = 0; j < ds.featureNames.size(); ++j) {
    if (j > 0) out.push_back(sep);
    appendField(out, ds.featureNames[j], sep);
  }
  for (Eigen::Index k = 0; k < labels; ++k) {
    if (k > 0 || !ds.featureNames.empty()) out.push_back(sep);
    appendField(out, regression ? ds.targetName(k) : ds.labelName, sep);
  }
  out.push_back('\n');
  for (Eigen::Index i = 0; i < ds.samples(); ++i) {
    for (Eigen::Index j = 0; j < ds.featureCount(); ++j) {
      if (j > 0) out.push_back(sep);
      appendNumber(out, ds.features(i, j), options.decimalComma);
    }
    for (Eigen::Index k = 0; k < labels; ++k) {
      if (k > 0 || ds.featureCount() > 0) out.push_back(sep);
      if (regression)
        appendNumber(out, ds.targets(i, k), options.decimalComma);
      else
        appendField(out, ds.classNames[static_cast<std::size_t>(ds.labels(i))], sep);
    }
    out.push_back('\n');
  }
  return out;
}

namespace {

Error csvWriteError(ErrorCode code, const std::filesystem::path& path = {}) {
  Error e;
  e.code = code;
  e.file = path.string();
  return e;
}

} // namespace

Error CsvWriter::write(std::ostream& out, const Dataset& ds, const CsvWriteOptions& options) {
  if (!validOptions(options)) return csvWriteError(ErrorCode::BadOptions);
  if (!isConsistent(ds)) return csvWriteError(ErrorCode::InconsistentDataset);
  const std::string text = toString(ds, options);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  return out ? Error{} : csvWriteError(ErrorCode::CannotWrite);
}

Error CsvWriter::writeFile(const std::filesystem::path& path, const Dataset& ds,
                           const CsvWriteOptions& options) {
  if (!validOptions(options)) return csvWriteError(ErrorCode::BadOptions, path);
  if (!isConsistent(ds)) return csvWriteError(ErrorCode::InconsistentDataset, path);
  // The same crash-safe save as projects and models: a unique temporary, fsync, rename.
  return AtomicFile::write(path, toString(ds, options));
}

} // namespace neurona
