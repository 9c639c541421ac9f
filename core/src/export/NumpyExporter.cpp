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
    if (l.type != LayerType::Dense && !isMerge(l.type)) continue;
    sigmoid = sigmoid || l.activation == ActivationKind::Sigmoid || l.activation == ActivationKind::Swish;
    selu = selu || l.activation == ActivationKind::Selu;
    gelu = gelu || l.activation == ActivationKind::Gelu;
    softmax = softmax || l.activation == ActivationKind::Softmax;
  }
  std::string s;
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
    case LayerType::AvgPool2d:
    case LayerType::Flatten: // not exported yet (model files do not hold them)
      body +=
          "    # layer " + k + ": " + std::string(toString(l.type)) + " is not supported by this export\n";
      graphBody +=
          "    # layer " + k + ": " + std::string(toString(l.type)) + " is not supported by this export\n";
      break;
    }
    if ((l.type == LayerType::Dense || isMerge(l.type)) && l.activation != ActivationKind::Linear)
      graphBody += "    " + h + " = " + activationExpr(l, h) + "\n";
  }
  s += "\n\ndef predict(X):\n";
  s += "    \"\"\"Raw inputs (n x " + std::to_string(model.inputCount()) + ") -> outputs (n x " +
       std::to_string(graph.outputWidth()) + ").\"\"\"\n";
  if (graph.isGraph())
    s += graphBody + "    return " + ExportGraph::value(graph.output()) + "\n";
  else
    s += "    h = features(X)\n" + body + "    return h\n";
  s += pythonMain();
  return s;
}

} // namespace neurona
