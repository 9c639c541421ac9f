#pragma once
// The numeric columns `predict` needs from a CSV file: the model's inputs by name when the header has
// them all, else the first columns by position. Separators ',', ';' or tab (detected from the first
// line), RFC 4180 quotes, optional header (a first row with a non-number), blank lines skipped.
#include "neurona/core/Error.h"
#include "neurona/core/Types.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace neurona::cli {

struct InputTable {
  MatrixD values;                    // rows x names.size()
  std::vector<std::string> rawCells; // the cells as written, row-major, to echo them unchanged

  // Errors: CannotOpen; BadCsv with line/column and the cause NotText (actual = byte offset), Empty,
  // NoRows, NonNumericFeature (text = the cell), MissingColumn (the row has too few fields) or
  // TooFewColumns (expected = inputs, actual = columns).
  static Result<InputTable> read(const std::filesystem::path& file, const std::vector<std::string>& names);
  static Result<InputTable> parse(std::string_view text, const std::vector<std::string>& names);
};

} // namespace neurona::cli
