#include "cli/CommandLine.h"

#include "cli/Usage.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

namespace neurona::cli {

namespace {

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
  case Verb::Sweep: return "sweep";
  case Verb::Step: return "step";
  }
  return {};
}

std::string_view CommandLine::usage(Verb verb) { return Usage::text(verb); }

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
  for (Verb v :
       {Verb::Dataset, Verb::Train, Verb::Sweep, Verb::Step, Verb::Predict, Verb::Export, Verb::Info})
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
      if (verb != Verb::Train && verb != Verb::Sweep)
        return error("--quiet is an option of train and sweep only");
      if (value) return error("--quiet takes no value");
      c.quiet = true;
      continue;
    }
    if (name == "json") {
      if (verb != Verb::Step) return error("--json is an option of step only");
      if (value) return error("--json takes no value");
      c.json = true;
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
      static constexpr std::string_view kValued[] = {"samples", "noise",   "classes", "param",  "seed",
                                                     "epochs",  "history", "out",     "format", "set",
                                                     "jobs",    "images",  "sample"};
      for (std::string_view k : kValued)
        if (k == name) return takeValue();
      return std::nullopt;
    }();
    bool known = false;
    for (std::string_view k : {"samples", "noise", "classes", "param", "seed", "epochs", "history", "out",
                               "format", "set", "jobs", "images", "sample"})
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
      if (verb != Verb::Train && verb != Verb::Sweep)
        return error("--epochs is an option of train and sweep only");
      int e = 0;
      if (!parseNumber(*v, e) || e < 0)
        return error("--epochs needs a whole number >= 0, not '" + std::string(*v) + "'");
      c.epochs = e;
    } else if (name == "history") {
      if (verb != Verb::Train) return error("--history is an option of train only");
      if (v->empty()) return error("--history needs a file name");
      c.history = std::string(*v);
    } else if (name == "out") {
      if (verb == Verb::Info || verb == Verb::Step)
        return error(std::string(toString(verb)) + " takes no --out");
      if (v->empty()) return error("--out needs a file name");
      c.out = std::string(*v);
    } else if (name == "set" || name == "jobs" || name == "images") {
      if (verb != Verb::Sweep) return error(opt + " is an option of sweep only");
      if (name == "set") {
        if (v->find('=') == std::string_view::npos || v->front() == '=')
          return error("--set needs KEY=VALUE,VALUE,..., not '" + std::string(*v) + "'");
        c.sets.emplace_back(*v);
      } else if (name == "jobs") {
        int j = 0;
        if (!parseNumber(*v, j) || j < 1)
          return error("--jobs needs a whole number >= 1, not '" + std::string(*v) + "'");
        c.jobs = j;
      } else {
        if (v->empty()) return error("--images needs a folder name");
        c.images = std::string(*v);
      }
    } else if (name == "sample") {
      if (verb != Verb::Step) return error("--sample is an option of step only");
      int k = 0;
      if (!parseNumber(*v, k) || k < 0)
        return error("--sample needs a whole number >= 0, not '" + std::string(*v) + "'");
      c.sample = k;
    } else if (name == "format") {
      if (verb != Verb::Export) return error("--format is an option of export only");
      c.format = exportFormatFromString(*v);
      if (!c.format)
        return error("unknown format '" + std::string(*v) +
                     "' (onnx, numpy, pytorch, keras, cpp, pytorch-train, numpy-train)");
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
  case Verb::Sweep:
    if (auto e = expectPositional(1, "PROJECT.neurona")) return *e;
    c.project = std::string(positional[0]);
    if (c.sets.empty()) return error("missing --set KEY=VALUE,VALUE,...");
    if (c.out.empty()) return error("missing --out RUNS.csv");
    break;
  case Verb::Step:
    if (auto e = expectPositional(1, "PROJECT.neurona")) return *e;
    c.project = std::string(positional[0]);
    if (!c.sample) return error("missing --sample K");
    break;
  case Verb::Predict:
    if (auto e = expectPositional(2, positional.empty() ? "MODEL.json and INPUT.csv" : "INPUT.csv"))
      return *e;
    c.model = std::string(positional[0]);
    c.input = std::string(positional[1]);
    break;
  case Verb::Export:
    if (auto e = expectPositional(1, "MODEL.json or PROJECT.neurona")) return *e;
    c.model = std::string(positional[0]);
    if (!c.format) return error("missing --format onnx|numpy|pytorch|keras|cpp|pytorch-train|numpy-train");
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
