#pragma once
// Whole-file reads and crash-safe writes. A write goes to a temporary file in the same folder, is
// flushed to disk (fsync), then renamed over the target, so a crash mid-save leaves the old file intact.
#include "neurona/core/Error.h"

#include <cstdint>
#include <filesystem>
#include <string>
#include <string_view>

namespace neurona {

// The largest file read() takes by default: 1 GiB. A Neurona project or model of a network that trains
// within kMaxTrainingMemoryBytes is far smaller; a larger file is refused before it is read, rather
// than parsed into several times its size in memory.
inline constexpr std::uint64_t kMaxReadBytes = std::uint64_t{1} << 30;

// Arrays and objects nested deeper than this in a JSON file are refused (TooDeep) before parsing: the
// deepest a Neurona file has is under 10 levels, and thousands would exhaust the stack of the code
// that copies and writes the document.
inline constexpr int kMaxJsonDepth = 100;

class AtomicFile {
public:
  // Errors: CannotOpen / NotRegularFile (a folder, device or pipe: never read) / TooLarge (actual = the
  // size, expected = maxBytes) / CannotWrite, with the file.
  static Result<std::string> read(const std::filesystem::path& path, std::uint64_t maxBytes = kMaxReadBytes);
  static Error write(const std::filesystem::path& path, std::string_view bytes);
};

} // namespace neurona
