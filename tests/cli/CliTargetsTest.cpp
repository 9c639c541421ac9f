// neurona-cli with several regression targets: train prints each target's metrics after the means, predict
// writes one column per output, info names the label columns; one target prints as it always did.
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectFile.h"
#include "support/CliDirTest.h"

#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>

using namespace neurona;

namespace {

class CliTargets : public clitest::CliDirTest {
protected:
  // d.csv: inputs a, b on a lattice and the targets sum = a + b, diff = a − b; project.neurona trains a
  // 2 → 8 → OUTPUTS network on it.
  void writeProject(int outputs, const std::vector<std::string>& labelColumns, bool targetsInputs = false) {
    std::ofstream csv(m_dir / "d.csv");
    csv << "a,b,sum,diff\n";
    for (int i = 0; i < 60; ++i) {
      const double a = (i % 10) / 5.0 - 1.0, b = (i / 10) / 3.0 - 1.0;
      csv << a << "," << b << "," << a + b << "," << a - b << "\n";
    }
    csv.close();
    Project p = defaultProject();
    p.dataset = {};
    p.dataset.kind = DatasetSourceKind::Csv;
    p.dataset.csvPath = "d.csv";
    if (labelColumns.size() == 1)
      p.dataset.labelColumn = labelColumns.front();
    else
      p.dataset.labelColumns = labelColumns;
    p.dataset.targetsInputs = targetsInputs;
    p.network = NetworkSpec::denseStack({8}, outputs, ActivationKind::Tanh, ActivationKind::Linear);
    p.training.loss = LossKind::Mse;
    p.training.optimizer = *OptimizerConfig::defaults("adam");
    p.training.optimizer.learningRate = 0.02;
    p.training.epochs = 40;
    p.training.batchSize = 16;
    ASSERT_TRUE(ProjectFile::write(file("project.neurona"), p).ok());
  }
};

// "…, training RMSE X, R2 Y" and the rest of the summary line.
const std::regex kSummary(
    R"(completed after 40 epochs, loss [-+.0-9e]+, training RMSE ([-+.0-9e]+), R2 ([-+.0-9e]+)( \(means over 2 targets\))?\n)");

} // namespace

TEST_F(CliTargets, TrainPrintsEachTargetsMetricsAndTheirMeans) {
  writeProject(2, {"sum", "diff"});
  const clitest::CliRun r = cli("train " + q(file("project.neurona")));
  ASSERT_EQ(r.code, 0) << r.err;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r.err, m, kSummary)) << r.err;
  EXPECT_TRUE(m[3].matched) << r.err;
  const double rmse = std::stod(m[1]), r2 = std::stod(m[2]);
  // One line per target, in the order of label_column, after the summary.
  const std::regex line(R"(\n  target (\w+): RMSE ([-+.0-9e]+), MAE ([-+.0-9e]+), R2 ([-+.0-9e]+))");
  std::vector<std::string> names;
  double rmseSum = 0.0, r2Sum = 0.0;
  for (auto it = std::sregex_iterator(r.err.begin(), r.err.end(), line); it != std::sregex_iterator(); ++it) {
    names.push_back((*it)[1]);
    rmseSum += std::stod((*it)[2]);
    r2Sum += std::stod((*it)[4]);
    EXPECT_GT(std::stod((*it)[4]), 0.8) << r.err; // both targets are learnt
  }
  EXPECT_EQ(names, (std::vector<std::string>{"sum", "diff"})) << r.err;
  EXPECT_NEAR(rmseSum / 2, rmse, 1e-3 * std::max(1.0, rmse)) << r.err;
  EXPECT_NEAR(r2Sum / 2, r2, 1e-3) << r.err;
  EXPECT_NE(r.err.find("(means over 2 targets)\n  target sum: "), std::string::npos) << r.err;

  // The model predicts both: one column per output.
  std::ofstream(m_dir / "in.csv") << "a,b\n0.5,-0.5\n";
  const clitest::CliRun p = cli("predict " + q(file("project.model.json")) + " " + q(file("in.csv")));
  ASSERT_EQ(p.code, 0) << p.err;
  EXPECT_EQ(p.out.substr(0, p.out.find('\n')), "a,b,out0,out1");
  const Result<Model> model = ModelFile::read(file("project.model.json"));
  ASSERT_TRUE(model.ok());
  EXPECT_EQ(model.value.task, TaskKind::Regression);
}

TEST_F(CliTargets, OneTargetPrintsTheSummaryLineAlone) {
  writeProject(1, {"sum"});
  const clitest::CliRun r = cli("train " + q(file("project.neurona")));
  ASSERT_EQ(r.code, 0) << r.err;
  std::smatch m;
  ASSERT_TRUE(std::regex_search(r.err, m, kSummary)) << r.err;
  EXPECT_FALSE(m[3].matched);
  EXPECT_EQ(r.err.find("target"), std::string::npos) << r.err;
  EXPECT_EQ(r.err.substr(r.err.size() - m[0].length()), m[0].str()); // the last line
}

TEST_F(CliTargets, AnOutputThatIsNotOneUnitPerTargetIsRefused) {
  writeProject(1, {"sum", "diff"});
  const clitest::CliRun r = cli("train " + q(file("project.neurona")));
  EXPECT_EQ(r.code, 2) << r.err;
  EXPECT_TRUE(r.contains("network.layers[1]: the output layer has 1 units, the task needs 2")) << r.err;
}

TEST_F(CliTargets, TargetsThatAreTheInputsTrainAnAutoencoder) {
  writeProject(2, {"sum", "diff"}, true); // the label columns are left out: a and b are the inputs
  const clitest::CliRun info = cli("info " + q(file("project.neurona")));
  ASSERT_EQ(info.code, 0) << info.err;
  EXPECT_NE(info.out.find("Dataset: CSV d.csv (label columns sum diff), targets: the inputs\n"),
            std::string::npos)
      << info.out;
  const clitest::CliRun r = cli("train " + q(file("project.neurona")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.err.find("\n  target a: RMSE "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("\n  target b: RMSE "), std::string::npos) << r.err;
}
