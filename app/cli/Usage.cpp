#include "cli/Usage.h"

#include "neurona/core/data/Generators.h"
#include "neurona/core/export/ExportFormat.h"

#include <algorithm>
#include <array>
#include <sstream>

namespace neurona::cli {

namespace {

ValueSpec numberValue() { return {ValueKind::Number, {}, {}}; }
ValueSpec textValue() { return {ValueKind::Text, {}, {}}; }
ValueSpec fileValue(std::vector<std::string> globs) { return {ValueKind::File, std::move(globs), {}}; }

std::vector<std::string> generatorNames() {
  std::vector<std::string> names;
  for (const GeneratorInfo& g : allGenerators()) names.emplace_back(g.name);
  return names;
}

std::vector<std::string> formatNames() {
  std::vector<std::string> names;
  for (ExportFormat f : allExportFormats()) names.emplace_back(toString(f));
  return names;
}

std::string joinWith(const std::vector<std::string>& items, std::string_view separator) {
  std::string s;
  for (const std::string& item : items) s += (s.empty() ? "" : std::string(separator)) + item;
  return s;
}

// "Generators: a, b (classification); p, q (images, classification); c, d (regression)." from the engine's
// own list.
std::string generatorsSentence() {
  std::vector<std::string> classification, images, regression;
  for (const GeneratorInfo& g : allGenerators())
    (g.kind == GeneratorKind::Image ? images
     : g.regression                 ? regression
                                    : classification)
        .emplace_back(g.name);
  return "Generators: " + joinWith(classification, ", ") + " (classification); " + joinWith(images, ", ") +
         " (images, classification); " + joinWith(regression, ", ") + " (regression).";
}

// What each export format is; every format of the engine must have a line here (a test checks it).
std::string formatMeaning(ExportFormat f) {
  switch (f) {
  case ExportFormat::Onnx: return "ONNX opset 13 (Netron, onnxruntime)";
  case ExportFormat::Numpy: return "a standalone Python script that needs only NumPy";
  case ExportFormat::Pytorch: return "a Python script that rebuilds the network as torch.nn.Sequential";
  case ExportFormat::Keras:
    return "a Python script that builds a keras.Sequential model and sets its weights";
  case ExportFormat::Cpp: return "a dependency-free C++ header with predict(const float* x, float* out)";
  case ExportFormat::PytorchTrain:
    return "(a project) a standalone PyTorch script that reproduces the project's training run: `python3 "
           "FILE "
           "--epochs N --history H.csv --out MODEL.pt`, also under torchrun";
  case ExportFormat::NumpyTrain:
    return "(a project) the same run as from-scratch NumPy code, written out step by step like a tutorial "
           "(data, layers, initial values, forward pass, loss, backpropagation, optimizer): `python3 FILE "
           "--epochs N --history H.csv` prints epoch,loss per epoch";
  }
  return {};
}

std::vector<VerbSpec> buildVerbs() {
  std::vector<VerbSpec> verbs;

  VerbSpec dataset;
  dataset.verb = Verb::Dataset;
  dataset.summary = "generate a toy dataset as CSV";
  dataset.operands = {{"GENERATOR", {ValueKind::Choice, {}, generatorNames()}}};
  dataset.description = {
      "Generates a toy dataset and writes it as CSV (columns x1, x2, then label or target).",
      generatorsSentence(),
      "The image generators draw grayscale pictures of SIZE x SIZE pixels (--param size=SIZE, 8 to 64, "
      "default 16) and write one column per pixel, p0, p1, ... row by row (the pixel in row r and column c "
      "is p(r * SIZE + c)), values from 0 (background) to 1, then label; --noise is the standard deviation "
      "of Gaussian noise added to every pixel (default 0.1), clamped to 0..1."};
  dataset.options = {
      {"--samples", "N", "number of points or pictures (default: the generator's)", numberValue()},
      {"--noise", "F", "noise level, 0 = clean (default: the generator's)", numberValue()},
      {"--classes", "K", "classes, for generators with a variable count", numberValue()},
      {"--seed", "S", "random seed (default 1); the same seed gives the same data", numberValue()},
      {"--param", "NAME=VALUE",
       "a generator parameter, e.g. --param cov=0.1 (gaussian-quantiles), turns, factor, size...",
       textValue(), false, true},
      {"--out", "FILE.csv", "where to write the CSV (required)", fileValue({"*.csv"}), true},
  };
  verbs.push_back(std::move(dataset));

  VerbSpec train;
  train.verb = Verb::Train;
  train.summary = "train a project's network headless";
  train.operands = {{"PROJECT.neurona", fileValue({"*.neurona"})}};
  train.description = {
      "Trains the project's network on its dataset headless, exactly as the app does. When the project holds "
      "a "
      "trained model that fits its network, training continues from it. Progress goes to stderr: a bar with "
      "loss and ETA on a terminal, one line per 10% otherwise."};
  train.options = {
      {"--epochs", "N", "epochs to train (default: the project's)", numberValue()},
      {"--seed", "S", "training seed (default: the project's)", numberValue()},
      {"--out", "MODEL.json",
       "where to write the trained model (default: PROJECT.model.json beside the project)",
       fileValue({"*.json"})},
      {"--history", "FILE.csv", "also write the per-epoch history (epoch, loss, val_loss, accuracy, ...)",
       fileValue({"*.csv"})},
      {"--quiet", "", "no progress and no summary", {}},
  };
  train.notes = {
      "Exit code 3 when training diverged; the model is still written, with the last finite weights."};
  verbs.push_back(std::move(train));

  VerbSpec sweep;
  sweep.verb = Verb::Sweep;
  sweep.summary = "train a project once per combination of settings and tabulate the results";
  sweep.operands = {{"PROJECT.neurona", fileValue({"*.neurona"})}};
  sweep.description = {
      "Trains the project once for every combination of the values given with --set, each run exactly as "
      "`neurona-cli train` would train the project with those settings, several runs at once. Settings are "
      "named by the project file's keys: objects joined by dots, array elements by a 0-based index, e.g. "
      "training.optimizer.learning_rate, network.layers[0].units, training.seed; network.hidden_layers is "
      "the number of layers before the output layer (fewer keeps the first ones, more repeats the last).",
      "Writes one CSV row per run, in run order (the last --set varies fastest): one column per --set named "
      "by its key as written, then loss, val_loss, accuracy, val_accuracy (regression: loss, val_loss, mae, "
      "val_mae, rmse, val_rmse, r2, val_r2) of the last epoch, epochs and status (completed, diverged, "
      "early_stopped or stopped); a metric without a value is an empty field."};
  sweep.options = {
      {"--set", "KEY=V1,V2,...", "a setting and its values (at least one --set; at most 1000 runs in all)",
       textValue(), true, true},
      {"--epochs", "N", "epochs of every run (default: the project's training.epochs)", numberValue()},
      {"--jobs", "J", "runs trained at once (default: the number of processors)", numberValue()},
      {"--out", "RUNS.csv", "where to write the results (required)", fileValue({"*.csv"}), true},
      {"--images", "DIR",
       "also write each run's decision boundary as DIR/run-001.png... and all of them as DIR/grid.png "
       "(2-input data only)",
       fileValue({})},
      {"--quiet", "", "no progress", {}},
  };
  sweep.notes = {
      "Exit code 0 when every run trained, diverged ones included (their status says so); 2 for an "
      "unknown key, a value that does not fit its key, or a run the project's data or network "
      "refuses."};
  verbs.push_back(std::move(sweep));

  VerbSpec step;
  step.verb = Verb::Step;
  step.summary = "explain one training step on one sample";
  step.operands = {{"PROJECT.neurona", fileValue({"*.neurona"})}};
  step.description = {
      "Takes one plain SGD step on one training sample and prints what happened in every layer: its input, "
      "z = x*W + b, the output a, delta = dL/dz (for a layer without weights, dL/d its output), the "
      "gradients dL/dW and dL/db, and the weights after w - lr*dL/dw with the project's learning rate. The "
      "network is the project's trained model when it holds one that fits, else the initial weights its "
      "seed gives; dropout is off and batchnorm uses its running statistics. The loss is the data loss "
      "only (no L1/L2).",
      "With --json: one object with sample, inputs, target, loss and layers, each layer with name (L1, "
      "L2, ...), type, z, a, delta, grad_weights, grad_bias, weights_after and bias_after (weights one "
      "row per input; dropout: name, type, a, delta only; batchnorm: grad_gamma, grad_beta, gamma_after, "
      "beta_after instead of the dense keys); numbers in their shortest exact form."};
  step.options = {
      {"--sample", "K",
       "the sample, 0-based, in the order of the training rows after the split and preprocessing (required)",
       numberValue(), true},
      {"--json", "", "print JSON instead of text", {}},
  };
  step.notes = {"Exit code 2 when K is not a training sample (the message gives their number)."};
  verbs.push_back(std::move(step));

  VerbSpec predict;
  predict.verb = Verb::Predict;
  predict.summary = "run a trained model on the rows of a CSV file";
  predict.operands = {{"MODEL.json", fileValue({"*.json"})}, {"INPUT.csv", fileValue({"*.csv"})}};
  predict.description = {
      "Runs a trained model on the rows of a CSV file. The model's input columns are taken by name when the "
      "header has them all, else by position. Writes the input columns, the outputs out0..outK-1 and, for "
      "classification, the predicted class as `label`."};
  predict.options = {{"--out", "OUT.csv", "where to write (default: standard output)", fileValue({"*.csv"})}};
  verbs.push_back(std::move(predict));

  VerbSpec exportVerb;
  exportVerb.verb = Verb::Export;
  exportVerb.summary = "export a trained model to ONNX, Python or C++";
  exportVerb.operands = {{"MODEL.json|PROJECT.neurona", fileValue({"*.json", "*.neurona"})}};
  exportVerb.description = {
      "Exports a trained model: a model file, or a project that holds one (as the app saves it after "
      "training); the file's content tells which. A project without a trained model is refused (exit code "
      "2): train it first with `neurona-cli train PROJECT.neurona`. Formats:"};
  for (ExportFormat f : allExportFormats())
    exportVerb.definitions.push_back({std::string(toString(f)), formatMeaning(f)});
  exportVerb.options = {
      {"--format",
       joinWith(formatNames(), "|"),
       "the format, one of the above (required)",
       {ValueKind::Choice, {}, formatNames()},
       true},
      {"--out", "FILE", "where to write (required)", fileValue({}), true},
  };
  exportVerb.notes = {"Python exports offer predict(X) when imported and print outputs as CSV with "
                      "`python3 FILE input.csv`."};
  verbs.push_back(std::move(exportVerb));

  VerbSpec info;
  info.verb = Verb::Info;
  info.summary = "describe a model or a project";
  info.operands = {{"MODEL.json|PROJECT.neurona", fileValue({"*.json", "*.neurona"})}};
  info.description = {"Prints the layers, their shapes and parameter counts, and for a project the dataset "
                      "and training settings."};
  verbs.push_back(std::move(info));
  return verbs;
}

std::vector<std::string> splitWords(std::string_view text) {
  std::vector<std::string> words;
  std::istringstream in{std::string(text)};
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// The words in lines of at most `width` columns (a longer word stands alone), the first line after
// `first` and the others after `indent` spaces.
std::string wrap(const std::vector<std::string>& words, std::string_view first, std::size_t indent,
                 std::size_t width) {
  std::string out(first);
  std::size_t column = first.size();
  bool lineEmpty = true;
  for (const std::string& word : words) {
    if (!lineEmpty && column + 1 + word.size() > width) {
      out += '\n';
      out.append(indent, ' ');
      column = indent;
      lineEmpty = true;
    }
    if (!lineEmpty) {
      out += ' ';
      ++column;
    }
    out += word;
    column += word.size();
    lineEmpty = false;
  }
  return out + "\n";
}

std::string wrap(std::string_view text, std::string_view first, std::size_t indent, std::size_t width) {
  return wrap(splitWords(text), first, indent, width);
}

std::string optionTerm(const OptionSpec& o) { return o.value.empty() ? o.name : o.name + " " + o.value; }

// The operands, then each option as it is written in a synopsis: `--out FILE` when required, else
// `[--out FILE]`, followed by `...` when it may be repeated. Lines break between these parts only.
std::vector<std::string> synopsisParts(const VerbSpec& v) {
  std::vector<std::string> parts;
  for (const OperandSpec& o : v.operands) parts.push_back(o.name);
  for (const OptionSpec& o : v.options) {
    std::string term = optionTerm(o);
    if (!o.required) term = "[" + term + "]" + (o.repeatable ? "..." : "");
    parts.push_back(std::move(term));
  }
  return parts;
}

// "  --name VALUE      help": the help in a column of its own, or on the next line when the term is too
// long for it.
std::string listItem(std::string_view term, std::string_view meaning, std::size_t column) {
  std::string head = "  ";
  head += term;
  if (head.size() < column)
    head.append(column - head.size(), ' ');
  else
    head.append("\n").append(column, ' ');
  return wrap(meaning, head, column, Usage::kWidth);
}

std::string renderVerb(const VerbSpec& v) {
  const std::string head = "Usage: neurona-cli " + std::string(toString(v.verb)) + " ";
  std::string s = wrap(synopsisParts(v), head, head.size(), Usage::kWidth) + "\n";
  for (const std::string& p : v.description) s += wrap(p, "", 0, Usage::kWidth);
  // The meanings in a column after the longest term (at least 11: "  keras    ...").
  std::size_t column = 11;
  for (const Definition& d : v.definitions) column = std::max(column, d.term.size() + 4);
  for (const Definition& d : v.definitions) s += listItem(d.term, d.meaning, column);
  for (const OptionSpec& o : v.options) s += listItem(optionTerm(o), o.help, 21);
  for (const std::string& p : v.notes) s += wrap(p, "", 0, Usage::kWidth);
  return s;
}

std::string renderGeneral() {
  std::string s = "Usage: neurona-cli VERB [ARGS...]\n\nVerbs:\n";
  for (const VerbSpec& v : Usage::verbs())
    s += wrap(synopsisParts(v), "  " + std::string(toString(v.verb)) + " ", 4, Usage::kWidth);
  s += "\nOptions:\n";
  for (const OptionSpec& o : Usage::generalOptions()) s += listItem(o.name, o.help, 14);
  s += "\nEnvironment:\n";
  for (const Definition& d : Usage::environment()) s += listItem(d.term, d.meaning, 20);
  std::string codes = "Exit codes:";
  for (const ExitCodeSpec& e : Usage::exitCodes()) {
    codes.append(" ").append(std::to_string(e.code)).append(" ").append(e.meaning);
    codes += &e == &Usage::exitCodes().back() ? '.' : ',';
  }
  return s + "\n" + wrap(codes, "", 0, Usage::kWidth);
}

} // namespace

std::span<const VerbSpec> Usage::verbs() {
  static const std::vector<VerbSpec> verbs = buildVerbs();
  return verbs;
}

const VerbSpec& Usage::verb(Verb v) {
  for (const VerbSpec& spec : verbs())
    if (spec.verb == v) return spec;
  return verbs().front();
}

std::span<const OptionSpec> Usage::generalOptions() {
  static const std::vector<OptionSpec> options = {
      {"--help", "", "show this help, or a verb's help after the verb", {}},
      {"--version", "", "show the version and the kernel set in use", {}},
  };
  return options;
}

std::span<const Definition> Usage::environment() {
  static const std::vector<Definition> variables = {
      {"NEURONA_KERNELS",
       "baseline, avx2 or avx512: use this kernel set instead of the best one the CPU has"},
  };
  return variables;
}

std::span<const ExitCodeSpec> Usage::exitCodes() {
  static const std::vector<ExitCodeSpec> codes = {
      {0, "success"},
      {1, "usage error"},
      {2, "bad input file (or an output that cannot be written, a sweep setting that does not fit the "
          "project, or a "
          "NEURONA_KERNELS this machine cannot use)"},
      {3, "training diverged (the model is still written with the last finite weights)"},
  };
  return codes;
}

std::string_view Usage::description() {
  return "neurona-cli is the headless companion of the Neurona app: it generates toy datasets, trains the "
         "networks of Neurona projects exactly as the app does, runs trained models on CSV files and exports "
         "them to ONNX, Python and C++.";
}

std::string Usage::synopsis(const VerbSpec& v) {
  std::string s;
  for (const std::string& part : synopsisParts(v)) s.append(s.empty() ? "" : " ").append(part);
  return s;
}

std::string_view Usage::text(Verb v) {
  // Rendered once: the generator and format lists come from the engine at run time.
  static const std::array<std::string, 8> texts = {
      renderGeneral(),
      renderVerb(verb(Verb::Dataset)),
      renderVerb(verb(Verb::Train)),
      renderVerb(verb(Verb::Sweep)),
      renderVerb(verb(Verb::Predict)),
      renderVerb(verb(Verb::Export)),
      renderVerb(verb(Verb::Info)),
      renderVerb(verb(Verb::Step)),
  };
  switch (v) {
  case Verb::None: return texts[0];
  case Verb::Dataset: return texts[1];
  case Verb::Train: return texts[2];
  case Verb::Sweep: return texts[3];
  case Verb::Predict: return texts[4];
  case Verb::Export: return texts[5];
  case Verb::Info: return texts[6];
  case Verb::Step: return texts[7];
  }
  return texts[0];
}

} // namespace neurona::cli
