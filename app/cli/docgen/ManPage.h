#pragma once
// The manual pages of neurona-cli and neurona, rendered as roff. neurona-cli's comes from the same
// description as its --help (cli/Usage.h); neurona's from the option list of the app's QCommandLineParser,
// written out below and compared with the output of `neurona --help` by tests/install/check_manpages.py.
#include <string>
#include <string_view>

namespace neurona::cli {

struct ManPageInfo {
  std::string version; // "0.1.0"
  std::string date;    // "2026-12-03", the release date
};

class ManPage {
public:
  static std::string cli(const ManPageInfo& info); // neurona-cli(1)
  static std::string gui(const ManPageInfo& info); // neurona(1)
};

} // namespace neurona::cli
