// neurona-cli with a project that holds a trained model: export takes it as it takes a model file, and
// train continues its epoch numbering.
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectFile.h"
#include "support/CliRunner.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace neurona;
namespace fs = std::filesystem;

namespace {

const std::string kTrainedExamples = NEURONA_SOURCE_DIR "/resources/examples/";

using clitest::CliRun;

using clitest::slurp;

class CliTrainedProject : public ::testing::Test {
protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    m_dir = fs::temp_directory_path() /
            (std::string("neurona_cli_trained_") + info->name() + "_" + std::to_string(::getpid()));
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }

  std::string file(const std::string& name) const { return (m_dir / name).string(); }
  CliRun cli(const std::string& args) const { return clitest::runCli(args, m_dir); }

  // The rows of a CSV the CLI wrote (no quoting there), cells split at commas.
  static std::vector<std::vector<std::string>> csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows;
    std::stringstream in(text);
    for (std::string line; std::getline(in, line);) {
      std::vector<std::string> cells;
      std::stringstream ls(line);
      for (std::string cell; std::getline(ls, cell, ',');) cells.push_back(cell);
      rows.push_back(cells);
    }
    return rows;
  }

  // xor.neurona trained for `epochs` epochs by neurona-cli, saved as the app saves it: the model the run
  // wrote (MODEL) and one history record per epoch from its --history CSV, in `project`.
  void trainProject(int epochs, const std::string& model, const std::string& project) const {
    const CliRun r = cli("train " + clitest::quoted(kTrainedExamples + "xor.neurona") + " --quiet --epochs " +
                         std::to_string(epochs) + " --out " + clitest::quoted(file(model)) + " --history " +
                         clitest::quoted(file("first.csv")));
    ASSERT_EQ(r.code, 0) << r.err;
    Result<Project> p = ProjectFile::read(kTrainedExamples + "xor.neurona");
    ASSERT_TRUE(p.ok());
    const Result<Model> m = ModelFile::read(file(model));
    ASSERT_TRUE(m.ok());
    p.value.model = m.value;
    const auto rows = csv(slurp(file("first.csv")));
    ASSERT_EQ(rows.size(), static_cast<std::size_t>(epochs) + 1);
    for (std::size_t i = 1; i < rows.size(); ++i) {
      EpochRecord rec;
      rec.epoch = std::stoi(rows[i][0]);
      rec.loss = std::stod(rows[i][1]);
      p.value.history.push_back(rec);
    }
    ASSERT_TRUE(ProjectFile::write(file(project), p.value).ok());
  }

  fs::path m_dir;
};

} // namespace

TEST_F(CliTrainedProject, ExportOfATrainedProjectIsTheExportOfItsModel) {
  trainProject(5, "m.json", "trained.neurona");
  // The same project named .json, and the model named .neurona: the content tells which is which.
  fs::copy_file(file("trained.neurona"), file("trained-project.json"));
  fs::copy_file(file("m.json"), file("model.neurona"));
  for (const char* format : {"onnx", "numpy", "pytorch", "keras", "cpp"}) {
    const std::string f = format;
    const CliRun fromModel = cli("export " + clitest::quoted(file("m.json")) + " --format " + f + " --out " +
                                 clitest::quoted(file("model." + f)));
    ASSERT_EQ(fromModel.code, 0) << f << ": " << fromModel.err;
    for (const char* input : {"trained.neurona", "trained-project.json", "model.neurona"}) {
      const std::string out = file(std::string(input) + "." + f);
      const CliRun r =
          cli("export " + clitest::quoted(file(input)) + " --format " + f + " --out " + clitest::quoted(out));
      ASSERT_EQ(r.code, 0) << input << " " << f << ": " << r.err;
      EXPECT_EQ(slurp(out), slurp(file("model." + f))) << input << " " << f;
    }
  }
}

TEST_F(CliTrainedProject, ExportOfAnUntrainedProjectSaysToTrainItFirst) {
  fs::copy_file(kTrainedExamples + "xor.neurona", file("p.neurona"));
  const CliRun r = cli("export " + clitest::quoted(file("p.neurona")) + " --format onnx --out " +
                       clitest::quoted(file("p.onnx")));
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find(file("p.neurona") +
                       ": the project holds no trained model yet; train it first with: "
                       "neurona-cli train " +
                       file("p.neurona")),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(file("p.onnx")));
  // A broken project is refused as a project, by its JSON path.
  std::ofstream(file("broken.neurona"))
      << R"({"format": "neurona-project", "version": 1, "training": {"epochs": "x"}})";
  const CliRun b = cli("export " + clitest::quoted(file("broken.neurona")) + " --format onnx --out " +
                       clitest::quoted(file("b.onnx")));
  EXPECT_EQ(b.code, 2);
  EXPECT_NE(b.err.find("broken.neurona: dataset is missing"), std::string::npos) << b.err;
}

TEST_F(CliTrainedProject, ContinuedTrainingNumbersItsEpochsFromTheSavedOne) {
  trainProject(3, "m.json", "trained.neurona");
  const CliRun r = cli("train " + clitest::quoted(file("trained.neurona")) + " --epochs 4 --out " +
                       clitest::quoted(file("m2.json")) + " --history " + clitest::quoted(file("more.csv")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("continuing from the model stored in the project (epoch 3)"), std::string::npos)
      << r.err;
  const auto rows = csv(slurp(file("more.csv")));
  ASSERT_EQ(rows.size(), 5u);
  // The same columns as a fresh run's history.
  EXPECT_EQ(rows[0], csv(slurp(file("first.csv")))[0]);
  for (int i = 1; i <= 4; ++i) EXPECT_EQ(rows[static_cast<std::size_t>(i)][0], std::to_string(3 + i));
  // The progress lines count from the saved epoch too: the last is epoch 7 of 7.
  EXPECT_NE(r.err.find("100% epoch 7/7"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.find("epoch 1/"), std::string::npos) << r.err;
}
