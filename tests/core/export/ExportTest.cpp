// Every export reproduces predictModel (the `neurona-cli predict` reference) to 1e-5: the Python
// scripts are run with Debian's python3, the C++ header is compiled with the system compiler, the ONNX
// file is checked by libonnx here and by python3-onnx, which also evaluates it.
#include "core/io/SampleModels.h"
#include "neurona/core/export/CppHeaderExporter.h"
#include "neurona/core/export/ExportFormat.h"
#include "neurona/core/export/KerasExporter.h"
#include "neurona/core/export/NumpyExporter.h"
#include "neurona/core/export/OnnxExporter.h"
#include "neurona/core/export/PytorchExporter.h"
#include "support/ExportScratch.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <ostream>
#include <sstream>
#include <string>
#include <unistd.h>

using namespace neurona;
using namespace neurona::samples;
namespace fs = std::filesystem;

namespace {

constexpr const char* kPython = ExportScratch::kPython;

struct Case {
  const char* name;
  Model (*make)();
};

void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

const Case kCases[] = {
    {"binary", &binaryModel}, {"multiclass", &multiclassModel}, {"regression", &regressionModel}};

class Export : public ::testing::TestWithParam<Case> {
protected:
  void SetUp() override {
    m_model = GetParam().make();
    m_x = sampleInputs(40, m_model.inputCount());
    m_expected = predictModel(m_model, m_x);
    m_scratch.writeInputs(m_model.inputs, m_x);
  }

  fs::path file(const std::string& name) const { return m_scratch.file(name); }
  void save(const std::string& name, const std::string& text) const { m_scratch.save(name, text); }
  int run(const std::string& command, const std::string& out = "/dev/null") const {
    return m_scratch.run(command, out);
  }
  std::string stderrText() const { return m_scratch.stderrText(); }
  static bool pythonHas(const std::string& module) { return ExportScratch::pythonHas(module); }

  // The "out0,out1,..." CSV output against the reference.
  void expectMatches(const std::string& csvName, double tolerance = 1e-5) const {
    std::string header;
    const MatrixD got = m_scratch.readOutputs(csvName, &header);
    ASSERT_FALSE(header.empty()) << "no output; stderr: " << stderrText();
    EXPECT_EQ(header.rfind("out0", 0), 0u) << header;
    ASSERT_EQ(got.rows(), m_expected.rows());
    ASSERT_EQ(got.cols(), m_expected.cols());
    EXPECT_LT((got - m_expected).cwiseAbs().maxCoeff(), tolerance) << csvName; // NaN (a short row) fails
  }

  ExportScratch m_scratch{std::string("export_") + GetParam().name};
  Model m_model;
  MatrixD m_x;
  MatrixD m_expected;
};

} // namespace

TEST(ExportFormat, NamesRoundTrip) {
  for (ExportFormat f : allExportFormats()) EXPECT_EQ(exportFormatFromString(toString(f)), f);
  EXPECT_FALSE(exportFormatFromString("tflite"));
  EXPECT_EQ(allExportFormats().size(), 7u);
}

TEST_P(Export, NumpyScriptMatchesPredict) {
  if (!pythonHas("numpy")) GTEST_SKIP() << "python3-numpy is not installed";
  save("model_np.py", NumpyExporter::generate(m_model));
  ASSERT_EQ(run(std::string(kPython) + " '" + file("model_np.py").string() + "' '" +
                    file("input.csv").string() + "'",
                "out.csv"),
            0)
      << stderrText();
  expectMatches("out.csv");
  // Imported as a module: predict(X) maps n x inputs to n x outputs.
  const std::string code = "import sys; sys.path.insert(0, '" + m_scratch.dir().string() +
                           "'); import numpy as np; import model_np as m; "
                           "X = np.loadtxt('" +
                           file("input.csv").string() +
                           "', delimiter=',', skiprows=1, ndmin=2); "
                           "Y = m.predict(X); print(Y.shape[0], Y.shape[1])";
  ASSERT_EQ(run(std::string(kPython) + " -c \"" + code + "\"", "shape.txt"), 0) << stderrText();
  std::ifstream shape(file("shape.txt"));
  Eigen::Index rows = 0, cols = 0;
  shape >> rows >> cols;
  EXPECT_EQ(rows, m_x.rows());
  EXPECT_EQ(cols, m_model.outputCount());
}

TEST_P(Export, PytorchScriptMatchesPredict) {
  save("model_torch.py", PytorchExporter::generate(m_model));
  ASSERT_EQ(run(std::string(kPython) + " -m py_compile '" + file("model_torch.py").string() + "'"), 0)
      << stderrText();
  // One interpreter imports torch and the script (torch's import alone takes seconds), skipping when
  // torch is missing (CI has no python3-torch), and runs the script's CSV entry point.
  const std::string driver = "import sys\n"
                             "try:\n    import torch\nexcept ImportError:\n    sys.exit(77)\n"
                             "sys.argv = [sys.argv[1], sys.argv[2]]\n"
                             "import runpy\nrunpy.run_path(sys.argv[0], run_name='__main__')\n";
  save("driver.py", driver);
  const int status = run(std::string(kPython) + " '" + file("driver.py").string() + "' '" +
                             file("model_torch.py").string() + "' '" + file("input.csv").string() + "'",
                         "out.csv");
  if (status == 77) GTEST_SKIP() << "python3-torch is not installed: syntax checked only";
  ASSERT_EQ(status, 0) << stderrText();
  expectMatches("out.csv");
}

TEST_P(Export, KerasScriptIsValidPython) {
  const std::string script = KerasExporter::generate(m_model);
  save("model_keras.py", script);
  ASSERT_EQ(run(std::string(kPython) + " -m py_compile '" + file("model_keras.py").string() + "'"), 0)
      << stderrText();
  EXPECT_NE(script.find("keras.Sequential(layers)"), std::string::npos);
  EXPECT_NE(script.find(".set_weights(["), std::string::npos);
  // Keras is not packaged in Debian: where TensorFlow is missing the syntax check above is the test.
  if (!pythonHas("tensorflow")) return;
  ASSERT_EQ(run(std::string(kPython) + " '" + file("model_keras.py").string() + "' '" +
                    file("input.csv").string() + "'",
                "out.csv"),
            0)
      << stderrText();
  expectMatches("out.csv");
}

TEST_P(Export, CppHeaderCompilesAndMatchesPredict) {
  save("model.h", CppHeaderExporter::generate(m_model));
  const int in = m_model.inputCount();
  const int out = m_model.outputCount();
  save("main.cpp", "#include \"model.h\"\n#include <cstdio>\n"
                   "int main() {\n"
                   "  float x[" +
                       std::to_string(in) + "], y[" + std::to_string(out) +
                       "];\n"
                       "  std::printf(\"out0\\n\");\n"
                       "  for (;;) {\n"
                       "    for (int i = 0; i < " +
                       std::to_string(in) +
                       "; ++i) if (std::scanf(\" %f ,\", &x[i]) != 1) return 0;\n"
                       "    predict(x, y);\n"
                       "    for (int k = 0; k < " +
                       std::to_string(out) +
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
  // Inputs are read as float, as the header's signature takes them: compare with predict on those.
  m_expected = predictModel(m_model, m_x.cast<float>().cast<double>());
  expectMatches("out.csv");
}

TEST_P(Export, OnnxPassesCheckerAndShapeInference) {
  const std::string bytes = OnnxExporter::serialize(m_model);
  const auto check = OnnxExporter::check(bytes);
  ASSERT_TRUE(check.ok()) << toString(check.error.code) << ": " << check.error.detail;
  ASSERT_EQ(check.value.size(), 2u);
  EXPECT_EQ(check.value[0], -1); // symbolic batch
  EXPECT_EQ(check.value[1], m_model.outputCount());
  EXPECT_EQ(OnnxExporter::check("not a model").error.code, ErrorCode::OnnxParse);
}

TEST_P(Export, OnnxMatchesPredictInPythonOnnx) {
  if (!pythonHas("onnx")) GTEST_SKIP() << "python3-onnx is not installed";
  ASSERT_TRUE(OnnxExporter::write(file("model.onnx"), m_model).ok());
  ASSERT_EQ(run(std::string(kPython) + " '" NEURONA_FIXTURES_DIR "/io/onnx_eval.py' '" +
                    file("model.onnx").string() + "' '" + file("input.csv").string() + "'",
                "out.csv"),
            0)
      << stderrText();
  // Inputs and weights are float32 in the graph: compare with predict on float inputs.
  m_expected = predictModel(m_model, m_x.cast<float>().cast<double>());
  expectMatches("out.csv");
}

INSTANTIATE_TEST_SUITE_P(Models, Export, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });
