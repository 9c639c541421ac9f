#include "neurona/core/io/ProjectData.h"

#include "neurona/core/data/CsvReader.h"
#include "neurona/core/data/Generators.h"
#include "neurona/core/io/NumberText.h"

#include "JsonFields.h"

#include <algorithm>
#include <cmath>

namespace neurona {

namespace {

// A generator's refusal as the project file's setting that caused it.
Error generatorError(const Error& g) {
  Error e;
  e.detail = std::string(toString(g.code));
  const std::string name = jsonfields::excerpt(g.text); // a generator's or parameter's name from the file
  switch (g.code) {
  case ErrorCode::UnknownGenerator:
    e.code = ErrorCode::UnknownName;
    e.jsonPath = "dataset.generator";
    e.detail = name;
    return e;
  case ErrorCode::BadSamples: e.jsonPath = "dataset.samples"; break;
  case ErrorCode::BadNoise: e.jsonPath = "dataset.noise"; break;
  case ErrorCode::BadClasses: e.jsonPath = "dataset.classes"; break;
  case ErrorCode::UnknownParam:
    e.code = ErrorCode::UnknownName;
    e.jsonPath = "dataset." + name;
    e.detail = name;
    return e;
  case ErrorCode::BadParam: e.jsonPath = "dataset." + name; break;
  default: return g;
  }
  // The setting and its range as they are: rounded to integers, 0.5 would read as 1 and 1e300 as
  // INT64_MIN.
  e.code = ErrorCode::BadValue;
  e.value = g.value;
  e.min = g.min;
  e.max = g.max;
  return e;
}

// A CSV reader's error as BadCsv of the project's data file: the reader's code becomes the cause, and
// detail spells it with the field for display ("non-numeric-feature: oops").
Error csvError(const Error& r, const std::string& file) {
  Error e = r;
  e.code = ErrorCode::BadCsv;
  e.cause = r.code;
  e.file = file;
  e.detail = std::string(toString(r.code));
  if (!r.text.empty()) e.detail += ": " + r.text;
  return e;
}

// RFC 4180 field: quoted when it holds a separator, a quote or a line break.
std::string csvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos && !s.empty()) return s;
  std::string q = "\"";
  for (char c : s) {
    if (c == '"') q += '"';
    q += c;
  }
  return q + "\"";
}

// Painted points go through the CSV reader, so that their labels follow exactly the rules of a loaded
// file (task inference, class order); with "targets": "inputs" their labels are not read at all.
CsvResult pointsDataset(const DatasetSource& d, const std::optional<TaskKind>& task) {
  std::string text;
  for (const std::string& name : d.inputs) text += csvField(name) + ",";
  text += "label\n";
  for (Eigen::Index r = 0; r < d.points.rows(); ++r) {
    for (Eigen::Index c = 0; c < d.points.cols(); ++c) text += shortestText(d.points(r, c)) + ",";
    text += csvField(d.labels[static_cast<std::size_t>(r)]) + "\n";
  }
  CsvOptions o;
  o.separator = ',';
  o.hasHeader = true;
  o.decimalComma = false;
  o.labelColumn = std::to_string(d.inputs.size() + 1);
  o.task = task;
  o.labelsUnused = d.targetsInputs;
  return CsvReader::readString(text, o);
}

// "image_shape" (a CSV's or embedded points'): the feature columns are the pixels of one picture, H·W·C of
// them.
Error applyImageShape(const DatasetSource& d, Dataset& data) {
  Error e;
  if (!d.imageShape) return e;
  const std::int64_t values = std::int64_t{(*d.imageShape)[0]} * (*d.imageShape)[1] * (*d.imageShape)[2];
  if (values != data.featureCount()) {
    e.code = ErrorCode::ImageShapeMismatch;
    e.jsonPath = "dataset.image_shape";
    e.expected = values;
    e.actual = data.featureCount();
    return e;
  }
  data.imageShape = d.imageShape;
  return e;
}

// "targets": "inputs": a regression whose K targets are the K raw inputs, under the inputs' names.
void inputsAsTargets(Dataset& ds) {
  ds.task = TaskKind::Regression;
  ds.labels = {};
  ds.classNames.clear();
  ds.targets = ds.features;
  ds.targetNames = ds.featureCount() > 1 ? ds.featureNames : std::vector<std::string>{};
  if (!ds.featureNames.empty()) ds.labelName = ds.featureNames.front();
  ds.targetsAreInputs = true;
}

// A forced task the data cannot have, as the project's "task" setting.
Error taskError(TaskKind forced) {
  Error e;
  e.code = ErrorCode::BadValue;
  e.jsonPath = "task";
  e.detail = std::string(toString(forced));
  return e;
}

std::filesystem::path resolved(const std::string& path, const std::filesystem::path& projectDir) {
  const std::filesystem::path p(path);
  return p.is_absolute() ? p : projectDir / p;
}

Dataset prepared(const Dataset& raw, const std::vector<Eigen::Index>& rows, const FeaturePipeline& pipeline) {
  Dataset d = subset(raw, rows);
  d.features = pipeline.apply(d.features);
  for (FeatureTransform t : pipeline.transforms) d.featureNames.emplace_back(toString(t));
  // Extra inputs after the pixels: the features are no longer one picture.
  if (!pipeline.transforms.empty()) d.imageShape.reset();
  // Targets that are the inputs are the inputs as the network sees them: the raw inputs come first in
  // the pipeline's output (the transforms after them), scaled by the preprocessing when there is one.
  if (raw.targetsAreInputs) d.targets = d.features.leftCols(raw.featureCount());
  return d;
}

} // namespace

std::optional<DatasetSource> ProjectData::asPoints(const Dataset& raw,
                                                   const std::vector<DrawnSample>& drawn) {
  // The points format has one label per row: classes, or the one target of a regression.
  if (raw.targetsAreInputs || raw.targetCount() > 1) return std::nullopt;
  const auto drawnRows = static_cast<Eigen::Index>(drawn.size());
  if (drawnRows > raw.samples()) return std::nullopt;
  const Eigen::Index rows = raw.samples() - drawnRows; // the drawn pictures are the last rows
  DatasetSource s;
  s.kind = DatasetSourceKind::Points;
  s.inputs = raw.featureNames;
  s.points = raw.features.topRows(rows);
  s.imageShape = raw.imageShape;
  s.drawn = drawn;
  s.numericLabels = true;
  s.labels.reserve(static_cast<std::size_t>(rows));
  if (raw.task == TaskKind::Regression) {
    for (Eigen::Index r = 0; r < rows; ++r) s.labels.push_back(shortestText(raw.targets(r, 0)));
  } else {
    for (Eigen::Index r = 0; r < rows; ++r)
      s.labels.push_back(raw.classNames[static_cast<std::size_t>(raw.labels(r))]);
    for (const std::string& name : raw.classNames)
      if (name.empty() || name.find_first_not_of("0123456789.-") != std::string::npos)
        s.numericLabels = false;
  }
  if (s.labels.empty()) s.numericLabels = false;
  return s;
}

namespace {
// The source's own samples (generator, CSV file, image folder, embedded points), before the drawn
// pictures; an image folder's unreadable pictures go to `skipped` when given.
Result<Dataset> loadSource(const Project& project, const std::filesystem::path& projectDir,
                           std::vector<SkippedImage>* skipped);
} // namespace

Result<Dataset> ProjectData::loadDataset(const Project& project, const std::filesystem::path& projectDir,
                                         std::vector<SkippedImage>* skipped) {
  if (skipped) skipped->clear();
  Result<Dataset> out = loadSource(project, projectDir, skipped);
  if (out.ok()) out.error = appendDrawn(out.value, project.dataset.drawn);
  return out;
}

Error ProjectData::appendDrawn(Dataset& data, const std::vector<DrawnSample>& drawn) {
  Error e;
  if (drawn.empty()) return e;
  e.code = ErrorCode::BadValue;
  e.jsonPath = "dataset.drawn";
  if (!data.imageShape || !isClassification(data.task) || data.targetsAreInputs) {
    e.detail = "needs-image-classes"; // pictures drawn into a class need picture data with classes
    return e;
  }
  const Eigen::Index n = data.samples();
  const auto count = static_cast<Eigen::Index>(drawn.size());
  std::vector<int> classes;
  for (std::size_t i = 0; i < drawn.size(); ++i) {
    const DrawnSample& s = drawn[i];
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "[" + std::to_string(...) at -O3.
    std::string at = "dataset.drawn";
    at.append("[").append(std::to_string(i)).append("]");
    if (static_cast<Eigen::Index>(s.pixels.size()) != data.featureCount()) {
      e.code = ErrorCode::WrongLength;
      e.jsonPath = at + ".pixels";
      e.expected = data.featureCount();
      e.actual = static_cast<std::int64_t>(s.pixels.size());
      return e;
    }
    const auto it = std::find(data.classNames.begin(), data.classNames.end(), s.label);
    if (it == data.classNames.end()) {
      e.code = ErrorCode::UnknownName;
      e.jsonPath = at + ".label";
      e.detail = s.label;
      return e;
    }
    classes.push_back(static_cast<int>(it - data.classNames.begin()));
  }
  data.features.conservativeResize(n + count, Eigen::NoChange);
  data.labels.conservativeResize(n + count);
  for (Eigen::Index r = 0; r < count; ++r) {
    const std::vector<double>& pixels = drawn[static_cast<std::size_t>(r)].pixels;
    data.features.row(n + r) =
        Eigen::Map<const RowVectorT<double>>(pixels.data(), static_cast<Eigen::Index>(pixels.size()));
    data.labels(n + r) = classes[static_cast<std::size_t>(r)];
  }
  return {};
}

namespace {
Result<Dataset> loadSource(const Project& project, const std::filesystem::path& projectDir,
                           std::vector<SkippedImage>* skipped) {
  Result<Dataset> out;
  const DatasetSource& d = project.dataset;
  switch (d.kind) {
  case DatasetSourceKind::Generator: {
    GeneratorOptions o;
    o.samples = d.samples;
    o.noise = d.noise;
    o.seed = d.seed;
    o.classes = d.classes;
    o.params = d.params;
    Result<Dataset> r = generateDataset(d.generator, o);
    if (!r.ok()) {
      out.error = generatorError(r.error);
      return out;
    }
    out.value = std::move(r.value);
    if (d.targetsInputs) inputsAsTargets(out.value);
    if (project.task && *project.task != out.value.task) out.error = taskError(*project.task);
    return out;
  }
  case DatasetSourceKind::Csv: {
    const std::filesystem::path file = resolved(d.csvPath, projectDir);
    // Several label columns and targets that are the inputs are regressions whatever the file holds.
    const bool regression = d.targetsInputs || d.labelColumns.size() > 1;
    if (regression && project.task && *project.task != TaskKind::Regression) {
      out.error = taskError(*project.task);
      return out;
    }
    CsvOptions o;
    o.labelColumn = d.labelColumn;
    o.labelColumns = d.labelColumns;
    o.labelsUnused = d.targetsInputs;
    o.task = project.task;
    if (project.model && isClassification(project.model->task) && !regression)
      o.classNames = project.model->classes;
    CsvResult r = CsvReader::readFile(file, o);
    if (!r.ok()) {
      out.error = csvError(r.error, file.string());
      if (r.error.code == ErrorCode::CannotOpen) {
        out.error = {};
        out.error.code = ErrorCode::CannotOpen;
        out.error.file = file.string();
      }
      return out;
    }
    out.value = std::move(r.dataset);
    if (out.error = applyImageShape(d, out.value); !out.error.ok()) {
      out.error.file = file.string();
      return out;
    }
    if (d.targetsInputs) inputsAsTargets(out.value);
    return out;
  }
  case DatasetSourceKind::Images: {
    const bool regression = d.targetsInputs;
    if (project.task &&
        (regression ? *project.task != TaskKind::Regression : !isClassification(*project.task))) {
      out.error = taskError(*project.task);
      return out;
    }
    ImageFolderOptions o;
    o.size = d.imageSize;
    o.color = d.color;
    ImageFolderResult r = ImageFolder::load(resolved(d.imagesPath, projectDir), o);
    if (skipped) *skipped = std::move(r.skipped);
    if (!r.ok()) {
      out.error = std::move(r.error);
      out.error.jsonPath = "dataset.images";
      return out;
    }
    out.value = std::move(r.dataset);
    // The classes are the folders'; a forced binary or multiclass task must be what they make.
    if (project.task && !regression && *project.task != out.value.task) out.error = taskError(*project.task);
    if (d.targetsInputs) inputsAsTargets(out.value);
    return out;
  }
  case DatasetSourceKind::Points: {
    if (d.targetsInputs && project.task && *project.task != TaskKind::Regression) {
      out.error = taskError(*project.task);
      return out;
    }
    CsvResult r = pointsDataset(d, d.targetsInputs ? std::nullopt : project.task);
    if (!r.ok()) {
      out.error = csvError(r.error, {});
      out.error.code = ErrorCode::BadValue;
      out.error.jsonPath = "dataset.points";
      // The CSV's line 1 is the header: line L is point L - 2.
      // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "[" + std::to_string(...) at -O3.
      if (r.error.line >= 2)
        out.error.jsonPath.append("[").append(std::to_string(r.error.line - 2)).append("]");
      out.error.line = 0;
      out.error.column = 0;
      return out;
    }
    out.value = std::move(r.dataset);
    if (out.error = applyImageShape(d, out.value); !out.error.ok()) return out;
    if (d.targetsInputs) inputsAsTargets(out.value);
    return out;
  }
  }
  return out;
}
} // namespace

PreparedData ProjectData::prepare(const Project& project, Dataset raw) {
  PreparedData p;
  p.raw = std::move(raw);
  SplitRatios ratios;
  ratios.validation = project.split.validation;
  ratios.test = project.split.test;
  ratios.train = 1.0 - ratios.validation - ratios.test;
  Rng rng(project.split.seed);
  p.split = splitDataset(p.raw, ratios, rng);
  const Dataset trainRaw = subset(p.raw, p.split.train);
  p.pipeline = FeaturePipeline::fit(project.transforms, project.preprocessing, trainRaw.features);
  p.train = prepared(p.raw, p.split.train, p.pipeline);
  p.validation = prepared(p.raw, p.split.validation, p.pipeline);
  p.test = prepared(p.raw, p.split.test, p.pipeline);
  return p;
}

Result<PreparedData> ProjectData::prepare(const Project& project, const std::filesystem::path& projectDir) {
  std::vector<SkippedImage> skipped;
  Result<Dataset> raw = loadDataset(project, projectDir, &skipped);
  if (!raw.ok()) {
    PreparedData failed;
    failed.skippedImages = std::move(skipped);
    return {std::move(failed), raw.error};
  }
  if (project.transforms.size() > 0 && raw.value.featureCount() < 2) {
    Error e;
    e.code = ErrorCode::BadValue;
    e.jsonPath = "transforms";
    e.expected = 2;
    e.actual = raw.value.featureCount();
    return {PreparedData{}, e};
  }
  PreparedData data = prepare(project, std::move(raw.value));
  data.skippedImages = std::move(skipped);
  Error e = checkPipeline(data);
  return {std::move(data), std::move(e)};
}

Error ProjectData::checkPipeline(const PreparedData& data) {
  const Preprocessing& p = data.pipeline.preprocessing;
  Error e;
  for (const auto& [values, name] : {std::pair{&p.offset, "offset"}, std::pair{&p.scale, "scale"}}) {
    for (Eigen::Index i = 0; i < values->size(); ++i) {
      if (std::isfinite((*values)(i))) continue;
      e.code = ErrorCode::NonFinitePreprocessing;
      e.jsonPath = "preprocessing";
      e.detail = name;
      e.column = i + 1;
      // Raw inputs first, then the transforms
      const auto raw = static_cast<Eigen::Index>(data.raw.featureNames.size());
      if (i < raw)
        e.columnName = errorExcerpt(data.raw.featureNames[static_cast<std::size_t>(i)]);
      else if (i - raw < static_cast<Eigen::Index>(data.pipeline.transforms.size()))
        e.columnName = std::string(toString(data.pipeline.transforms[static_cast<std::size_t>(i - raw)]));
      return e;
    }
  }
  return e;
}

NetworkSpec ProjectData::network(const Project& project, const PreparedData& data) {
  return network(project.network, data);
}

NetworkSpec ProjectData::network(const NetworkSpec& network, const PreparedData& data) {
  NetworkSpec spec = network;
  if (!spec.inputShape) spec.inputShape = data.train.imageShape;
  return spec;
}

Model ProjectData::makeModel(const Project& project, const PreparedData& data, const ModelParams& params) {
  Model m;
  m.inputs = data.raw.featureNames;
  m.pipeline = data.pipeline;
  m.task = data.raw.task;
  if (isClassification(m.task)) m.classes = data.raw.classNames;
  m.spec = network(project, data);
  m.params = params;
  return m;
}

bool ProjectData::modelFits(const Model& model, const NetworkSpec& spec, int features) {
  if (model.featureCount() != features || model.spec.layers.size() != spec.layers.size() ||
      model.params.size() != spec.layers.size())
    return false;
  for (std::size_t i = 0; i < spec.layers.size(); ++i) {
    const LayerSpec& a = model.spec.layers[i];
    const LayerSpec& b = spec.layers[i];
    if (a.type != b.type || (a.type == LayerType::Dense && a.units != b.units) ||
        (a.type == LayerType::Conv2d && (a.filters != b.filters || a.kernel != b.kernel)))
      return false;
  }
  return true;
}

} // namespace neurona
