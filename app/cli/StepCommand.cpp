// neurona-cli step PROJECT.neurona --sample K [--json]: one plain SGD step on one training sample,
// explained layer by layer (StepExplainer), as text for people or as JSON for programs.
#include "cli/Commands.h"
#include "cli/Messages.h"
#include "neurona/core/io/NumberText.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"
#include "neurona/core/sweep/ProjectRun.h"
#include "neurona/core/train/StepTrace.h"

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

namespace neurona::cli {

namespace {

namespace fs = std::filesystem;

// A JSON number in its shortest exact form; JSON has no NaN or infinity: null for them.
std::string jsonNumber(double v) { return std::isfinite(v) ? shortestText(v) : std::string("null"); }

std::string jsonVector(const Eigen::Ref<const Eigen::VectorXd>& v) {
  std::string s = "[";
  for (Eigen::Index i = 0; i < v.size(); ++i) s.append(i ? ", " : "").append(jsonNumber(v(i)));
  return s + "]";
}

// One row per input (the model files' orientation): [[w11, w12, ...], [w21, ...]].
std::string jsonMatrix(const Eigen::Ref<const Eigen::MatrixXd>& m) {
  std::string s = "[";
  for (Eigen::Index r = 0; r < m.rows(); ++r)
    s.append(r ? ", " : "").append(jsonVector(m.row(r).transpose()));
  return s + "]";
}

std::string typeName(LayerType t) { return std::string(toString(t)); }

std::string json(const StepTrace& t) {
  std::string s = "{\"sample\": " + std::to_string(t.sample) + ", \"inputs\": " + jsonVector(t.inputs) +
                  ", \"target\": " + jsonVector(t.target) + ", \"loss\": " + jsonNumber(t.loss) +
                  ",\n \"layers\": [";
  bool first = true;
  for (const LayerStep& l : t.layers) {
    s += first ? "\n  " : ",\n  ";
    first = false;
    s += "{\"name\": \"" + l.name + "\", \"type\": \"" + typeName(l.type) + "\"";
    if (l.type == LayerType::Dense) s += ", \"z\": " + jsonVector(l.z);
    s += ", \"a\": " + jsonVector(l.a) + ", \"delta\": " + jsonVector(l.delta);
    if (l.type == LayerType::Dense)
      s += ", \"grad_weights\": " + jsonMatrix(l.gradWeights) + ", \"grad_bias\": " + jsonVector(l.gradBias) +
           ", \"weights_after\": " + jsonMatrix(l.weightsAfter) +
           ", \"bias_after\": " + jsonVector(l.biasAfter);
    if (l.type == LayerType::BatchNorm)
      s += ", \"grad_gamma\": " + jsonVector(l.gradGamma) + ", \"grad_beta\": " + jsonVector(l.gradBeta) +
           ", \"gamma_after\": " + jsonVector(l.gammaAfter) + ", \"beta_after\": " + jsonVector(l.betaAfter);
    s += "}";
  }
  return s + "\n ]}\n";
}

// Numbers for people: 6 significant digits, in columns 13 wide.
std::string cell(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, " %12.6g", v);
  return buf;
}

std::string row(const Eigen::Ref<const Eigen::VectorXd>& v) {
  std::string s;
  for (Eigen::Index i = 0; i < v.size(); ++i) s += cell(v(i));
  return s;
}

void printVector(std::ostream& out, const char* label, const Eigen::Ref<const Eigen::VectorXd>& v) {
  char head[40];
  std::snprintf(head, sizeof head, "  %-16s", label);
  out << head << row(v) << "\n";
}

void printMatrix(std::ostream& out, const char* label, const Eigen::Ref<const Eigen::MatrixXd>& m) {
  out << "  " << label << " (one row per input, one column per unit):\n";
  for (Eigen::Index r = 0; r < m.rows(); ++r)
    out << "  " << std::string(16, ' ') << row(m.row(r).transpose()) << "\n";
}

std::string layerHeading(const LayerStep& l) {
  std::string s = l.name + " " + typeName(l.type);
  if (l.type == LayerType::Dense)
    s += " " + std::to_string(l.a.size()) + " " + std::string(toString(l.activation));
  return s + " (" + std::to_string(l.input.size()) + " -> " + std::to_string(l.a.size()) + ")";
}

void printText(std::ostream& out, const std::string& file, const StepTrace& t, bool trained) {
  out << "One SGD step on training sample " << t.sample << " of " << printable(file) << "\n";
  out << "Network: "
      << (trained ? "the project's trained model" : "the initial weights of the project's seed") << "; loss "
      << toString(t.lossKind) << ", learning rate " << shortestText(t.learningRate)
      << "; dropout off, batchnorm on its running statistics\n\n";
  printVector(out, "inputs", t.inputs);
  printVector(out, "target", t.target);
  printVector(out, "output", t.output);
  out << "  loss            " << cell(t.loss) << "\n";
  for (const LayerStep& l : t.layers) {
    out << "\n" << layerHeading(l) << "\n";
    printVector(out, "input", l.input);
    switch (l.type) {
    case LayerType::Dense:
      printVector(out, "z = x*W + b", l.z);
      printVector(out, "a = f(z)", l.a);
      printVector(out, "delta = dL/dz", l.delta);
      printMatrix(out, "dL/dW = x^T * delta", l.gradWeights);
      printVector(out, "dL/db = delta", l.gradBias);
      printMatrix(out, "W after (W - lr*dL/dW)", l.weightsAfter);
      printVector(out, "b after", l.biasAfter);
      if (l.optimizerWeightsAfter.size() > 0) {
        printMatrix(out, (t.optimizer + "'s first step would give W").c_str(), l.optimizerWeightsAfter);
        printVector(out, "and b", l.optimizerBiasAfter);
      }
      break;
    case LayerType::Add: // (a graph network is refused before its step is traced)
    case LayerType::Concat:
    case LayerType::Conv2d: // (image layers are refused before a step is traced)
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d:
    case LayerType::Flatten:
      printVector(out, "a = f(merged inputs)", l.a);
      printVector(out, "delta = dL/da", l.delta);
      break;
    case LayerType::Dropout:
      printVector(out, "a (identity)", l.a);
      printVector(out, "delta = dL/da", l.delta);
      break;
    case LayerType::BatchNorm:
      printVector(out, "running mean", l.mean);
      printVector(out, "running var", l.variance);
      printVector(out, "a = g*x^ + b", l.a);
      printVector(out, "delta = dL/da", l.delta);
      printVector(out, "dL/dgamma", l.gradGamma);
      printVector(out, "dL/dbeta", l.gradBeta);
      printVector(out, "gamma after", l.gammaAfter);
      printVector(out, "beta after", l.betaAfter);
      break;
    }
  }
}

} // namespace

namespace {

// Whether every layer reads just the one before it (the first the network's input), without merges.
bool isChain(const NetworkSpec& spec) {
  for (int i = 0; i < static_cast<int>(spec.layers.size()); ++i)
    if (isMerge(spec.layers[static_cast<std::size_t>(i)].type) ||
        spec.sourcesOf(i) != std::vector<int>{i - 1})
      return false;
  return true;
}

} // namespace

int runStep(const Command& c, std::ostream& out, std::ostream& err) {
  const fs::path projectPath = c.project;
  Result<Project> loaded = ProjectFile::read(projectPath);
  if (!loaded.ok()) {
    err << describe(loaded.error) << "\n";
    return kBadFile;
  }
  Project& project = loaded.value;
  // The explained step follows one straight chain of layers.
  if (!isChain(project.network)) {
    err << stepNeedsStraightNetwork(projectPath.string()) << "\n";
    return kBadFile;
  }
  // Nor are an image network's stages written out (StepExplainer refuses them as well).
  for (const LayerSpec& l : project.network.layers)
    if (needsImage(l.type) || l.type == LayerType::Flatten) {
      err << stepNeedsFlatLayers(projectPath.string()) << "\n";
      return kBadFile;
    }
  // Names of their own are no matter to a chain: the step names its layers L1, L2, ... by position.
  const auto asStack = [](NetworkSpec& spec) {
    if (!isChain(spec)) return;
    for (LayerSpec& l : spec.layers) {
      l.name.clear();
      l.inputs.reset();
    }
  };
  asStack(project.network);
  if (project.model) asStack(project.model->spec);
  const fs::path dir = projectPath.has_parent_path() ? projectPath.parent_path() : fs::path(".");
  Result<PreparedData> data = ProjectData::prepare(project, dir);
  if (!data.ok()) {
    if (data.error.file.empty()) data.error.file = projectPath.string();
    err << describe(data.error) << "\n";
    return kBadFile;
  }
  // The refusals train gives, in its words: the network's errors, then the trainer's.
  const RunRefusal refusal = ProjectRun::check(project, data.value);
  if (refusal.kind == RunRefusalKind::Network) {
    printNetworkRefusal(projectPath.string(), project, data.value, refusal.diagnostics, err);
    return kBadFile;
  }
  if (refusal.refused()) {
    err << printable(projectPath.string()) << ": " << describeTrainRefusal(refusal.error) << "\n";
    return kBadFile;
  }
  Result<StepTrace> trace = StepExplainer::traceProject(project, data.value, c.sample.value_or(0));
  if (!trace.ok()) {
    if (trace.error.file.empty()) trace.error.file = projectPath.string();
    err << describe(trace.error) << "\n";
    return kBadFile;
  }
  if (c.json) {
    out << json(trace.value);
  } else {
    const int inputs = static_cast<int>(data.value.train.featureCount());
    const bool trained = project.model && ProjectData::modelFits(*project.model, project.network, inputs);
    printText(out, projectPath.string(), trace.value, trained);
  }
  return kOk;
}

} // namespace neurona::cli
