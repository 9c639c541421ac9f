// Graph networks in every export (issue #20): a residual block, a diamond (two branches from the input,
// concat, a three-way add with a non-linear activation) and a concat of two branches and the input with an
// add after it. Each export's outputs match the network's forward pass to 1e-5: the Python scripts run with
// Debian's python3 (NumPy, PyTorch), the C++ header is compiled, the ONNX file passes libonnx's checker and
// shape inference and is evaluated by tests/fixtures/io/onnx_eval.py; the Keras script (no TensorFlow in
// Debian) parses and uses the functional API. The reference is a forward pass written here with Eigen over
// the graph, and predictModel (`neurona-cli predict`) must agree with it.
#include "neurona/core/export/CppHeaderExporter.h"
#include "neurona/core/export/KerasExporter.h"
#include "neurona/core/export/NumpyExporter.h"
#include "neurona/core/export/OnnxExporter.h"
#include "neurona/core/export/PytorchExporter.h"
#include "neurona/core/nn/Activation.h"
#include "support/ExportScratch.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <random>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace neurona;
namespace fs = std::filesystem;

namespace {

constexpr const char* kGraphPython = ExportScratch::kPython;

// One layer of a test graph and what it reads, by index (-1: the network's input).
struct Node {
  LayerSpec layer;
  std::vector<int> inputs;
};

Node graphDense(int units, ActivationKind act, std::vector<int> inputs, double alpha = 0.0) {
  LayerSpec l;
  l.units = units;
  l.activation = act;
  l.alpha = alpha;
  return {l, std::move(inputs)};
}
Node graphMerge(LayerType type, ActivationKind act, std::vector<int> inputs, double alpha = 0.0) {
  LayerSpec l = LayerSpec::merge(type);
  l.activation = act;
  l.alpha = alpha;
  return {l, std::move(inputs)};
}
Node graphDropout(double rate, int input) {
  LayerSpec l;
  l.type = LayerType::Dropout;
  l.rate = rate;
  return {l, {input}};
}
Node graphBatchNorm(int input) {
  LayerSpec l;
  l.type = LayerType::BatchNorm;
  l.epsilon = 1e-3;
  return {l, {input}};
}

// The width of every layer's output, computed here (not by the code under test).
std::vector<int> widths(const Model& m) {
  std::vector<int> w;
  const auto of = [&](int j) { return j < 0 ? m.featureCount() : w[static_cast<std::size_t>(j)]; };
  for (int i = 0; i < static_cast<int>(m.spec.layers.size()); ++i) {
    const LayerSpec& l = m.spec.layers[static_cast<std::size_t>(i)];
    const std::vector<int> src = m.spec.sourcesOf(i);
    int width = of(src.front());
    if (l.type == LayerType::Dense) width = l.units;
    if (l.type == LayerType::Concat) {
      width = 0;
      for (int j : src) width += of(j);
    }
    w.push_back(width);
  }
  return w;
}

// A graph model over `inputs` raw features; learned values drawn at random from `seed`.
Model graphModel(const std::vector<Node>& nodes, int inputs, std::vector<FeatureTransform> transforms,
                 PreprocessingKind pre, TaskKind task, std::uint64_t seed) {
  Model m;
  for (int i = 0; i < inputs; ++i) m.inputs.push_back("x" + std::to_string(i + 1));
  m.task = task;
  m.pipeline.transforms = std::move(transforms);
  for (const Node& n : nodes) m.spec.append(n.layer);
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    std::vector<LayerId> ids;
    for (int j : nodes[i].inputs)
      ids.push_back(j < 0 ? kNetworkInput : m.spec.layers[static_cast<std::size_t>(j)].id);
    m.spec.layers[i].inputs = ids;
  }
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  const auto draw = [&](Eigen::Index n, double scale, double shift) {
    return VectorD(VectorD::NullaryExpr(n, [&] { return shift + scale * u(rng); }));
  };
  const int features = m.featureCount();
  m.pipeline.preprocessing.kind = pre;
  if (pre != PreprocessingKind::None) {
    m.pipeline.preprocessing.offset = draw(features, 1.0, 0.0);
    m.pipeline.preprocessing.scale = draw(features, 0.5, 1.0);
  }
  const std::vector<int> w = widths(m);
  for (int i = 0; i < static_cast<int>(nodes.size()); ++i) {
    const LayerSpec& l = m.spec.layers[static_cast<std::size_t>(i)];
    LayerParams p;
    p.id = l.id;
    const int in = nodes[static_cast<std::size_t>(i)].inputs.front() < 0
                       ? features
                       : w[static_cast<std::size_t>(nodes[static_cast<std::size_t>(i)].inputs.front())];
    if (l.type == LayerType::Dense) {
      p.weights = MatrixD::NullaryExpr(in, l.units, [&] { return 0.8 * u(rng); });
      p.bias = draw(l.units, 0.3, 0.0);
    }
    if (l.type == LayerType::BatchNorm) {
      p.gamma = draw(in, 0.5, 1.0);
      p.beta = draw(in, 0.5, 0.0);
      p.runningMean = draw(in, 0.5, 0.0);
      p.runningVar = draw(in, 0.5, 1.0);
    }
    m.params.push_back(p);
  }
  if (task == TaskKind::BinaryClassification) m.classes = {"no", "yes"};
  if (task == TaskKind::MulticlassClassification) m.classes = {"c0", "c1", "c2"};
  return m;
}

// input -> Dense 8 relu -> Dense 8 relu -> add(first, second) -> Dense 1 sigmoid.
Model residualModel() {
  return graphModel({graphDense(8, ActivationKind::Relu, {-1}), graphDense(8, ActivationKind::Relu, {0}),
                     graphMerge(LayerType::Add, ActivationKind::Linear, {0, 1}),
                     graphDense(1, ActivationKind::Sigmoid, {2})},
                    2, {}, PreprocessingKind::Standardize, TaskKind::BinaryClassification, 21);
}

// Two dense branches from the input (one through dropout), concat, batchnorm, three dense layers from
// different places added with leaky relu, a softmax output; transforms and min-max scaling before.
Model diamondModel() {
  return graphModel({graphDense(6, ActivationKind::Tanh, {-1}),                             // 0
                     graphDense(5, ActivationKind::Relu, {-1}),                             // 1
                     graphDropout(0.3, 1),                                                  // 2
                     graphMerge(LayerType::Concat, ActivationKind::Linear, {0, 2}),         // 3: 11
                     graphBatchNorm(3),                                                     // 4
                     graphDense(4, ActivationKind::Elu, {4}, 0.7),                          // 5
                     graphDense(4, ActivationKind::Swish, {0}),                             // 6
                     graphDense(4, ActivationKind::Linear, {2}),                            // 7
                     graphMerge(LayerType::Add, ActivationKind::LeakyRelu, {5, 6, 7}, 0.1), // 8
                     graphDense(3, ActivationKind::Softmax, {8})},                          // 9
                    2, {FeatureTransform::X1Squared, FeatureTransform::SinX2}, PreprocessingKind::MinMax,
                    TaskKind::MulticlassClassification, 22);
}

// A concat with tanh of two branches and the input itself, an add of two dense layers, two regression
// outputs from a dense layer after the add.
Model concatAndAddModel() {
  return graphModel({graphDense(3, ActivationKind::Gelu, {-1}),                       // 0
                     graphDense(2, ActivationKind::Sigmoid, {-1}),                    // 1
                     graphMerge(LayerType::Concat, ActivationKind::Tanh, {0, 1, -1}), // 2: 3 + 2 + 3
                     graphDense(2, ActivationKind::Selu, {2}),                        // 3
                     graphDense(2, ActivationKind::Softplus, {0}),                    // 4
                     graphMerge(LayerType::Add, ActivationKind::Linear, {3, 4}),      // 5
                     graphDense(2, ActivationKind::Linear, {5})},                     // 6
                    3, {}, PreprocessingKind::None, TaskKind::Regression, 23);
}

// The network's forward pass over the graph, written here with Eigen: the reference of the exports.
MatrixD referenceForward(const Model& m, const Eigen::Ref<const MatrixD>& raw) {
  const MatrixD x = m.pipeline.apply(raw);
  std::vector<MatrixD> h;
  const auto of = [&](int j) -> const MatrixD& { return j < 0 ? x : h[static_cast<std::size_t>(j)]; };
  for (int i = 0; i < static_cast<int>(m.spec.layers.size()); ++i) {
    const LayerSpec& l = m.spec.layers[static_cast<std::size_t>(i)];
    const LayerParams& p = m.params[static_cast<std::size_t>(i)];
    const std::vector<int> src = m.spec.sourcesOf(i);
    MatrixD z;
    switch (l.type) {
    case LayerType::Dense:
      z.noalias() = of(src.front()) * p.weights;
      z.rowwise() += p.bias.transpose();
      break;
    case LayerType::Add:
      z = of(src.front());
      for (std::size_t k = 1; k < src.size(); ++k) z += of(src[k]);
      break;
    case LayerType::Concat: {
      Eigen::Index cols = 0;
      for (int j : src) cols += of(j).cols();
      z.resize(x.rows(), cols);
      Eigen::Index at = 0;
      for (int j : src) {
        z.middleCols(at, of(j).cols()) = of(j);
        at += of(j).cols();
      }
      break;
    }
    case LayerType::Dropout: z = of(src.front()); break;
    case LayerType::BatchNorm: {
      const Eigen::ArrayXd scale = p.gamma.array() / (p.runningVar.array() + l.epsilon).sqrt();
      z = ((of(src.front()).rowwise() - p.runningMean.transpose()).array().rowwise() * scale.transpose())
              .matrix();
      z.rowwise() += p.beta.transpose();
      break;
    }
    case LayerType::Conv2d: // not exported (model files do not hold image layers yet)
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d:
    case LayerType::Flatten: ADD_FAILURE() << "an image layer in a graph export"; break;
    }
    if (l.type == LayerType::Dense || isMerge(l.type)) {
      MatrixD a;
      activationForward<double>(l.activation, l.activationAlpha(), z, a);
      z = a;
    }
    h.push_back(z);
  }
  return h.back();
}

struct GraphCase {
  const char* name;
  Model (*make)();
  int outputs;
};

void PrintTo(const GraphCase& c, std::ostream* os) { *os << c.name; }

const GraphCase kGraphCases[] = {
    {"residual", &residualModel, 1}, {"diamond", &diamondModel, 3}, {"concatAndAdd", &concatAndAddModel, 2}};

class GraphExport : public ::testing::TestWithParam<GraphCase> {
protected:
  void SetUp() override {
    m_model = GetParam().make();
    ASSERT_TRUE(m_model.spec.isGraph());
    std::mt19937_64 rng(3);
    std::uniform_real_distribution<double> u(-2.0, 2.0);
    m_x = MatrixD::NullaryExpr(40, m_model.inputCount(), [&] { return u(rng); });
    m_expected = referenceForward(m_model, m_x);
    ASSERT_EQ(m_expected.cols(), GetParam().outputs);
    ASSERT_EQ(m_model.outputCount(), GetParam().outputs);
    // predictModel (`neurona-cli predict`, the engine's graph execution) is the reference written here.
    const MatrixD engine = predictModel(m_model, m_x);
    ASSERT_EQ(engine.rows(), m_expected.rows());
    ASSERT_EQ(engine.cols(), m_expected.cols());
    EXPECT_LT((engine - m_expected).cwiseAbs().maxCoeff(), 1e-12);
    m_scratch.writeInputs(m_model.inputs, m_x);
  }

  fs::path file(const std::string& name) const { return m_scratch.file(name); }
  void save(const std::string& name, const std::string& text) const { m_scratch.save(name, text); }
  int run(const std::string& command, const std::string& out = "/dev/null") const {
    return m_scratch.run(command, out);
  }
  std::string stderrText() const { return m_scratch.stderrText(); }
  static bool pythonHas(const std::string& module) { return ExportScratch::pythonHas(module); }
  // The inputs as float (the C++ header's and the ONNX graph's type): the reference on those.
  void expectFloatInputs() { m_expected = referenceForward(m_model, m_x.cast<float>().cast<double>()); }

  // The "out0,out1,..." CSV output against the reference; returns the largest difference.
  double expectMatches(const std::string& csvName, double tolerance = 1e-5) const {
    std::string header;
    const MatrixD got = m_scratch.readOutputs(csvName, &header);
    EXPECT_FALSE(header.empty()) << "no output; stderr: " << stderrText();
    EXPECT_EQ(header.rfind("out0", 0), 0u) << header;
    EXPECT_EQ(got.rows(), m_expected.rows());
    EXPECT_EQ(got.cols(), m_expected.cols());
    if (got.rows() != m_expected.rows() || got.cols() != m_expected.cols()) return HUGE_VAL;
    const double worst = (got - m_expected).cwiseAbs().maxCoeff();
    EXPECT_LT(worst, tolerance) << csvName; // NaN (a short row) fails
    std::printf("[ %s ] %s: largest difference %.3g\n", GetParam().name, csvName.c_str(), worst);
    return worst;
  }

  ExportScratch m_scratch{std::string("graph_export_") + GetParam().name};
  Model m_model;
  MatrixD m_x;
  MatrixD m_expected;
};

} // namespace

TEST_P(GraphExport, NumpyScriptMatches) {
  if (!pythonHas("numpy")) GTEST_SKIP() << "python3-numpy is not installed";
  const std::string script = NumpyExporter::generate(m_model);
  EXPECT_NE(script.find("    h0 = features(X)\n"), std::string::npos);
  save("model_np.py", script);
  ASSERT_EQ(run(std::string(kGraphPython) + " '" + file("model_np.py").string() + "' '" +
                    file("input.csv").string() + "'",
                "out.csv"),
            0)
      << stderrText();
  expectMatches("out.csv");
}

TEST_P(GraphExport, PytorchModuleMatches) {
  const std::string script = PytorchExporter::generate(m_model);
  EXPECT_NE(script.find("class Net(nn.Module):"), std::string::npos);
  EXPECT_NE(script.find("    def forward(self, h0):\n"), std::string::npos);
  EXPECT_EQ(script.find("nn.Sequential"), std::string::npos);
  save("model_torch.py", script);
  ASSERT_EQ(run(std::string(kGraphPython) + " -m py_compile '" + file("model_torch.py").string() + "'"), 0)
      << stderrText();
  const std::string driver = "import sys\n"
                             "try:\n    import torch\nexcept ImportError:\n    sys.exit(77)\n"
                             "sys.argv = [sys.argv[1], sys.argv[2]]\n"
                             "import runpy\nrunpy.run_path(sys.argv[0], run_name='__main__')\n";
  save("driver.py", driver);
  const int status = run(std::string(kGraphPython) + " '" + file("driver.py").string() + "' '" +
                             file("model_torch.py").string() + "' '" + file("input.csv").string() + "'",
                         "out.csv");
  if (status == 77) GTEST_SKIP() << "python3-torch is not installed: syntax checked only";
  ASSERT_EQ(status, 0) << stderrText();
  expectMatches("out.csv");
}

TEST_P(GraphExport, KerasScriptUsesTheFunctionalApi) {
  const std::string script = KerasExporter::generate(m_model);
  save("model_keras.py", script);
  ASSERT_EQ(run(std::string(kGraphPython) + " -c 'import ast, sys; ast.parse(open(sys.argv[1]).read())' '" +
                file("model_keras.py").string() + "'"),
            0)
      << stderrText();
  EXPECT_NE(script.find("    h0 = keras.Input(shape=(" + std::to_string(m_model.featureCount()) + ",))\n"),
            std::string::npos);
  EXPECT_NE(script.find("    model = keras.Model(inputs=h0, outputs=h" +
                        std::to_string(m_model.spec.layers.size()) + ")\n"),
            std::string::npos);
  EXPECT_EQ(script.find("keras.Sequential"), std::string::npos);
  EXPECT_NE(script.find(".set_weights(["), std::string::npos);
  bool add = false, concat = false;
  for (const LayerSpec& l : m_model.spec.layers) {
    add = add || l.type == LayerType::Add;
    concat = concat || l.type == LayerType::Concat;
  }
  EXPECT_EQ(script.find("keras.layers.Add()([") != std::string::npos, add);
  EXPECT_EQ(script.find("keras.layers.Concatenate(axis=1)([") != std::string::npos, concat);
  if (!pythonHas("tensorflow")) return; // Keras is not packaged in Debian
  ASSERT_EQ(run(std::string(kGraphPython) + " '" + file("model_keras.py").string() + "' '" +
                    file("input.csv").string() + "'",
                "out.csv"),
            0)
      << stderrText();
  expectMatches("out.csv");
}

TEST_P(GraphExport, CppHeaderCompilesAndMatches) {
  if (std::system("command -v c++ > /dev/null 2>&1") != 0) GTEST_SKIP() << "no C++ compiler";
  const std::string header = CppHeaderExporter::generate(m_model);
  EXPECT_NE(header.find("inline constexpr int kOutputs = " + std::to_string(GetParam().outputs) + ";"),
            std::string::npos);
  save("model.h", header);
  const std::string in = std::to_string(m_model.inputCount());
  const std::string out = std::to_string(GetParam().outputs);
  save("main.cpp", "#include \"model.h\"\n#include <cstdio>\n"
                   "int main() {\n"
                   "  float x[" +
                       in + "], y[" + out +
                       "];\n"
                       "  std::printf(\"out0\\n\");\n"
                       "  for (;;) {\n"
                       "    for (int i = 0; i < " +
                       in +
                       "; ++i) if (std::scanf(\" %f ,\", &x[i]) != 1) return 0;\n"
                       "    predict(x, y);\n"
                       "    for (int k = 0; k < " +
                       out +
                       "; ++k) std::printf(k ? \",%.9g\" : \"%.9g\", y[k]);\n"
                       "    std::printf(\"\\n\");\n"
                       "  }\n}\n");
  ASSERT_EQ(run("c++ -std=c++17 -O1 -Wall -Wextra -Wpedantic -Werror -o '" + file("predict").string() +
                "' '" + file("main.cpp").string() + "'"),
            0)
      << stderrText();
  ASSERT_EQ(
      run("tail -n +2 '" + file("input.csv").string() + "' | '" + file("predict").string() + "'", "out.csv"),
      0);
  expectFloatInputs();
  expectMatches("out.csv");
}

TEST_P(GraphExport, OnnxHasMergeNodesChecksAndMatches) {
  const std::string bytes = OnnxExporter::serialize(m_model);
  const auto check = OnnxExporter::check(bytes);
  ASSERT_TRUE(check.ok()) << toString(check.error.code) << ": " << check.error.detail;
  ASSERT_EQ(check.value.size(), 2u);
  EXPECT_EQ(check.value[0], -1);
  EXPECT_EQ(check.value[1], GetParam().outputs);
  // The merge layers as nodes named after their position: addK / concatK.
  for (std::size_t i = 0; i < m_model.spec.layers.size(); ++i) {
    const LayerType t = m_model.spec.layers[i].type;
    if (t == LayerType::Add) {
      EXPECT_NE(bytes.find("add" + std::to_string(i + 1) + "_Add"), std::string::npos);
    }
    if (t == LayerType::Concat) {
      EXPECT_NE(bytes.find("concat" + std::to_string(i + 1) + "_Concat"), std::string::npos);
    }
  }
  if (!pythonHas("onnx")) GTEST_SKIP() << "python3-onnx is not installed";
  ASSERT_TRUE(OnnxExporter::write(file("model.onnx"), m_model).ok());
  ASSERT_EQ(run(std::string(kGraphPython) + " '" NEURONA_FIXTURES_DIR "/io/onnx_eval.py' '" +
                    file("model.onnx").string() + "' '" + file("input.csv").string() + "'",
                "out.csv"),
            0)
      << stderrText();
  expectFloatInputs();
  expectMatches("out.csv");
}

INSTANTIATE_TEST_SUITE_P(Graphs, GraphExport, ::testing::ValuesIn(kGraphCases),
                         [](const ::testing::TestParamInfo<GraphCase>& info) {
                           return std::string(info.param.name);
                         });

// Layer names come from files: a graph whose layers carry hostile names exports them nowhere (the code
// numbers layers by position), so no name can end a string or a comment.
TEST(GraphExportNames, layerNamesNeverReachTheGeneratedCode) {
  Model m = diamondModel();
  for (std::size_t i = 0; i < m.spec.layers.size(); ++i)
    m.spec.layers[i].name = "EVIL" + std::to_string(i) + "\"\"\"\n*/ import os; os.system('touch PWNED')\n";
  ASSERT_TRUE(m.spec.isGraph());
  const std::string onnx = OnnxExporter::serialize(m);
  for (const std::string& text : {NumpyExporter::generate(m), PytorchExporter::generate(m),
                                  KerasExporter::generate(m), CppHeaderExporter::generate(m), onnx})
    EXPECT_EQ(text.find("EVIL"), std::string::npos);
}
