#pragma once
// Internal to CsvReader: decides whether bytes are text, and converts the encodings spreadsheets
// still write (Windows-1252, UTF-16 with BOM) to UTF-8.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace neurona::text {

// Offset of the first byte that no text file has: NUL or a C0 control other than tab, LF, CR, FF
// and a trailing Ctrl-Z (the DOS end-of-file mark).
std::optional<std::size_t> firstBinaryByte(std::string_view bytes);

// Offset of the first byte that starts an invalid UTF-8 sequence (overlong, surrogate, > U+10FFFF,
// truncated), or nothing when the whole text is valid UTF-8.
std::optional<std::size_t> firstInvalidUtf8(std::string_view bytes);

// Windows-1252 (a superset of the printable Latin-1) to UTF-8.
std::string windows1252ToUtf8(std::string_view bytes);

// UTF-16 (after its BOM) to UTF-8; nothing when it is malformed (odd size, lone surrogate).
std::optional<std::string> utf16ToUtf8(std::string_view bytes, bool bigEndian);

std::size_t lineOfOffset(std::string_view bytes, std::size_t offset); // 1-based

} // namespace neurona::text
