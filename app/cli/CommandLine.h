#pragma once
// The command line of neurona-cli as data: parse(argc, argv) gives a Command or a usage error, and
// nothing else (no I/O), so that a fuzzer can drive it.
#include "neurona/core/export/ExportFormat.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace neurona::cli {

enum class Verb { None, Dataset, Train, Predict, Export, Info, Sweep, Step };

std::string_view toString(Verb v); // "dataset", ...

struct Command {
  Verb verb = Verb::None;
  bool help = false;    // --help (for the verb, or the general help when verb is None)
  bool version = false; // --version

  // dataset GENERATOR [--samples N] [--noise F] [--classes K] [--seed S] [--param NAME=VALUE]... --out
  // FILE.csv
  std::string generator;
  std::optional<int> samples;
  std::optional<double> noise;
  std::optional<int> classes;
  std::map<std::string, double> params;

  // train PROJECT.neurona [--epochs N] [--seed S] [--out MODEL.json] [--history FILE.csv] [--quiet]
  std::string project;
  std::optional<int> epochs;
  std::string history;
  bool quiet = false;

  // sweep PROJECT.neurona --set KEY=V1,V2,... [--set ...]... [--epochs N] [--jobs J] [--images DIR]
  // [--quiet] --out RUNS.csv  (project, epochs and quiet as train's)
  std::vector<std::string> sets; // the --set texts as given, in order
  std::optional<int> jobs;
  std::string images;

  // predict MODEL.json INPUT.csv [--out OUT.csv]
  // export MODEL.json|PROJECT.neurona --format onnx|numpy|pytorch|keras|cpp|pytorch-train|numpy-train --out
  // FILE
  std::string model; // predict's model; export's model or project
  std::string input;
  std::optional<ExportFormat> format;

  // step PROJECT.neurona --sample K [--json]  (project as train's)
  std::optional<int> sample;
  bool json = false;

  // info MODEL.json|PROJECT.neurona
  std::string file;

  std::optional<std::uint64_t> seed; // dataset, train
  std::string out;                   // dataset, train, predict, export, sweep
};

struct UsageError {
  Verb verb = Verb::None; // the verb whose usage to show
  std::string message;
};

class CommandLine {
public:
  static std::variant<Command, UsageError> parse(int argc, const char* const* argv);
  static std::string_view usage(Verb verb); // the help text of a verb, or the general one
};

} // namespace neurona::cli
