#include "neurona/core/export/OnnxExporter.h"

#include "ExportGraph.h"
#include "neurona/core/io/AtomicFile.h"

#include <nlohmann/json.hpp>
#include <onnx/checker.h>
#include <onnx/onnx_pb.h>
#include <onnx/shape_inference/implementation.h>

#include <cmath>
#include <map>
#include <numbers>

namespace neurona {

namespace {

// Builds the graph node by node, naming tensors uniquely.
class GraphBuilder {
public:
  explicit GraphBuilder(onnx::GraphProto& g) : m_graph(g) {}

  std::string constant(const std::string& name, const std::vector<std::int64_t>& dims,
                       const Eigen::Ref<const VectorD>& v) {
    onnx::TensorProto* t = m_graph.add_initializer();
    t->set_name(name);
    t->set_data_type(onnx::TensorProto::FLOAT);
    for (std::int64_t d : dims) t->add_dims(d);
    for (Eigen::Index i = 0; i < v.size(); ++i) t->add_float_data(static_cast<float>(v(i)));
    return name;
  }
  std::string scalar(const std::string& name, double v) {
    return constant(name, {}, VectorD::Constant(1, v));
  }
  std::string indices(const std::string& name, std::int64_t index) {
    onnx::TensorProto* t = m_graph.add_initializer();
    t->set_name(name);
    t->set_data_type(onnx::TensorProto::INT64);
    t->add_dims(1);
    t->add_int64_data(index);
    return name;
  }

  std::string int64s(const std::string& name, const std::vector<std::int64_t>& values) {
    onnx::TensorProto* t = m_graph.add_initializer();
    t->set_name(name);
    t->set_data_type(onnx::TensorProto::INT64);
    t->add_dims(static_cast<std::int64_t>(values.size()));
    for (std::int64_t v : values) t->add_int64_data(v);
    return name;
  }

  onnx::NodeProto* node(const std::string& op, const std::vector<std::string>& inputs,
                        const std::string& output) {
    onnx::NodeProto* n = m_graph.add_node();
    n->set_op_type(op);
    n->set_name(output + "_" + op);
    for (const std::string& i : inputs) n->add_input(i);
    n->add_output(output);
    return n;
  }
  static void attr(onnx::NodeProto* n, const std::string& name, float v) {
    onnx::AttributeProto* a = n->add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::FLOAT);
    a->set_f(v);
  }
  static void attr(onnx::NodeProto* n, const std::string& name, std::int64_t v) {
    onnx::AttributeProto* a = n->add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::INT);
    a->set_i(v);
  }

  static void attr(onnx::NodeProto* n, const std::string& name, const std::vector<std::int64_t>& v) {
    onnx::AttributeProto* a = n->add_attribute();
    a->set_name(name);
    a->set_type(onnx::AttributeProto::INTS);
    for (std::int64_t x : v) a->add_ints(x);
  }

private:
  onnx::GraphProto& m_graph;
};

void setMatrixType(onnx::ValueInfoProto* v, const std::string& name, int columns, const std::string& doc) {
  v->set_name(name);
  v->set_doc_string(doc);
  onnx::TypeProto_Tensor* t = v->mutable_type()->mutable_tensor_type();
  t->set_elem_type(onnx::TensorProto::FLOAT);
  t->mutable_shape()->add_dim()->set_dim_param("batch");
  t->mutable_shape()->add_dim()->set_dim_value(columns);
}

// Appends the activation of a dense or merge layer to its tensor `z` (the layer's own name in the graph,
// e.g. "dense3"); returns the result's name.
std::string activation(GraphBuilder& b, const LayerSpec& l, const std::string& z) {
  const std::string a = z + "_" + std::string(toString(l.activation));
  switch (l.activation) {
  case ActivationKind::Linear: return z;
  case ActivationKind::Sigmoid: b.node("Sigmoid", {z}, a); return a;
  case ActivationKind::Tanh: b.node("Tanh", {z}, a); return a;
  case ActivationKind::Relu: b.node("Relu", {z}, a); return a;
  case ActivationKind::LeakyRelu:
    GraphBuilder::attr(b.node("LeakyRelu", {z}, a), "alpha", static_cast<float>(l.activationAlpha()));
    return a;
  case ActivationKind::Elu:
    GraphBuilder::attr(b.node("Elu", {z}, a), "alpha", static_cast<float>(l.activationAlpha()));
    return a;
  case ActivationKind::Selu: {
    onnx::NodeProto* n = b.node("Selu", {z}, a);
    GraphBuilder::attr(n, "alpha", static_cast<float>(1.6732632423543772848170429916717));
    GraphBuilder::attr(n, "gamma", static_cast<float>(1.0507009873554804934193349852946));
    return a;
  }
  case ActivationKind::Softplus: b.node("Softplus", {z}, a); return a;
  case ActivationKind::Softmax:
    GraphBuilder::attr(b.node("Softmax", {z}, a), "axis", std::int64_t{1});
    return a;
  case ActivationKind::Swish: {
    // swish(z) = z · sigmoid(z)
    b.node("Sigmoid", {z}, a + "_sigmoid");
    b.node("Mul", {z, a + "_sigmoid"}, a);
    return a;
  }
  case ActivationKind::Gelu: {
    // gelu(z) = 0.5 · z · (1 + erf(z / √2))
    b.node("Div", {z, b.scalar(a + "_sqrt2", std::numbers::sqrt2)}, a + "_scaled");
    b.node("Erf", {a + "_scaled"}, a + "_erf");
    b.node("Add", {a + "_erf", b.scalar(a + "_one", 1.0)}, a + "_cdf2");
    b.node("Mul", {z, a + "_cdf2"}, a + "_prod");
    b.node("Mul", {a + "_prod", b.scalar(a + "_half", 0.5)}, a);
    return a;
  }
  }
  return z;
}

onnx::ModelProto buildModel(const Model& model) {
  onnx::ModelProto m;
  m.set_ir_version(OnnxExporter::kIrVersion);
  m.set_producer_name("Neurona");
  m.set_producer_version(NEURONA_VERSION);
  m.set_model_version(1);
  m.set_doc_string("Neurona model (" + std::string(toString(model.task)) + ")");
  onnx::OperatorSetIdProto* opset = m.add_opset_import();
  opset->set_domain("");
  opset->set_version(OnnxExporter::kOpset);
  const auto meta = [&m](const std::string& key, const std::string& value) {
    onnx::StringStringEntryProto* p = m.add_metadata_props();
    p->set_key(key);
    p->set_value(value);
  };
  meta("task", std::string(toString(model.task)));
  // Names as JSON arrays in ASCII (every control and non-ASCII character escaped; a byte that is not
  // UTF-8 replaced): text from a file never reaches a viewer raw, and dump() cannot throw.
  const auto names = [](const std::vector<std::string>& v) {
    return nlohmann::json(v).dump(-1, ' ', true, nlohmann::json::error_handler_t::replace);
  };
  meta("inputs", names(model.inputs));
  if (isClassification(model.task)) meta("classes", names(model.classes));

  onnx::GraphProto* g = m.mutable_graph();
  g->set_name("neurona");
  GraphBuilder b(*g);
  setMatrixType(g->add_input(), "input", model.inputCount(), "raw inputs: " + names(model.inputs));

  std::string h = "input";
  const auto& transforms = model.pipeline.transforms;
  if (!transforms.empty()) {
    GraphBuilder::attr(b.node("Gather", {"input", b.indices("column0", 0)}, "x1"), "axis", std::int64_t{1});
    GraphBuilder::attr(b.node("Gather", {"input", b.indices("column1", 1)}, "x2"), "axis", std::int64_t{1});
    std::vector<std::string> parts{"input"};
    for (std::size_t i = 0; i < transforms.size(); ++i) {
      const std::string t = "transform" + std::to_string(i);
      switch (transforms[i]) {
      case FeatureTransform::X1Squared: b.node("Mul", {"x1", "x1"}, t); break;
      case FeatureTransform::X2Squared: b.node("Mul", {"x2", "x2"}, t); break;
      case FeatureTransform::X1TimesX2: b.node("Mul", {"x1", "x2"}, t); break;
      case FeatureTransform::SinX1: b.node("Sin", {"x1"}, t); break;
      case FeatureTransform::SinX2: b.node("Sin", {"x2"}, t); break;
      }
      parts.push_back(t);
    }
    GraphBuilder::attr(b.node("Concat", parts, "features"), "axis", std::int64_t{1});
    h = "features";
  }
  const Preprocessing& p = model.pipeline.preprocessing;
  if (p.kind != PreprocessingKind::None) {
    const std::int64_t f = model.featureCount();
    // x' = (x - offset) / scale
    b.node("Sub", {h, b.constant("preprocessing_offset", {f}, p.offset)}, "centred");
    b.node("Div", {"centred", b.constant("preprocessing_scale", {f}, p.scale)}, "preprocessed");
    h = "preprocessed";
  }

  // Each layer's output tensor: a straight network's follow one another, a graph's read the tensors of
  // the layers they name (dropout adds no node: its output is its input's tensor).
  const ExportGraph graph(model);
  std::vector<std::string> tensors(model.spec.layers.size());
  const auto tensorOf = [&](int j) { return j < 0 ? h : tensors[static_cast<std::size_t>(j)]; };
  // Images travel as NCHW tensors between image layers, as ONNX's Conv and pools read them. A layer that
  // reads features gets them back channels-last and flat (Transpose to NHWC, Flatten), the order the
  // model's dense weights use; an image layer reading flat features (the network's input) gets them
  // through Reshape to [N, H, W, C] and Transpose to NCHW. Each conversion is made once per tensor.
  std::vector<char> nchw(model.spec.layers.size(), 0);
  const auto isNchw = [&](int j) { return j >= 0 && nchw[static_cast<std::size_t>(j)]; };
  std::map<std::string, std::string> converted;
  const auto asImage = [&](int j) {
    const std::string t = tensorOf(j);
    if (isNchw(j)) return t;
    if (const auto it = converted.find(t); it != converted.end()) return it->second;
    const TensorShape& s = graph.shape(j);
    b.node("Reshape", {t, b.int64s(t + "_nhwc_shape", {0, s.height, s.width, s.channels})}, t + "_nhwc");
    GraphBuilder::attr(b.node("Transpose", {t + "_nhwc"}, t + "_nchw"), "perm", {0, 3, 1, 2});
    return converted[t] = t + "_nchw";
  };
  const auto asFlat = [&](int j) {
    const std::string t = tensorOf(j);
    if (!isNchw(j)) return t;
    if (const auto it = converted.find(t); it != converted.end()) return it->second;
    GraphBuilder::attr(b.node("Transpose", {t}, t + "_nhwc"), "perm", {0, 2, 3, 1});
    GraphBuilder::attr(b.node("Flatten", {t + "_nhwc"}, t + "_flat"), "axis", std::int64_t{1});
    return converted[t] = t + "_flat";
  };
  // A conv2d's or pool's window attributes; pads are [top, left, bottom, right], TensorFlow's "same" as
  // explicit (possibly uneven) padding rather than auto_pad.
  const auto window = [&](onnx::NodeProto* node, const ExportWindow& w) {
    GraphBuilder::attr(node, "kernel_shape", {w.kernelHeight, w.kernelWidth});
    GraphBuilder::attr(node, "strides", {w.strideHeight, w.strideWidth});
    GraphBuilder::attr(node, "pads", {w.padTop, w.padLeft, w.padBottom, w.padRight});
  };
  for (std::size_t i = 0; i < model.spec.layers.size(); ++i) {
    const LayerSpec& l = model.spec.layers[i];
    const LayerParams& lp = model.params[i];
    const std::string k = std::to_string(i + 1);
    const std::vector<int>& src = graph.sources(static_cast<int>(i));
    const std::int64_t width = graph.width(src.front());
    std::string& y = tensors[i];
    switch (l.type) {
    case LayerType::Dense: {
      // Gemm: Z = H · W + b, W stored inputs x units (transB = 0)
      VectorD w(lp.weights.size());
      for (Eigen::Index r = 0; r < lp.weights.rows(); ++r)
        for (Eigen::Index c = 0; c < lp.weights.cols(); ++c) w(r * lp.weights.cols() + c) = lp.weights(r, c);
      const std::string W = b.constant("dense" + k + "_W", {width, l.units}, w);
      const std::string B = b.constant("dense" + k + "_b", {l.units}, lp.bias);
      b.node("Gemm", {asFlat(src.front()), W, B}, "dense" + k);
      y = activation(b, l, "dense" + k);
      break;
    }
    case LayerType::Add: {
      // a chain of Add nodes over the inputs in order: ((x1 + x2) + x3) + …; equal images are added as
      // NCHW tensors (a softmax, over all the features, needs them flat)
      const bool image = graph.shape(static_cast<int>(i)).image && l.activation != ActivationKind::Softmax;
      const auto in = [&](int j) { return image ? asImage(j) : asFlat(j); };
      const std::string name = "add" + k;
      std::string sum = in(src.front());
      for (std::size_t j = 1; j < src.size(); ++j) {
        const std::string partial = j + 1 < src.size() ? name + "_partial" + std::to_string(j) : name;
        b.node("Add", {sum, in(src[j])}, partial);
        sum = partial;
      }
      if (src.size() == 1) b.node("Identity", {sum}, name);
      nchw[i] = image;
      y = activation(b, l, name);
      break;
    }
    case LayerType::Concat: {
      // the inputs' features side by side, in the order of the inputs
      std::vector<std::string> parts;
      for (int j : src) parts.push_back(asFlat(j));
      GraphBuilder::attr(b.node("Concat", parts, "concat" + k), "axis", std::int64_t{1});
      y = activation(b, l, "concat" + k);
      break;
    }
    case LayerType::Dropout:
      y = tensorOf(src.front());
      nchw[i] = isNchw(src.front());
      break;
    case LayerType::BatchNorm: {
      // y = x · s + t, s = gamma / sqrt(var + eps), t = beta - mean · s
      const VectorD s = (lp.gamma.array() / (lp.runningVar.array() + l.epsilon).sqrt()).matrix();
      const VectorD t = (lp.beta.array() - lp.runningMean.array() * s.array()).matrix();
      b.node("Mul", {asFlat(src.front()), b.constant("batchnorm" + k + "_scale", {width}, s)},
             "batchnorm" + k + "_scaled");
      b.node("Add", {"batchnorm" + k + "_scaled", b.constant("batchnorm" + k + "_shift", {width}, t)},
             "batchnorm" + k);
      y = "batchnorm" + k;
      break;
    }
    case LayerType::Conv2d: {
      // Conv(X, W, b) with W as [F][C][KH][KW]; the model's row (kh·KW + kw)·C + c of column f
      const ExportWindow w = graph.window(static_cast<int>(i));
      const int C = w.inChannels, KH = w.kernelHeight, KW = w.kernelWidth, F = w.outChannels;
      VectorD weights(static_cast<Eigen::Index>(F) * C * KH * KW);
      for (int f = 0; f < F; ++f)
        for (int c = 0; c < C; ++c)
          for (int kh = 0; kh < KH; ++kh)
            for (int kw = 0; kw < KW; ++kw)
              weights(((static_cast<Eigen::Index>(f) * C + c) * KH + kh) * KW + kw) =
                  lp.weights((kh * KW + kw) * C + c, f);
      const std::string W = b.constant("conv" + k + "_W", {F, C, KH, KW}, weights);
      const std::string B = b.constant("conv" + k + "_b", {F}, lp.bias);
      window(b.node("Conv", {asImage(src.front()), W, B}, "conv" + k), w);
      // an activation per value; softmax (axis 1 of NCHW) over each pixel's channels, as the engine
      y = activation(b, l, "conv" + k);
      nchw[i] = 1;
      break;
    }
    case LayerType::MaxPool2d:
      // padding cells never win a max
      window(b.node("MaxPool", {asImage(src.front())}, "maxpool" + k), graph.window(static_cast<int>(i)));
      y = "maxpool" + k;
      nchw[i] = 1;
      break;
    case LayerType::AvgPool2d: {
      // the mean over the window's cells inside the image
      onnx::NodeProto* n = b.node("AveragePool", {asImage(src.front())}, "avgpool" + k);
      window(n, graph.window(static_cast<int>(i)));
      GraphBuilder::attr(n, "count_include_pad", std::int64_t{0});
      y = "avgpool" + k;
      nchw[i] = 1;
      break;
    }
    case LayerType::Flatten: y = asFlat(src.front()); break; // channels-last features, as the engine's
    }
  }
  if (!tensors.empty()) h = asFlat(static_cast<int>(tensors.size()) - 1);
  b.node("Identity", {h}, "output");
  std::string outDoc = "outputs";
  if (isClassification(model.task)) {
    outDoc += graph.outputWidth() == 1 ? " (probability of class " : " (one probability per class:";
    if (graph.outputWidth() == 1 && model.classes.size() == 2)
      outDoc += model.classes[1] + ")";
    else {
      for (const std::string& c : model.classes) outDoc += " " + c;
      outDoc += ")";
    }
  }
  setMatrixType(g->add_output(), "output", graph.outputWidth(), outDoc);
  return m;
}

} // namespace

std::string OnnxExporter::serialize(const Model& model) {
  std::string bytes;
  buildModel(model).SerializeToString(&bytes);
  return bytes;
}

Error OnnxExporter::write(const std::filesystem::path& file, const Model& model) {
  return AtomicFile::write(file, serialize(model));
}

Result<std::vector<std::int64_t>> OnnxExporter::check(const std::string& bytes) {
  Result<std::vector<std::int64_t>> r;
  onnx::ModelProto m;
  if (!m.ParseFromString(bytes)) {
    r.error.code = ErrorCode::OnnxParse;
    return r;
  }
  // onnx reports through exceptions; they stop here and become the Error's detail.
  try {
    onnx::checker::check_model(m);
  } catch (const std::exception& e) {
    r.error.code = ErrorCode::OnnxChecker;
    r.error.detail = e.what();
    return r;
  }
  try {
    onnx::ShapeInferenceOptions options{true, 1, false}; // check types, throw on node errors
    onnx::shape_inference::InferShapes(m, onnx::OpSchemaRegistry::Instance(), options);
  } catch (const std::exception& e) {
    r.error.code = ErrorCode::OnnxShapeInference;
    r.error.detail = e.what();
    return r;
  }
  // The declared output must agree with what inference derives for the last node.
  for (const onnx::ValueInfoProto& v : m.graph().output())
    if (v.name() == "output")
      for (const auto& d : v.type().tensor_type().shape().dim())
        r.value.push_back(d.has_dim_value() ? d.dim_value() : -1);
  return r;
}

} // namespace neurona
