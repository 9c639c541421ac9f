#include "neurona/core/export/CppHeaderExporter.h"

#include "CodeText.h"
#include "ExportGraph.h"

namespace neurona {

using namespace codetext;

namespace {

std::string cppArray(const std::string& name, const Eigen::Ref<const VectorD>& v) {
  std::string s =
      "inline constexpr double " + name + "[" + std::to_string(std::max<Eigen::Index>(v.size(), 1)) + "] = {";
  for (Eigen::Index i = 0; i < v.size(); ++i)
    s += std::string(i % 6 == 0 ? "\n    " : " ") + number(v(i)) + ",";
  return s + "\n};\n";
}

// `<prefix>s`, the names as string literals, and `<prefix>Sizes`, their lengths in bytes (a name may
// hold a NUL); nothing for no names, as C++ has no empty arrays.
std::string nameArrays(const std::string& prefix, const std::vector<std::string>& names) {
  if (names.empty()) return {};
  const std::string n = std::to_string(names.size());
  std::string s = "inline constexpr const char* " + prefix + "s[" + n + "] = {";
  std::string sizes = "inline constexpr int " + prefix + "Sizes[" + n + "] = {";
  for (std::size_t i = 0; i < names.size(); ++i) {
    s += "\n    " + cppQuoted(names[i]) + ",";
    sizes += (i ? ", " : "") + std::to_string(names[i].size());
  }
  return s + "\n};\n" + sizes + "};\n";
}

// Row-major flattening of W (inputs x units): W[i * units + j].
VectorD rowMajor(const MatrixD& w) {
  VectorD v(w.size());
  for (Eigen::Index i = 0; i < w.rows(); ++i)
    for (Eigen::Index j = 0; j < w.cols(); ++j) v(i * w.cols() + j) = w(i, j);
  return v;
}

// C++ statement applying the activation to `v` (a double) in place.
std::string activationStmt(const LayerSpec& l) {
  const std::string alpha = number(l.activationAlpha());
  switch (l.activation) {
  case ActivationKind::Linear:
  case ActivationKind::Softmax: return {};
  case ActivationKind::Sigmoid: return "v = 1.0 / (1.0 + std::exp(-v));";
  case ActivationKind::Tanh: return "v = std::tanh(v);";
  case ActivationKind::Relu: return "v = v > 0.0 ? v : 0.0;";
  case ActivationKind::LeakyRelu: return "v = v > 0.0 ? v : " + alpha + " * v;";
  case ActivationKind::Elu: return "v = v > 0.0 ? v : " + alpha + " * std::expm1(v);";
  case ActivationKind::Selu:
    return "v = 1.0507009873554804934193349852946 * (v > 0.0 ? v : 1.6732632423543772848170429916717 * "
           "std::expm1(v));";
  case ActivationKind::Gelu: return "v = 0.5 * v * (1.0 + std::erf(v * 0.70710678118654752440));";
  case ActivationKind::Swish: return "v = v / (1.0 + std::exp(-v));";
  case ActivationKind::Softplus: return "v = (v > 0.0 ? v : 0.0) + std::log1p(std::exp(-std::fabs(v)));";
  }
  return {};
}

// Softmax over cur[0 .. units) in place, shifted by the largest value so that no exp overflows.
std::string softmaxBlock(const std::string& cur, const std::string& units) {
  std::string body = "  {\n    double m = " + cur + "[0], sum = 0.0;\n";
  body += "    for (int j = 1; j < " + units + "; ++j) m = " + cur + "[j] > m ? " + cur + "[j] : m;\n";
  body +=
      "    for (int j = 0; j < " + units + "; ++j) sum += (" + cur + "[j] = std::exp(" + cur + "[j] - m));\n";
  body += "    for (int j = 0; j < " + units + "; ++j) " + cur + "[j] /= sum;\n  }\n";
  return body;
}

std::string cppTransformExpr(FeatureTransform t) {
  switch (t) {
  case FeatureTransform::X1Squared: return "h0[0] * h0[0]";
  case FeatureTransform::X2Squared: return "h0[1] * h0[1]";
  case FeatureTransform::X1TimesX2: return "h0[0] * h0[1]";
  case FeatureTransform::SinX1: return "std::sin(h0[0])";
  case FeatureTransform::SinX2: return "std::sin(h0[1])";
  }
  return {};
}

} // namespace

std::string CppHeaderExporter::generate(const Model& model) {
  const ExportGraph graph(model);
  const int in = model.inputCount();
  const int features = model.featureCount();
  const int out = graph.outputWidth();
  std::string s;
  s += "// Neurona model, exported by Neurona " NEURONA_VERSION ". Dependency-free: only <cmath>.\n";
  // Names come from the user's files: they appear only as escaped literals in kInputNames and
  // kClassNames, never in a comment.
  s += "// Task: " + std::string(toString(model.task)) + ". Raw inputs in the order of kInputNames.\n";
  if (isClassification(model.task))
    s += out == 1 ? "// Classes in kClassNames; the output is the probability of the second.\n"
                  : "// Classes in kClassNames; one output per class.\n";
  s += "//\n//   #include \"this_file.h\"\n//   float x[" + std::to_string(in) + "] = {...}, y[" +
       std::to_string(out) + "];\n//   predict(x, y);\n";
  s += "#pragma once\n\n#include <cmath>\n\nnamespace neurona_model {\n\n";
  s += "inline constexpr int kInputs = " + std::to_string(in) + ";\n";
  s += "inline constexpr int kOutputs = " + std::to_string(out) + ";\n";
  s += "inline constexpr int kClasses = " + std::to_string(model.classes.size()) + ";\n";
  s += nameArrays("kInputName", model.inputs) + nameArrays("kClassName", model.classes) + "\n";

  const Preprocessing& p = model.pipeline.preprocessing;
  if (p.kind != PreprocessingKind::None) {
    s += "// Preprocessing over inputs + transforms: x' = (x - offset) / scale\n";
    s += cppArray("kOffset", p.offset) + cppArray("kScale", p.scale) + "\n";
  }
  std::string body;
  body += "  double h0[" + std::to_string(features) + "];\n";
  body += "  for (int i = 0; i < " + std::to_string(in) + "; ++i) h0[i] = static_cast<double>(x[i]);\n";
  for (std::size_t t = 0; t < model.pipeline.transforms.size(); ++t)
    body += "  h0[" + std::to_string(in + static_cast<int>(t)) +
            "] = " + cppTransformExpr(model.pipeline.transforms[t]) + ";\n";
  if (p.kind != PreprocessingKind::None)
    body += "  for (int i = 0; i < " + std::to_string(features) +
            "; ++i) h0[i] = (h0[i] - neurona_model::kOffset[i]) / neurona_model::kScale[i];\n";

  // A straight network's layers follow one another (batch normalisation in place); a graph's keep one
  // buffer per layer output, h1, h2, … (h0 the network's input), each computed from the layers it reads.
  std::string graphBody = body;
  const bool graphForm = graph.isGraph() || graph.hasImages();
  int width = features;
  std::string prev = "h0";
  int n = 0;
  for (std::size_t i = 0; i < model.spec.layers.size(); ++i) {
    const LayerSpec& l = model.spec.layers[i];
    const LayerParams& lp = model.params[i];
    const std::string k = std::to_string(++n);
    const std::string cur = "h" + k;
    const int li = static_cast<int>(i);
    const std::vector<int>& src = graph.sources(li);
    const auto buffer = [](int j) { return ExportGraph::value(j); };
    const int inWidth = graphForm ? graph.width(src.front()) : width;
    const std::string outWidth = std::to_string(graph.width(li));
    const std::string reads = "; reads " + graph.sourcesText(li) + "\n";
    const std::string act = activationStmt(l);
    switch (l.type) {
    case LayerType::Dense: {
      const std::string units = std::to_string(l.units);
      s += "// layer " + k + ": dense " + std::to_string(inWidth) + " -> " + units + ", " +
           std::string(toString(l.activation)) + "; W" + k + "[i * " + units +
           " + j] = weight from input i to unit j\n";
      s += cppArray("kW" + k, rowMajor(lp.weights)) + cppArray("kB" + k, lp.bias) + "\n";
      std::string loop = "  double " + cur + "[" + units + "];\n";
      loop += "  for (int j = 0; j < " + units + "; ++j) {\n";
      loop += "    double v = neurona_model::kB" + k + "[j];\n";
      loop += "    for (int i = 0; i < " + std::to_string(inWidth) +
              "; ++i) v += " + (graphForm ? buffer(src.front()) : prev) + "[i] * neurona_model::kW" + k +
              "[i * " + units + " + j];\n";
      if (!act.empty()) loop += "    " + act + "\n";
      loop += "    " + cur + "[j] = v;\n  }\n";
      if (l.activation == ActivationKind::Softmax) loop += softmaxBlock(cur, units);
      body += loop;
      graphBody += "  // layer " + k + ": dense, " + std::string(toString(l.activation)) + reads + loop;
      width = l.units;
      prev = cur;
      break;
    }
    case LayerType::Add: {
      // h[j] = the sum of the inputs' j-th values, then the activation
      graphBody += "  // layer " + k + ": add, " + std::string(toString(l.activation)) + reads;
      graphBody += "  double " + cur + "[" + outWidth + "];\n";
      graphBody += "  for (int j = 0; j < " + outWidth + "; ++j) {\n    double v = ";
      for (std::size_t j = 0; j < src.size(); ++j) graphBody += (j ? " + " : "") + buffer(src[j]) + "[j]";
      graphBody += ";\n";
      if (!act.empty()) graphBody += "    " + act + "\n";
      graphBody += "    " + cur + "[j] = v;\n  }\n";
      if (l.activation == ActivationKind::Softmax) graphBody += softmaxBlock(cur, outWidth);
      break;
    }
    case LayerType::Concat: {
      // the inputs' values side by side, in the order of the inputs, then the activation
      graphBody += "  // layer " + k + ": concat, " + std::string(toString(l.activation)) + reads;
      graphBody += "  double " + cur + "[" + outWidth + "];\n";
      int offset = 0;
      for (const int j : src) {
        graphBody += "  for (int j = 0; j < " + std::to_string(graph.width(j)) + "; ++j) " + cur + "[" +
                     (offset ? std::to_string(offset) + " + j" : std::string("j")) + "] = " + buffer(j) +
                     "[j];\n";
        offset += graph.width(j);
      }
      if (!act.empty())
        graphBody += "  for (int j = 0; j < " + outWidth + "; ++j) {\n    double v = " + cur + "[j];\n    " +
                     act + "\n    " + cur + "[j] = v;\n  }\n";
      if (l.activation == ActivationKind::Softmax) graphBody += softmaxBlock(cur, outWidth);
      break;
    }
    case LayerType::Dropout:
      body += "  // layer " + k + ": dropout, identity at inference\n";
      graphBody += "  // layer " + k + ": dropout, identity at inference" + reads;
      graphBody += "  double " + cur + "[" + outWidth + "];\n";
      graphBody +=
          "  for (int i = 0; i < " + outWidth + "; ++i) " + cur + "[i] = " + buffer(src.front()) + "[i];\n";
      break;
    case LayerType::BatchNorm: {
      // y = x · s + t with s = gamma / sqrt(var + eps), t = beta - mean · s
      const VectorD scale = (lp.gamma.array() / (lp.runningVar.array() + l.epsilon).sqrt()).matrix();
      const VectorD shift = (lp.beta.array() - lp.runningMean.array() * scale.array()).matrix();
      s += "// layer " + k + ": batch normalisation folded into y = x * scale + shift\n";
      s += cppArray("kScale" + k, scale) + cppArray("kShift" + k, shift) + "\n";
      body += "  for (int i = 0; i < " + std::to_string(width) + "; ++i) " + prev + "[i] = " + prev +
              "[i] * neurona_model::kScale" + k + "[i] + neurona_model::kShift" + k + "[i];\n";
      graphBody += "  // layer " + k + ": batch normalisation" + reads;
      graphBody += "  double " + cur + "[" + outWidth + "];\n";
      graphBody += "  for (int i = 0; i < " + outWidth + "; ++i) " + cur + "[i] = " + buffer(src.front()) +
                   "[i] * neurona_model::kScale" + k + "[i] + neurona_model::kShift" + k + "[i];\n";
      break;
    }
    case LayerType::Conv2d:
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d: {
      // Images are channels-last: pixel (h, w), channel c at (h * W + w) * C + c. An output cell's window
      // starts at (oh * stride - pad before); cells outside the image are padding, which a convolution
      // counts as zeros and a pool ignores (an average divides by the cells inside).
      const ExportWindow w = graph.window(li);
      const std::string H = std::to_string(w.inHeight), W = std::to_string(w.inWidth),
                        C = std::to_string(w.inChannels), KH = std::to_string(w.kernelHeight),
                        KW = std::to_string(w.kernelWidth), OC = std::to_string(w.outChannels);
      const std::string x = buffer(src.front());
      const bool conv = l.type == LayerType::Conv2d;
      std::string what =
          std::to_string(w.kernelHeight) + "x" + std::to_string(w.kernelWidth) + " window, stride ";
      what.append(std::to_string(w.strideHeight)).append("x").append(std::to_string(w.strideWidth));
      what.append(", padding ").append(toString(l.padding));
      if (conv) {
        s += "// layer " + k + ": conv2d, " + OC + " filters, " + what + ", " +
             std::string(toString(l.activation)) + "; W" + k + "[((kh * " + KW + " + kw) * " + C +
             " + c) * " + OC + " + f]\n";
        s += cppArray("kW" + k, rowMajor(lp.weights)) + cppArray("kB" + k, lp.bias) + "\n";
        graphBody += "  // layer " + k + ": conv2d, " + std::string(toString(l.activation)) + reads;
      } else {
        graphBody += std::string("  // layer ") + k +
                     (l.type == LayerType::MaxPool2d ? ": max pooling, " : ": average pooling, ") + what +
                     reads;
      }
      graphBody += "  double " + cur + "[" + outWidth + "];\n";
      graphBody += "  for (int oh = 0; oh < " + std::to_string(w.outHeight) + "; ++oh)\n";
      graphBody += "    for (int ow = 0; ow < " + std::to_string(w.outWidth) + "; ++ow)\n";
      graphBody += std::string("      for (int ") + (conv ? "f" : "c") + " = 0; " + (conv ? "f" : "c") +
                   " < " + OC + "; ++" + (conv ? "f" : "c") + ") {\n";
      graphBody += conv ? "        double v = neurona_model::kB" + k + "[f];\n"
                        : std::string("        double v = 0.0;\n        int cells = 0;\n");
      graphBody += "        for (int kh = 0; kh < " + KH + "; ++kh) {\n";
      graphBody += "          const int ih = oh * " + std::to_string(w.strideHeight) + " + kh - " +
                   std::to_string(w.padTop) + ";\n";
      graphBody += "          if (ih < 0 || ih >= " + H + ") continue;\n";
      graphBody += "          for (int kw = 0; kw < " + KW + "; ++kw) {\n";
      graphBody += "            const int iw = ow * " + std::to_string(w.strideWidth) + " + kw - " +
                   std::to_string(w.padLeft) + ";\n";
      graphBody += "            if (iw < 0 || iw >= " + W + ") continue;\n";
      if (conv)
        graphBody += "            for (int c = 0; c < " + C + "; ++c)\n              v += " + x + "[(ih * " +
                     W + " + iw) * " + C + " + c] * neurona_model::kW" + k + "[((kh * " + KW + " + kw) * " +
                     C + " + c) * " + OC + " + f];\n";
      else if (l.type == LayerType::MaxPool2d)
        graphBody += "            const double a = " + x + "[(ih * " + W + " + iw) * " + C +
                     " + c];\n            v = cells++ == 0 || a > v ? a : v;\n";
      else
        graphBody +=
            "            v += " + x + "[(ih * " + W + " + iw) * " + C + " + c];\n            ++cells;\n";
      graphBody += "          }\n        }\n";
      if (l.type == LayerType::AvgPool2d) graphBody += "        v /= cells;\n";
      if (conv && !act.empty()) graphBody += "        " + act + "\n";
      graphBody += "        " + cur + "[(oh * " + std::to_string(w.outWidth) + " + ow) * " + OC + " + " +
                   (conv ? "f" : "c") + "] = v;\n      }\n";
      if (conv && l.activation == ActivationKind::Softmax) { // over each pixel's channels
        graphBody += "  for (int p = 0; p < " + std::to_string(w.outHeight * w.outWidth) + "; ++p)\n";
        graphBody += softmaxBlock("(" + cur + " + p * " + OC + ")", OC);
      }
      break;
    }
    case LayerType::Flatten:
      // the same values in the same (channels-last) order
      graphBody += "  // layer " + k + ": flatten" + reads;
      graphBody += "  const double* " + cur + " = " + buffer(src.front()) + ";\n";
      break;
    }
  }
  if (graphForm) {
    body = graphBody;
    prev = ExportGraph::value(graph.output());
  }
  body += "  for (int k = 0; k < " + std::to_string(out) + "; ++k) out[k] = static_cast<float>(" + prev +
          "[k]);\n";
  s += "} // namespace neurona_model\n\n";
  s += "// x: " + std::to_string(in) + " raw inputs; out: " + std::to_string(out) + " outputs.\n";
  s += "inline void predict(const float* x, float* out) {\n" + body + "}\n";
  return s;
}

} // namespace neurona
