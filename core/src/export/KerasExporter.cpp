#include "neurona/core/export/KerasExporter.h"

#include "CodeText.h"
#include "ExportGraph.h"

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
  const ExportGraph graph(model);
  std::string s = pythonPreamble(model, "Neurona model for Keras (TensorFlow 2)");
  s += "\nfrom tensorflow import keras\n";
  s += "\n# Learned values. Dense weights: one row per input, one column per unit (as Keras stores them).\n";
  // A straight network is a keras.Sequential; a graph is built with the functional API, one tensor per
  // layer, h1, h2, … (h0 the keras.Input), each computed from the layers it reads.
  std::string layers;
  std::string loads;
  std::string calls;
  int n = 0;
  // An image network's values are NHWC tensors between image layers (Keras's default channels_last, the
  // engine's order); a layer that reads features gets them through Flatten, an image layer that reads
  // flat values through Reshape.
  const bool imageInput = graph.hasImages() && model.spec.inputShape.has_value();
  std::vector<char> image(model.spec.layers.size(), 0);
  const auto isImage = [&](int j) { return j < 0 ? imageInput : image[static_cast<std::size_t>(j)] != 0; };
  const auto shapeText = [](const TensorShape& t) {
    std::string r("(");
    r.append(std::to_string(t.height)).append(", ").append(std::to_string(t.width)).append(", ");
    return r.append(std::to_string(t.channels)).append(")");
  };
  const auto flatOf = [&](int j) {
    const std::string v = ExportGraph::value(j);
    return isImage(j) ? "keras.layers.Flatten()(" + v + ")" : v;
  };
  const auto imageOf = [&](int j) {
    const std::string v = ExportGraph::value(j);
    return isImage(j) ? v : "keras.layers.Reshape(" + shapeText(graph.shape(j)) + ")(" + v + ")";
  };
  for (std::size_t i = 0; i < model.spec.layers.size(); ++i) {
    const LayerSpec& l = model.spec.layers[i];
    const LayerParams& p = model.params[i];
    const std::string k = std::to_string(++n);
    const int li = static_cast<int>(i);
    const std::string h = ExportGraph::value(static_cast<int>(i));
    const auto in = [&](std::size_t j) { return flatOf(graph.sources(li)[j]); };
    const std::string reads = "; reads " + graph.sourcesText(li) + "\n";
    const std::string act = activationName(l.activation);
    // LeakyReLU and ELU with their alpha are layers of their own.
    std::string alphaLayer;
    if (l.activation == ActivationKind::LeakyRelu)
      alphaLayer = "keras.layers.LeakyReLU(alpha=" + number(l.activationAlpha()) + ")";
    if (l.activation == ActivationKind::Elu)
      alphaLayer = "keras.layers.ELU(alpha=" + number(l.activationAlpha()) + ")";
    switch (l.type) {
    case LayerType::Dense: {
      s += "W" + k + " = " + rows(p.weights, "") + "\n";
      s += "b" + k + " = " + list(p.bias) + "\n";
      const std::string dense = "    dense" + k + " = keras.layers.Dense(" + std::to_string(l.units) +
                                ", activation=" + quoted(act.empty() ? "linear" : act) + ")\n";
      layers += dense;
      layers += "    layers.append(dense" + k + ")\n";
      if (!alphaLayer.empty()) layers += "    layers.append(" + alphaLayer + ")\n";
      loads += "    dense" + k + ".set_weights([np.array(W" + k + ").reshape(" +
               std::to_string(p.weights.rows()) + ", " + std::to_string(p.weights.cols()) + "), np.array(b" +
               k + ")])\n";
      calls += "    # layer " + k + ": dense, " + std::to_string(l.units) + " units, " +
               std::string(toString(l.activation)) + reads;
      calls += dense;
      calls += "    " + h + " = dense" + k + "(" + in(0) + ")\n";
      if (!alphaLayer.empty()) calls += "    " + h + " = " + alphaLayer + "(" + h + ")\n";
      break;
    }
    case LayerType::Add:
    case LayerType::Concat: {
      const bool add = l.type == LayerType::Add;
      calls += "    # layer " + k + (add ? ": add" : ": concat") + ", " + std::to_string(graph.width(li)) +
               " units, " + std::string(toString(l.activation)) + reads;
      // equal images are added as NHWC tensors (a softmax, over all the features, needs them flat)
      const bool images = add && graph.shape(li).image && l.activation != ActivationKind::Softmax;
      std::string args;
      for (std::size_t j = 0; j < graph.sources(li).size(); ++j)
        args += (j ? ", " : "") + (images ? imageOf(graph.sources(li)[j]) : in(j));
      image[i] = images;
      if (graph.sources(li).size() == 1)
        calls += "    " + h + " = " + args + "\n";
      else if (add)
        calls += "    " + h + " = keras.layers.Add()([" + args + "])\n";
      else
        calls += "    " + h + " = keras.layers.Concatenate(axis=1)([" + args + "])\n"; // side by side
      if (!alphaLayer.empty())
        calls += "    " + h + " = " + alphaLayer + "(" + h + ")\n";
      else if (l.activation != ActivationKind::Linear)
        calls += "    " + h + " = keras.layers.Activation(" + quoted(act) + ")(" + h + ")\n";
      break;
    }
    case LayerType::Dropout:
      layers += "    layers.append(keras.layers.Dropout(" + number(l.rate) + "))\n";
      calls += "    # layer " + k + ": dropout, identity at inference" + reads;
      calls += "    " + h + " = keras.layers.Dropout(" + number(l.rate) + ")(" +
               ExportGraph::value(graph.sources(li)[0]) + ")\n";
      image[i] = isImage(graph.sources(li)[0]);
      break;
    case LayerType::BatchNorm: {
      s += "GAMMA" + k + " = " + list(p.gamma) + "\n";
      s += "BETA" + k + " = " + list(p.beta) + "\n";
      s += "MEAN" + k + " = " + list(p.runningMean) + "\n";
      s += "VAR" + k + " = " + list(p.runningVar) + "\n";
      // Keras' momentum is the weight of the old running value: 1 - PyTorch's.
      const std::string norm = "    norm" + k +
                               " = keras.layers.BatchNormalization(epsilon=" + number(l.epsilon) +
                               ", momentum=" + number(1.0 - l.momentum) + ")\n";
      layers += norm;
      layers += "    layers.append(norm" + k + ")\n";
      loads += "    norm" + k + ".set_weights([np.array(GAMMA" + k + "), np.array(BETA" + k +
               "), np.array(MEAN" + k + "), np.array(VAR" + k + ")])\n";
      calls += "    # layer " + k + ": batch normalisation with the running statistics at inference" + reads;
      calls += norm;
      calls += "    " + h + " = norm" + k + "(" + in(0) + ")\n";
      break;
    }
    case LayerType::Conv2d:
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d: {
      // Keras's "same" is TensorFlow's: the engine's padding; its average pooling counts only the cells
      // inside the image
      const ExportWindow w = graph.window(li);
      const auto pair = [](int a, int b) {
        std::string t("(");
        t.append(std::to_string(a)).append(", ").append(std::to_string(b)).append(")");
        return t;
      };
      const std::string stride = "strides=" + pair(w.strideHeight, w.strideWidth) +
                                 ", padding=" + quoted(std::string(toString(l.padding)));
      const std::string x = imageOf(graph.sources(li)[0]);
      if (l.type == LayerType::Conv2d) {
        // W: one row per patch value (kh * KW + kw) * C + c, one column per filter: Keras's kernel
        // [KH][KW][C][F] read row by row
        s += "W" + k + " = " + rows(p.weights, "") + "\n";
        s += "b" + k + " = " + list(p.bias) + "\n";
        calls += "    # layer " + k + ": conv2d, " + std::to_string(l.filters) + " filters, " +
                 std::string(toString(l.activation)) + reads;
        calls += "    conv" + k + " = keras.layers.Conv2D(" + std::to_string(w.outChannels) +
                 ", kernel_size=" + pair(w.kernelHeight, w.kernelWidth) + ", " + stride +
                 ", activation=" + quoted(act.empty() ? "linear" : act) + ")\n";
        calls += "    " + h + " = conv" + k + "(" + x + ")\n";
        if (!alphaLayer.empty()) calls += "    " + h + " = " + alphaLayer + "(" + h + ")\n";
        loads += "    conv" + k + ".set_weights([np.array(W" + k + ").reshape(" +
                 std::to_string(w.kernelHeight) + ", " + std::to_string(w.kernelWidth) + ", " +
                 std::to_string(w.inChannels) + ", " + std::to_string(w.outChannels) + "), np.array(b" + k +
                 ")])\n";
      } else {
        const bool max = l.type == LayerType::MaxPool2d;
        calls += "    # layer " + k + (max ? ": max pooling" : ": average pooling") + reads;
        calls += "    " + h + " = keras.layers." + (max ? "MaxPooling2D" : "AveragePooling2D") +
                 "(pool_size=" + pair(w.kernelHeight, w.kernelWidth) + ", " + stride + ")(" + x + ")\n";
      }
      image[i] = 1;
      break;
    }
    case LayerType::Flatten:
      calls += "    # layer " + k + ": flatten (channels-last order, as the engine's)" + reads;
      calls += "    " + h + " = " + in(0) + "\n";
      break;
    }
  }
  s += "\n\ndef build_model():\n";
  if (graph.isGraph() || graph.hasImages()) {
    s += "    \"\"\"The network with Keras' functional API in float64, with the learned values set.\"\"\"\n";
    s += "    keras.backend.set_floatx(\"float64\")\n";
    s += "    h0 = keras.Input(shape=" +
         (imageInput ? shapeText(graph.shape(-1)) : "(" + std::to_string(model.featureCount()) + ",)") +
         ")\n";
    s += calls;
    s += "    model = keras.Model(inputs=h0, outputs=" + flatOf(graph.output()) + ")\n";
  } else {
    s += "    \"\"\"The network as keras.Sequential in float64, with the learned values set.\"\"\"\n";
    s += "    keras.backend.set_floatx(\"float64\")\n";
    s += "    layers = [keras.Input(shape=(" + std::to_string(model.featureCount()) + ",))]\n";
    s += layers;
    s += "    model = keras.Sequential(layers)\n";
  }
  s += loads;
  s += "    return model\n";
  s += "\n\nMODEL = build_model()\n";
  s += "\n\ndef predict(X):\n";
  s += "    \"\"\"Raw inputs (n x " + std::to_string(model.inputCount()) + ") -> outputs (n x " +
       std::to_string(graph.outputWidth()) + ") as a NumPy array.\"\"\"\n";
  if (imageInput) // the features are the pixels of an image, channels-last
    s += "    return np.asarray(MODEL(features(X).reshape((-1,) + " + shapeText(graph.shape(-1)) +
         "), training=False))\n";
  else
    s += "    return np.asarray(MODEL(features(X), training=False))\n";
  s += pythonMain();
  return s;
}

} // namespace neurona
