// Image layers (conv2d, max and average pooling, flatten) in every export: each export's outputs match
// predictModel (`neurona-cli predict`) to 1e-5 on four networks with random learned values: (a) two
// convolutions and two pools with "same" and "valid" padding before a softmax, (b) an odd-sized image, a
// non-square kernel with stride 2 and uneven "same" padding and a [2, 1] average pool, (c) a graph with
// two convolution branches added, (d) a per-pixel softmax, leaky relu and an evenly padded max pool. The
// Python scripts run with Debian's python3 (NumPy, PyTorch), the C++ header is compiled, the ONNX file passes
// libonnx's checker and shape inference and is evaluated by tests/fixtures/io/onnx_eval.py; the Keras script
// (no TensorFlow in Debian) parses and names the layers.
#include "neurona/core/export/CppHeaderExporter.h"
#include "neurona/core/export/KerasExporter.h"
#include "neurona/core/export/NumpyExporter.h"
#include "neurona/core/export/OnnxExporter.h"
#include "neurona/core/export/PytorchExporter.h"
#include "neurona/core/graph/Shapes.h"
#include "support/ExportScratch.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <ostream>
#include <random>
#include <string>
#include <vector>

using namespace neurona;

namespace imageexporttest {

constexpr const char* kImagePython = ExportScratch::kPython;

LayerSpec conv(int filters, std::array<int, 2> kernel, std::array<int, 2> stride, PaddingKind padding,
               ActivationKind act, std::vector<int> inputs = {}) {
  LayerSpec l;
  l.type = LayerType::Conv2d;
  l.filters = filters;
  l.kernel = kernel;
  l.stride = stride;
  l.padding = padding;
  l.activation = act;
  if (!inputs.empty()) l.inputs = std::vector<LayerId>(inputs.begin(), inputs.end()); // indices, fixed below
  return l;
}
LayerSpec pool(LayerType type, std::array<int, 2> size, std::optional<std::array<int, 2>> stride,
               PaddingKind padding) {
  LayerSpec l;
  l.type = type;
  l.pool = size;
  l.stride = stride;
  l.padding = padding;
  return l;
}
LayerSpec flatten() {
  LayerSpec l;
  l.type = LayerType::Flatten;
  return l;
}
LayerSpec dense(int units, ActivationKind act) {
  LayerSpec l;
  l.units = units;
  l.activation = act;
  return l;
}

// A model over an H x W x C image with the layers given; a layer's `inputs`, when set, are indices in the
// list (-1: the input), turned into ids here. Learned values drawn at random from `seed`.
Model imageModel(std::array<int, 3> shape, std::vector<LayerSpec> layers, TaskKind task,
                 PreprocessingKind pre, std::uint64_t seed) {
  Model m;
  const int features = shape[0] * shape[1] * shape[2];
  for (int i = 0; i < features; ++i) m.inputs.push_back("p" + std::to_string(i));
  m.task = task;
  m.spec.inputShape = shape;
  std::vector<std::optional<std::vector<LayerId>>> wires;
  for (LayerSpec& l : layers) {
    wires.push_back(l.inputs);
    l.inputs.reset();
    m.spec.append(l);
  }
  for (std::size_t i = 0; i < wires.size(); ++i)
    if (wires[i]) {
      std::vector<LayerId> ids;
      for (LayerId j : *wires[i])
        ids.push_back(static_cast<int>(j) < 0 ? kNetworkInput : m.spec.layers[j].id);
      m.spec.layers[i].inputs = ids;
    }
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(-1.0, 1.0);
  const auto draw = [&](Eigen::Index n, double scale, double shift) {
    return VectorD(VectorD::NullaryExpr(n, [&] { return shift + scale * u(rng); }));
  };
  m.pipeline.preprocessing.kind = pre;
  if (pre != PreprocessingKind::None) {
    m.pipeline.preprocessing.offset = draw(features, 0.5, 0.0);
    m.pipeline.preprocessing.scale = draw(features, 0.5, 1.0);
  }
  const std::vector<LayerTensorShape> shapes = inferShapes(m.spec, features);
  for (std::size_t i = 0; i < m.spec.layers.size(); ++i) {
    const LayerSpec& l = m.spec.layers[i];
    EXPECT_EQ(shapes[i].issue, ShapeIssue::None) << "layer " << i + 1;
    LayerParams p;
    p.id = l.id;
    if (l.type == LayerType::Conv2d) {
      const int rows = l.kernel[0] * l.kernel[1] * shapes[i].input.channels;
      p.weights = MatrixD::NullaryExpr(rows, l.filters, [&] { return 0.6 * u(rng); });
      p.bias = draw(l.filters, 0.3, 0.0);
    }
    if (l.type == LayerType::Dense) {
      p.weights = MatrixD::NullaryExpr(shapes[i].input.features, l.units, [&] { return 0.5 * u(rng); });
      p.bias = draw(l.units, 0.3, 0.0);
    }
    m.params.push_back(p);
  }
  if (task == TaskKind::BinaryClassification) m.classes = {"no", "yes"};
  if (task == TaskKind::MulticlassClassification) m.classes = {"c0", "c1", "c2"};
  return m;
}

// (a) 6x6x2 -> conv 3@3x3 same relu -> maxpool 2 -> conv 4@2x2 valid tanh -> avgpool 2 same -> flatten
// -> dense 3 softmax.
Model squareModel() {
  return imageModel({6, 6, 2},
                    {conv(3, {3, 3}, {1, 1}, PaddingKind::Same, ActivationKind::Relu),
                     pool(LayerType::MaxPool2d, {2, 2}, std::nullopt, PaddingKind::Valid),
                     conv(4, {2, 2}, {1, 1}, PaddingKind::Valid, ActivationKind::Tanh),
                     pool(LayerType::AvgPool2d, {2, 2}, std::nullopt, PaddingKind::Same), flatten(),
                     dense(3, ActivationKind::Softmax)},
                    TaskKind::MulticlassClassification, PreprocessingKind::None, 31);
}

// (b) 7x5x1 -> conv 2@3x2 same stride 2 linear (uneven padding) -> avgpool [2, 1] stride 1 valid ->
// flatten -> dense 1 sigmoid; standardized inputs.
Model oddModel() {
  return imageModel({7, 5, 1},
                    {conv(2, {3, 2}, {2, 2}, PaddingKind::Same, ActivationKind::Linear),
                     pool(LayerType::AvgPool2d, {2, 1}, std::array<int, 2>{1, 1}, PaddingKind::Valid),
                     flatten(), dense(1, ActivationKind::Sigmoid)},
                    TaskKind::BinaryClassification, PreprocessingKind::Standardize, 32);
}

// (c) 5x4x2 -> two branches from the input, conv 3@3x3 same relu and conv 3@1x1 valid linear, added
// with tanh; from the sum a maxpool 2 same (uneven rows) and an avgpool 3x3 stride 2 same (uneven
// columns) then an avgpool 3x3 stride 1 same (even padding), each flattened, concatenated -> dense 2.
Model branchModel() {
  const auto from = [](LayerSpec l, std::vector<LayerId> inputs) {
    l.inputs = std::move(inputs);
    return l;
  };
  LayerSpec add = LayerSpec::merge(LayerType::Add);
  add.activation = ActivationKind::Tanh;
  std::vector<LayerSpec> layers = {
      conv(3, {3, 3}, {1, 1}, PaddingKind::Same, ActivationKind::Relu, {-1}),                     // 0
      conv(3, {1, 1}, {1, 1}, PaddingKind::Valid, ActivationKind::Linear, {-1}),                  // 1
      from(add, {0, 1}),                                                                          // 2
      from(pool(LayerType::MaxPool2d, {2, 2}, std::nullopt, PaddingKind::Same), {2}),             // 3
      from(flatten(), {3}),                                                                       // 4
      from(pool(LayerType::AvgPool2d, {3, 3}, std::array<int, 2>{2, 2}, PaddingKind::Same), {2}), // 5
      from(pool(LayerType::AvgPool2d, {3, 3}, std::array<int, 2>{1, 1}, PaddingKind::Same), {5}), // 6
      from(flatten(), {6}),                                                                       // 7
      from(LayerSpec::merge(LayerType::Concat), {4, 7}),                                          // 8
      from(dense(2, ActivationKind::Linear), {8})};                                               // 9
  return imageModel({5, 4, 2}, layers, TaskKind::Regression, PreprocessingKind::None, 33);
}

// (d) 4x3x2 -> conv 3@2x2 same softmax (over each pixel's channels) -> conv 2@1x1 valid leaky relu (alpha
// 0.2) -> maxpool 3x3 stride 1 same (even padding) -> flatten -> dense 2 linear; min-max scaled inputs.
Model activationModel() {
  LayerSpec leaky = conv(2, {1, 1}, {1, 1}, PaddingKind::Valid, ActivationKind::LeakyRelu);
  leaky.alpha = 0.2;
  return imageModel({4, 3, 2},
                    {conv(3, {2, 2}, {1, 1}, PaddingKind::Same, ActivationKind::Softmax), leaky,
                     pool(LayerType::MaxPool2d, {3, 3}, std::array<int, 2>{1, 1}, PaddingKind::Same),
                     flatten(), dense(2, ActivationKind::Linear)},
                    TaskKind::Regression, PreprocessingKind::MinMax, 34);
}

struct Case {
  const char* name;
  Model (*make)();
};
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }
const Case kCases[] = {{"square", &squareModel},
                       {"odd", &oddModel},
                       {"branches", &branchModel},
                       {"activations", &activationModel}};

class ImageExport : public ::testing::TestWithParam<Case> {
protected:
  void SetUp() override {
    m_model = GetParam().make();
    std::mt19937_64 rng(7);
    std::uniform_real_distribution<double> u(-1.0, 1.0);
    m_x = MatrixD::NullaryExpr(24, m_model.inputCount(), [&] { return u(rng); });
    m_expected = predictModel(m_model, m_x);
    ASSERT_EQ(m_expected.rows(), m_x.rows());
    m_scratch.writeInputs(m_model.inputs, m_x);
  }
  std::string path(const std::string& name) const { return "'" + m_scratch.file(name).string() + "'"; }

  // The "out0,out1,..." CSV output against the reference; prints the largest difference.
  void expectMatches(const std::string& csvName, const std::string& what) const {
    std::string header;
    const MatrixD got = m_scratch.readOutputs(csvName, &header);
    ASSERT_FALSE(header.empty()) << "no output; stderr: " << m_scratch.stderrText();
    ASSERT_EQ(got.rows(), m_expected.rows());
    ASSERT_EQ(got.cols(), m_expected.cols());
    const double diff = (got - m_expected).cwiseAbs().maxCoeff();
    std::cout << "[ image export ] " << GetParam().name << " " << what << ": largest difference " << diff
              << "\n";
    EXPECT_LT(diff, 1e-5) << what; // NaN (a short row) fails
  }

  ExportScratch m_scratch{std::string("image_export_") + GetParam().name};
  Model m_model;
  MatrixD m_x;
  MatrixD m_expected;
};

TEST_P(ImageExport, NumpyScriptMatchesPredict) {
  if (!ExportScratch::pythonHas("numpy")) GTEST_SKIP() << "python3-numpy is not installed";
  m_scratch.save("model_np.py", NumpyExporter::generate(m_model));
  ASSERT_EQ(m_scratch.run(std::string(kImagePython) + " " + path("model_np.py") + " " + path("input.csv"),
                          "out.csv"),
            0)
      << m_scratch.stderrText();
  expectMatches("out.csv", "numpy");
}

TEST_P(ImageExport, PytorchScriptMatchesPredict) {
  m_scratch.save("model_torch.py", PytorchExporter::generate(m_model));
  ASSERT_EQ(m_scratch.run(std::string(kImagePython) + " -m py_compile " + path("model_torch.py")), 0)
      << m_scratch.stderrText();
  // Skips where torch is missing (CI has no python3-torch): exit status 77 from the driver.
  m_scratch.save("driver.py", "import sys\n"
                              "try:\n    import torch\nexcept ImportError:\n    sys.exit(77)\n"
                              "sys.argv = [sys.argv[1], sys.argv[2]]\n"
                              "import runpy\nrunpy.run_path(sys.argv[0], run_name='__main__')\n");
  const int status = m_scratch.run(std::string(kImagePython) + " " + path("driver.py") + " " +
                                       path("model_torch.py") + " " + path("input.csv"),
                                   "out.csv");
  if (status == 77) GTEST_SKIP() << "python3-torch is not installed: syntax checked only";
  ASSERT_EQ(status, 0) << m_scratch.stderrText();
  expectMatches("out.csv", "pytorch");
}

TEST_P(ImageExport, CppHeaderCompilesAndMatchesPredict) {
  m_scratch.save("model.h", CppHeaderExporter::generate(m_model));
  const std::string in = std::to_string(m_model.inputCount());
  const std::string out = std::to_string(m_expected.cols());
  m_scratch.save("main.cpp", "#include \"model.h\"\n#include <cstdio>\n"
                             "int main() {\n  float x[" +
                                 in + "], y[" + out +
                                 "];\n"
                                 "  std::printf(\"out0\\n\");\n  for (;;) {\n"
                                 "    for (int i = 0; i < " +
                                 in +
                                 "; ++i) if (std::scanf(\" %f ,\", &x[i]) != 1) return 0;\n"
                                 "    predict(x, y);\n"
                                 "    for (int k = 0; k < " +
                                 out +
                                 "; ++k) std::printf(k ? \",%.9g\" : \"%.9g\", y[k]);\n"
                                 "    std::printf(\"\\n\");\n  }\n}\n");
  ASSERT_EQ(m_scratch.run("c++ -std=c++17 -O1 -Wall -Wextra -Wpedantic -Werror -o " + path("predict") + " " +
                          path("main.cpp")),
            0)
      << m_scratch.stderrText();
  ASSERT_EQ(m_scratch.run("tail -n +2 " + path("input.csv") + " | " + path("predict"), "out.csv"), 0);
  // Inputs are read as float, as the header's signature takes them: compare with predict on those.
  m_expected = predictModel(m_model, m_x.cast<float>().cast<double>());
  expectMatches("out.csv", "c++ header");
}

// Keras cannot run here (no TensorFlow in Debian): the script must parse, and its calls, as Python's ast
// prints them, must build each image layer with the spec's arguments and load the kernels as
// [KH][KW][C][F].
TEST_P(ImageExport, KerasScriptNamesTheImageLayers) {
  m_scratch.save("model_keras.py", KerasExporter::generate(m_model));
  m_scratch.save("calls.py", "import ast, sys\n"
                             "tree = ast.parse(open(sys.argv[1]).read())\n"
                             "for node in ast.walk(tree):\n"
                             "    if isinstance(node, ast.Call):\n"
                             "        print(ast.unparse(node))\n");
  ASSERT_EQ(m_scratch.run(std::string(kImagePython) + " " + path("calls.py") + " " + path("model_keras.py"),
                          "calls.txt"),
            0)
      << m_scratch.stderrText();
  std::ifstream in(m_scratch.file("calls.txt"));
  std::vector<std::string> calls;
  for (std::string line; std::getline(in, line);) calls.push_back(line);
  const auto has = [&](const std::string& call) {
    return std::find(calls.begin(), calls.end(), call) != calls.end();
  };
  const auto pair = [](std::array<int, 2> v) {
    return "(" + std::to_string(v[0]) + ", " + std::to_string(v[1]) + ")";
  };
  const std::array<int, 3> image = *m_model.spec.inputShape;
  const std::string shape = "(" + std::to_string(image[0]) + ", " + std::to_string(image[1]) + ", " +
                            std::to_string(image[2]) + ")";
  EXPECT_TRUE(has("keras.Input(shape=" + shape + ")"));
  EXPECT_TRUE(has("features(X).reshape((-1,) + " + shape + ")"));
  const std::vector<LayerTensorShape> shapes = inferShapes(m_model.spec, m_model.featureCount());
  int flattens = 0;
  for (std::size_t i = 0; i < m_model.spec.layers.size(); ++i) {
    const LayerSpec& l = m_model.spec.layers[i];
    const std::string k = std::to_string(i + 1);
    const std::string window = "strides=" + pair(l.effectiveStride()) + ", padding='" +
                               (l.padding == PaddingKind::Same ? "same" : "valid") + "'";
    if (l.type == LayerType::Conv2d) {
      // leaky relu follows as a layer of its own, with its alpha
      const std::string act = l.activation == ActivationKind::Relu      ? "relu"
                              : l.activation == ActivationKind::Tanh    ? "tanh"
                              : l.activation == ActivationKind::Softmax ? "softmax"
                                                                        : "linear";
      if (l.activation == ActivationKind::LeakyRelu) {
        EXPECT_TRUE(has("keras.layers.LeakyReLU(alpha=0.2)"));
      }
      EXPECT_TRUE(has("keras.layers.Conv2D(" + std::to_string(l.filters) + ", kernel_size=" + pair(l.kernel) +
                      ", " + window + ", activation='" + act + "')"))
          << "layer " << k;
      EXPECT_TRUE(has("conv" + k + ".set_weights([np.array(W" + k + ").reshape(" +
                      std::to_string(l.kernel[0]) + ", " + std::to_string(l.kernel[1]) + ", " +
                      std::to_string(shapes[i].input.channels) + ", " + std::to_string(l.filters) +
                      "), np.array(b" + k + ")])"))
          << "layer " << k;
    }
    if (isPool(l.type)) {
      EXPECT_TRUE(has(std::string("keras.layers.") +
                      (l.type == LayerType::MaxPool2d ? "MaxPooling2D" : "AveragePooling2D") +
                      "(pool_size=" + pair(l.pool) + ", " + window + ")"))
          << "layer " << k;
    }
    flattens += l.type == LayerType::Flatten;
  }
  EXPECT_EQ(std::count(calls.begin(), calls.end(), "keras.layers.Flatten()"), flattens);
}

TEST_P(ImageExport, OnnxMatchesPredict) {
  const std::string bytes = OnnxExporter::serialize(m_model);
  const auto check = OnnxExporter::check(bytes);
  ASSERT_TRUE(check.ok()) << toString(check.error.code) << ": " << check.error.detail;
  ASSERT_EQ(check.value.size(), 2u);
  EXPECT_EQ(check.value[1], m_expected.cols());
  if (!ExportScratch::pythonHas("onnx")) GTEST_SKIP() << "python3-onnx is not installed";
  ASSERT_TRUE(OnnxExporter::write(m_scratch.file("model.onnx"), m_model).ok());
  ASSERT_EQ(m_scratch.run(std::string(kImagePython) + " '" NEURONA_FIXTURES_DIR "/io/onnx_eval.py' " +
                              path("model.onnx") + " " + path("input.csv"),
                          "out.csv"),
            0)
      << m_scratch.stderrText();
  // Inputs and weights are float32 in the graph: compare with predict on float inputs.
  m_expected = predictModel(m_model, m_x.cast<float>().cast<double>());
  expectMatches("out.csv", "onnx");
}

INSTANTIATE_TEST_SUITE_P(Models, ImageExport, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });

} // namespace imageexporttest
