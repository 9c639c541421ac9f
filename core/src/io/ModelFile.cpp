#include "neurona/core/io/ModelFile.h"

#include "GraphFields.h"
#include "ImageFields.h"
#include "JsonFields.h"
#include "neurona/core/graph/Shapes.h"
#include "neurona/core/graph/Validation.h"
#include "neurona/core/io/AtomicFile.h"

#include <cmath>
#include <cstdint>

namespace neurona {

using namespace jsonfields;

namespace {

Json preprocessingToJson(const Preprocessing& p) {
  Json j = Json::object();
  j["kind"] = std::string(toString(p.kind));
  if (p.kind == PreprocessingKind::Standardize) j["mean"] = vectorJson(p.offset);
  if (p.kind == PreprocessingKind::MinMax) j["min"] = vectorJson(p.offset);
  if (p.kind != PreprocessingKind::None) j["scale"] = vectorJson(p.scale);
  return j;
}

Preprocessing preprocessingFromJson(const Json& j, const std::string& path, int features) {
  object(j, path);
  Preprocessing p;
  const std::string kp = child(path, "kind");
  const std::string kind = string(required(j, path, "kind"), kp);
  const auto k = preprocessingFromString(kind);
  if (!k) fail(ErrorCode::UnknownName, kp, kind);
  p.kind = *k;
  if (p.kind == PreprocessingKind::None) return p;
  const char* offsetKey = p.kind == PreprocessingKind::Standardize ? "mean" : "min";
  p.offset = vector(required(j, path, offsetKey), child(path, offsetKey), features);
  const std::string sp = child(path, "scale");
  p.scale = vector(required(j, path, "scale"), sp, features);
  for (Eigen::Index i = 0; i < p.scale.size(); ++i)
    if (p.scale(i) == 0.0) fail(ErrorCode::BadValue, element(sp, static_cast<std::size_t>(i)), "0");
  return p;
}

// The layer at `index` of `spec` with its learned values; `graph` adds its "name" and "inputs".
Json layerToJson(const NetworkSpec& spec, int index, const LayerParams& p, bool graph) {
  const LayerSpec& l = spec.layers[static_cast<std::size_t>(index)];
  Json j = Json::object();
  j["type"] = std::string(toString(l.type));
  if (graph) graphfields::writeWiring(spec, index, j);
  const auto activation = [&] {
    j["activation"] = std::string(toString(l.activation));
    if (l.activation == ActivationKind::LeakyRelu || l.activation == ActivationKind::Elu)
      j["alpha"] = l.activationAlpha();
  };
  switch (l.type) {
  case LayerType::Dense:
    j["units"] = l.units;
    activation();
    j["weights"] = matrixJson(p.weights);
    j["bias"] = vectorJson(p.bias);
    break;
  case LayerType::Add:
  case LayerType::Concat: activation(); break; // no learned values
  case LayerType::Dropout: j["rate"] = l.rate; break;
  case LayerType::BatchNorm:
    j["gamma"] = vectorJson(p.gamma);
    j["beta"] = vectorJson(p.beta);
    j["mean"] = vectorJson(p.runningMean);
    j["var"] = vectorJson(p.runningVar);
    j["epsilon"] = l.epsilon;
    j["momentum"] = l.momentum;
    break;
  case LayerType::Conv2d:
    imagefields::writeWindow(l, j);
    activation();
    j["weights"] = imagefields::convWeightsJson(p.weights, l.kernel);
    j["bias"] = vectorJson(p.bias);
    break;
  case LayerType::MaxPool2d:
  case LayerType::AvgPool2d: imagefields::writeWindow(l, j); break;
  case LayerType::Flatten: break; // no settings, no learned values
  }
  return j;
}

// Reads "activation" (required for dense, default linear for a merge layer) and "alpha".
void activationFromJson(const Json& j, const std::string& path, LayerSpec& l) {
  const std::string ap = child(path, "activation");
  const bool needed = l.type == LayerType::Dense || l.type == LayerType::Conv2d;
  const Json* act = needed ? &required(j, path, "activation") : optional(j, "activation");
  if (act != nullptr) {
    const std::string name = string(*act, ap);
    const auto a = activationFromString(name);
    if (!a) fail(ErrorCode::UnknownName, ap, name);
    l.activation = *a;
  }
  if (const Json* alpha = optional(j, "alpha")) {
    // Stored explicitly for other readers; the spec keeps 0 for "the activation's default".
    const double a = number(*alpha, child(path, "alpha"));
    l.alpha = a == defaultActivationAlpha(l.activation) ? 0.0 : a;
  }
}

// Concats of concats double the width at no cost in the file, and so do filters on a large image: a bound
// on every layer's output keeps a few bytes of JSON from asking predict for gigabytes (2^20 values, 8 MB
// a sample, far beyond any lesson).
constexpr std::int64_t kMaxWidth = std::int64_t{1} << 20;

// The output of a conv2d or pool `l` (at `path`) reading `in`, or an error naming the key at fault.
TensorShape windowFromJson(const LayerSpec& l, const std::string& path, const TensorShape& in) {
  if (!in.image) fail(ErrorCode::BadValue, child(path, "type"), "needs-image");
  const std::string key = l.type == LayerType::Conv2d ? "kernel" : "pool";
  const std::array<int, 2> k = l.window();
  const std::array<int, 2> st = l.effectiveStride();
  const int oh = windowOutputSize(in.height, k[0], st[0], l.padding);
  const int ow = windowOutputSize(in.width, k[1], st[1], l.padding);
  // valid padding: the window must fit the image (as validate's WindowLargerThanInput)
  if (oh < 1) fail(ErrorCode::BadValue, child(path, key), "window", in.height, k[0]);
  if (ow < 1) fail(ErrorCode::BadValue, child(path, key), "window", in.width, k[1]);
  const int channels = l.type == LayerType::Conv2d ? l.filters : in.channels;
  const std::int64_t values = std::int64_t{oh} * ow * channels;
  if (values > kMaxWidth) fail(ErrorCode::BadValue, path, "width", kMaxWidth, values);
  return TensorShape::imageOf(oh, ow, channels);
}

// Reads the layer at `index` of `layers` (at `path`); `before` holds the layers read so far and `shapes`
// their outputs, `input` is the network's input. Returns the layer's output.
TensorShape layerFromJson(const Json& layers, std::size_t index, const std::string& path,
                          const NetworkSpec& before, const std::vector<TensorShape>& shapes,
                          const TensorShape& input, LayerSpec& l, LayerParams& p) {
  const Json& j = layers[index];
  object(j, path);
  const std::string tp = child(path, "type");
  const std::string type = string(required(j, path, "type"), tp);
  const auto t = layerTypeFromString(type);
  if (!t) fail(ErrorCode::UnknownName, tp, type);
  if (isMerge(*t)) l = LayerSpec::merge(*t);
  l.type = *t;
  // A model is complete: a merge layer reads two or more layers, the others exactly one.
  const std::size_t minInputs = isMerge(l.type) ? 2 : 1;
  graphfields::readWiring(layers, index, path, before, l, minInputs);
  const std::string ip = child(path, "inputs");
  std::vector<TensorShape> inShapes; // what it reads
  if (l.inputs) {
    if (!isMerge(l.type) && l.inputs->size() != 1)
      fail(ErrorCode::WrongLength, ip, {}, 1, static_cast<std::int64_t>(l.inputs->size()));
    for (LayerId src : *l.inputs)
      inShapes.push_back(src == kNetworkInput ? input
                                              : shapes[static_cast<std::size_t>(before.indexOf(src))]);
  } else {
    if (isMerge(l.type)) fail(ErrorCode::MissingKey, ip); // the default is one input
    inShapes.push_back(shapes.empty() ? input : shapes.back());
  }
  std::vector<int> in; // the widths it reads
  for (const TensorShape& s : inShapes) in.push_back(s.features);
  const int width = in[0];
  const TensorShape& first = inShapes[0];
  switch (l.type) {
  case LayerType::Dense: {
    // A dense layer reads flat values: an image needs a flatten first (validate's DenseReadsImage).
    if (first.image) fail(ErrorCode::BadValue, tp, "reads-image");
    const std::string up = child(path, "units");
    const std::int64_t units = integer(required(j, path, "units"), up);
    if (units < 1 || units > kMaxUnits) fail(ErrorCode::BadValue, up, std::to_string(units));
    l.units = static_cast<int>(units);
    activationFromJson(j, path, l);
    p.weights = matrix(required(j, path, "weights"), child(path, "weights"), width, units);
    p.bias = vector(required(j, path, "bias"), child(path, "bias"), units);
    return TensorShape::flat(l.units);
  }
  case LayerType::Add: {
    // Element-wise: every input as wide as the first; an add of equal images is that image.
    TensorShape out = first;
    for (std::size_t k = 1; k < in.size(); ++k) {
      if (in[k] != width) fail(ErrorCode::BadValue, element(ip, k), "width", width, in[k]);
      if (inShapes[k] != first) out = TensorShape::flat(width);
    }
    activationFromJson(j, path, l);
    return out;
  }
  case LayerType::Concat: {
    activationFromJson(j, path, l);
    std::int64_t sum = 0;
    for (int w : in) sum += w;
    if (sum > kMaxWidth) fail(ErrorCode::BadValue, path, "width", kMaxWidth, sum);
    return TensorShape::flat(static_cast<int>(sum));
  }
  case LayerType::Dropout: {
    const std::string rp = child(path, "rate");
    l.rate = number(required(j, path, "rate"), rp);
    if (!(l.rate >= 0.0 && l.rate < 1.0)) fail(ErrorCode::BadValue, rp, Json(l.rate).dump());
    return first;
  }
  case LayerType::BatchNorm: {
    p.gamma = vector(required(j, path, "gamma"), child(path, "gamma"), width);
    p.beta = vector(required(j, path, "beta"), child(path, "beta"), width);
    p.runningMean = vector(required(j, path, "mean"), child(path, "mean"), width);
    const std::string vp = child(path, "var");
    p.runningVar = vector(required(j, path, "var"), vp, width);
    for (Eigen::Index i = 0; i < p.runningVar.size(); ++i)
      if (p.runningVar(i) < 0.0) fail(ErrorCode::BadValue, element(vp, static_cast<std::size_t>(i)));
    if (const Json* e = optional(j, "epsilon")) {
      l.epsilon = number(*e, child(path, "epsilon"));
      if (!(l.epsilon > 0.0)) fail(ErrorCode::BadValue, child(path, "epsilon"), Json(l.epsilon).dump());
    }
    if (const Json* m = optional(j, "momentum")) l.momentum = number(*m, child(path, "momentum"));
    return first;
  }
  case LayerType::Conv2d: {
    imagefields::readWindow(j, path, l);
    activationFromJson(j, path, l);
    const TensorShape out = windowFromJson(l, path, first);
    p.weights = imagefields::convWeightsFromJson(required(j, path, "weights"), child(path, "weights"),
                                                 l.kernel, first.channels, l.filters);
    p.bias = vector(required(j, path, "bias"), child(path, "bias"), l.filters);
    return out;
  }
  case LayerType::MaxPool2d:
  case LayerType::AvgPool2d: imagefields::readWindow(j, path, l); return windowFromJson(l, path, first);
  case LayerType::Flatten: return TensorShape::flat(width); // the same values, no longer an image
  }
  return first;
}

Model modelFromJsonOrThrow(const Json& doc, const std::string& path) {
  checkHeader(doc, path, ModelFile::kFormat, ModelFile::kVersion);
  Model m;
  const std::string ip = child(path, "inputs");
  m.inputs = strings(required(doc, path, "inputs"), ip);
  if (m.inputs.empty()) fail(ErrorCode::WrongLength, ip, {}, 1, 0);

  if (const Json* t = optional(doc, "transforms")) {
    const std::string tp = child(path, "transforms");
    const std::vector<std::string> names = strings(*t, tp);
    for (std::size_t i = 0; i < names.size(); ++i) {
      const auto f = featureTransformFromString(names[i]);
      if (!f) fail(ErrorCode::UnknownName, element(tp, i), names[i]);
      m.pipeline.transforms.push_back(*f);
    }
    // Transforms read the first two raw inputs.
    if (!m.pipeline.transforms.empty() && m.inputs.size() < 2)
      fail(ErrorCode::WrongLength, ip, {}, 2, static_cast<std::int64_t>(m.inputs.size()));
  }
  const int features = m.featureCount();
  if (const Json* p = optional(doc, "preprocessing"))
    m.pipeline.preprocessing = preprocessingFromJson(*p, child(path, "preprocessing"), features);
  if (const Json* s = optional(doc, "input_shape")) {
    const std::string sp = child(path, "input_shape");
    const std::array<int, 3> shape = imagefields::inputShapeFromJson(*s, sp);
    // The image is the network's input: its pixels are every feature, p0 ... by default.
    const std::int64_t values = std::int64_t{shape[0]} * shape[1] * shape[2];
    if (values != features) fail(ErrorCode::BadValue, sp, "pixels", features, values);
    m.spec.inputShape = shape;
  }
  const TensorShape input =
      m.spec.inputShape
          ? TensorShape::imageOf((*m.spec.inputShape)[0], (*m.spec.inputShape)[1], (*m.spec.inputShape)[2])
          : TensorShape::flat(features);

  const std::string taskPath = child(path, "task");
  const std::string task = string(required(doc, path, "task"), taskPath);
  const auto tk = taskFromString(task);
  if (!tk) fail(ErrorCode::UnknownName, taskPath, task);
  m.task = *tk;

  const std::string lp = child(path, "layers");
  const Json& layers = array(required(doc, path, "layers"), lp);
  std::vector<TensorShape> shapes; // each layer's output
  for (std::size_t i = 0; i < layers.size(); ++i) {
    LayerSpec l;
    LayerParams p;
    shapes.push_back(layerFromJson(layers, i, element(lp, i), m.spec, shapes, input, l, p));
    p.id = m.spec.append(l);
    m.params.push_back(std::move(p));
  }
  const int outIdx = m.spec.outputIndex();
  if (outIdx < 0) fail(ErrorCode::BadValue, lp, "no-dense-layer");
  const LayerSpec& out = m.spec.layers[static_cast<std::size_t>(outIdx)];
  const int outWidth = shapes[static_cast<std::size_t>(outIdx)].features;
  // A merge output has no "units": its width comes from its inputs.
  const std::string outLayer = element(lp, static_cast<std::size_t>(outIdx));
  const std::string outPath = out.type == LayerType::Dense ? child(outLayer, "units") : outLayer;

  if (isClassification(m.task)) {
    const std::string cp = child(path, "classes");
    const Json& cj = array(required(doc, path, "classes"), cp);
    for (std::size_t i = 0; i < cj.size(); ++i) {
      // Numeric class names are accepted and kept as their text.
      if (cj[i].is_number())
        m.classes.push_back(cj[i].dump());
      else
        m.classes.push_back(string(cj[i], element(cp, i)));
    }
    const auto k = static_cast<std::int64_t>(m.classes.size());
    if (m.task == TaskKind::BinaryClassification) {
      if (k != 2) fail(ErrorCode::WrongLength, cp, {}, 2, k);
      const int want = out.activation == ActivationKind::Softmax ? 2 : 1;
      if (outWidth != want) fail(ErrorCode::BadValue, outPath, std::to_string(outWidth), want, outWidth);
    } else {
      if (k < 2) fail(ErrorCode::WrongLength, cp, {}, 2, k);
      if (outWidth != k) fail(ErrorCode::BadValue, outPath, std::to_string(outWidth), k, outWidth);
    }
  }
  return m;
}

} // namespace

Json ModelFile::toJson(const Model& model) {
  Json j = Json::object();
  j["format"] = std::string(kFormat);
  const bool graph = model.spec.isGraph();
  j["version"] = imagefields::versionFor(model.spec);
  j["inputs"] = model.inputs;
  if (model.spec.inputShape) j["input_shape"] = imagefields::inputShapeJson(*model.spec.inputShape);
  Json transforms = Json::array();
  for (FeatureTransform t : model.pipeline.transforms) transforms.push_back(std::string(toString(t)));
  j["transforms"] = std::move(transforms);
  j["preprocessing"] = preprocessingToJson(model.pipeline.preprocessing);
  j["task"] = std::string(toString(model.task));
  if (isClassification(model.task)) j["classes"] = model.classes;
  Json layers = Json::array();
  for (std::size_t i = 0; i < model.spec.layers.size(); ++i)
    layers.push_back(layerToJson(model.spec, static_cast<int>(i),
                                 i < model.params.size() ? model.params[i] : LayerParams{}, graph));
  j["layers"] = std::move(layers);
  return j;
}

Result<Model> ModelFile::fromJson(const Json& doc, const std::string& path) {
  Result<Model> out;
  try {
    out.value = modelFromJsonOrThrow(doc, path);
  } catch (const FieldError& e) {
    out.error = e.error;
  }
  return out;
}

std::string ModelFile::serialize(const Model& model) { return pretty(toJson(model)); }

Result<Model> ModelFile::parse(std::string_view text) {
  return jsonfields::parseDocument<Model>(text, [](const Json& doc) { return fromJson(doc); });
}

Result<Model> ModelFile::read(const std::filesystem::path& file) {
  return jsonfields::readDocument<Model>(file, [](std::string_view text) { return parse(text); });
}

Error ModelFile::write(const std::filesystem::path& file, const Model& model) {
  return AtomicFile::write(file, serialize(model));
}

} // namespace neurona
