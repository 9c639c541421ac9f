#include "neurona/core/export/PytorchExporter.h"

#include "CodeText.h"

namespace neurona {

using namespace codetext;

namespace {

// The torch.nn module of an activation; empty for linear.
std::string activationModule(const LayerSpec& l) {
  switch (l.activation) {
  case ActivationKind::Linear: return {};
  case ActivationKind::Sigmoid: return "nn.Sigmoid()";
  case ActivationKind::Tanh: return "nn.Tanh()";
  case ActivationKind::Relu: return "nn.ReLU()";
  case ActivationKind::LeakyRelu: return "nn.LeakyReLU(negative_slope=" + number(l.activationAlpha()) + ")";
  case ActivationKind::Elu: return "nn.ELU(alpha=" + number(l.activationAlpha()) + ")";
  case ActivationKind::Selu: return "nn.SELU()";
  case ActivationKind::Gelu: return "nn.GELU()";
  case ActivationKind::Swish: return "nn.SiLU()";
  case ActivationKind::Softplus: return "nn.Softplus()";
  case ActivationKind::Softmax: return "nn.Softmax(dim=1)";
  }
  return {};
}

} // namespace

std::string PytorchExporter::generate(const Model& model) {
  std::string s = pythonPreamble(model, "Neurona model for PyTorch");
  s += "\nimport torch\nfrom torch import nn\n";
  s += "\n# Learned values. Dense weights: one row per input, one column per unit (nn.Linear stores the\n"
       "# transpose).\n";
  std::string modules;
  std::string loads;
  int index = 0; // position in the nn.Sequential
  int n = 0;
  for (std::size_t i = 0; i < model.spec.layers.size(); ++i) {
    const LayerSpec& l = model.spec.layers[i];
    const LayerParams& p = model.params[i];
    const std::string k = std::to_string(++n);
    const std::string at = "model[" + std::to_string(index) + "]";
    switch (l.type) {
    case LayerType::Dense: {
      s += "W" + k + " = " + rows(p.weights, "") + "\n";
      s += "b" + k + " = " + list(p.bias) + "\n";
      modules += "        nn.Linear(" + std::to_string(p.weights.rows()) + ", " +
                 std::to_string(p.weights.cols()) + "),\n";
      loads += "        " + at + ".weight.copy_(torch.tensor(W" + k + ", dtype=torch.float64).reshape(" +
               std::to_string(p.weights.rows()) + ", " + std::to_string(p.weights.cols()) + ").T)\n";
      loads += "        " + at + ".bias.copy_(torch.tensor(b" + k + ", dtype=torch.float64))\n";
      ++index;
      const std::string act = activationModule(l);
      if (!act.empty()) {
        modules += "        " + act + ",\n";
        ++index;
      }
      break;
    }
    case LayerType::Add: // GRAPH-TODO
    case LayerType::Concat: break; // GRAPH-TODO
    case LayerType::Dropout:
      modules += "        nn.Dropout(p=" + number(l.rate) + "),\n";
      ++index;
      break;
    case LayerType::BatchNorm:
      s += "GAMMA" + k + " = " + list(p.gamma) + "\n";
      s += "BETA" + k + " = " + list(p.beta) + "\n";
      s += "MEAN" + k + " = " + list(p.runningMean) + "\n";
      s += "VAR" + k + " = " + list(p.runningVar) + "\n";
      modules += "        nn.BatchNorm1d(" + std::to_string(p.gamma.size()) + ", eps=" + number(l.epsilon) +
                 ", momentum=" + number(l.momentum) + "),\n";
      loads += "        " + at + ".weight.copy_(torch.tensor(GAMMA" + k + ", dtype=torch.float64))\n";
      loads += "        " + at + ".bias.copy_(torch.tensor(BETA" + k + ", dtype=torch.float64))\n";
      loads += "        " + at + ".running_mean.copy_(torch.tensor(MEAN" + k + ", dtype=torch.float64))\n";
      loads += "        " + at + ".running_var.copy_(torch.tensor(VAR" + k + ", dtype=torch.float64))\n";
      ++index;
      break;
    }
  }
  s += "\n\ndef build_model():\n";
  s += "    \"\"\"The network as nn.Sequential in float64 and eval mode, with the learned values "
       "loaded.\"\"\"\n";
  s += "    model = nn.Sequential(\n" + modules + "    ).double()\n";
  s += "    with torch.no_grad():\n" + loads;
  s += "    model.eval()\n    return model\n";
  s += "\n\nMODEL = build_model()\n";
  s += "\n\ndef predict(X):\n";
  s += "    \"\"\"Raw inputs (n x " + std::to_string(model.inputCount()) + ") -> outputs (n x " +
       std::to_string(model.outputCount()) + ") as a NumPy array.\"\"\"\n";
  s += "    with torch.no_grad():\n";
  s += "        return MODEL(torch.from_numpy(features(X))).numpy()\n";
  s += pythonMain();
  return s;
}

} // namespace neurona
