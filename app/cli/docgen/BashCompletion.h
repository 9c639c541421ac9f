#pragma once
// The bash completion of neurona-cli, rendered from the description its --help comes from (cli/Usage.h):
// verbs, each verb's flags, the values of --format, the dataset generators, and files by extension for the
// operands and file options.
#include <string>

namespace neurona::cli {

class BashCompletion {
public:
  static std::string script();
};

} // namespace neurona::cli
