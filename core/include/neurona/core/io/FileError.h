#pragma once
// Why a file could not be read or written, as a code plus the data a message needs (the file, the JSON
// path such as "layers[2].weights", the CSV line/column, expected and actual numbers). Callers in app/
// and app/cli turn it into a sentence; core never does.
#include <cstdint>
#include <string>
#include <string_view>

namespace neurona {

enum class FileErrorCode {
  None,
  CannotOpen,        // the file does not exist or cannot be read
  CannotWrite,       // the file or its temporary sibling could not be written or renamed
  NotJson,           // syntax error; line and column are set
  MissingFormat,     // no "format" key
  WrongFormat,       // "format" names another kind of file; detail holds it
  NewerVersion,      // "version" newer than this build reads; expected = newest supported, actual = found
  MissingKey,        // a required key is absent; jsonPath names it
  WrongType,         // a value has the wrong JSON type; detail names the expected type
  UnknownName,       // an enumeration value (activation, loss, ...) is not known; detail holds it
  BadValue,          // a number out of range (negative units, rate >= 1, ...); detail holds it
  WrongRowCount,     // a matrix has `actual` rows, `expected` wanted
  WrongColumnCount,  // a matrix row has `actual` columns, `expected` wanted
  WrongLength,       // a vector has `actual` entries, `expected` wanted
  BadCsv,            // a CSV file could not be read; line/column set, detail holds the reader's code
  InconsistentModel, // the model does not fit the network or data it is used with; expected/actual set
};

std::string_view toString(FileErrorCode c); // stable identifiers, e.g. "wrong-row-count"

struct FileError {
  FileErrorCode code = FileErrorCode::None;
  std::string file;     // the file concerned, when known
  std::string jsonPath; // e.g. "layers[2].weights" or "model.layers[0].bias[3]"
  std::int64_t expected = 0;
  std::int64_t actual = 0;
  int line = 0;   // 1-based, 0 when not applicable
  int column = 0; // 1-based, 0 when not applicable
  std::string detail;

  bool ok() const { return code == FileErrorCode::None; }
  explicit operator bool() const { return !ok(); } // true when there is an error
};

// A value read from a file, or the reason it could not be read.
template <class T> struct Loaded {
  T value{};
  FileError error;
  bool ok() const { return error.ok(); }
};

} // namespace neurona
