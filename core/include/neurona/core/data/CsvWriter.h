#pragma once
// Saves a Dataset as CSV that CsvReader loads back identically: a header (feature names, then the
// label name), doubles in their shortest round-trip spelling, class labels by class name, RFC 4180
// quoting where a field needs it, LF line ends, UTF-8 without BOM.
// Identity on reload holds when the class names are in the reader's order (true for every generated or
// loaded dataset; otherwise pass them as CsvOptions::classNames) and when no feature is named like a
// label column (label/class/target/y; otherwise pass CsvOptions::labelColumn).
// Several regression targets are the last K columns, under their targetNames (read them back with
// CsvOptions::labelColumns); targets that are the inputs (Dataset::targetsAreInputs) are not written
// again: the file holds the inputs only (read it back with CsvOptions::labelsUnused).
#include "neurona/core/Error.h"
#include "neurona/core/data/Dataset.h"

#include <filesystem>
#include <iosfwd>
#include <string>

namespace neurona {

struct CsvWriteOptions {
  char separator = ',';      // ',', ';' or '\t'
  bool decimalComma = false; // "1,5" (only with ';', as Spanish spreadsheets expect)
};

class CsvWriter {
public:
  static std::string toString(const Dataset& ds, const CsvWriteOptions& options = {});
  // Errors: BadOptions, InconsistentDataset (see isConsistent), CannotWrite (writeFile: with the file).
  static Error write(std::ostream& out, const Dataset& ds, const CsvWriteOptions& options = {});
  // Atomic (AtomicFile): a failed or killed save leaves the previous file as it was.
  static Error writeFile(const std::filesystem::path& path, const Dataset& ds,
                         const CsvWriteOptions& options = {});
  // Checks sizes and label ranges (features rows == labels/targets, labels in 0..classes-1, names).
  static bool isConsistent(const Dataset& ds);
};

} // namespace neurona
