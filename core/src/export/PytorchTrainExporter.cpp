#include "neurona/core/export/PytorchTrainExporter.h"

#include "neurona/core/data/CsvReader.h"
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/nn/Network.h"
#include "neurona/core/train/Trainer.h"

#include "CodeText.h"
#include "PytorchTrainScript.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace neurona {

namespace {

using Json = nlohmann::json;

Json vectorJson(const Eigen::Ref<const VectorD>& v) {
  Json a = Json::array();
  for (Eigen::Index i = 0; i < v.size(); ++i) a.push_back(v(i));
  return a;
}

// Row by row: one array per sample (features) or per input (dense weights).
Json matrixJson(const Eigen::Ref<const MatrixD>& m) {
  Json a = Json::array();
  for (Eigen::Index r = 0; r < m.rows(); ++r) a.push_back(vectorJson(m.row(r).transpose()));
  return a;
}

Json layerJson(const LayerSpec& l, const LayerParams& p) {
  Json j = Json::object();
  j["type"] = std::string(toString(l.type));
  switch (l.type) {
  case LayerType::Dense:
    j["units"] = l.units;
    j["activation"] = std::string(toString(l.activation));
    j["alpha"] = l.activationAlpha();
    j["l1"] = l.l1;
    j["l2"] = l.l2;
    j["weights"] = matrixJson(p.weights);
    j["bias"] = vectorJson(p.bias);
    break;
  case LayerType::Add: // refused above: a graph is not written
  case LayerType::Concat:
  case LayerType::Conv2d: // refused above: image layers are not written
  case LayerType::MaxPool2d:
  case LayerType::AvgPool2d:
  case LayerType::Flatten: break;
  case LayerType::Dropout: j["rate"] = l.rate; break;
  case LayerType::BatchNorm:
    j["momentum"] = l.momentum;
    j["epsilon"] = l.epsilon;
    j["gamma"] = vectorJson(p.gamma);
    j["beta"] = vectorJson(p.beta);
    j["mean"] = vectorJson(p.runningMean);
    j["var"] = vectorJson(p.runningVar);
    break;
  }
  return j;
}

Json trainingJson(const TrainingConfig& t) {
  const OptimizerConfig& o = t.optimizer;
  return {
      {"loss", std::string(toString(t.loss))},
      {"optimizer",
       {{"name", o.name},
        {"learning_rate", o.learningRate},
        {"momentum", o.momentum},
        {"dampening", o.dampening},
        {"nesterov", o.nesterov},
        {"weight_decay", o.weightDecay},
        {"betas", {o.beta1, o.beta2}},
        {"eps", o.eps},
        {"amsgrad", o.amsgrad},
        {"alpha", o.alpha},
        {"centered", o.centered},
        {"lr_decay", o.lrDecay},
        {"initial_accumulator_value", o.initialAccumulatorValue}}},
      {"schedule",
       {{"kind", std::string(toString(t.schedule.kind))},
        {"step_size", t.schedule.stepSize},
        {"gamma", t.schedule.gamma},
        {"T_max", t.schedule.tMax},
        {"eta_min", t.schedule.etaMin}}},
      {"epochs", t.epochs},
      {"batch_size", t.batchSize},
      {"shuffle", t.shuffle},
      {"seed", t.seed},
      {"l1", t.l1},
      {"l2", t.l2},
      {"clip_norm", t.clipNorm},
      {"early_stopping",
       {{"patience", t.earlyStopping.patience},
        {"restore_best", t.earlyStopping.restoreBest},
        {"min_delta", t.earlyStopping.minDelta}}},
  };
}

// The data: embedded rows for a generated or painted data set; for a CSV file its path (as this
// computer reaches it now) and what the reader detected, so that the script reads it the same way.
Result<Json> dataJson(const Project& project, const std::filesystem::path& projectDir, const Dataset& raw) {
  Result<Json> r;
  Json j = Json::object();
  if (project.dataset.kind != DatasetSourceKind::Csv) {
    j["kind"] = "embedded";
    j["features"] = matrixJson(raw.features);
    if (isClassification(raw.task)) {
      Json labels = Json::array();
      for (Eigen::Index i = 0; i < raw.labels.size(); ++i) labels.push_back(raw.labels(i));
      j["labels"] = std::move(labels);
    } else {
      j["targets"] = vectorJson(raw.targets);
    }
    r.value = std::move(j);
    return r;
  }
  const std::filesystem::path csv = std::filesystem::path(project.dataset.csvPath).is_absolute()
                                        ? std::filesystem::path(project.dataset.csvPath)
                                        : projectDir / project.dataset.csvPath;
  // Read again for what the reader detected (ProjectData keeps only the data set).
  CsvOptions o;
  o.labelColumn = project.dataset.labelColumn;
  o.task = project.task;
  if (project.model && isClassification(project.model->task)) o.classNames = project.model->classes;
  const CsvResult read = CsvReader::readFile(csv, o);
  if (!read.ok()) {
    r.error = read.error;
    r.error.file = csv.string();
    return r;
  }
  std::error_code ec;
  const std::filesystem::path absolute = std::filesystem::absolute(csv, ec);
  j["kind"] = "csv";
  j["path"] = (ec ? csv : absolute).generic_string();
  j["separator"] = std::string(1, read.separator);
  j["decimal_comma"] = read.decimalComma;
  j["header"] = read.hadHeader;
  j["label_column"] = read.labelColumn;
  j["columns"] = raw.featureCount() + 1;
  j["rows"] = raw.samples();
  r.value = std::move(j);
  return r;
}

// Long lines of the embedded document cut into pieces of printable ASCII, each its own literal; Python
// joins adjacent literals into one string.
std::string pythonLiteral(const std::string& text) {
  constexpr std::size_t kPiece = 96;
  std::string s = "(\n";
  for (std::size_t at = 0; at < text.size(); at += kPiece)
    s += "    " + codetext::quoted(text.substr(at, kPiece)) + "\n";
  if (text.empty()) s += "    \"\"\n";
  return s + ")";
}

} // namespace

Result<std::string> PytorchTrainExporter::generate(const Project& project,
                                                   const std::filesystem::path& projectDir) {
  Result<std::string> out;
  Result<PreparedData> prepared = ProjectData::prepare(project, projectDir);
  if (!prepared.ok()) {
    out.error = prepared.error;
    return out;
  }
  const PreparedData& d = prepared.value;
  const Dataset* validation = d.validation.samples() > 0 ? &d.validation : nullptr;
  if (Error e = Trainer::check(project.network, project.training, d.train, validation); !e.ok()) {
    out.error = e;
    return out;
  }
  if (project.network.isGraph()) { // the script's model is an nn.Sequential
    out.error.code = ErrorCode::UnsupportedInCode;
    out.error.detail = "graph";
    return out;
  }
  for (const LayerSpec& l : project.network.layers)
    if (needsImage(l.type) || l.type == LayerType::Flatten) { // the code is written for flat layers
      out.error.code = ErrorCode::UnsupportedInCode;
      out.error.detail = "image";
      return out;
    }
  if (d.train.targetCount() > 1 || d.train.targetsAreInputs) { // the script reads one label column
    out.error.code = ErrorCode::UnsupportedInCode;
    out.error.detail = "several-targets";
    return out;
  }
  const int features = static_cast<int>(d.train.featureCount());

  // The values training starts from, as neurona-cli train: the seed's draws, replaced by the project's
  // model when it fits (then the epochs go on from the last one in the history).
  Rng rng(project.training.seed);
  Network net(project.network, features, rng);
  bool continued = false;
  if (project.model && ProjectData::modelFits(*project.model, project.network, features))
    continued = net.setParams(project.model->params);
  const int start = continued && !project.history.empty() ? std::max(0, project.history.back().epoch) : 0;
  const ModelParams initial = net.params();

  Result<Json> data = dataJson(project, projectDir, d.raw);
  if (!data.ok()) {
    out.error = data.error;
    return out;
  }

  Json config = Json::object();
  config["format"] = "neurona-pytorch-train";
  config["version"] = 1;
  config["task"] = std::string(toString(d.raw.task));
  config["inputs"] = d.raw.featureNames;
  config["classes"] = isClassification(d.raw.task) ? d.raw.classNames : std::vector<std::string>{};
  config["outputs"] = net.outputs();
  config["data"] = std::move(data.value);
  config["split"] = {
      {"validation", project.split.validation}, {"test", project.split.test}, {"seed", project.split.seed}};
  Json transforms = Json::array();
  for (FeatureTransform t : project.transforms) transforms.push_back(std::string(toString(t)));
  config["transforms"] = std::move(transforms);
  config["preprocessing"] = std::string(toString(project.preprocessing));
  Json layers = Json::array();
  for (std::size_t i = 0; i < project.network.layers.size(); ++i)
    layers.push_back(layerJson(project.network.layers[i], initial[i]));
  config["layers"] = std::move(layers);
  config["training"] = trainingJson(project.training);
  config["rng_skip"] = codetext::initialisationDraws(project.network, features);
  config["start_epoch"] = start;
  config["continued"] = continued;
  // What --neurona-model writes, with the script's own values and preprocessing put in.
  config["model"] = ModelFile::toJson(ProjectData::makeModel(project, d, initial));

  // Printable ASCII only (ensure_ascii); bytes that are not UTF-8 in a name become U+FFFD.
  const std::string text = config.dump(-1, ' ', true, Json::error_handler_t::replace);
  std::string script(kPytorchTrainScriptHead);
  script += "CONFIG = json.loads(" + pythonLiteral(text) + ")\n\n";
  script += codetext::kPythonMt19937_64;
  script += kPytorchTrainScriptBody;
  out.value = std::move(script);
  return out;
}

} // namespace neurona
