// neurona-cli end to end: the built binary is run with std::system and its exit code, stdout and
// stderr are checked.
#include "neurona/core/cpu/KernelSet.h"
#include "neurona/core/export/OnnxExporter.h"
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectFile.h"
#include "support/CliRunner.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

using namespace neurona;
namespace fs = std::filesystem;

namespace {

const std::string kFixtures = NEURONA_FIXTURES_DIR "/io/";
const std::string kExamples = NEURONA_SOURCE_DIR "/resources/examples/";

using clitest::CliRun;
using clitest::slurp;

class Cli : public ::testing::Test {
protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    m_dir = fs::temp_directory_path() /
            (std::string("neurona_cli_") + info->name() + "_" + std::to_string(::getpid()));
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }

  std::string file(const std::string& name) const { return (m_dir / name).string(); }

  CliRun cli(const std::string& args) const { return clitest::runCli(args, m_dir); }

  // Reads a CSV as rows of cells (no quotes needed for what the CLI writes here).
  static std::vector<std::vector<std::string>> csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::stringstream in(text);
    std::string line;
    while (std::getline(in, line)) {
      std::vector<std::string> cells;
      std::stringstream ls(line);
      std::string cell;
      while (std::getline(ls, cell, ',')) cells.push_back(cell);
      rows.push_back(cells);
    }
    return rows;
  }

  fs::path m_dir;
};

} // namespace

TEST_F(Cli, VersionAndHelp) {
  CliRun r = cli("--version");
  EXPECT_EQ(r.code, 0);
  EXPECT_EQ(r.out, "neurona-cli " NEURONA_VERSION "\nkernels: " + std::string(toString(bestKernelSet())) + "\n");
  r = cli("--help");
  EXPECT_EQ(r.code, 0);
  EXPECT_NE(r.out.find("Exit codes"), std::string::npos);
  for (const char* verb : {"dataset", "train", "predict", "export", "info"}) {
    r = cli(std::string(verb) + " --help");
    EXPECT_EQ(r.code, 0) << verb;
    EXPECT_EQ(r.out.rfind(std::string("Usage: neurona-cli ") + verb, 0), 0u) << r.out;
  }
  // --help wins over missing arguments.
  EXPECT_EQ(cli("export --help").code, 0);
}

// NEURONA_KERNELS picks any kernel set this machine can run (and --version says which is in use); a name
// it cannot use is refused with exit code 2, whatever the verb.
TEST_F(Cli, NeuronaKernelsChoosesTheKernelSetOrIsRefused) {
  const std::string project = "'" + kExamples + "tutorial.neurona' --epochs 20 --quiet --out " + file("m.json");
  for (KernelSet s : availableKernelSets()) {
    const std::string name(toString(s));
    CliRun r = clitest::runCli("--version", m_dir, "NEURONA_KERNELS=" + name + " ");
    EXPECT_EQ(r.code, 0) << name;
    EXPECT_NE(r.out.find("\nkernels: " + name + "\n"), std::string::npos) << r.out;
    EXPECT_EQ(clitest::runCli("train " + project, m_dir, "NEURONA_KERNELS=" + name + " ").code, 0) << name;
  }
  CliRun r = clitest::runCli("--version", m_dir, "NEURONA_KERNELS= ");
  EXPECT_EQ(r.code, 0); // empty: the best set
  r = clitest::runCli("train " + project, m_dir, "NEURONA_KERNELS=avx1024 ");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("NEURONA_KERNELS=avx1024: not a kernel set (baseline, avx2 or avx512)")) << r.err;
  EXPECT_TRUE(r.contains("available here: baseline")) << r.err;
  for (KernelSet s : {KernelSet::Avx2, KernelSet::Avx512}) {
    const auto& have = availableKernelSets();
    if (std::find(have.begin(), have.end(), s) != have.end()) continue;
    const std::string name(toString(s));
    r = clitest::runCli("--version", m_dir, "NEURONA_KERNELS=" + name + " ");
    EXPECT_EQ(r.code, 2) << name;
    EXPECT_TRUE(r.contains("this computer cannot run the " + name + " kernels")) << r.err;
  }
}

TEST_F(Cli, UsageErrorsExitWith1) {
  const char* cases[] = {
      "",                                          // no verb
      "frobnicate",                                // unknown verb
      "train",                                     // missing project
      "predict model.json",                        // missing input
      "export model.json --out x.onnx",            // missing format
      "export model.json --format tflite --out x", // unknown format
      "dataset moons",                             // missing --out
      "dataset moons --samples many --out x.csv",  // not a number
      "dataset moons --samples -3 --out x.csv",
      "dataset moons --noise --out x.csv",
      "train p.neurona --epochs",                   // missing value
      "train p.neurona --fast",                     // unknown option
      "info a.json b.json",                         // extra argument
      "predict m.json in.csv --epochs 3",           // option of another verb
      "dataset donut --out x.csv",                  // unknown generator
      "dataset moons --param radius=2 --out x.csv", // unknown generator parameter
  };
  for (const char* args : cases) {
    const CliRun r = cli(args);
    EXPECT_EQ(r.code, 1) << args;
    EXPECT_NE(r.err.find("neurona-cli"), std::string::npos) << args;
  }
  EXPECT_NE(cli("train p.neurona --fast").err.find("unknown option --fast"), std::string::npos);
}

TEST_F(Cli, InfoOnModelAndProject) {
  CliRun r = cli("info '" + kFixtures + "model-xor.json'");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("Task: binary-classification (classes: 0, 1)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 -> 2"), std::string::npos);
  EXPECT_NE(r.out.find("Total parameters: 9"), std::string::npos); // 2·2+2 + 2·1+1
  r = cli("info '" + kExamples + "tutorial.neurona'");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("optimizer sgd: learning_rate 0.5"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("full batch"), std::string::npos);
  EXPECT_NE(r.out.find("Total parameters: 61"), std::string::npos); // 2·4+4 + 4·8+8 + 8·1+1
}

TEST_F(Cli, BadFilesExitWith2AndNameThePlace) {
  CliRun r = cli("info '" + kFixtures + "model-bad-rows.json'");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("model-bad-rows.json: layers[2].weights has 3 rows, expected 2"), std::string::npos)
      << r.err;
  r = cli("info '" + kFixtures + "model-version-9.json'");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("version 9 is newer"), std::string::npos) << r.err;
  r = cli("predict '" + kFixtures + "model-no-format.json' '" + kFixtures + "points.csv'");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("format"), std::string::npos) << r.err;
  r = cli("export '" + file("missing.json") + "' --format onnx --out '" + file("x.onnx") + "'");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("missing.json: the file cannot be opened"), std::string::npos) << r.err;
  std::ofstream(file("bad.csv")) << "x1,x2\n1,2\n3,oops\n";
  r = cli("predict '" + kFixtures + "model-xor.json' '" + file("bad.csv") + "'");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("bad.csv:3:2:"), std::string::npos) << r.err;
  std::ofstream(file("broken.neurona"))
      << "{\"format\": \"neurona-project\", \"version\": 1,\n \"dataset\": {\"generator\": 5}}";
  r = cli("train '" + file("broken.neurona") + "'");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("dataset.generator should be a string"), std::string::npos) << r.err;
  std::ofstream(file("syntax.neurona")) << "{\"format\": \"neurona-project\",\n  \"version\": 1,,}";
  r = cli("info '" + file("syntax.neurona") + "'");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("syntax.neurona:2:16: not valid JSON"), std::string::npos) << r.err;
}

// The predict input table's own refusals, each with its place in the file.
TEST_F(Cli, PredictInputWithTooFewOrMissingColumnsOrAnEmptyCellIsNamed) {
  const std::string model = "'" + kFixtures + "model-xor.json' ";
  std::ofstream(file("one.csv")) << "x1\n1\n";
  CliRun r = cli("predict " + model + "'" + file("one.csv") + "'");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("one.csv:1: the model needs 2 input columns; the file has 1"), std::string::npos)
      << r.err;
  std::ofstream(file("short.csv")) << "x1,x2\n1,2\n3\n";
  r = cli("predict " + model + "'" + file("short.csv") + "'");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("short.csv:3:2: this row has no value in the column"), std::string::npos) << r.err;
  std::ofstream(file("hole.csv")) << "x1,x2\n,2\n";
  r = cli("predict " + model + "'" + file("hole.csv") + "'");
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("hole.csv:2:1: \"\" is not a number"), std::string::npos) << r.err;
}

TEST_F(Cli, PredictTakesColumnsByNameAndAddsLabels) {
  // points.csv has the columns in the order x2, x1: they are matched by name.
  const CliRun r = cli("predict '" + kFixtures + "model-xor.json' '" + kFixtures + "points.csv'");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto rows = csv(r.out);
  ASSERT_EQ(rows.size(), 5u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"x1", "x2", "out0", "label"}));
  // rows of points.csv (x2, x1): (0,0) (1,0) (0,1) (1,1)
  const std::vector<std::vector<std::string>> expected = {
      {"0", "0", "0"}, {"0", "1", "1"}, {"1", "0", "1"}, {"1", "1", "0"}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    ASSERT_EQ(rows[i + 1].size(), 4u);
    EXPECT_EQ(rows[i + 1][0], expected[i][0]);
    EXPECT_EQ(rows[i + 1][1], expected[i][1]);
    EXPECT_EQ(rows[i + 1][3], expected[i][2]);
  }
  // sigmoid(5) for the first positive row
  EXPECT_NEAR(std::stod(rows[2][2]), 1.0 / (1.0 + std::exp(-5.0)), 1e-12);
  // --out writes the same text.
  ASSERT_EQ(cli("predict '" + kFixtures + "model-xor.json' '" + kFixtures + "points.csv' --out '" +
                file("p.csv") + "'")
                .code,
            0);
  EXPECT_EQ(slurp(file("p.csv")), r.out);
}

TEST_F(Cli, ExportWritesEveryFormat) {
  for (const char* format : {"onnx", "numpy", "pytorch", "keras", "cpp"}) {
    const std::string out = file(std::string("model.") + format);
    const CliRun r =
        cli("export '" + kFixtures + "model-xor.json' --format " + format + " --out '" + out + "'");
    ASSERT_EQ(r.code, 0) << format << ": " << r.err;
    ASSERT_TRUE(fs::exists(out)) << format;
    EXPECT_GT(fs::file_size(out), 200u) << format;
  }
  const Result<std::string> onnx = AtomicFile::read(file("model.onnx"));
  ASSERT_TRUE(onnx.ok());
  const auto check = OnnxExporter::check(onnx.value);
  EXPECT_TRUE(check.ok()) << check.error.detail;
  EXPECT_NE(slurp(file("model.cpp")).find("inline void predict(const float* x, float* out)"),
            std::string::npos);
}

TEST_F(Cli, DatasetWritesTheGeneratorsCsv) {
  CliRun r =
      cli("dataset gaussian-quantiles --samples 50 --seed 4 --param cov=0.1 --out '" + file("g.csv") + "'");
  ASSERT_EQ(r.code, 0) << r.err;
  const auto rows = csv(slurp(file("g.csv")));
  ASSERT_EQ(rows.size(), 51u);
  EXPECT_EQ(rows[0], (std::vector<std::string>{"x1", "x2", "label"}));
  // The same seed gives the same file.
  ASSERT_EQ(
      cli("dataset gaussian-quantiles --samples 50 --seed 4 --param cov=0.1 --out '" + file("h.csv") + "'")
          .code,
      0);
  EXPECT_EQ(slurp(file("g.csv")), slurp(file("h.csv")));
  r = cli("dataset blobs --classes 50 --out '" + file("c.csv") + "'");
  EXPECT_EQ(r.code, 1);
}

TEST_F(Cli, TrainTutorialReaches95PercentTrainingAccuracy) {
  // The tutorial project (1000 gaussian-quantiles points, [2,4,8,1], MSE, full-batch SGD lr 0.5)
  // with fewer epochs than its 50,000 so that the test takes seconds.
  const CliRun r = cli("train '" + kExamples + "tutorial.neurona' --epochs 5000 --out '" +
                       file("tutorial.json") + "' --history '" + file("history.csv") + "'");
  ASSERT_EQ(r.code, 0) << r.err;
  // Not a terminal: one progress line per 10%.
  int progressLines = 0;
  for (std::size_t at = r.err.find("% epoch "); at != std::string::npos; at = r.err.find("% epoch ", at + 1))
    ++progressLines;
  EXPECT_EQ(progressLines, 10) << r.err;
  EXPECT_NE(r.err.find("completed after 5000 epochs"), std::string::npos) << r.err;
  const auto history = csv(slurp(file("history.csv")));
  ASSERT_EQ(history.size(), 5001u);
  EXPECT_EQ(history[0][0], "epoch");
  EXPECT_EQ(history[0][1], "loss");
  // The same data through `dataset` and `predict`: accuracy on the training set.
  ASSERT_EQ(
      cli("dataset gaussian-quantiles --samples 1000 --seed 0 --noise 0 --classes 2 --param cov=0.1 --out '" +
          file("data.csv") + "'")
          .code,
      0);
  const CliRun p = cli("predict '" + file("tutorial.json") + "' '" + file("data.csv") + "'");
  ASSERT_EQ(p.code, 0) << p.err;
  const auto truth = csv(slurp(file("data.csv")));
  const auto predicted = csv(p.out);
  ASSERT_EQ(truth.size(), 1001u);
  ASSERT_EQ(predicted.size(), 1001u);
  int correct = 0;
  for (std::size_t i = 1; i < truth.size(); ++i) correct += truth[i][2] == predicted[i][3] ? 1 : 0;
  const double accuracy = correct / 1000.0;
  RecordProperty("tutorial_training_accuracy", std::to_string(accuracy));
  EXPECT_GE(accuracy, 0.95);
}

TEST_F(Cli, DivergedTrainingExitsWith3AndStillWritesTheModel) {
  // Plain SGD with an absurd learning rate on a regression: the loss overflows within a few epochs.
  std::ofstream(file("diverge.neurona")) << R"({"format": "neurona-project", "version": 1,
    "dataset": {"generator": "plane", "samples": 200, "seed": 1},
    "split": {"validation": 0.0},
    "network": {"layers": [{"type": "dense", "units": 8, "activation": "relu"},
                           {"type": "dense", "units": 1, "activation": "linear"}]},
    "training": {"loss": "mse", "optimizer": {"name": "sgd", "learning_rate": 1e6}, "epochs": 200, "batch_size": 0}})";
  const CliRun r = cli("train '" + file("diverge.neurona") + "' --out '" + file("d.json") + "' --quiet");
  EXPECT_EQ(r.code, 3) << r.err;
  EXPECT_NE(r.err.find("diverged"), std::string::npos) << r.err;
  const Result<Model> m = ModelFile::read(file("d.json"));
  ASSERT_TRUE(m.ok()) << toString(m.error.code) << " " << m.error.jsonPath; // every weight is a finite number
}

TEST_F(Cli, TrainingContinuesFromTheProjectsModel) {
  const std::string xor_ = kExamples + "xor.neurona";
  ASSERT_EQ(cli("train '" + xor_ + "' --epochs 200 --quiet --out '" + file("m.json") + "'").code, 0);
  Result<Project> p = ProjectFile::read(xor_);
  ASSERT_TRUE(p.ok());
  p.value.model = ModelFile::read(file("m.json")).value;
  ASSERT_TRUE(ProjectFile::write(file("xor.neurona"), p.value).ok());
  // One more epoch from the trained weights starts far below a fresh run's first epoch.
  const CliRun fresh =
      cli("train '" + xor_ + "' --epochs 1 --out '" + file("a.json") + "' --history '" + file("a.csv") + "'");
  const CliRun more = cli("train '" + file("xor.neurona") + "' --epochs 1 --out '" + file("b.json") +
                          "' --history '" + file("b.csv") + "'");
  ASSERT_EQ(fresh.code, 0) << fresh.err;
  ASSERT_EQ(more.code, 0) << more.err;
  EXPECT_NE(more.err.find("continuing from the model"), std::string::npos) << more.err;
  const double freshLoss = std::stod(csv(slurp(file("a.csv")))[1][1]);
  const double moreLoss = std::stod(csv(slurp(file("b.csv")))[1][1]);
  EXPECT_LT(moreLoss, 0.5 * freshLoss);
}
