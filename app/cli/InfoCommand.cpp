#include "cli/Commands.h"
#include "cli/Messages.h"
#include "neurona/core/graph/Validation.h"
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <ostream>

namespace neurona::cli {

namespace {

std::string join(const std::vector<std::string>& v) {
  std::string s;
  for (const std::string& x : v) s += (s.empty() ? "" : ", ") + printable(x);
  return s.empty() ? "none" : s;
}

std::string activationText(const LayerSpec& l) {
  std::string s(toString(l.activation));
  if (l.activation == ActivationKind::LeakyRelu || l.activation == ActivationKind::Elu)
    s += " (alpha " + nlohmann::json(l.activationAlpha()).dump() + ")";
  return s;
}

// A size [height, width] as "3" when both agree, else "3x2".
std::string sizeText(const std::array<int, 2>& s) {
  return s[0] == s[1] ? std::to_string(s[0]) : std::to_string(s[0]) + "x" + std::to_string(s[1]);
}

// A conv2d's or pool's window: "kernel 3 stride 2 same" (stride only when set).
std::string windowText(const LayerSpec& l) {
  std::string s = (l.type == LayerType::Conv2d ? "kernel " : "pool ") + sizeText(l.window());
  if (l.stride) s += " stride " + sizeText(*l.stride);
  return s + " " + std::string(toString(l.padding));
}

// An image's shape as "16x16x1", flat values as their count.
std::string shapeText(const TensorShape& t) {
  if (!t.image) return std::to_string(t.features);
  return std::to_string(t.height) + "x" + std::to_string(t.width) + "x" + std::to_string(t.channels);
}

std::string layerText(const LayerSpec& l) {
  switch (l.type) {
  case LayerType::Dense: return "dense " + std::to_string(l.units) + " " + activationText(l);
  case LayerType::Add: return "add " + activationText(l);
  case LayerType::Concat: return "concat " + activationText(l);
  case LayerType::Dropout: return "dropout rate " + nlohmann::json(l.rate).dump();
  case LayerType::BatchNorm: return "batchnorm epsilon " + nlohmann::json(l.epsilon).dump();
  case LayerType::Conv2d:
    return "conv2d " + std::to_string(l.filters) + " " + windowText(l) + " " + activationText(l);
  case LayerType::MaxPool2d:
  case LayerType::AvgPool2d: return std::string(toString(l.type)) + " " + windowText(l);
  case LayerType::Flatten: return "flatten";
  }
  return {};
}

// `text` padded with spaces to `width` bytes, plus the two spaces between columns.
std::string column(const std::string& text, std::size_t width) {
  return text + std::string(width > text.size() ? width - text.size() : 0, ' ') + "  ";
}

// A graph network's table: each layer's name, what it reads ("input": the network's input) and its
// shape, with the widths it reads ("8, 8 -> 8" for an add; a concat's side by side, "3, 2 -> 5"). The
// widths are worked out here in list order, where inputs come first; a source that is missing or listed
// later (validation reports it) counts 0.
void printGraphLayers(std::ostream& out, const NetworkSpec& spec, int inputs) {
  struct Row {
    std::string index, name, layer, reads, shape, params;
  };
  const std::size_t n = spec.layers.size();
  std::vector<std::int64_t> width(n, 0);
  // Image layers' shapes and parameters come from shape inference (their outputs need the input's).
  const NetworkSummary summary = summarize(spec, inputs);
  std::vector<Row> rows;
  std::int64_t total = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const LayerSpec& l = spec.layers[i];
    std::vector<std::string> names;
    std::vector<std::int64_t> in;
    for (int src : spec.sourcesOf(static_cast<int>(i))) {
      names.push_back(src < 0 ? std::string("input") : spec.nameOf(src));
      in.push_back(src < 0                             ? inputs
                   : static_cast<std::size_t>(src) < i ? width[static_cast<std::size_t>(src)]
                                                       : 0);
    }
    const std::int64_t first = in.empty() ? 0 : in[0];
    std::int64_t params = 0;
    switch (l.type) {
    case LayerType::Dense:
      width[i] = l.units;
      params = first * l.units + l.units; // W (in x units) + b
      break;
    case LayerType::Concat:
      for (std::int64_t w : in) width[i] += w;
      break;
    case LayerType::BatchNorm:
      width[i] = first;
      params = 2 * first; // gamma, beta
      break;
    case LayerType::Add:
    case LayerType::Dropout:
    case LayerType::Flatten: width[i] = first; break;
    case LayerType::Conv2d:
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d:
      width[i] = summary.layers[i].outputs;
      params = summary.layers[i].params;
      break;
    }
    total += params;
    std::string shape;
    for (std::int64_t w : in) shape += (shape.empty() ? "" : ", ") + std::to_string(w);
    if (in.empty()) shape = "none";
    shape += " -> " + std::to_string(width[i]);
    // A layer that reads or writes an image: its shapes as H x W x C.
    const LayerShape& sh = summary.layers[i];
    if (in.size() == 1 && (sh.inputShape.image || sh.outputShape.image))
      shape = shapeText(sh.inputShape) + " -> " + shapeText(sh.outputShape);
    std::string reads;
    for (const std::string& name : names) reads += (reads.empty() ? "" : ", ") + printable(name);
    rows.push_back({std::to_string(i), printable(spec.nameOf(static_cast<int>(i))), layerText(l),
                    reads.empty() ? std::string("nothing") : reads, shape, std::to_string(params)});
  }
  Row head{"#", "name", "layer", "inputs", "shape", "parameters"};
  std::size_t w[5] = {head.index.size(), head.name.size(), head.layer.size(), head.reads.size(),
                      head.shape.size()};
  for (const Row& r : rows) {
    w[0] = std::max(w[0], r.index.size());
    w[1] = std::max(w[1], r.name.size());
    w[2] = std::max(w[2], r.layer.size());
    w[3] = std::max(w[3], r.reads.size());
    w[4] = std::max(w[4], r.shape.size());
  }
  out << "Layers (a graph; \"input\" is the network's input, the last layer its output):\n";
  const auto print = [&](const Row& r) {
    out << "  " << column(r.index, w[0]) << column(r.name, w[1]) << column(r.layer, w[2])
        << column(r.reads, w[3]) << column(r.shape, w[4]) << r.params << "\n";
  };
  print(head);
  for (const Row& r : rows) print(r);
  out << "Total parameters: " << total << "\n";
}

void printLayers(std::ostream& out, const NetworkSpec& spec, int inputs) {
  if (const auto& d = spec.inputShape)
    out << "Input shape: " << shapeText(TensorShape::imageOf((*d)[0], (*d)[1], (*d)[2])) << "\n";
  if (spec.isGraph()) {
    printGraphLayers(out, spec, inputs);
    return;
  }
  const NetworkSummary s = summarize(spec, inputs);
  // Images show as H x W x C ("16x16x1 -> 16x16x8"), flat values as their count; the column is as
  // wide as its longest shape.
  std::vector<std::string> shapes;
  std::size_t shapeWidth = 14;
  for (const LayerShape& sh : s.layers) {
    shapes.push_back(shapeText(sh.inputShape) + " -> " + shapeText(sh.outputShape));
    shapeWidth = std::max(shapeWidth, shapes.back().size());
  }
  out << "Layers:\n";
  char line[256];
  std::snprintf(line, sizeof line, "  %-3s %-34s %-*s %s\n", "#", "layer", static_cast<int>(shapeWidth),
                "shape", "parameters");
  out << line;
  for (std::size_t i = 0; i < spec.layers.size(); ++i) {
    const LayerShape& sh = s.layers[i];
    std::snprintf(line, sizeof line, "  %-3zu %-34s %-*s %lld\n", i, layerText(spec.layers[i]).c_str(),
                  static_cast<int>(shapeWidth), shapes[i].c_str(), static_cast<long long>(sh.params));
    out << line;
  }
  out << "Total parameters: " << s.totalParams << "\n";
}

std::string transformsText(const std::vector<FeatureTransform>& t) {
  std::vector<std::string> names;
  for (FeatureTransform f : t) names.emplace_back(toString(f));
  return join(names);
}

void printModel(std::ostream& out, const Model& m) {
  out << "Task: " << toString(m.task);
  if (isClassification(m.task)) out << " (classes: " << join(m.classes) << ")";
  out << "\nInputs: " << join(m.inputs) << "\n";
  out << "Transforms: " << transformsText(m.pipeline.transforms) << "\n";
  out << "Preprocessing: " << toString(m.pipeline.preprocessing.kind) << "\n";
  out << "Network inputs: " << m.featureCount() << ", outputs: " << m.outputCount() << "\n";
  printLayers(out, m.spec, m.featureCount());
}

void printTraining(std::ostream& out, const TrainingConfig& t) {
  const OptimizerConfig& o = t.optimizer;
  out << "Training:\n";
  out << "  loss " << toString(t.loss) << ", epochs " << t.epochs << ", batch size "
      << (t.batchSize <= 0 ? std::string("full batch") : std::to_string(t.batchSize)) << ", shuffle "
      << (t.shuffle ? "yes" : "no") << ", seed " << t.seed << "\n";
  out << "  optimizer " << printable(o.name) << ": learning_rate " << o.learningRate;
  if (o.name == "sgd")
    out << ", momentum " << o.momentum << ", dampening " << o.dampening << ", nesterov "
        << (o.nesterov ? "true" : "false");
  if (o.name == "adam" || o.name == "adamw")
    out << ", betas (" << o.beta1 << ", " << o.beta2 << "), eps " << o.eps;
  if (o.name == "rmsprop") out << ", alpha " << o.alpha << ", eps " << o.eps << ", momentum " << o.momentum;
  if (o.name == "adagrad") out << ", lr_decay " << o.lrDecay << ", eps " << o.eps;
  out << ", weight_decay " << o.weightDecay << "\n";
  out << "  l1 " << t.l1 << ", l2 " << t.l2 << ", schedule " << toString(t.schedule.kind);
  if (t.earlyStopping.patience > 0) out << ", early stopping after " << t.earlyStopping.patience << " epochs";
  out << "\n";
}

void printProject(std::ostream& out, std::ostream& err, const Project& p, const std::filesystem::path& dir) {
  const DatasetSource& d = p.dataset;
  out << "Dataset: ";
  switch (d.kind) {
  case DatasetSourceKind::Generator:
    out << "generator " << printable(d.generator) << ", " << d.samples << " samples, noise " << d.noise;
    if (d.classes > 0) out << ", " << d.classes << " classes";
    out << ", seed " << d.seed;
    for (const auto& [k, v] : d.params) out << ", " << printable(k) << " " << v;
    break;
  case DatasetSourceKind::Csv:
    out << "CSV " << printable(d.csvPath);
    if (d.labelColumns.size() > 1) {
      out << " (label columns";
      for (const std::string& c : d.labelColumns) out << " " << printable(c);
      out << ")";
    } else if (!d.labelColumns.empty()) {
      out << " (label column " << printable(d.labelColumns.front()) << ")";
    } else if (!d.labelColumn.empty()) {
      out << " (label column " << printable(d.labelColumn) << ")";
    }
    if (d.imageShape)
      out << ", pictures of " << (*d.imageShape)[0] << " x " << (*d.imageShape)[1] << " x "
          << (*d.imageShape)[2];
    break;
  case DatasetSourceKind::Points: out << d.points.rows() << " painted points over " << join(d.inputs); break;
  case DatasetSourceKind::Images:
    out << "image folder " << printable(d.imagesPath) << ", " << d.imageSize[0] << " x " << d.imageSize[1]
        << " " << (d.color == ImageColor::Rgb ? "rgb" : "grayscale");
    break;
  }
  if (!d.drawn.empty())
    out << ", " << d.drawn.size() << (d.drawn.size() == 1 ? " drawn picture" : " drawn pictures");
  if (d.targetsInputs) out << ", targets: the inputs";
  out << "\n";
  out << "Task: " << (p.task ? std::string(toString(*p.task)) : std::string("inferred from the labels"))
      << "\n";
  out << "Split: validation " << p.split.validation << ", test " << p.split.test << ", seed " << p.split.seed
      << "\n";
  out << "Transforms: " << transformsText(p.transforms) << "\n";
  out << "Preprocessing: " << toString(p.preprocessing) << "\n";
  int inputs = 0;
  // A network without an input shape takes its data's image shape when it trains (ProjectData::network):
  // shown with it, from the trained model or the data.
  NetworkSpec network = p.network;
  if (p.model) {
    inputs = p.model->featureCount();
    if (!network.inputShape) network.inputShape = p.model->spec.inputShape;
  } else {
    std::vector<SkippedImage> skipped;
    const Result<Dataset> data = ProjectData::loadDataset(p, dir, &skipped);
    warnSkippedImages(err, (dir / p.dataset.imagesPath).string(), skipped);
    if (data.ok()) {
      inputs = static_cast<int>(data.value.featureCount() + static_cast<Eigen::Index>(p.transforms.size()));
      if (!network.inputShape && p.transforms.empty()) network.inputShape = data.value.imageShape;
    }
  }
  if (inputs > 0)
    out << "Network inputs: " << inputs << "\n";
  else
    out << "Network inputs: unknown (the dataset cannot be loaded)\n";
  printLayers(out, network, std::max(inputs, 0));
  printTraining(out, p.training);
  out << "Trained model: " << (p.model ? "yes" : "no");
  if (!p.history.empty())
    out << ", history of " << p.history.size() << " epochs (last loss " << p.history.back().loss << ")";
  out << "\n";
}

} // namespace

bool isProjectDocument(const nlohmann::json& doc) {
  // (value() would throw on a "format" that is not a string.)
  const auto format = doc.is_object() ? doc.find("format") : doc.end();
  return doc.is_object() && format != doc.end() && format->is_string() &&
         format->get_ref<const std::string&>() == ProjectFile::kFormat;
}

int runInfo(const Command& c, std::ostream& out, std::ostream& err) {
  Result<std::string> text = AtomicFile::read(c.file);
  if (!text.ok()) {
    err << describe(text.error) << "\n";
    return kBadFile;
  }
  // The "format" key says which kind of file it is; each reader then reports its own errors. (A deep
  // document is discarded by the depth-checking reader below before anything copies it.)
  const bool isProject = isProjectDocument(nlohmann::json::parse(text.value, nullptr, false));
  if (isProject) {
    Result<Project> p = ProjectFile::parse(text.value);
    if (!p.ok()) {
      p.error.file = c.file;
      err << describe(p.error) << "\n";
      return kBadFile;
    }
    out << "Project: " << printable(c.file) << "\n";
    const std::filesystem::path path = c.file;
    printProject(out, err, p.value, path.has_parent_path() ? path.parent_path() : std::filesystem::path("."));
    return kOk;
  }
  Result<Model> m = ModelFile::parse(text.value);
  if (!m.ok()) {
    m.error.file = c.file;
    err << describe(m.error) << "\n";
    return kBadFile;
  }
  out << "Model: " << printable(c.file) << "\n";
  printModel(out, m.value);
  return kOk;
}

} // namespace neurona::cli
