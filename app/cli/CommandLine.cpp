#include "cli/CommandLine.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

namespace neurona::cli {

namespace {

constexpr std::string_view kGeneralUsage =
    "Usage: neurona-cli VERB [ARGS...]\n"
    "\n"
    "Verbs:\n"
    "  dataset GENERATOR [--samples N] [--noise F] [--classes K] [--seed S] --out FILE.csv\n"
    "  train PROJECT.neurona [--epochs N] [--seed S] [--out MODEL.json] [--history FILE.csv] [--quiet]\n"
    "  predict MODEL.json INPUT.csv [--out OUT.csv]\n"
    "  export MODEL.json --format onnx|numpy|pytorch|keras|cpp --out FILE\n"
    "  info MODEL.json|PROJECT.neurona\n"
    "\n"
    "Options:\n"
    "  --help      show this help, or a verb's help after the verb\n"
    "  --version   show the version and the kernel set in use\n"
    "\n"
    "Environment:\n"
    "  NEURONA_KERNELS=baseline|avx2|avx512   use this kernel set instead of the best one the CPU has\n"
    "\n"
    "Exit codes: 0 success, 1 usage error, 2 bad input file (or an output that cannot be written, or a\n"
    "NEURONA_KERNELS this machine cannot use), 3 training diverged (the model is still written with the last\n"
    "finite weights).\n";

constexpr std::string_view kDatasetUsage =
    "Usage: neurona-cli dataset GENERATOR [--samples N] [--noise F] [--classes K] [--seed S]\n"
    "                           [--param NAME=VALUE]... --out FILE.csv\n"
    "\n"
    "Generates a toy dataset and writes it as CSV (columns x1, x2, then label or target).\n"
    "Generators: gaussian-quantiles, circles, moons, xor, blobs, spiral, checkerboard, stripes "
    "(classification);\n"
    "            plane, multi-gaussian, sine (regression).\n"
    "  --samples N        number of points (default: the generator's)\n"
    "  --noise F          noise level, 0 = clean (default: the generator's)\n"
    "  --classes K        classes, for generators with a variable count\n"
    "  --seed S           random seed (default 1); the same seed gives the same data\n"
    "  --param NAME=VALUE a generator parameter, e.g. --param cov=0.1 (gaussian-quantiles), turns, "
    "factor...\n"
    "  --out FILE.csv     where to write the CSV (required)\n";

constexpr std::string_view kTrainUsage =
    "Usage: neurona-cli train PROJECT.neurona [--epochs N] [--seed S] [--out MODEL.json]\n"
    "                         [--history FILE.csv] [--quiet]\n"
    "\n"
    "Trains the project's network on its dataset headless, exactly as the app does. When the project holds "
    "a\n"
    "trained model that fits its network, training continues from it. Progress goes to stderr: a bar with\n"
    "loss and ETA on a terminal, one line per 10% otherwise.\n"
    "  --epochs N         epochs to train (default: the project's)\n"
    "  --seed S           training seed (default: the project's)\n"
    "  --out MODEL.json   where to write the trained model (default: PROJECT.model.json beside the project)\n"
    "  --history FILE.csv also write the per-epoch history (epoch, loss, val_loss, accuracy, ...)\n"
    "  --quiet            no progress and no summary\n"
    "Exit code 3 when training diverged; the model is still written, with the last finite weights.\n";

constexpr std::string_view kPredictUsage =
    "Usage: neurona-cli predict MODEL.json INPUT.csv [--out OUT.csv]\n"
    "\n"
    "Runs a trained model on the rows of a CSV file. The model's input columns are taken by name when the\n"
    "header has them all, else by position. Writes the input columns, the outputs out0..outK-1 and, for\n"
    "classification, the predicted class as `label`.\n"
    "  --out OUT.csv      where to write (default: standard output)\n";

constexpr std::string_view kExportUsage =
    "Usage: neurona-cli export MODEL.json --format onnx|numpy|pytorch|keras|cpp --out FILE\n"
    "\n"
    "Exports a trained model:\n"
    "  onnx     ONNX opset 13 (Netron, onnxruntime)\n"
    "  numpy    a standalone Python script that needs only NumPy\n"
    "  pytorch  a Python script that rebuilds the network as torch.nn.Sequential\n"
    "  keras    a Python script that builds a keras.Sequential model and sets its weights\n"
    "  cpp      a dependency-free C++ header with predict(const float* x, float* out)\n"
    "Python exports offer predict(X) when imported and print outputs as CSV with `python3 FILE input.csv`.\n";

constexpr std::string_view kInfoUsage = "Usage: neurona-cli info MODEL.json|PROJECT.neurona\n"
                                        "\n"
                                        "Prints the layers, their shapes and parameter counts, and for a "
                                        "project the dataset and training settings.\n";

struct Args {
  std::vector<std::string_view> items;
  std::size_t next = 2;
  bool done() const { return next >= items.size(); }
};

template <class T> bool parseNumber(std::string_view s, T& out) {
  if (s.empty()) return false;
  if constexpr (std::is_floating_point_v<T>) {
    // from_chars for double is locale-independent; reject "nan"/"inf".
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size() && std::isfinite(out);
  } else {
    const auto r = std::from_chars(s.data(), s.data() + s.size(), out);
    return r.ec == std::errc() && r.ptr == s.data() + s.size();
  }
}

} // namespace

std::string_view toString(Verb v) {
  switch (v) {
  case Verb::None: return "";
  case Verb::Dataset: return "dataset";
  case Verb::Train: return "train";
  case Verb::Predict: return "predict";
  case Verb::Export: return "export";
  case Verb::Info: return "info";
  }
  return {};
}

std::string_view CommandLine::usage(Verb verb) {
  switch (verb) {
  case Verb::None: return kGeneralUsage;
  case Verb::Dataset: return kDatasetUsage;
  case Verb::Train: return kTrainUsage;
  case Verb::Predict: return kPredictUsage;
  case Verb::Export: return kExportUsage;
  case Verb::Info: return kInfoUsage;
  }
  return kGeneralUsage;
}

std::variant<Command, UsageError> CommandLine::parse(int argc, const char* const* argv) {
  Command c;
  if (argc < 2 || argv == nullptr) return UsageError{Verb::None, "missing verb"};
  std::vector<std::string_view> items;
  for (int i = 0; i < argc; ++i) items.emplace_back(argv[i] ? argv[i] : "");
  const std::string_view first = items[1];
  if (first == "--help" || first == "-h" || first == "help") {
    c.help = true;
    return c;
  }
  if (first == "--version") {
    c.version = true;
    return c;
  }
  for (Verb v : {Verb::Dataset, Verb::Train, Verb::Predict, Verb::Export, Verb::Info})
    if (first == toString(v)) c.verb = v;
  if (c.verb == Verb::None) return UsageError{Verb::None, "unknown verb '" + std::string(first) + "'"};
  const Verb verb = c.verb;
  const auto error = [verb](std::string message) { return UsageError{verb, std::move(message)}; };

  std::vector<std::string_view> positional;
  for (std::size_t i = 2; i < items.size(); ++i) {
    std::string_view arg = items[i];
    if (arg == "--help" || arg == "-h") {
      c.help = true;
      return c;
    }
    if (arg.size() < 2 || arg.substr(0, 2) != "--" || arg == "--") {
      if (arg == "--") { // everything after is positional
        for (++i; i < items.size(); ++i) positional.push_back(items[i]);
        break;
      }
      positional.push_back(arg);
      continue;
    }
    // --name value or --name=value
    std::string_view name = arg.substr(2);
    std::optional<std::string_view> value;
    if (const auto eq = name.find('='); eq != std::string_view::npos) {
      value = name.substr(eq + 1);
      name = name.substr(0, eq);
    }
    if (name == "quiet") {
      if (verb != Verb::Train) return error("--quiet is an option of train only");
      if (value) return error("--quiet takes no value");
      c.quiet = true;
      continue;
    }
    const auto takeValue = [&]() -> std::optional<std::string_view> {
      if (value) return value;
      if (i + 1 >= items.size()) return std::nullopt;
      return items[++i];
    };
    const auto allowed = [&](std::initializer_list<Verb> verbs) {
      for (Verb v : verbs)
        if (v == verb) return true;
      return false;
    };
    const std::string opt = "--" + std::string(name);
    if (!allowed({Verb::Dataset}) &&
        (name == "samples" || name == "noise" || name == "classes" || name == "param"))
      return error(opt + " is an option of dataset only");
    const std::optional<std::string_view> v = [&]() -> std::optional<std::string_view> {
      static constexpr std::string_view kValued[] = {"samples", "noise",   "classes", "param", "seed",
                                                     "epochs",  "history", "out",     "format"};
      for (std::string_view k : kValued)
        if (k == name) return takeValue();
      return std::nullopt;
    }();
    bool known = false;
    for (std::string_view k :
         {"samples", "noise", "classes", "param", "seed", "epochs", "history", "out", "format"})
      known = known || k == name;
    if (!known) return error("unknown option " + opt);
    if (!v) return error(opt + " needs a value");
    if (name == "samples") {
      int n = 0;
      if (!parseNumber(*v, n) || n < 1)
        return error("--samples needs a whole number >= 1, not '" + std::string(*v) + "'");
      c.samples = n;
    } else if (name == "noise") {
      double f = 0;
      if (!parseNumber(*v, f) || f < 0)
        return error("--noise needs a number >= 0, not '" + std::string(*v) + "'");
      c.noise = f;
    } else if (name == "classes") {
      int k = 0;
      if (!parseNumber(*v, k) || k < 2)
        return error("--classes needs a whole number >= 2, not '" + std::string(*v) + "'");
      c.classes = k;
    } else if (name == "param") {
      const auto eq = v->find('=');
      double f = 0;
      if (eq == std::string_view::npos || eq == 0 || !parseNumber(v->substr(eq + 1), f))
        return error("--param needs NAME=NUMBER, not '" + std::string(*v) + "'");
      c.params[std::string(v->substr(0, eq))] = f;
    } else if (name == "seed") {
      if (!allowed({Verb::Dataset, Verb::Train}))
        return error("--seed is an option of dataset and train only");
      std::uint64_t s = 0;
      if (!parseNumber(*v, s))
        return error("--seed needs a whole number >= 0, not '" + std::string(*v) + "'");
      c.seed = s;
    } else if (name == "epochs") {
      if (verb != Verb::Train) return error("--epochs is an option of train only");
      int e = 0;
      if (!parseNumber(*v, e) || e < 0)
        return error("--epochs needs a whole number >= 0, not '" + std::string(*v) + "'");
      c.epochs = e;
    } else if (name == "history") {
      if (verb != Verb::Train) return error("--history is an option of train only");
      if (v->empty()) return error("--history needs a file name");
      c.history = std::string(*v);
    } else if (name == "out") {
      if (verb == Verb::Info) return error("info takes no --out");
      if (v->empty()) return error("--out needs a file name");
      c.out = std::string(*v);
    } else if (name == "format") {
      if (verb != Verb::Export) return error("--format is an option of export only");
      c.format = exportFormatFromString(*v);
      if (!c.format)
        return error("unknown format '" + std::string(*v) + "' (onnx, numpy, pytorch, keras, cpp)");
    }
  }

  const auto expectPositional = [&](std::size_t n, const char* what) -> std::optional<UsageError> {
    if (positional.size() < n) return error(std::string("missing ") + what);
    if (positional.size() > n) return error("unexpected argument '" + std::string(positional[n]) + "'");
    return std::nullopt;
  };
  switch (verb) {
  case Verb::Dataset:
    if (auto e = expectPositional(1, "GENERATOR")) return *e;
    c.generator = std::string(positional[0]);
    if (c.out.empty()) return error("missing --out FILE.csv");
    break;
  case Verb::Train:
    if (auto e = expectPositional(1, "PROJECT.neurona")) return *e;
    c.project = std::string(positional[0]);
    break;
  case Verb::Predict:
    if (auto e = expectPositional(2, positional.empty() ? "MODEL.json and INPUT.csv" : "INPUT.csv"))
      return *e;
    c.model = std::string(positional[0]);
    c.input = std::string(positional[1]);
    break;
  case Verb::Export:
    if (auto e = expectPositional(1, "MODEL.json")) return *e;
    c.model = std::string(positional[0]);
    if (!c.format) return error("missing --format onnx|numpy|pytorch|keras|cpp");
    if (c.out.empty()) return error("missing --out FILE");
    break;
  case Verb::Info:
    if (auto e = expectPositional(1, "MODEL.json or PROJECT.neurona")) return *e;
    c.file = std::string(positional[0]);
    break;
  case Verb::None: break;
  }
  return c;
}

} // namespace neurona::cli
