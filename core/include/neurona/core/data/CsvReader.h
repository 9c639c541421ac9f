#pragma once
// Loads a CSV file written by people and spreadsheets into a Dataset, all or nothing.
//
// Handles: a header row or none (the first row is a header when one of its fields is not a number in
// a column whose following rows are numbers; without a header the columns are x1, x2, ...); the
// separators ',' ';' and tab, auto-detected; with ';' the decimal comma ("1,5"); RFC 4180 quoting
// (quoted separators, "" escapes, line breaks inside quotes); a UTF-8 BOM; LF, CRLF or CR line ends;
// blank lines (skipped); surrounding spaces in fields (trimmed).
// Label column: one named by the caller, else the first of label, class, target, clase, etiqueta, y
// (case-insensitive; "y" is skipped when an "x" column exists: x,y are then coordinates), else the
// last column. Every other column is a feature and must be numeric.
// Several label columns (CsvOptions::labelColumns, each named as labelColumn is): a regression with one
// target per column in the order given (K targets: the dataset's targets are samples x K, its
// targetNames the columns' names, y1, y2, ... without a header); every target must be a number
// (NonNumericTarget otherwise) and the task is regression whatever CsvOptions::task says. A name that
// is not a column is LabelColumnNotFound with that name; no column left for the inputs is
// NoFeatureColumns (actual = columns, expected = label columns + 1).
// Feature columns named exactly p0 ... p{N-1} with N = s * s (what `neurona-cli dataset` writes for the
// image generators) are taken for a grayscale image [s, s, 1] (Dataset::imageShape; see PixelNames.h).
// Blank rows and rows of empty cells (";;;") are skipped; trailing unnamed empty columns are ignored.
// Text: UTF-8 (BOM optional); UTF-16 with a BOM and, with acceptLatin1, Windows-1252 are converted.
// Task: forced by the caller, else text labels, or integer labels with at most maxClasses distinct
// values, give classification (binary with 2 classes); other numeric labels give regression.
// Class order: all-numeric labels numerically (names are the shortest round-trip spelling, "1" for
// "1.0"), otherwise as text (byte order, numbers before text); class 1 is the positive one when binary.
// Missing values: empty, NA, N/A, NaN, null or ? (case-insensitive) in any column. They are an error
// that counts the affected rows unless dropMissingRows is set, which drops those rows and reports how
// many. Inf is always an error.
//
// Errors are an Error (neurona/core/Error.h, the codes CannotOpen and TooLarge ... UnknownClass, each
// documented there) with data: the file's own line (header = line 1, a quoted multi-line record counts
// from its first line), 1-based column and its name, the field (at most 64 bytes) and counts in
// expected/actual. Never a partial dataset.
#include "neurona/core/Error.h"
#include "neurona/core/data/Dataset.h"

#include <cstddef>
#include <filesystem>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace neurona {

struct CsvOptions {
  std::optional<char> separator;    // ',', ';' or '\t'; auto-detected when empty
  std::optional<bool> hasHeader;    // auto-detected when empty
  std::optional<bool> decimalComma; // default: on with ';', off otherwise
  std::string labelColumn;          // header name (case-insensitive) or a 1-based index "3"; empty = auto
  std::vector<std::string> labelColumns; // 2+: several targets (see above); one: as labelColumn; wins over it
  // The targets come from elsewhere (a dataset whose targets are its inputs): no label column unless
  // labelColumn(s) name some, which are then left out of the inputs unread; the dataset comes with the
  // task regression and neither labels nor targets.
  bool labelsUnused = false;
  std::optional<TaskKind> task;        // forced task; auto-inferred when empty
  std::vector<std::string> classNames; // explicit class order (e.g. from a project file); empty = auto
  bool dropMissingRows = false;
  bool acceptLatin1 = true; // a non-UTF-8 text file is read as Windows-1252 (old spreadsheets)
  std::size_t maxClasses = 1000;
  std::size_t maxBytes = std::size_t{2} << 30;
};

// Not a Result<Dataset>: what the reader detected is kept also on error (a caller may show it).
struct CsvResult {
  Error error;     // a CSV reader code of ErrorCode (CannotOpen ... UnknownClass); file is not set
  Dataset dataset; // empty unless ok()
  // What the reader detected (filled as far as it got, also on error).
  char separator = ',';
  bool decimalComma = false;
  bool hadHeader = false;
  bool transcodedLatin1 = false;
  std::size_t labelColumn = 0;           // 1-based (the first of several; 0 when there is none)
  std::vector<std::size_t> labelColumns; // 1-based, every label column in order
  std::size_t droppedRows = 0;           // rows with missing values dropped (dropMissingRows)
  std::size_t firstDroppedLine = 0;
  bool ok() const { return error.ok(); }
};

class CsvReader {
public:
  static CsvResult readFile(const std::filesystem::path& path, const CsvOptions& options = {});
  static CsvResult readStream(std::istream& in, const CsvOptions& options = {});
  // The in-memory entry point (fuzzers call this): any bytes in, a dataset or an error out.
  static CsvResult readString(std::string_view text, const CsvOptions& options = {});
};

} // namespace neurona
