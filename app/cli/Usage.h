#pragma once
// The command line of neurona-cli described as data: its verbs, their operands and options, with the help
// sentence of each. The --help text, the manual page and the bash completion are all rendered from this one
// description (the last two by neurona-cli-docgen at build time), so that they never drift apart.
#include "cli/CommandLine.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace neurona::cli {

// What a value or operand is, so that the completion can offer the right things.
enum class ValueKind {
  None,   // a flag without a value
  Number, // nothing to offer
  Text,   // nothing to offer (NAME=VALUE)
  File,   // files matching `globs` (all files when empty), and folders
  Choice, // one of `choices`
};

struct ValueSpec {
  ValueKind kind = ValueKind::None;
  std::vector<std::string> globs;   // File: e.g. "*.csv"
  std::vector<std::string> choices; // Choice: e.g. the export formats
};

struct OptionSpec {
  std::string name;  // "--epochs"
  std::string value; // "N"; empty for a flag
  std::string help;  // one sentence, no final period (as in the help text's option list)
  ValueSpec kind;
  bool required = false;   // shown without brackets in the synopsis
  bool repeatable = false; // shown as [--param NAME=VALUE]...
};

struct OperandSpec {
  std::string name; // "PROJECT.neurona"
  ValueSpec kind;
};

struct Definition { // a term and its meaning, e.g. an export format
  std::string term;
  std::string meaning;
};

struct VerbSpec {
  Verb verb = Verb::None;
  std::string summary;                  // a short line, for the manual's list of verbs
  std::vector<OperandSpec> operands;    // in order
  std::vector<std::string> description; // paragraphs before the options
  std::vector<Definition> definitions;  // listed after the description
  std::vector<OptionSpec> options;      // in synopsis order
  std::vector<std::string> notes;       // paragraphs after the options
};

struct ExitCodeSpec {
  int code = 0;
  std::string meaning;
};

class Usage {
public:
  static std::span<const VerbSpec> verbs();            // dataset, train, sweep, step, predict, export, info
  static const VerbSpec& verb(Verb v);                 // v != Verb::None
  static std::span<const OptionSpec> generalOptions(); // --help, --version
  static std::span<const Definition> environment();    // the variables the program reads
  static std::span<const ExitCodeSpec> exitCodes();
  static std::string_view description(); // what neurona-cli is, one paragraph

  // "GENERATOR [--samples N] ... --out FILE.csv": the operands and options of a verb.
  static std::string synopsis(const VerbSpec& v);
  // The --help text of a verb, or the general one for Verb::None.
  static std::string_view text(Verb v);

  static constexpr std::size_t kWidth = 100; // the help text's line width
};

} // namespace neurona::cli
