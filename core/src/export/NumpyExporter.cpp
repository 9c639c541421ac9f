#include "neurona/core/export/NumpyExporter.h"

#include "CodeText.h"
#include "ExportGraph.h"

namespace neurona {

using namespace codetext;

namespace {

// The Python expression of activation `a` applied to `z` (a NumPy array).
std::string activationExpr(const LayerSpec& l, const std::string& z) {
  const std::string alpha = number(l.activationAlpha());
  switch (l.activation) {
  case ActivationKind::Linear: return z;
  case ActivationKind::Sigmoid: return "_sigmoid(" + z + ")";
  case ActivationKind::Tanh: return "np.tanh(" + z + ")";
  case ActivationKind::Relu: return "np.maximum(" + z + ", 0.0)";
  case ActivationKind::LeakyRelu: return "np.where(" + z + " > 0, " + z + ", " + alpha + " * " + z + ")";
  case ActivationKind::Elu:
    return "np.where(" + z + " > 0, " + z + ", " + alpha + " * np.expm1(np.minimum(" + z + ", 0.0)))";
  case ActivationKind::Selu: return "_selu(" + z + ")";
  case ActivationKind::Gelu: return "_gelu(" + z + ")";
  case ActivationKind::Swish: return z + " * _sigmoid(" + z + ")";
  case ActivationKind::Softplus: return "np.maximum(" + z + ", 0.0) + np.log1p(np.exp(-np.abs(" + z + ")))";
  case ActivationKind::Softmax: return "_softmax(" + z + ")";
  }
  return z;
}

// The helper functions the activations of `model` call, and only those.
std::string helpers(const Model& model) {
  bool sigmoid = false, selu = false, gelu = false, softmax = false;
  for (const LayerSpec& l : model.spec.layers) {
    if (l.type != LayerType::Dense && !isMerge(l.type) && l.type != LayerType::Conv2d) continue;
    sigmoid = sigmoid || l.activation == ActivationKind::Sigmoid || l.activation == ActivationKind::Swish;
    selu = selu || l.activation == ActivationKind::Selu;
    gelu = gelu || l.activation == ActivationKind::Gelu;
    softmax = softmax || l.activation == ActivationKind::Softmax;
  }
  std::string s;
  bool conv = false, pool = false;
  for (const LayerSpec& l : model.spec.layers) {
    conv = conv || l.type == LayerType::Conv2d;
    pool = pool || isPool(l.type);
  }
  if (conv)
    s += "\n\ndef _conv2d(x, shape, W, b, size, stride, pad, out):\n"
         "    \"\"\"Convolution of images flattened channels-last, one per row (n x H*W*C). Each output "
         "pixel's\n"
         "    patch, in kernel row, kernel column, channel order, times W ((KH*KW*C) x F) plus b; the result "
         "is\n"
         "    flattened channels-last too. pad: ((top, bottom), (left, right)) zeros.\"\"\"\n"
         "    (H, Wd, C), (KH, KW), (SH, SW), (OH, OW) = shape, size, stride, out\n"
         "    n = x.shape[0]\n"
         "    img = np.pad(x.reshape(n, H, Wd, C), ((0, 0), pad[0], pad[1], (0, 0)))\n"
         "    patches = np.concatenate([img[:, i:i + SH * (OH - 1) + 1:SH, j:j + SW * (OW - 1) + 1:SW, :]\n"
         "                              for i in range(KH) for j in range(KW)], axis=3)\n"
         "    return (patches @ W + b).reshape(n, -1)\n";
  if (pool)
    s +=
        "\n\ndef _pool2d(x, shape, size, stride, pad, out, kind):\n"
        "    \"\"\"Max or average pooling (kind \"max\" or \"avg\") of images flattened channels-last, one "
        "per\n"
        "    row. Padding cells never count: a max ignores them, an average divides by the cells inside the\n"
        "    image. pad: ((top, bottom), (left, right)).\"\"\"\n"
        "    (H, Wd, C), (KH, KW), (SH, SW), (OH, OW) = shape, size, stride, out\n"
        "    n = x.shape[0]\n"
        "    fill = -np.inf if kind == \"max\" else 0.0\n"
        "    img = np.pad(x.reshape(n, H, Wd, C), ((0, 0), pad[0], pad[1], (0, 0)), constant_values=fill)\n"
        "    inside = np.pad(np.ones((1, H, Wd, 1)), ((0, 0), pad[0], pad[1], (0, 0)))\n"
        "    cells = [(i, j) for i in range(KH) for j in range(KW)]\n"
        "    parts = [img[:, i:i + SH * (OH - 1) + 1:SH, j:j + SW * (OW - 1) + 1:SW, :] for i, j in cells]\n"
        "    if kind == \"max\":\n"
        "        return np.max(parts, axis=0).reshape(n, -1)\n"
        "    count = sum(inside[:, i:i + SH * (OH - 1) + 1:SH, j:j + SW * (OW - 1) + 1:SW, :] for i, j in "
        "cells)\n"
        "    return (np.sum(parts, axis=0) / count).reshape(n, -1)\n";
  if (sigmoid)
    s += "\n\ndef _sigmoid(z):\n"
         "    # 1 / (1 + e^-z) written with tanh, which never overflows\n"
         "    return 0.5 * (1.0 + np.tanh(0.5 * z))\n";
  if (selu)
    s += "\n\ndef _selu(z):\n"
         "    return 1.0507009873554804934193349852946 * np.where(\n"
         "        z > 0, z, 1.6732632423543772848170429916717 * np.expm1(np.minimum(z, 0.0)))\n";
  if (gelu)
    s += "\n\n_erf = np.vectorize(math.erf, otypes=[np.float64])\n"
         "\n\ndef _gelu(z):\n"
         "    # x * Phi(x), Phi the standard normal CDF (exact form, as PyTorch's default)\n"
         "    return 0.5 * z * (1.0 + _erf(z / math.sqrt(2.0)))\n";
  if (softmax)
    s += "\n\ndef _softmax(z):\n"
         "    e = np.exp(z - z.max(axis=1, keepdims=True))\n"
         "    return e / e.sum(axis=1, keepdims=True)\n";
  return s;
}

} // namespace

std::string NumpyExporter::generate(const Model& model) {
  const ExportGraph graph(model);
  std::string s = pythonPreamble(model, "Neurona model for NumPy");
  s += helpers(model);
  s += "\n\n# Learned values. Dense weights: one row per input, one column per unit (h @ W + b).\n";
  // A straight network's forward pass updates one value, h; a graph's keeps one per layer, h1, h2, … (h0
  // the network's input), each computed from the layers it reads.
  std::string body;
  std::string graphBody = "    h0 = features(X)\n";
  int n = 0;
  for (std::size_t i = 0; i < model.spec.layers.size(); ++i) {
    const LayerSpec& l = model.spec.layers[i];
    const LayerParams& p = model.params[i];
    ++n;
    const std::string k = std::to_string(n);
    const int at = static_cast<int>(i);
    const std::string h = ExportGraph::value(static_cast<int>(i));
    const auto in = [&](std::size_t j) { return ExportGraph::value(graph.sources(at)[j]); };
    const std::string reads = "; reads " + graph.sourcesText(at) + "\n";
    switch (l.type) {
    case LayerType::Dense:
      s += "W" + k + " = np.array(" + rows(p.weights, "") + ", dtype=np.float64).reshape(" +
           std::to_string(p.weights.rows()) + ", " + std::to_string(p.weights.cols()) + ")\n";
      s += "b" + k + " = np.array(" + list(p.bias) + ", dtype=np.float64)\n";
      body += "    # layer " + k + ": dense, " + std::to_string(l.units) + " units, " +
              std::string(toString(l.activation)) + "\n";
      body += "    h = h @ W" + k + " + b" + k + "\n";
      if (l.activation != ActivationKind::Linear) body += "    h = " + activationExpr(l, "h") + "\n";
      graphBody += "    # layer " + k + ": dense, " + std::to_string(l.units) + " units, " +
                   std::string(toString(l.activation)) + reads;
      graphBody += "    " + h + " = " + in(0) + " @ W" + k + " + b" + k + "\n";
      break;
    case LayerType::Add:
    case LayerType::Concat: {
      const bool add = l.type == LayerType::Add;
      graphBody += "    # layer " + k + (add ? ": add" : ": concat") + ", " +
                   std::to_string(graph.width(at)) + " units, " + std::string(toString(l.activation)) + reads;
      std::string sum;
      for (std::size_t j = 0; j < graph.sources(at).size(); ++j)
        sum += (j ? (add ? " + " : ", ") : "") + in(j);
      if (add || graph.sources(at).size() == 1)
        graphBody += "    " + h + " = " + sum + "\n";
      else
        graphBody += "    " + h + " = np.concatenate([" + sum + "], axis=1)\n"; // features side by side
      break;
    }
    case LayerType::Dropout:
      body += "    # layer " + k + ": dropout (rate " + number(l.rate) + "), identity at inference\n";
      graphBody +=
          "    # layer " + k + ": dropout (rate " + number(l.rate) + "), identity at inference" + reads;
      graphBody += "    " + h + " = " + in(0) + "\n";
      break;
    case LayerType::BatchNorm:
      s += "GAMMA" + k + " = np.array(" + list(p.gamma) + ", dtype=np.float64)\n";
      s += "BETA" + k + " = np.array(" + list(p.beta) + ", dtype=np.float64)\n";
      s += "MEAN" + k + " = np.array(" + list(p.runningMean) + ", dtype=np.float64)\n";
      s += "VAR" + k + " = np.array(" + list(p.runningVar) + ", dtype=np.float64)\n";
      body += "    # layer " + k + ": batch normalisation with the running statistics\n";
      body += "    h = GAMMA" + k + " * (h - MEAN" + k + ") / np.sqrt(VAR" + k + " + " + number(l.epsilon) +
              ") + BETA" + k + "\n";
      graphBody += "    # layer " + k + ": batch normalisation with the running statistics" + reads;
      graphBody += "    " + h + " = GAMMA" + k + " * (" + in(0) + " - MEAN" + k + ") / np.sqrt(VAR" + k +
                   " + " + number(l.epsilon) + ") + BETA" + k + "\n";
      break;
    case LayerType::Conv2d:
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d: {
      const ExportWindow w = graph.window(at);
      const auto pair = [](int a, int b) {
        std::string t("(");
        t.append(std::to_string(a)).append(", ").append(std::to_string(b)).append(")");
        return t;
      };
      const std::string geometry = "(" + std::to_string(w.inHeight) + ", " + std::to_string(w.inWidth) +
                                   ", " + std::to_string(w.inChannels) + ")";
      const std::string window = pair(w.kernelHeight, w.kernelWidth) + ", " +
                                 pair(w.strideHeight, w.strideWidth) + ", (" + pair(w.padTop, w.padBottom) +
                                 ", " + pair(w.padLeft, w.padRight) + "), " + pair(w.outHeight, w.outWidth);
      const std::string what = std::to_string(w.kernelHeight) + "x" + std::to_string(w.kernelWidth) +
                               " window, stride " + pair(w.strideHeight, w.strideWidth) + ", padding " +
                               std::string(toString(l.padding));
      if (l.type == LayerType::Conv2d) {
        // W: one row per patch value (kh * KW + kw) * C + c, one column per filter
        s += "W" + k + " = np.array(" + rows(p.weights, "") + ", dtype=np.float64).reshape(" +
             std::to_string(p.weights.rows()) + ", " + std::to_string(p.weights.cols()) + ")\n";
        s += "b" + k + " = np.array(" + list(p.bias) + ", dtype=np.float64)\n";
        graphBody += "    # layer " + k + ": conv2d, " + std::to_string(l.filters) + " filters, " + what +
                     ", " + std::string(toString(l.activation)) + reads;
        graphBody += "    " + h + " = _conv2d(" + in(0) + ", " + geometry + ", W" + k + ", b" + k + ", " +
                     window + ")\n";
        if (l.activation == ActivationKind::Softmax) // over each pixel's channels
          graphBody += "    " + h + " = _softmax(" + h + ".reshape(-1, " + std::to_string(w.outChannels) +
                       ")).reshape(" + h + ".shape[0], -1)\n";
        else if (l.activation != ActivationKind::Linear)
          graphBody += "    " + h + " = " + activationExpr(l, h) + "\n";
      } else {
        const bool max = l.type == LayerType::MaxPool2d;
        graphBody += "    # layer " + k + (max ? ": max" : ": average") + " pooling, " + what + reads;
        graphBody += "    " + h + " = _pool2d(" + in(0) + ", " + geometry + ", " + window +
                     (max ? ", \"max\")\n" : ", \"avg\")\n");
      }
      break;
    }
    case LayerType::Flatten:
      graphBody += "    # layer " + k + ": flatten (the features stay in channels-last order)" + reads;
      graphBody += "    " + h + " = " + in(0) + "\n";
      break;
    }
    if ((l.type == LayerType::Dense || isMerge(l.type)) && l.activation != ActivationKind::Linear)
      graphBody += "    " + h + " = " + activationExpr(l, h) + "\n";
  }
  s += "\n\ndef predict(X):\n";
  s += "    \"\"\"Raw inputs (n x " + std::to_string(model.inputCount()) + ") -> outputs (n x " +
       std::to_string(graph.outputWidth()) + ").\"\"\"\n";
  if (graph.isGraph() || graph.hasImages())
    s += graphBody + "    return " + ExportGraph::value(graph.output()) + "\n";
  else
    s += "    h = features(X)\n" + body + "    return h\n";
  s += pythonMain();
  return s;
}

} // namespace neurona
