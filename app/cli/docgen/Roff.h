#pragma once
// Text made safe for roff (the manual page language): backslashes, hyphens and leading dots escaped.
#include <string>
#include <string_view>

namespace neurona::cli {

class Roff {
public:
  // `text` as roff input: `\` becomes `\e`, `-` becomes `\-` (so that option names stay ASCII minus signs
  // and are never hyphenated), and a `.` or `'` at the start of a line is guarded with `\&`.
  static std::string escape(std::string_view text);
  static std::string bold(std::string_view text);   // \fB...\fR, escaped
  static std::string italic(std::string_view text); // \fI...\fR, escaped
  // "--out FILE": the option in bold, its value in italics.
  static std::string option(std::string_view name, std::string_view value);
};

} // namespace neurona::cli
