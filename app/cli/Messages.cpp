#include "cli/Messages.h"

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

} // namespace

std::string describe(const FileError& e) {
  // "model.json: layers[2].weights has 3 rows, expected 4"; without a JSON path the file is the subject.
  const std::string subject = e.jsonPath.empty() ? std::string("the file") : e.jsonPath;
  if (e.code == FileErrorCode::NotJson) return where(e) + ": not valid JSON";
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

} // namespace neurona::cli
