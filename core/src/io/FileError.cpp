#include "neurona/core/io/FileError.h"

namespace neurona {

std::string_view toString(FileErrorCode c) {
  switch (c) {
  case FileErrorCode::None: return "none";
  case FileErrorCode::CannotOpen: return "cannot-open";
  case FileErrorCode::CannotWrite: return "cannot-write";
  case FileErrorCode::NotJson: return "not-json";
  case FileErrorCode::MissingFormat: return "missing-format";
  case FileErrorCode::WrongFormat: return "wrong-format";
  case FileErrorCode::NewerVersion: return "newer-version";
  case FileErrorCode::MissingKey: return "missing-key";
  case FileErrorCode::WrongType: return "wrong-type";
  case FileErrorCode::UnknownName: return "unknown-name";
  case FileErrorCode::BadValue: return "bad-value";
  case FileErrorCode::WrongRowCount: return "wrong-row-count";
  case FileErrorCode::WrongColumnCount: return "wrong-column-count";
  case FileErrorCode::WrongLength: return "wrong-length";
  case FileErrorCode::BadCsv: return "bad-csv";
  case FileErrorCode::InconsistentModel: return "inconsistent-model";
  }
  return {};
}

} // namespace neurona
