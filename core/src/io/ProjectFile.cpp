#include "neurona/core/io/ProjectFile.h"

#include "GraphFields.h"
#include "ImageFields.h"
#include "JsonFields.h"
#include "neurona/core/graph/Validation.h"
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/NumberText.h"
#include "neurona/core/train/Trainer.h"

#include <array>
#include <charconv>
#include <climits>
#include <cmath>
#include <initializer_list>

namespace neurona {

using namespace jsonfields;

namespace {

using Keys = std::initializer_list<std::string_view>;

// Copies the keys of `o` not in `known` into `slot` (an object), so that a save writes them back.
void keepUnknown(const Json& o, Keys known, Json& slot) {
  for (auto it = o.begin(); it != o.end(); ++it) {
    bool isKnown = false;
    for (std::string_view k : known) isKnown = isKnown || it.key() == k;
    if (!isKnown) slot[it.key()] = it.value();
  }
}

// Adds to `fresh` the keys of the sparse tree `unknown` it lacks, recursing into objects both have.
void mergeUnknown(Json& fresh, const Json& unknown) {
  if (!unknown.is_object() || !fresh.is_object()) return;
  for (auto it = unknown.begin(); it != unknown.end(); ++it) {
    auto f = fresh.find(it.key());
    if (f == fresh.end())
      fresh[it.key()] = it.value();
    else if (f->is_object() && it->is_object())
      mergeUnknown(*f, *it);
  }
}

// Removes the slots (null or {}) that the nested readers created in the unknown-key tree under the
// names of known objects; unknown keys themselves are kept whatever their value.
void pruneSlots(Json& tree, Keys slots) {
  for (std::string_view k : slots) {
    const auto it = tree.find(k);
    if (it != tree.end() && (it->is_null() || (it->is_object() && it->empty()))) tree.erase(it);
  }
}

// --- dataset ---------------------------------------------------------------------------------------

constexpr std::array<std::string_view, 7> kGeneratorKeys{"generator", "samples", "noise", "classes",
                                                         "seed",      "targets", "drawn"};

// "targets": only "inputs" (the inputs are the targets) is known.
bool targetsInputs(const Json& j, const std::string& path) {
  const Json* t = optional(j, "targets");
  if (!t) return false;
  const std::string value = string(*t, child(path, "targets"));
  if (value != "inputs") fail(ErrorCode::UnknownName, child(path, "targets"), value);
  return true;
}

std::string labelText(const Json& v, const std::string& path, bool& numeric) {
  if (v.is_string()) {
    numeric = false;
    return v.get<std::string>();
  }
  if (v.is_number()) return v.dump(); // shortest round-trip spelling
  fail(ErrorCode::WrongType, path, "string or number");
}

// "drawn": [{"label": NAME, "pixels": [v, ...]}, ...]; each value in [0, 1]. Whether the pixels fit the
// data's pictures is ProjectData's to check, once the data is loaded.
std::vector<DrawnSample> drawnFromJson(const Json& j, const std::string& path) {
  std::vector<DrawnSample> out;
  const Json* d = optional(j, "drawn");
  if (!d) return out;
  const std::string dp = child(path, "drawn");
  array(*d, dp);
  for (std::size_t i = 0; i < d->size(); ++i) {
    const std::string ip = element(dp, i);
    const Json& item = object((*d)[i], ip);
    DrawnSample s;
    bool numeric = true;
    s.label = labelText(required(item, ip, "label"), child(ip, "label"), numeric);
    const std::string pp = child(ip, "pixels");
    const Json& pixels = array(required(item, ip, "pixels"), pp);
    s.pixels.reserve(pixels.size());
    for (std::size_t k = 0; k < pixels.size(); ++k) {
      const double v = number(pixels[k], element(pp, k));
      if (!(v >= 0.0 && v <= 1.0)) fail(ErrorCode::BadValue, element(pp, k), pixels[k].dump());
      s.pixels.push_back(v);
    }
    out.push_back(std::move(s));
  }
  return out;
}

DatasetSource datasetFromJson(const Json& j, const std::string& path) {
  object(j, path);
  DatasetSource d;
  d.targetsInputs = targetsInputs(j, path);
  if (const Json* g = optional(j, "generator")) {
    d.kind = DatasetSourceKind::Generator;
    d.generator = string(*g, child(path, "generator"));
    if (const Json* v = optional(j, "samples")) {
      const std::int64_t n = integer(*v, child(path, "samples"));
      if (n < 1 || n > 100'000'000) fail(ErrorCode::BadValue, child(path, "samples"), std::to_string(n));
      d.samples = static_cast<int>(n);
    }
    if (const Json* v = optional(j, "noise")) d.noise = number(*v, child(path, "noise"));
    if (const Json* v = optional(j, "classes")) {
      const std::int64_t k = integer(*v, child(path, "classes"));
      if (k < 0 || k > 1000) fail(ErrorCode::BadValue, child(path, "classes"), std::to_string(k));
      d.classes = static_cast<int>(k);
    }
    if (const Json* v = optional(j, "seed")) d.seed = unsignedInteger(*v, child(path, "seed"));
    for (auto it = j.begin(); it != j.end(); ++it) {
      bool known = false;
      for (std::string_view k : kGeneratorKeys) known = known || it.key() == k;
      if (known) continue;
      if (it->is_number())
        d.params[it.key()] = it->get<double>();
      else
        d.extra[it.key()] = *it;
    }
  } else if (const Json* c = optional(j, "csv")) {
    d.kind = DatasetSourceKind::Csv;
    d.csvPath = string(*c, child(path, "csv"));
    if (const Json* l = optional(j, "label_column")) {
      // A 1-based column index is accepted as a number too, alone or in a list of several.
      const auto column = [](const Json& v, const std::string& at) {
        return v.is_number_integer() ? v.dump() : string(v, at);
      };
      const std::string lp = child(path, "label_column");
      if (l->is_array()) {
        if (l->empty()) fail(ErrorCode::WrongLength, lp, {}, 1, 0);
        for (std::size_t i = 0; i < l->size(); ++i) d.labelColumns.push_back(column((*l)[i], element(lp, i)));
      } else {
        d.labelColumn = column(*l, lp);
      }
    }
    if (const Json* v = optional(j, "image_shape"))
      d.imageShape = imagefields::inputShapeFromJson(*v, child(path, "image_shape"));
    keepUnknown(j, {"csv", "label_column", "image_shape", "targets", "drawn"}, d.extra);
  } else if (const Json* f = optional(j, "images")) {
    d.kind = DatasetSourceKind::Images;
    d.imagesPath = string(*f, child(path, "images"));
    if (d.imagesPath.empty()) fail(ErrorCode::BadValue, child(path, "images"), "empty");
    if (const Json* v = optional(j, "image_size")) {
      const std::string sp = child(path, "image_size");
      array(*v, sp);
      if (v->size() != 2) fail(ErrorCode::WrongLength, sp, {}, 2, static_cast<std::int64_t>(v->size()));
      for (std::size_t i = 0; i < 2; ++i)
        d.imageSize[i] = boundedInt((*v)[i], element(sp, i), 1, imagefields::kMaxImageSide);
      // Three channels of the largest sides must still fit a sample (kMaxImageValues).
      const std::int64_t values = std::int64_t{d.imageSize[0]} * d.imageSize[1] * 3;
      if (values > imagefields::kMaxImageValues)
        fail(ErrorCode::BadValue, sp, "size", imagefields::kMaxImageValues, values);
    }
    if (const Json* v = optional(j, "color")) {
      const std::string cp = child(path, "color");
      const std::string name = string(*v, cp);
      if (name == "grayscale")
        d.color = ImageColor::Grayscale;
      else if (name == "rgb")
        d.color = ImageColor::Rgb;
      else
        fail(ErrorCode::UnknownName, cp, name);
    }
    keepUnknown(j, {"images", "image_size", "color", "targets", "drawn"}, d.extra);
  } else if (const Json* p = optional(j, "points")) {
    d.kind = DatasetSourceKind::Points;
    const std::string pp = child(path, "points");
    array(*p, pp);
    if (const Json* in = optional(j, "inputs")) d.inputs = strings(*in, child(path, "inputs"));
    std::size_t width = d.inputs.size();
    if (width == 0) {
      width = p->empty() || !(*p)[0].is_array() || (*p)[0].size() < 2 ? 2 : (*p)[0].size() - 1;
      for (std::size_t i = 0; i < width; ++i) d.inputs.push_back("x" + std::to_string(i + 1));
    }
    d.points.resize(static_cast<Eigen::Index>(p->size()), static_cast<Eigen::Index>(width));
    d.numericLabels = true;
    for (std::size_t r = 0; r < p->size(); ++r) {
      const std::string rp = element(pp, r);
      const Json& row = array((*p)[r], rp);
      if (row.size() != width + 1)
        fail(ErrorCode::WrongColumnCount, rp, {}, static_cast<std::int64_t>(width + 1),
             static_cast<std::int64_t>(row.size()));
      for (std::size_t c = 0; c < width; ++c)
        d.points(static_cast<Eigen::Index>(r), static_cast<Eigen::Index>(c)) = number(row[c], element(rp, c));
      d.labels.push_back(labelText(row[width], element(rp, width), d.numericLabels));
    }
    if (d.labels.empty()) d.numericLabels = false;
    if (const Json* v = optional(j, "image_shape"))
      d.imageShape = imagefields::inputShapeFromJson(*v, child(path, "image_shape"));
    keepUnknown(j, {"points", "inputs", "image_shape", "targets", "drawn"}, d.extra);
  } else {
    fail(ErrorCode::MissingKey, child(path, "generator"), "generator|csv|points|images");
  }
  d.drawn = drawnFromJson(j, path);
  return d;
}

Json datasetToJson(const DatasetSource& d) {
  Json j = Json::object();
  switch (d.kind) {
  case DatasetSourceKind::Generator:
    j["generator"] = d.generator;
    j["samples"] = d.samples;
    j["noise"] = d.noise;
    if (d.classes > 0) j["classes"] = d.classes;
    j["seed"] = d.seed;
    for (const auto& [name, value] : d.params) j[name] = value;
    break;
  case DatasetSourceKind::Csv:
    j["csv"] = d.csvPath;
    if (!d.labelColumns.empty())
      j["label_column"] = d.labelColumns;
    else if (!d.labelColumn.empty())
      j["label_column"] = d.labelColumn;
    if (d.imageShape) j["image_shape"] = imagefields::inputShapeJson(*d.imageShape);
    break;
  case DatasetSourceKind::Images:
    j["images"] = d.imagesPath;
    j["image_size"] = Json::array({d.imageSize[0], d.imageSize[1]});
    j["color"] = d.color == ImageColor::Rgb ? "rgb" : "grayscale";
    break;
  case DatasetSourceKind::Points: {
    j["inputs"] = d.inputs;
    Json pts = Json::array();
    for (Eigen::Index r = 0; r < d.points.rows(); ++r) {
      Json row = Json::array();
      for (Eigen::Index c = 0; c < d.points.cols(); ++c) row.push_back(d.points(r, c));
      const std::string& label = d.labels[static_cast<std::size_t>(r)];
      double value = 0;
      const auto res = std::from_chars(label.data(), label.data() + label.size(), value);
      // from_chars also takes "nan" and "inf", which are not JSON numbers
      if (d.numericLabels && res.ec == std::errc() && res.ptr == label.data() + label.size() &&
          std::isfinite(value))
        row.push_back(Json::parse(label));
      else
        row.push_back(label);
      pts.push_back(std::move(row));
    }
    j["points"] = std::move(pts);
    if (d.imageShape) j["image_shape"] = imagefields::inputShapeJson(*d.imageShape);
    break;
  }
  }
  if (d.targetsInputs) j["targets"] = "inputs";
  if (!d.drawn.empty()) {
    Json drawn = Json::array();
    for (const DrawnSample& s : d.drawn) drawn.push_back(Json{{"label", s.label}, {"pixels", s.pixels}});
    j["drawn"] = std::move(drawn);
  }
  mergeUnknown(j, d.extra);
  return j;
}

// --- network ---------------------------------------------------------------------------------------

template <class E, class F> E enumValue(const Json& v, const std::string& path, F fromString) {
  const std::string s = string(v, path);
  const auto e = fromString(s);
  if (!e) fail(ErrorCode::UnknownName, path, s);
  return *e;
}

// Reads the layer at `index` of `layers` (at `path`); `before` holds the layers read so far. Unlike a
// model, a project may hold a network being built: a layer with too few or too many inputs, or an add
// of unequal widths, is read as it is and reported by validation.
LayerSpec layerFromJson(const Json& layers, std::size_t index, const std::string& path,
                        const NetworkSpec& before) {
  const Json& j = layers[index];
  object(j, path);
  const LayerType type =
      enumValue<LayerType>(required(j, path, "type"), child(path, "type"), layerTypeFromString);
  LayerSpec l = isMerge(type) ? LayerSpec::merge(type) : LayerSpec{}; // a merge is linear by default
  l.type = type;
  graphfields::readWiring(layers, index, path, before, l);
  if (const Json* v = optional(j, "units")) {
    const std::int64_t u = integer(*v, child(path, "units"));
    if (u < 0 || u > 1'000'000) fail(ErrorCode::BadValue, child(path, "units"), std::to_string(u));
    l.units = static_cast<int>(u); // validate() reports 0 or too many units with the layer's id
  }
  if (const Json* v = optional(j, "activation"))
    l.activation = enumValue<ActivationKind>(*v, child(path, "activation"), activationFromString);
  if (const Json* v = optional(j, "alpha")) l.alpha = number(*v, child(path, "alpha"));
  if (const Json* v = optional(j, "init"))
    l.weightInit = enumValue<InitKind>(*v, child(path, "init"), initFromString);
  if (const Json* v = optional(j, "bias_init"))
    l.biasInit = enumValue<InitKind>(*v, child(path, "bias_init"), initFromString);
  if (const Json* v = optional(j, "l1")) l.l1 = number(*v, child(path, "l1"));
  if (const Json* v = optional(j, "l2")) l.l2 = number(*v, child(path, "l2"));
  if (const Json* v = optional(j, "rate")) l.rate = number(*v, child(path, "rate"));
  if (const Json* v = optional(j, "momentum")) l.momentum = number(*v, child(path, "momentum"));
  if (const Json* v = optional(j, "epsilon")) l.epsilon = number(*v, child(path, "epsilon"));
  // conv2d and pools: sizes and padding (a window larger than the input is validate's to report, as the
  // input may be the data's, known only when the project is prepared)
  imagefields::readWindow(j, path, l);
  return l;
}

// --- training --------------------------------------------------------------------------------------

OptimizerConfig optimizerFromJson(const Json& j, const std::string& path, Json& unknown) {
  object(j, path);
  const std::string np = child(path, "name");
  const std::string name = j.contains("name") ? string(j["name"], np) : std::string("sgd");
  const auto defaults = OptimizerConfig::defaults(name);
  if (!defaults) fail(ErrorCode::UnknownName, np, name);
  OptimizerConfig o = *defaults;
  const auto num = [&](std::string_view key, double& into) {
    if (const Json* v = optional(j, key)) into = number(*v, child(path, key));
  };
  const auto flag = [&](std::string_view key, bool& into) {
    if (const Json* v = optional(j, key)) into = boolean(*v, child(path, key));
  };
  num("lr", o.learningRate); // PyTorch's own spelling, accepted on read
  num("learning_rate", o.learningRate);
  num("momentum", o.momentum);
  num("dampening", o.dampening);
  flag("nesterov", o.nesterov);
  num("weight_decay", o.weightDecay);
  if (const Json* b = optional(j, "betas")) {
    const VectorD betas = vector(*b, child(path, "betas"), 2);
    o.beta1 = betas(0);
    o.beta2 = betas(1);
  }
  num("eps", o.eps);
  flag("amsgrad", o.amsgrad);
  num("alpha", o.alpha);
  flag("centered", o.centered);
  num("lr_decay", o.lrDecay);
  num("initial_accumulator_value", o.initialAccumulatorValue);
  if (!(o.learningRate > 0.0 && std::isfinite(o.learningRate)))
    fail(ErrorCode::BadValue, child(path, "learning_rate"), Json(o.learningRate).dump());
  keepUnknown(j,
              {"name", "lr", "learning_rate", "momentum", "dampening", "nesterov", "weight_decay", "betas",
               "eps", "amsgrad", "alpha", "centered", "lr_decay", "initial_accumulator_value"},
              unknown);
  return o;
}

Json optimizerToJson(const OptimizerConfig& o) {
  Json j = Json::object();
  j["name"] = o.name;
  j["learning_rate"] = o.learningRate;
  if (o.name == "sgd") {
    j["momentum"] = o.momentum;
    j["dampening"] = o.dampening;
    j["nesterov"] = o.nesterov;
  } else if (o.name == "adam" || o.name == "adamw") {
    j["betas"] = {o.beta1, o.beta2};
    j["eps"] = o.eps;
    j["amsgrad"] = o.amsgrad;
  } else if (o.name == "rmsprop") {
    j["alpha"] = o.alpha;
    j["eps"] = o.eps;
    j["momentum"] = o.momentum;
    j["centered"] = o.centered;
  } else if (o.name == "adagrad") {
    j["lr_decay"] = o.lrDecay;
    j["initial_accumulator_value"] = o.initialAccumulatorValue;
    j["eps"] = o.eps;
  }
  j["weight_decay"] = o.weightDecay;
  return j;
}

ScheduleConfig scheduleFromJson(const Json& j, const std::string& path, Json& unknown) {
  object(j, path);
  ScheduleConfig s;
  if (const Json* k = optional(j, "kind"))
    s.kind = enumValue<ScheduleKind>(*k, child(path, "kind"), scheduleFromString);
  if (const Json* v = optional(j, "step_size"))
    s.stepSize = boundedInt(*v, child(path, "step_size"), 1, INT_MAX);
  if (const Json* v = optional(j, "gamma")) s.gamma = number(*v, child(path, "gamma"));
  if (const Json* v = optional(j, "T_max")) s.tMax = boundedInt(*v, child(path, "T_max"), 1, INT_MAX);
  if (const Json* v = optional(j, "eta_min")) s.etaMin = number(*v, child(path, "eta_min"));
  // A negative, zero or undefined decay would drive the learning rate negative or to infinity.
  if (const std::string_view key = badScheduleParameter(s); !key.empty())
    fail(ErrorCode::BadValue, child(path, key), shortestText(scheduleParameter(s, key)));
  keepUnknown(j, {"kind", "step_size", "gamma", "T_max", "eta_min"}, unknown);
  return s;
}

Json scheduleToJson(const ScheduleConfig& s) {
  Json j = Json::object();
  j["kind"] = std::string(toString(s.kind));
  switch (s.kind) {
  case ScheduleKind::Constant: break;
  case ScheduleKind::Step:
    j["step_size"] = s.stepSize;
    j["gamma"] = s.gamma;
    break;
  case ScheduleKind::Exponential: j["gamma"] = s.gamma; break;
  case ScheduleKind::Cosine:
    j["T_max"] = s.tMax;
    j["eta_min"] = s.etaMin;
    break;
  }
  return j;
}

TrainingConfig trainingFromJson(const Json& j, const std::string& path, Json& unknown) {
  object(j, path);
  TrainingConfig t;
  if (const Json* v = optional(j, "loss"))
    t.loss = enumValue<LossKind>(*v, child(path, "loss"), lossFromString);
  if (const Json* v = optional(j, "optimizer"))
    t.optimizer = optimizerFromJson(*v, child(path, "optimizer"), unknown["optimizer"]);
  if (const Json* v = optional(j, "schedule"))
    t.schedule = scheduleFromJson(*v, child(path, "schedule"), unknown["schedule"]);
  if (const Json* v = optional(j, "batch_size")) {
    const std::int64_t b = integer(*v, child(path, "batch_size"));
    if (b < 0 || b > 100'000'000) fail(ErrorCode::BadValue, child(path, "batch_size"), std::to_string(b));
    t.batchSize = static_cast<int>(b);
  }
  if (const Json* v = optional(j, "epochs")) {
    const std::int64_t e = integer(*v, child(path, "epochs"));
    if (e < 0 || e > 100'000'000) fail(ErrorCode::BadValue, child(path, "epochs"), std::to_string(e));
    t.epochs = static_cast<int>(e);
  }
  if (const Json* v = optional(j, "l1")) t.l1 = number(*v, child(path, "l1"));
  if (const Json* v = optional(j, "l2")) t.l2 = number(*v, child(path, "l2"));
  if (const Json* v = optional(j, "clip_norm")) t.clipNorm = number(*v, child(path, "clip_norm"));
  if (const Json* v = optional(j, "shuffle")) t.shuffle = boolean(*v, child(path, "shuffle"));
  if (const Json* v = optional(j, "seed")) t.seed = unsignedInteger(*v, child(path, "seed"));
  if (const Json* v = optional(j, "early_stopping")) {
    const std::string ep = child(path, "early_stopping");
    object(*v, ep);
    if (const Json* p = optional(*v, "patience")) {
      t.earlyStopping.patience = boundedInt(*p, child(ep, "patience"), 0, INT_MAX);
    }
    if (const Json* p = optional(*v, "restore_best"))
      t.earlyStopping.restoreBest = boolean(*p, child(ep, "restore_best"));
    if (const Json* p = optional(*v, "min_delta"))
      t.earlyStopping.minDelta = number(*p, child(ep, "min_delta"));
    keepUnknown(*v, {"patience", "restore_best", "min_delta"}, unknown["early_stopping"]);
  }
  keepUnknown(j,
              {"loss", "optimizer", "schedule", "batch_size", "epochs", "l1", "l2", "clip_norm", "shuffle",
               "seed", "early_stopping"},
              unknown);
  return t;
}

Json trainingToJson(const TrainingConfig& t) {
  Json j = Json::object();
  j["loss"] = std::string(toString(t.loss));
  j["optimizer"] = optimizerToJson(t.optimizer);
  j["batch_size"] = t.batchSize;
  j["epochs"] = t.epochs;
  j["l1"] = t.l1;
  j["l2"] = t.l2;
  if (t.clipNorm != 0.0) j["clip_norm"] = t.clipNorm;
  j["shuffle"] = t.shuffle;
  j["seed"] = t.seed;
  j["schedule"] = scheduleToJson(t.schedule);
  j["early_stopping"] = {{"patience", t.earlyStopping.patience},
                         {"restore_best", t.earlyStopping.restoreBest},
                         {"min_delta", t.earlyStopping.minDelta}};
  return j;
}

// --- history ---------------------------------------------------------------------------------------

std::vector<EpochRecord> historyFromJson(const Json& j, const std::string& path) {
  array(j, path);
  std::vector<EpochRecord> out;
  for (std::size_t i = 0; i < j.size(); ++i) {
    const std::string ep = element(path, i);
    object(j[i], ep);
    EpochRecord r;
    r.epoch = boundedInt(required(j[i], ep, "epoch"), child(ep, "epoch"), 0, INT_MAX);
    for (const EpochField& f : kEpochFields)
      if (const Json* v = optional(j[i], f.name); v && !v->is_null())
        r.*f.member = number(*v, child(ep, f.name));
    out.push_back(r);
  }
  return out;
}

Json historyToJson(const std::vector<EpochRecord>& history) {
  Json a = Json::array();
  for (const EpochRecord& r : history) {
    Json e = Json::object();
    e["epoch"] = r.epoch;
    for (const EpochField& f : kEpochFields)
      if (std::isfinite(r.*f.member)) e[std::string(f.name)] = r.*f.member;
    a.push_back(std::move(e));
  }
  return a;
}

// --- kept runs -------------------------------------------------------------------------------------

TrainingStatus statusFromJson(const Json& v, const std::string& path) {
  const std::string text = string(v, path);
  for (TrainingStatus s : {TrainingStatus::Completed, TrainingStatus::Stopped, TrainingStatus::EarlyStopped,
                           TrainingStatus::Diverged})
    if (text == toString(s)) return s;
  fail(ErrorCode::UnknownName, path, text);
}

void runsFromJson(const Json& j, const std::string& path, Project& p) {
  object(j, path);
  if (const Json* v = optional(j, "limit"))
    p.runLimit = boundedInt(*v, child(path, "limit"), 1, KeptRun::kMaxLimit);
  const Json* kept = optional(j, "kept");
  if (kept == nullptr) return;
  const std::string keptPath = child(path, "kept");
  array(*kept, keptPath);
  if (kept->size() > static_cast<std::size_t>(KeptRun::kMaxLimit))
    fail(ErrorCode::BadValue, keptPath, std::to_string(kept->size()) + " runs");
  for (std::size_t i = 0; i < kept->size(); ++i) {
    const std::string rp = element(keptPath, i);
    const Json& r = object((*kept)[i], rp);
    KeptRun run;
    run.id = unsignedInteger(required(r, rp, "id"), child(rp, "id"));
    for (const KeptRun& other : p.runs)
      if (other.id == run.id) fail(ErrorCode::BadValue, child(rp, "id"), std::to_string(run.id));
    if (const Json* v = optional(r, "name")) run.name = string(*v, child(rp, "name"));
    if (const Json* v = optional(r, "pinned")) run.pinned = boolean(*v, child(rp, "pinned"));
    if (const Json* v = optional(r, "status")) run.status = statusFromJson(*v, child(rp, "status"));
    if (const Json* v = optional(r, "epochs")) run.epochs = boundedInt(*v, child(rp, "epochs"), 0, INT_MAX);
    if (const Json* v = optional(r, "sweep")) run.sweep = string(*v, child(rp, "sweep"));
    if (const Json* v = optional(r, "setup")) run.setup = object(*v, child(rp, "setup"));
    if (const Json* v = optional(r, "history")) run.history = historyFromJson(*v, child(rp, "history"));
    if (run.history.size() > KeptRun::kMaxHistory) run.history = KeptRun::thin(run.history);
    if (const Json* v = optional(r, "model"); v && !v->is_null()) {
      Result<Model> m = ModelFile::fromJson(*v, child(rp, "model"));
      if (!m.ok()) throw FieldError{m.error};
      run.model = std::move(m.value);
    }
    p.runs.push_back(std::move(run));
  }
}

Json runsToJson(const Project& p) {
  Json kept = Json::array();
  for (const KeptRun& run : p.runs) {
    Json r = Json::object();
    r["id"] = run.id;
    r["name"] = run.name;
    r["pinned"] = run.pinned;
    r["status"] = std::string(toString(run.status));
    r["epochs"] = run.epochs;
    if (!run.sweep.empty()) r["sweep"] = run.sweep;
    r["setup"] = run.setup.is_object() ? run.setup : Json::object();
    r["history"] = historyToJson(run.history);
    if (run.model) r["model"] = ModelFile::toJson(*run.model);
    kept.push_back(std::move(r));
  }
  return {{"limit", p.runLimit}, {"kept", std::move(kept)}};
}

// --- project ---------------------------------------------------------------------------------------

Project projectFromJsonOrThrow(const Json& doc) {
  checkHeader(doc, "", ProjectFile::kFormat, ProjectFile::kVersion);
  Project p;
  p.dataset = datasetFromJson(required(doc, "", "dataset"), "dataset");
  if (const Json* v = optional(doc, "task"); v && !v->is_null())
    p.task = enumValue<TaskKind>(*v, "task", taskFromString);
  if (const Json* v = optional(doc, "split")) {
    object(*v, "split");
    if (const Json* x = optional(*v, "validation")) p.split.validation = number(*x, "split.validation");
    if (const Json* x = optional(*v, "test")) p.split.test = number(*x, "split.test");
    if (const Json* x = optional(*v, "seed")) p.split.seed = unsignedInteger(*x, "split.seed");
    const auto inUnit = [](double r) { return r >= 0.0 && r < 1.0; };
    if (!inUnit(p.split.validation))
      fail(ErrorCode::BadValue, "split.validation", Json(p.split.validation).dump());
    if (!inUnit(p.split.test)) fail(ErrorCode::BadValue, "split.test", Json(p.split.test).dump());
    if (p.split.validation + p.split.test >= 1.0) fail(ErrorCode::BadValue, "split", "no-training-part");
    keepUnknown(*v, {"validation", "test", "seed"}, p.unknown["split"]);
  }
  if (const Json* v = optional(doc, "preprocessing")) {
    object(*v, "preprocessing");
    if (const Json* k = optional(*v, "kind"))
      p.preprocessing = enumValue<PreprocessingKind>(*k, "preprocessing.kind", preprocessingFromString);
    // Fitted values (mean, scale, ...) belong to the model; a project only says which kind.
    keepUnknown(*v, {"kind"}, p.unknown["preprocessing"]);
  }
  if (const Json* v = optional(doc, "transforms")) {
    const std::vector<std::string> names = strings(*v, "transforms");
    for (std::size_t i = 0; i < names.size(); ++i) {
      const auto t = featureTransformFromString(names[i]);
      if (!t) fail(ErrorCode::UnknownName, element("transforms", i), names[i]);
      p.transforms.push_back(*t);
    }
  }
  const Json& net = object(required(doc, "", "network"), "network");
  if (const Json* v = optional(net, "input_shape"))
    p.network.inputShape = imagefields::inputShapeFromJson(*v, "network.input_shape");
  const Json& layers = array(required(net, "network", "layers"), "network.layers");
  for (std::size_t i = 0; i < layers.size(); ++i)
    p.network.append(layerFromJson(layers, i, element("network.layers", i), p.network));
  keepUnknown(net, {"layers", "input_shape"}, p.unknown["network"]);
  if (const Json* v = optional(doc, "training"))
    p.training = trainingFromJson(*v, "training", p.unknown["training"]);
  if (const Json* v = optional(doc, "model"); v && !v->is_null()) {
    Result<Model> m = ModelFile::fromJson(*v, "model");
    if (!m.ok()) throw FieldError{m.error};
    p.model = std::move(m.value);
    // A model file stores what inference needs; the training-only settings of its layers (init, l1, l2)
    // are the network's when the model belongs to it.
    if (p.model->spec.layers.size() == p.network.layers.size()) {
      for (std::size_t i = 0; i < p.network.layers.size(); ++i) {
        LayerSpec& ml = p.model->spec.layers[i];
        const LayerSpec& nl = p.network.layers[i];
        if (ml.type != nl.type || ml.units != nl.units || ml.filters != nl.filters) break;
        ml.weightInit = nl.weightInit;
        ml.biasInit = nl.biasInit;
        ml.l1 = nl.l1;
        ml.l2 = nl.l2;
      }
    }
  }
  if (const Json* v = optional(doc, "history")) p.history = historyFromJson(*v, "history");
  if (const Json* v = optional(doc, "canvas")) p.canvas = object(*v, "canvas");
  if (const Json* v = optional(doc, "runs")) runsFromJson(*v, "runs", p);
  keepUnknown(doc,
              {"format", "version", "dataset", "task", "split", "preprocessing", "transforms", "network",
               "training", "model", "history", "canvas", "runs"},
              p.unknown);
  if (p.unknown.contains("training"))
    pruneSlots(p.unknown["training"], {"optimizer", "schedule", "early_stopping"});
  pruneSlots(p.unknown, {"split", "preprocessing", "network", "training"});
  return p;
}

// Whether a kept run's setup (its "network" as written) holds a graph network.
bool setupUsesGraphs(const Json& setup) {
  if (!setup.is_object()) return false;
  const auto net = setup.find("network");
  if (net == setup.end() || !net->is_object()) return false;
  const auto layers = net->find("layers");
  if (layers == net->end() || !layers->is_array()) return false;
  for (const Json& l : *layers) {
    if (!l.is_object()) continue;
    if (l.contains("name") || l.contains("inputs")) return true;
    const auto type = l.find("type");
    if (type != l.end() && type->is_string()) {
      const auto t = layerTypeFromString(type->get_ref<const std::string&>());
      if (t && isMerge(*t)) return true;
    }
  }
  return false;
}

// Whether a kept run's setup (its "network" as written) holds an image input or image layers.
bool setupUsesImages(const Json& setup) {
  if (!setup.is_object()) return false;
  const auto net = setup.find("network");
  if (net == setup.end() || !net->is_object()) return false;
  if (net->contains("input_shape")) return true;
  const auto layers = net->find("layers");
  if (layers == net->end() || !layers->is_array()) return false;
  for (const Json& l : *layers) {
    const auto type = l.is_object() ? l.find("type") : l.end();
    if (!l.is_object() || type == l.end() || !type->is_string()) continue;
    const auto t = layerTypeFromString(type->get_ref<const std::string&>());
    if (t && (needsImage(*t) || *t == LayerType::Flatten)) return true;
  }
  return false;
}

// Whether the project needs version 2: its network, its model or a kept run's is a graph network or an
// image network.
bool needsVersionTwo(const Project& p) {
  const auto two = [](const NetworkSpec& s) {
    return imagefields::versionFor(s) == graphfields::kGraphVersion;
  };
  if (two(p.network) || (p.model && two(p.model->spec))) return true;
  // Image data of the new kinds (a folder, a CSV's image_shape, drawn pictures) is version 2 too.
  const DatasetSource& d = p.dataset;
  if (d.kind == DatasetSourceKind::Images || d.imageShape || !d.drawn.empty()) return true;
  for (const KeptRun& run : p.runs)
    if ((run.model && two(run.model->spec)) || setupUsesGraphs(run.setup) || setupUsesImages(run.setup))
      return true;
  return false;
}

bool sameHistory(const std::vector<EpochRecord>& a, const std::vector<EpochRecord>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i].epoch != b[i].epoch) return false;
    for (const EpochField& f : kEpochFields) {
      const double x = a[i].*f.member, y = b[i].*f.member;
      if (!(x == y || (std::isnan(x) && std::isnan(y)))) return false;
    }
  }
  return true;
}

} // namespace

bool Project::operator==(const Project& o) const {
  return dataset == o.dataset && task == o.task && split == o.split && preprocessing == o.preprocessing &&
         transforms == o.transforms && network == o.network && training == o.training && model == o.model &&
         sameHistory(history, o.history) && canvas == o.canvas && runs == o.runs && runLimit == o.runLimit &&
         unknown == o.unknown;
}

Project defaultProject() {
  Project p;
  p.dataset.generator = "gaussian-quantiles";
  p.dataset.samples = 400;
  p.network = NetworkSpec::denseStack({4}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  p.training.loss = LossKind::Bce;
  p.training.optimizer = *OptimizerConfig::defaults("adam");
  p.training.optimizer.learningRate = 0.01;
  p.training.epochs = 500;
  p.training.seed = 0;
  return p;
}

Json ProjectFile::layerToJson(const LayerSpec& l) {
  Json j = Json::object();
  j["type"] = std::string(toString(l.type));
  switch (l.type) {
  case LayerType::Dense:
    j["units"] = l.units;
    j["activation"] = std::string(toString(l.activation));
    if (l.alpha != 0.0) j["alpha"] = l.alpha;
    j["init"] = std::string(toString(l.weightInit));
    if (l.biasInit != InitKind::Zeros) j["bias_init"] = std::string(toString(l.biasInit));
    j["l1"] = l.l1;
    j["l2"] = l.l2;
    break;
  case LayerType::Add:
  case LayerType::Concat:
    j["activation"] = std::string(toString(l.activation));
    if (l.alpha != 0.0) j["alpha"] = l.alpha;
    break;
  case LayerType::Dropout: j["rate"] = l.rate; break;
  case LayerType::BatchNorm:
    j["momentum"] = l.momentum;
    j["epsilon"] = l.epsilon;
    break;
  case LayerType::Conv2d:
    imagefields::writeWindow(l, j);
    j["activation"] = std::string(toString(l.activation));
    if (l.alpha != 0.0) j["alpha"] = l.alpha;
    j["init"] = std::string(toString(l.weightInit));
    if (l.biasInit != InitKind::Zeros) j["bias_init"] = std::string(toString(l.biasInit));
    j["l1"] = l.l1;
    j["l2"] = l.l2;
    break;
  case LayerType::MaxPool2d:
  case LayerType::AvgPool2d: imagefields::writeWindow(l, j); break;
  case LayerType::Flatten: break;
  }
  return j;
}

Json ProjectFile::networkToJson(const NetworkSpec& network) {
  const bool graph = network.isGraph();
  Json layers = Json::array();
  for (std::size_t i = 0; i < network.layers.size(); ++i) {
    Json l = layerToJson(network.layers[i]);
    if (graph) graphfields::writeWiring(network, static_cast<int>(i), l);
    layers.push_back(std::move(l));
  }
  Json j = {{"layers", std::move(layers)}};
  if (network.inputShape) j["input_shape"] = imagefields::inputShapeJson(*network.inputShape);
  return j;
}

Json ProjectFile::setupToJson(const NetworkSpec& network, const TrainingConfig& training) {
  return {{"network", networkToJson(network)}, {"training", trainingToJson(training)}};
}

Json ProjectFile::toJson(const Project& p) {
  Json j = Json::object();
  j["format"] = std::string(kFormat);
  j["version"] = needsVersionTwo(p) ? graphfields::kGraphVersion : graphfields::kStraightVersion;
  j["dataset"] = datasetToJson(p.dataset);
  if (p.task) j["task"] = std::string(toString(*p.task));
  j["split"] = {{"validation", p.split.validation}, {"test", p.split.test}, {"seed", p.split.seed}};
  j["preprocessing"] = {{"kind", std::string(toString(p.preprocessing))}};
  Json transforms = Json::array();
  for (FeatureTransform t : p.transforms) transforms.push_back(std::string(toString(t)));
  j["transforms"] = std::move(transforms);
  const Json setup = setupToJson(p.network, p.training);
  j["network"] = setup["network"];
  j["training"] = setup["training"];
  if (p.model) j["model"] = ModelFile::toJson(*p.model);
  j["history"] = historyToJson(p.history);
  j["canvas"] = p.canvas.is_object() ? p.canvas : Json::object();
  if (!p.runs.empty() || p.runLimit != KeptRun::kDefaultLimit) j["runs"] = runsToJson(p);
  mergeUnknown(j, p.unknown);
  return j;
}

Result<Project> ProjectFile::fromJson(const Json& doc) {
  Result<Project> out;
  try {
    out.value = projectFromJsonOrThrow(doc);
  } catch (const FieldError& e) {
    out.error = e.error;
  }
  return out;
}

std::string ProjectFile::serialize(const Project& project) { return pretty(toJson(project)); }

Result<Project> ProjectFile::parse(std::string_view text) {
  return jsonfields::parseDocument<Project>(text, [](const Json& doc) { return fromJson(doc); });
}

Result<Project> ProjectFile::read(const std::filesystem::path& file) {
  return jsonfields::readDocument<Project>(file, [](std::string_view text) { return parse(text); });
}

Error ProjectFile::write(const std::filesystem::path& file, const Project& project) {
  return AtomicFile::write(file, serialize(project));
}

} // namespace neurona
