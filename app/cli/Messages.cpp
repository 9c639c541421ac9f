#include "cli/Messages.h"

#include <cstdio>
#include <sstream>

namespace neurona::cli {

namespace {

std::string where(const FileError& e) {
  std::ostringstream s;
  s << (e.file.empty() ? std::string("neurona-cli") : e.file);
  if (e.line > 0) {
    s << ':' << e.line;
    if (e.column > 0) s << ':' << e.column;
  }
  return s.str();
}

// What is wrong, as the rest of a sentence whose subject is the JSON path ("has 3 rows, expected 4").
std::string predicate(const FileError& e) {
  std::ostringstream s;
  switch (e.code) {
  case FileErrorCode::None: s << "has no error"; break;
  case FileErrorCode::CannotOpen: s << "cannot be opened"; break;
  case FileErrorCode::CannotWrite: s << "cannot be written"; break;
  case FileErrorCode::NotJson: s << "is not valid JSON"; break;
  case FileErrorCode::MissingFormat: s << "is missing: not a Neurona file"; break;
  case FileErrorCode::WrongFormat: s << "is \"" << e.detail << "\", not the expected kind of file"; break;
  case FileErrorCode::NewerVersion:
    s << e.actual << " is newer than this program reads (up to " << e.expected << "); please update Neurona";
    break;
  case FileErrorCode::MissingKey: s << "is missing"; break;
  case FileErrorCode::WrongType:
    s << "should be ";
    if (e.detail.empty())
      s << "another type";
    else
      s << (e.detail == "object" || e.detail == "array" || e.detail == "integer" ? "an " : "a ") << e.detail;
    break;
  case FileErrorCode::UnknownName: s << "has an unknown name \"" << e.detail << "\""; break;
  case FileErrorCode::BadValue:
    s << "is out of range";
    if (!e.detail.empty()) s << " (" << e.detail << ")";
    if (e.expected != 0 || e.actual != 0) s << ": expected " << e.expected << ", found " << e.actual;
    break;
  case FileErrorCode::WrongRowCount: s << "has " << e.actual << " rows, expected " << e.expected; break;
  case FileErrorCode::WrongColumnCount: s << "has " << e.actual << " columns, expected " << e.expected; break;
  case FileErrorCode::WrongLength: s << "has " << e.actual << " entries, expected " << e.expected; break;
  case FileErrorCode::BadCsv:
    s << "cannot be read as CSV (" << e.detail << ")";
    if (e.expected != 0 || e.actual != 0) s << ": expected " << e.expected << ", found " << e.actual;
    break;
  case FileErrorCode::InconsistentModel:
    s << "does not fit (" << e.detail << "): expected " << e.expected << ", found " << e.actual;
    break;
  }
  return s.str();
}

// A CSV problem in words. `detail` is the reader's code, optionally followed by ": " and the field at fault
// (core's CsvReader codes, and those of the predict input table: too-few-columns, missing-column,
// not-a-number); expected and actual carry the counts.
std::string csvSentence(const FileError& e) {
  const std::size_t colon = e.detail.find(": ");
  const std::string code = e.detail.substr(0, colon);
  std::string text; // the field, quoted
  if (colon != std::string::npos) text.append(1, '"').append(e.detail, colon + 2).append(1, '"');
  std::ostringstream s;
  if (code == "empty") s << "the file is empty";
  else if (code == "not-text") s << "this is not a text file (binary data at byte " << e.actual << "); save it as CSV";
  else if (code == "invalid-utf8") s << "the text is not valid UTF-8 (byte " << e.actual << "); save the file as UTF-8 CSV";
  else if (code == "too-large") s << "the file is too large (" << e.actual / 1000000 << " MB; the limit is " << e.expected / 1000000 << " MB)";
  else if (code == "unterminated-quote") s << "a quotation mark opened here is never closed";
  else if (code == "no-feature-columns")
    s << "the file needs at least two columns (one or more inputs and the label); it has " << e.actual;
  else if (code == "no-rows") s << "there are no rows of data";
  else if (code == "ragged-row") s << "this line has " << e.actual << " values, but the first line has " << e.expected;
  else if (code == "non-numeric-feature" || code == "not-a-number") s << text << " is not a number";
  else if (code == "non-finite-value") s << text << " is infinite or too large";
  else if (code == "missing-value")
    s << "a value is missing (" << (text.empty() ? std::string("an empty cell") : text) << "); " << e.actual
      << (e.actual == 1 ? " row has" : " rows have") << " missing values";
  else if (code == "label-column-not-found") s << "there is no label column " << text;
  else if (code == "non-numeric-target") s << "the target " << text << " is not a number, so this cannot be a regression";
  else if (code == "single-class") s << "every row has the same label (" << text << "): there is nothing to tell apart";
  else if (code == "too-many-classes")
    s << "the label column has " << e.actual << " different values; at most " << e.expected << " classes are allowed";
  else if (code == "wrong-class-count") s << "a binary task needs exactly 2 classes; the labels have " << e.actual;
  else if (code == "unknown-class") s << "the label " << text << " is not one of the model's classes";
  else if (code == "too-few-columns")
    s << "the model needs " << e.expected << " input columns; the file has " << e.actual;
  else if (code == "missing-column") s << "this row has no value in the column";
  else s << "the file cannot be read as CSV (" << e.detail << ")";
  return s.str();
}

} // namespace

std::string describe(const FileError& e) {
  // "model.json: layers[2].weights has 3 rows, expected 4"; without a JSON path the file is the subject.
  const std::string subject = e.jsonPath.empty() ? std::string("the file") : e.jsonPath;
  if (e.code == FileErrorCode::NotJson) return where(e) + ": not valid JSON";
  if (e.code == FileErrorCode::BadCsv && e.jsonPath.empty()) return where(e) + ": " + csvSentence(e);
  return where(e) + ": " + subject + " " + predicate(e);
}

std::string describe(const Diagnostic& d, const NetworkSpec& spec) {
  std::ostringstream s;
  const int index = spec.indexOf(d.layer);
  if (index >= 0)
    s << "network.layers[" << index << "]: ";
  else
    s << "network: ";
  switch (d.code) {
  case DiagnosticCode::NoLayers: s << "the network needs a dense output layer"; break;
  case DiagnosticCode::NoInputs: s << "the data has no input columns"; break;
  case DiagnosticCode::ZeroUnits: s << "a dense layer needs at least 1 unit"; break;
  case DiagnosticCode::TooManyUnits:
    s << d.actual << " units is more than the limit of " << d.expected;
    break;
  case DiagnosticCode::OutputSizeMismatch:
    s << "the output layer has " << d.actual << " units, the task needs " << d.expected;
    break;
  case DiagnosticCode::OutputActivationMismatch:
    s << "the output activation does not fit the task (use "
      << toString(static_cast<ActivationKind>(d.expected)) << ")";
    break;
  case DiagnosticCode::LossActivationMismatch:
    s << "the loss " << toString(static_cast<LossKind>(d.actual)) << " needs a "
      << toString(static_cast<ActivationKind>(d.expected)) << " output";
    break;
  case DiagnosticCode::LossTaskMismatch:
    s << "the loss " << toString(static_cast<LossKind>(d.actual)) << " does not fit the task";
    break;
  case DiagnosticCode::SoftmaxNotLast: s << "softmax is only allowed on the output layer"; break;
  case DiagnosticCode::DropoutOnOutput: s << "dropout cannot follow the output layer"; break;
  case DiagnosticCode::DropoutRateOutOfRange: s << "the dropout rate must be in [0, 1)"; break;
  case DiagnosticCode::BatchNormAfterOutput: s << "batch normalisation cannot follow the output layer"; break;
  case DiagnosticCode::BadLayerParameter: s << "a layer parameter is out of range"; break;
  case DiagnosticCode::NoHiddenLayer: s << "without a hidden layer this data cannot be separated"; break;
  }
  return s.str();
}

std::string describe(const KernelRequest& r) {
  std::string s = std::string(kKernelsVariable) + "=" + r.name + ": ";
  switch (r.error) {
  case KernelRequestError::None: return s + "accepted";
  case KernelRequestError::UnknownName: s += "not a kernel set (baseline, avx2 or avx512)"; break;
  case KernelRequestError::NotAvailable: s += "this computer cannot run the " + r.name + " kernels"; break;
  }
  s += " (available here:";
  for (KernelSet k : availableKernelSets()) s.append(" ").append(toString(k));
  return s + ")";
}

std::string bytesText(std::int64_t bytes) {
  const char* units[] = {"bytes", "KB", "MB", "GB", "TB", "PB", "EB"};
  double v = static_cast<double>(bytes);
  int u = 0;
  while (v >= 1000.0 && u < 6) {
    v /= 1000.0;
    ++u;
  }
  char buf[32];
  std::snprintf(buf, sizeof buf, u == 0 || v >= 10.0 ? "%.0f %s" : "%.1f %s", v, units[u]);
  return buf;
}

} // namespace neurona::cli
