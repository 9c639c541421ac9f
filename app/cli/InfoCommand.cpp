#include "cli/Commands.h"
#include "cli/Messages.h"
#include "neurona/core/graph/Validation.h"
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"

#include <nlohmann/json.hpp>

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

std::string layerText(const LayerSpec& l) {
  switch (l.type) {
  case LayerType::Dense: {
    std::string s = "dense " + std::to_string(l.units) + " " + std::string(toString(l.activation));
    if (l.activation == ActivationKind::LeakyRelu || l.activation == ActivationKind::Elu)
      s += " (alpha " + nlohmann::json(l.activationAlpha()).dump() + ")";
    return s;
  }
  case LayerType::Add: return "add"; // GRAPH-TODO
  case LayerType::Concat: return "concat"; // GRAPH-TODO
  case LayerType::Dropout: return "dropout rate " + nlohmann::json(l.rate).dump();
  case LayerType::BatchNorm: return "batchnorm epsilon " + nlohmann::json(l.epsilon).dump();
  }
  return {};
}

void printLayers(std::ostream& out, const NetworkSpec& spec, int inputs) {
  const NetworkSummary s = summarize(spec, inputs);
  out << "Layers:\n";
  char line[160];
  std::snprintf(line, sizeof line, "  %-3s %-34s %-14s %s\n", "#", "layer", "shape", "parameters");
  out << line;
  for (std::size_t i = 0; i < spec.layers.size(); ++i) {
    const LayerShape& sh = s.layers[i];
    const std::string shape = std::to_string(sh.inputs) + " -> " + std::to_string(sh.outputs);
    std::snprintf(line, sizeof line, "  %-3zu %-34s %-14s %lld\n", i, layerText(spec.layers[i]).c_str(),
                  shape.c_str(), static_cast<long long>(sh.params));
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

void printProject(std::ostream& out, const Project& p, const std::filesystem::path& dir) {
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
    break;
  case DatasetSourceKind::Points: out << d.points.rows() << " painted points over " << join(d.inputs); break;
  }
  if (d.targetsInputs) out << ", targets: the inputs";
  out << "\n";
  out << "Task: " << (p.task ? std::string(toString(*p.task)) : std::string("inferred from the labels"))
      << "\n";
  out << "Split: validation " << p.split.validation << ", test " << p.split.test << ", seed " << p.split.seed
      << "\n";
  out << "Transforms: " << transformsText(p.transforms) << "\n";
  out << "Preprocessing: " << toString(p.preprocessing) << "\n";
  int inputs = 0;
  if (p.model) {
    inputs = p.model->featureCount();
  } else {
    const Result<Dataset> data = ProjectData::loadDataset(p, dir);
    if (data.ok())
      inputs = static_cast<int>(data.value.featureCount() + static_cast<Eigen::Index>(p.transforms.size()));
  }
  if (inputs > 0)
    out << "Network inputs: " << inputs << "\n";
  else
    out << "Network inputs: unknown (the dataset cannot be loaded)\n";
  printLayers(out, p.network, std::max(inputs, 0));
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
    printProject(out, p.value, path.has_parent_path() ? path.parent_path() : std::filesystem::path("."));
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
