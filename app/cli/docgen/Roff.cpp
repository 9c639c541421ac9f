#include "cli/docgen/Roff.h"

namespace neurona::cli {

std::string Roff::escape(std::string_view text) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  bool lineStart = true;
  for (char c : text) {
    if (lineStart && (c == '.' || c == '\'')) out += "\\&";
    if (c == '\\')
      out += "\\e";
    else if (c == '-')
      out += "\\-";
    else
      out += c;
    lineStart = c == '\n';
  }
  return out;
}

std::string Roff::bold(std::string_view text) { return "\\fB" + escape(text) + "\\fR"; }

std::string Roff::italic(std::string_view text) { return "\\fI" + escape(text) + "\\fR"; }

std::string Roff::option(std::string_view name, std::string_view value) {
  return value.empty() ? bold(name) : bold(name) + " " + italic(value);
}

} // namespace neurona::cli
