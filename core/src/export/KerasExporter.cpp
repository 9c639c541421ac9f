#include "neurona/core/export/KerasExporter.h"

#include "CodeText.h"

namespace neurona {

using namespace codetext;

namespace {

// Keras activation name of a Dense layer, or empty when a separate layer carries it (alpha).
std::string activationName(ActivationKind a) {
  switch (a) {
  case ActivationKind::Linear: return "linear";
  case ActivationKind::Sigmoid: return "sigmoid";
  case ActivationKind::Tanh: return "tanh";
  case ActivationKind::Relu: return "relu";
  case ActivationKind::Selu: return "selu";
  case ActivationKind::Gelu: return "gelu"; // keras' gelu is exact (approximate=False) by default
  case ActivationKind::Swish: return "swish";
  case ActivationKind::Softplus: return "softplus";
  case ActivationKind::Softmax: return "softmax";
  case ActivationKind::LeakyRelu:
  case ActivationKind::Elu: return {};
  }
  return {};
}

} // namespace

std::string KerasExporter::generate(const Model& model) {
  std::string s = pythonPreamble(model, "Neurona model for Keras (TensorFlow 2)");
  s += "\nfrom tensorflow import keras\n";
  s += "\n# Learned values. Dense weights: one row per input, one column per unit (as Keras stores them).\n";
  std::string layers;
  std::string loads;
  int n = 0;
  for (std::size_t i = 0; i < model.spec.layers.size(); ++i) {
    const LayerSpec& l = model.spec.layers[i];
    const LayerParams& p = model.params[i];
    const std::string k = std::to_string(++n);
    switch (l.type) {
    case LayerType::Dense: {
      s += "W" + k + " = " + rows(p.weights, "") + "\n";
      s += "b" + k + " = " + list(p.bias) + "\n";
      const std::string act = activationName(l.activation);
      layers += "    dense" + k + " = keras.layers.Dense(" + std::to_string(l.units) +
                ", activation=" + quoted(act.empty() ? "linear" : act) + ")\n";
      layers += "    layers.append(dense" + k + ")\n";
      if (l.activation == ActivationKind::LeakyRelu)
        layers += "    layers.append(keras.layers.LeakyReLU(alpha=" + number(l.activationAlpha()) + "))\n";
      if (l.activation == ActivationKind::Elu)
        layers += "    layers.append(keras.layers.ELU(alpha=" + number(l.activationAlpha()) + "))\n";
      loads += "    dense" + k + ".set_weights([np.array(W" + k + ").reshape(" +
               std::to_string(p.weights.rows()) + ", " + std::to_string(p.weights.cols()) + "), np.array(b" +
               k + ")])\n";
      break;
    }
    case LayerType::Add: // GRAPH-TODO
    case LayerType::Concat: break; // GRAPH-TODO
    case LayerType::Dropout:
      layers += "    layers.append(keras.layers.Dropout(" + number(l.rate) + "))\n";
      break;
    case LayerType::BatchNorm:
      s += "GAMMA" + k + " = " + list(p.gamma) + "\n";
      s += "BETA" + k + " = " + list(p.beta) + "\n";
      s += "MEAN" + k + " = " + list(p.runningMean) + "\n";
      s += "VAR" + k + " = " + list(p.runningVar) + "\n";
      // Keras' momentum is the weight of the old running value: 1 - PyTorch's.
      layers += "    norm" + k + " = keras.layers.BatchNormalization(epsilon=" + number(l.epsilon) +
                ", momentum=" + number(1.0 - l.momentum) + ")\n";
      layers += "    layers.append(norm" + k + ")\n";
      loads += "    norm" + k + ".set_weights([np.array(GAMMA" + k + "), np.array(BETA" + k +
               "), np.array(MEAN" + k + "), np.array(VAR" + k + ")])\n";
      break;
    }
  }
  s += "\n\ndef build_model():\n";
  s += "    \"\"\"The network as keras.Sequential in float64, with the learned values set.\"\"\"\n";
  s += "    keras.backend.set_floatx(\"float64\")\n";
  s += "    layers = [keras.Input(shape=(" + std::to_string(model.featureCount()) + ",))]\n";
  s += layers;
  s += "    model = keras.Sequential(layers)\n";
  s += loads;
  s += "    return model\n";
  s += "\n\nMODEL = build_model()\n";
  s += "\n\ndef predict(X):\n";
  s += "    \"\"\"Raw inputs (n x " + std::to_string(model.inputCount()) + ") -> outputs (n x " +
       std::to_string(model.outputCount()) + ") as a NumPy array.\"\"\"\n";
  s += "    return np.asarray(MODEL(features(X), training=False))\n";
  s += pythonMain();
  return s;
}

} // namespace neurona
