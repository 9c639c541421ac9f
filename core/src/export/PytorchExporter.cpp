#include "neurona/core/export/PytorchExporter.h"

#include "CodeText.h"
#include "ExportGraph.h"

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
  const ExportGraph graph(model);
  std::string s = pythonPreamble(model, "Neurona model for PyTorch");
  s += "\nimport torch\nfrom torch import nn\n";
  s += "\n# Learned values. Dense weights: one row per input, one column per unit (nn.Linear stores the\n"
       "# transpose).\n";
  // A straight network is an nn.Sequential; a graph an nn.Module with one member per layer that has
  // parameters or an activation, whose forward keeps one value per layer, h1, h2, … (h0 the network's
  // input), each computed from the layers it reads.
  std::string modules;
  std::string loads;
  std::string members;
  std::string forward;
  std::string graphLoads;
  int index = 0; // position in the nn.Sequential
  int n = 0;
  // Images travel as NCHW tensors between image layers, as nn.Conv2d and the pools read them; a layer
  // that reads features gets them back channels-last and flat, the order of the model's dense weights.
  std::vector<char> nchw(model.spec.layers.size(), 0);
  const auto isNchw = [&](int j) { return j >= 0 && nchw[static_cast<std::size_t>(j)]; };
  const auto flatOf = [&](int j) {
    const std::string v = ExportGraph::value(j);
    return isNchw(j) ? v + ".permute(0, 2, 3, 1).flatten(1)" : v;
  };
  const auto imageOf = [&](int j) {
    const std::string v = ExportGraph::value(j);
    if (isNchw(j)) return v;
    const TensorShape& t = graph.shape(j);
    return v + ".reshape(-1, " + std::to_string(t.height) + ", " + std::to_string(t.width) + ", " +
           std::to_string(t.channels) + ").permute(0, 3, 1, 2)";
  };
  for (std::size_t i = 0; i < model.spec.layers.size(); ++i) {
    const LayerSpec& l = model.spec.layers[i];
    const LayerParams& p = model.params[i];
    const std::string k = std::to_string(++n);
    const std::string at = "model[" + std::to_string(index) + "]";
    const int li = static_cast<int>(i);
    const std::string h = ExportGraph::value(static_cast<int>(i));
    const auto in = [&](std::size_t j) { return flatOf(graph.sources(li)[j]); };
    const std::string reads = "; reads " + graph.sourcesText(li) + "\n";
    const std::string act = activationModule(l);
    switch (l.type) {
    case LayerType::Dense: {
      s += "W" + k + " = " + rows(p.weights, "") + "\n";
      s += "b" + k + " = " + list(p.bias) + "\n";
      const std::string linear =
          "nn.Linear(" + std::to_string(p.weights.rows()) + ", " + std::to_string(p.weights.cols()) + ")";
      modules += "        " + linear + ",\n";
      const std::string weight = ".weight.copy_(torch.tensor(W" + k + ", dtype=torch.float64).reshape(" +
                                 std::to_string(p.weights.rows()) + ", " + std::to_string(p.weights.cols()) +
                                 ").T)\n";
      const std::string bias = ".bias.copy_(torch.tensor(b" + k + ", dtype=torch.float64))\n";
      loads += "        " + at + weight;
      loads += "        " + at + bias;
      ++index;
      if (!act.empty()) {
        modules += "        " + act + ",\n";
        ++index;
      }
      members += "        self.dense" + k + " = " + linear + "\n";
      graphLoads += "        model.dense" + k + weight;
      graphLoads += "        model.dense" + k + bias;
      forward += "        # layer " + k + ": dense, " + std::to_string(l.units) + " units, " +
                 std::string(toString(l.activation)) + reads;
      forward += "        " + h + " = self.dense" + k + "(" + in(0) + ")\n";
      break;
    }
    case LayerType::Add:
    case LayerType::Concat: {
      const bool add = l.type == LayerType::Add;
      forward += "        # layer " + k + (add ? ": add" : ": concat") + ", " +
                 std::to_string(graph.width(li)) + " units, " + std::string(toString(l.activation)) + reads;
      std::string sum;
      for (std::size_t j = 0; j < graph.sources(li).size(); ++j)
        sum += (j ? (add ? " + " : ", ") : "") + in(j);
      if (add && graph.shape(li).image && l.activation != ActivationKind::Softmax) {
        // equal images, added as NCHW tensors (a softmax, over all the features, needs them flat)
        sum.clear();
        for (std::size_t j = 0; j < graph.sources(li).size(); ++j)
          sum += (j ? " + " : "") + imageOf(graph.sources(li)[j]);
        nchw[i] = 1;
      }
      if (add || graph.sources(li).size() == 1)
        forward += "        " + h + " = " + sum + "\n";
      else
        forward += "        " + h + " = torch.cat([" + sum + "], dim=1)\n"; // features side by side
      break;
    }
    case LayerType::Dropout: {
      const std::string module = "nn.Dropout(p=" + number(l.rate) + ")";
      modules += "        " + module + ",\n";
      ++index;
      members += "        self.dropout" + k + " = " + module + "\n";
      forward += "        # layer " + k + ": dropout, identity in eval mode" + reads;
      forward +=
          "        " + h + " = self.dropout" + k + "(" + ExportGraph::value(graph.sources(li)[0]) + ")\n";
      nchw[i] = isNchw(graph.sources(li)[0]);
      break;
    }
    case LayerType::BatchNorm: {
      s += "GAMMA" + k + " = " + list(p.gamma) + "\n";
      s += "BETA" + k + " = " + list(p.beta) + "\n";
      s += "MEAN" + k + " = " + list(p.runningMean) + "\n";
      s += "VAR" + k + " = " + list(p.runningVar) + "\n";
      const std::string module = "nn.BatchNorm1d(" + std::to_string(p.gamma.size()) +
                                 ", eps=" + number(l.epsilon) + ", momentum=" + number(l.momentum) + ")";
      modules += "        " + module + ",\n";
      const std::vector<std::pair<std::string, std::string>> values = {
          {"weight", "GAMMA"}, {"bias", "BETA"}, {"running_mean", "MEAN"}, {"running_var", "VAR"}};
      for (const auto& [field, name] : values) {
        const std::string copy =
            "." + field + ".copy_(torch.tensor(" + name + k + ", dtype=torch.float64))\n";
        loads += "        " + at + copy;
        graphLoads += "        model.norm" + k + copy;
      }
      ++index;
      members += "        self.norm" + k + " = " + module + "\n";
      forward +=
          "        # layer " + k + ": batch normalisation with the running statistics in eval mode" + reads;
      forward += "        " + h + " = self.norm" + k + "(" + in(0) + ")\n";
      break;
    }
    case LayerType::Conv2d:
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d: {
      const ExportWindow w = graph.window(li);
      const auto pair = [](int a, int b) {
        std::string t("(");
        t.append(std::to_string(a)).append(", ").append(std::to_string(b)).append(")");
        return t;
      };
      // TensorFlow's "same" padding: even, the module's own; uneven (the odd cell bottom or right), padded
      // before the module with nn.functional.pad (left, right, top, bottom)
      const std::string pads = "(" + std::to_string(w.padLeft) + ", " + std::to_string(w.padRight) + ", " +
                               std::to_string(w.padTop) + ", " + std::to_string(w.padBottom) + ")";
      const bool own = w.symmetric();
      const std::string window = "kernel_size=" + pair(w.kernelHeight, w.kernelWidth) +
                                 ", stride=" + pair(w.strideHeight, w.strideWidth) +
                                 ", padding=" + (own ? pair(w.padTop, w.padLeft) : std::string("0"));
      const std::string x = imageOf(graph.sources(li)[0]);
      const std::string what = std::to_string(w.kernelHeight) + "x" + std::to_string(w.kernelWidth) +
                               " window, stride " + pair(w.strideHeight, w.strideWidth) + ", padding " +
                               std::string(toString(l.padding));
      if (l.type == LayerType::Conv2d) {
        // W: one row per patch value (kh * KW + kw) * C + c, one column per filter
        s += "W" + k + " = " + rows(p.weights, "") + "\n";
        s += "b" + k + " = " + list(p.bias) + "\n";
        members += "        self.conv" + k + " = nn.Conv2d(" + std::to_string(w.inChannels) + ", " +
                   std::to_string(w.outChannels) + ", " + window + ")\n";
        // nn.Conv2d's weight is [F][C][KH][KW]
        graphLoads += "        model.conv" + k + ".weight.copy_(torch.tensor(W" + k +
                      ", dtype=torch.float64).reshape(" + std::to_string(w.kernelHeight) + ", " +
                      std::to_string(w.kernelWidth) + ", " + std::to_string(w.inChannels) + ", " +
                      std::to_string(w.outChannels) + ").permute(3, 2, 0, 1))\n";
        graphLoads +=
            "        model.conv" + k + ".bias.copy_(torch.tensor(b" + k + ", dtype=torch.float64))\n";
        forward += "        # layer " + k + ": conv2d, " + std::to_string(l.filters) + " filters, " + what +
                   ", " + std::string(toString(l.activation)) + reads;
        forward += "        " + h + " = self.conv" + k + "(" +
                   (own ? x : "nn.functional.pad(" + x + ", " + pads + ")") + ")\n";
        if (!act.empty()) { // per value; softmax over each pixel's channels (dim 1 of NCHW)
          members += "        self.act" + k + " = " + act + "\n";
          forward += "        " + h + " = self.act" + k + "(" + h + ")\n";
        }
      } else if (l.type == LayerType::MaxPool2d) {
        members += "        self.pool" + k + " = nn.MaxPool2d(" + window + ")\n";
        forward += "        # layer " + k + ": max pooling, " + what + reads;
        // padding cells never win: -inf
        forward += "        " + h + " = self.pool" + k + "(" +
                   (own ? x : "nn.functional.pad(" + x + ", " + pads + ", value=-math.inf)") + ")\n";
      } else {
        members += "        self.pool" + k + " = nn.AvgPool2d(" + window + ", count_include_pad=False)\n";
        forward +=
            "        # layer " + k + ": average pooling over the cells inside the image, " + what + reads;
        if (own)
          forward += "        " + h + " = self.pool" + k + "(" + x + ")\n";
        else { // the zero-padded sum over the window's count of cells inside the image
          forward += "        " + h + " = " + x + "\n";
          forward += "        " + h + " = self.pool" + k + "(nn.functional.pad(" + h + ", " + pads +
                     ")) / self.pool" + k + "(nn.functional.pad(torch.ones_like(" + h + "[:, :1]), " + pads +
                     "))\n";
        }
      }
      nchw[i] = 1;
      break;
    }
    case LayerType::Flatten:
      forward += "        # layer " + k + ": flatten, back to channels-last order" + reads;
      forward += "        " + h + " = " + in(0) + "\n";
      break;
    }
    if ((l.type == LayerType::Dense || isMerge(l.type)) && !act.empty()) {
      members += "        self.act" + k + " = " + act + "\n";
      forward += "        " + h + " = self.act" + k + "(" + h + ")\n";
    }
  }
  if (graph.isGraph() || graph.hasImages()) {
    s += "\n\nclass Net(nn.Module):\n";
    s +=
        "    \"\"\"The network's graph: forward computes each layer's output h1, h2, ... from the layers it\n"
        "    reads (h0: the network's inputs).\"\"\"\n";
    s += "\n    def __init__(self):\n        super().__init__()\n" + members;
    s += "\n    def forward(self, h0):\n" + forward;
    s += "        return " + flatOf(graph.output()) + "\n";
    s += "\n\ndef build_model():\n";
    s += "    \"\"\"The network as an nn.Module in float64 and eval mode, with the learned values "
         "loaded.\"\"\"\n";
    s += "    model = Net().double()\n";
    s += "    with torch.no_grad():\n" + graphLoads;
  } else {
    s += "\n\ndef build_model():\n";
    s += "    \"\"\"The network as nn.Sequential in float64 and eval mode, with the learned values "
         "loaded.\"\"\"\n";
    s += "    model = nn.Sequential(\n" + modules + "    ).double()\n";
    s += "    with torch.no_grad():\n" + loads;
  }
  s += "    model.eval()\n    return model\n";
  s += "\n\nMODEL = build_model()\n";
  s += "\n\ndef predict(X):\n";
  s += "    \"\"\"Raw inputs (n x " + std::to_string(model.inputCount()) + ") -> outputs (n x " +
       std::to_string(graph.outputWidth()) + ") as a NumPy array.\"\"\"\n";
  s += "    with torch.no_grad():\n";
  s += "        return MODEL(torch.from_numpy(features(X))).numpy()\n";
  s += pythonMain();
  return s;
}

} // namespace neurona
