// neurona-cli export --format numpy-train: the from-scratch NumPy code it writes trains as neurona-cli
// train does. The comparisons run the code with a Python that has NumPy (Debian's python3-numpy is in
// /usr/bin/python3); where none has it they are skipped with the reason printed.
#include "neurona/core/io/ProjectFile.h"
#include "support/CliDirTest.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace neurona;
namespace fs = std::filesystem;

// Named, not anonymous: in a unity batch with CliPytorchTrainTest.cpp its helpers of the same names would
// collide.
namespace numpy_train_test {

const std::string kExamples = NEURONA_SOURCE_DIR "/resources/examples/";

using clitest::csvTable;
using clitest::shell;
using clitest::Table;

const std::string& numpyPython() { return clitest::pythonWith("numpy"); }

// The column `name` of a table, by its header.
std::vector<double> column(const Table& t, const std::string& name) {
  std::vector<double> values;
  if (t.empty()) return values;
  const auto at = std::find(t[0].begin(), t[0].end(), name);
  if (at == t[0].end()) return values;
  const auto c = static_cast<std::size_t>(at - t[0].begin());
  for (std::size_t r = 1; r < t.size(); ++r) values.push_back(c < t[r].size() ? std::stod(t[r][c]) : NAN);
  return values;
}

// The largest relative difference of column `name` between the script's table and neurona-cli's, whose
// epochs must be the same (checked).
double worstRelative(const Table& script, const Table& cli, const std::string& name) {
  EXPECT_EQ(column(script, "epoch"), column(cli, "epoch"));
  const std::vector<double> a = column(script, name), b = column(cli, name);
  EXPECT_EQ(a.size(), b.size()) << name;
  EXPECT_FALSE(a.empty()) << name;
  double worst = 0;
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    const double d = std::abs(a[i] - b[i]) / std::max(std::abs(b[i]), 1e-12);
    worst = std::isnan(d) ? INFINITY : std::max(worst, d);
  }
  return worst;
}

class NumpyTrain : public clitest::CliDirTest {
protected:
  // Skips the test, saying why, without an interpreter that has numpy (or in a sanitizer build, whose
  // time goes to the instrumented code: the script is plain Python).
  bool needNumpy() {
#ifdef NEURONA_SANITIZED_BUILD
    std::cout << "[  SKIPPED ] the NumPy comparisons run in the normal build only\n";
    return false;
#else
    if (!numpyPython().empty()) return true;
    std::cout << "[  SKIPPED ] no python3 here can import numpy (install python3-numpy)\n";
    return false;
#endif
  }

  // An example project with `change` applied, saved as NAME.neurona in the test's folder.
  std::string variant(const std::string& example, const std::string& name,
                      const std::function<void(Project&)>& change) const {
    Result<Project> p = ProjectFile::read(kExamples + example + ".neurona");
    EXPECT_TRUE(p.ok());
    change(p.value);
    const std::string path = file(name + ".neurona");
    EXPECT_TRUE(ProjectFile::write(path, p.value).ok());
    return path;
  }

  // neurona-cli export PROJECT --format numpy-train --out NAME.py, then neurona-cli train and the script
  // for `epochs` epochs each, with their histories in NAME.neurona.csv and NAME.numpy.csv.
  void trainBoth(const std::string& project, const std::string& name, int epochs) {
    const clitest::CliRun e =
        cli("export " + q(project) + " --format numpy-train --out " + q(file(name + ".py")));
    ASSERT_EQ(e.code, 0) << e.err;
    const clitest::CliRun t =
        cli("train " + q(project) + " --quiet --epochs " + std::to_string(epochs) + " --out " +
            q(file(name + ".json")) + " --history " + q(file(name + ".neurona.csv")));
    ASSERT_EQ(t.code, 0) << t.err;
    const int code =
        shell("cd " + q(m_dir.string()) + " && OMP_NUM_THREADS=1 timeout 60 " + numpyPython() + " " +
              q(file(name + ".py")) + " --epochs " + std::to_string(epochs) + " --history " +
              q(file(name + ".numpy.csv")) + " > " + q(file("script.out")) + " 2>&1");
    ASSERT_EQ(code, 0) << clitest::slurp(file("script.out"));
  }
  Table table(const std::string& name) const { return csvTable(clitest::slurp(file(name))); }
};

void fullBatch(Project& p, const std::string& optimizer, double learningRate) {
  p.training.optimizer = *OptimizerConfig::defaults(optimizer);
  p.training.optimizer.learningRate = learningRate;
  p.training.batchSize = 0; // all rows
  p.training.schedule = {};
}

TEST_F(NumpyTrain, FullBatchSgdLossesMatchNeuronaCliTrainFor100Epochs) {
  if (!needNumpy()) GTEST_SKIP() << "no NumPy";
  // Measured: tutorial 4e-7, three-classes-softmax 9e-7 (loss) and 4e-7 (val_loss).
  const std::vector<std::pair<std::string, double>> cases = {{"tutorial", 0.5},
                                                             {"three-classes-softmax", 0.1}};
  for (const auto& [example, lr] : cases) {
    SCOPED_TRACE(example);
    const std::string project = variant(example, example, [&](Project& p) { fullBatch(p, "sgd", lr); });
    trainBoth(project, example, 100);
    const Table script = table(example + ".numpy.csv"), neurona = table(example + ".neurona.csv");
    ASSERT_EQ(script.size(), 101u);
    const double loss = worstRelative(script, neurona, "loss");
    std::cout << example << ": 100 epochs of full-batch SGD, largest relative loss difference " << loss
              << "\n";
    EXPECT_LE(loss, 1e-4);
    if (!column(neurona, "val_loss").empty()) {
      EXPECT_LE(worstRelative(script, neurona, "val_loss"), 1e-4);
    }
  }
}

TEST_F(NumpyTrain, FullBatchAdamLossesMatchNeuronaCliTrain) {
  if (!needNumpy()) GTEST_SKIP() << "no NumPy";
  // Adam divides by sqrt(v) + eps, which magnifies rounding in the first steps where v is tiny: measured
  // 2e-5 for the softmax project, 8e-6 for the tutorial. The same 1e-4 bound holds.
  for (const std::string example : {"three-classes-softmax", "tutorial"}) {
    SCOPED_TRACE(example);
    const std::string project = variant(example, example, [](Project& p) { fullBatch(p, "adam", 0.01); });
    trainBoth(project, example, 100);
    const double loss = worstRelative(table(example + ".numpy.csv"), table(example + ".neurona.csv"), "loss");
    std::cout << example << ": 100 epochs of full-batch Adam, largest relative loss difference " << loss
              << "\n";
    EXPECT_LE(loss, 1e-4);
  }
}

TEST_F(NumpyTrain, ShuffledMiniBatchesDropoutAndBatchNormMatch) {
  if (!needNumpy()) GTEST_SKIP() << "no NumPy";
  // spiral-deep as bundled: shuffled batches of 32, batch normalisation, dropout (the masks drawn from
  // the script's std::mt19937_64), Adam. Its first epochs agree as closely as the full-batch runs.
  trainBoth(kExamples + "spiral-deep.neurona", "spiral", 10);
  const Table script = table("spiral.numpy.csv"), neurona = table("spiral.neurona.csv");
  EXPECT_LE(worstRelative(script, neurona, "loss"), 1e-4);
  EXPECT_LE(worstRelative(script, neurona, "val_loss"), 1e-4);
}

TEST_F(NumpyTrain, AModelFileAndTooManyRowsAreRefusedWithTheReason) {
  ASSERT_EQ(
      cli("train " + q(kExamples + "xor.neurona") + " --quiet --epochs 1 --out " + q(file("m.json"))).code,
      0);
  clitest::CliRun r = cli("export " + q(file("m.json")) + " --format numpy-train --out " + q(file("t.py")));
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("numpy-train exports a project's training run; give the project"), std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(file("t.py")));

  const std::string big = variant("xor", "big", [](Project& p) { p.dataset.samples = 8000; });
  r = cli("export " + q(big) + " --format numpy-train --out " + q(file("t.py")));
  EXPECT_EQ(r.code, 2);
  EXPECT_NE(r.err.find("has 8000 training and validation rows, more than the 5000 that numpy-train embeds"),
            std::string::npos)
      << r.err;
  EXPECT_FALSE(fs::exists(file("t.py")));
}

} // namespace numpy_train_test
