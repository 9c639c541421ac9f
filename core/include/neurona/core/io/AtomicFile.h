#pragma once
// Whole-file reads and crash-safe writes. A write goes to a temporary file in the same folder, is
// flushed to disk (fsync), then renamed over the target, so a crash mid-save leaves the old file intact.
#include "neurona/core/Error.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace neurona {

class AtomicFile {
public:
  // Errors: CannotOpen / NotRegularFile (a folder, device or pipe: never read) / CannotWrite, with the file.
  static Result<std::string> read(const std::filesystem::path& path);
  static Error write(const std::filesystem::path& path, std::string_view bytes);
};

} // namespace neurona
