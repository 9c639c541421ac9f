// neurona-cli step PROJECT --sample K [--json]: one explained SGD step. The JSON is checked against an
// independent NumPy computation (tests/fixtures/step/step_numpy.py) from the project's model, for a
// sigmoid/bce network (with dropout and batchnorm) and a 3-class softmax/cce one; skipped, saying why,
// where /usr/bin/python3 has no NumPy.
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectFile.h"
#include "support/CliDirTest.h"

#include <nlohmann/json.hpp>

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

using namespace neurona;
namespace fs = std::filesystem;

// A namespace of its own: the test files are compiled in unity batches, whose anonymous namespaces merge.
namespace clistep {
namespace {

const std::string kExamples = NEURONA_SOURCE_DIR "/resources/examples/";
const std::string kScript = NEURONA_FIXTURES_DIR "/step/step_numpy.py";

using clitest::shell;

bool haveNumpy() {
  static const bool found = shell("/usr/bin/python3 -c 'import numpy' > /dev/null 2>&1") == 0;
  return found;
}

LayerSpec dense(int units, ActivationKind activation) {
  LayerSpec l;
  l.units = units;
  l.activation = activation;
  return l;
}

class CliStep : public clitest::CliDirTest {
protected:
  // `project` written as NAME.neurona, trained `epochs` epochs by neurona-cli train, and written again as
  // NAME.trained.neurona with that model in it (as the app saves a trained project).
  std::string trained(const Project& project, const std::string& name, int epochs) {
    const std::string path = file(name + ".neurona");
    EXPECT_TRUE(ProjectFile::write(path, project).ok());
    const clitest::CliRun t = cli("train " + q(path) + " --quiet --epochs " + std::to_string(epochs) +
                                  " --out " + q(file(name + ".model.json")));
    EXPECT_EQ(t.code, 0) << t.err;
    Result<Model> model = ModelFile::read(file(name + ".model.json"));
    EXPECT_TRUE(model.ok());
    Project withModel = project;
    withModel.model = model.value;
    const std::string out = file(name + ".trained.neurona");
    EXPECT_TRUE(ProjectFile::write(out, withModel).ok());
    return out;
  }

  // step --json on `project`, then the NumPy check of it; returns the step's JSON.
  nlohmann::json stepAndCompare(const std::string& project, int sample) {
    const clitest::CliRun s = cli("step " + q(project) + " --sample " + std::to_string(sample) + " --json");
    EXPECT_EQ(s.code, 0) << s.err;
    EXPECT_TRUE(s.err.empty()) << s.err;
    const nlohmann::json doc = nlohmann::json::parse(s.out, nullptr, false);
    EXPECT_FALSE(doc.is_discarded()) << s.out;
    std::ofstream(file("step.json")) << s.out;
    const std::string log = file("numpy.log");
    const int code = shell("/usr/bin/python3 " + q(kScript) + " " + q(project) + " " + q(file("step.json")) +
                           " > " + q(log) + " 2>&1");
    EXPECT_EQ(code, 0) << clitest::slurp(log);
    std::cout << "[ numpy    ] " << clitest::slurp(log);
    return doc;
  }
};

Project binaryProject() {
  Project p = defaultProject();
  p.dataset.generator = "xor";
  p.dataset.samples = 120;
  p.dataset.noise = 0.05;
  p.dataset.seed = 2;
  p.preprocessing = PreprocessingKind::Standardize;
  p.network = {};
  p.network.append(dense(5, ActivationKind::Tanh));
  LayerSpec drop;
  drop.type = LayerType::Dropout;
  drop.rate = 0.2;
  p.network.append(drop);
  LayerSpec bn;
  bn.type = LayerType::BatchNorm;
  p.network.append(bn);
  p.network.append(dense(3, ActivationKind::Relu));
  p.network.append(dense(1, ActivationKind::Sigmoid));
  p.training.loss = LossKind::Bce;
  p.training.optimizer = *OptimizerConfig::defaults("adam");
  p.training.optimizer.learningRate = 0.05;
  p.training.batchSize = 16;
  p.training.seed = 5;
  return p;
}

TEST_F(CliStep, SigmoidBceStepAgreesWithNumpy) {
  if (!haveNumpy()) GTEST_SKIP() << "/usr/bin/python3 cannot import numpy (install python3-numpy)";
  const std::string project = trained(binaryProject(), "binary", 20);
  const nlohmann::json doc = stepAndCompare(project, 3);
  EXPECT_EQ(doc["sample"], 3);
  ASSERT_EQ(doc["layers"].size(), 5u);
  EXPECT_EQ(doc["layers"][1]["type"], "dropout");
  EXPECT_EQ(doc["layers"][2]["type"], "batchnorm");
  EXPECT_EQ(doc["layers"][0]["grad_weights"].size(), 2u);    // one row per input
  EXPECT_EQ(doc["layers"][0]["grad_weights"][0].size(), 5u); // one column per unit
  // sample 0 and the last one too
  stepAndCompare(project, 0);
}

TEST_F(CliStep, SoftmaxCceStepAgreesWithNumpy) {
  if (!haveNumpy()) GTEST_SKIP() << "/usr/bin/python3 cannot import numpy (install python3-numpy)";
  Result<Project> example = ProjectFile::read(kExamples + "three-classes-softmax.neurona");
  ASSERT_TRUE(example.ok());
  const std::string project = trained(example.value, "softmax", 3);
  const nlohmann::json doc = stepAndCompare(project, 7);
  ASSERT_EQ(doc["target"].size(), 3u); // one-hot
  EXPECT_DOUBLE_EQ(
      doc["target"][0].get<double>() + doc["target"][1].get<double>() + doc["target"][2].get<double>(), 1.0);
}

TEST_F(CliStep, TextOutputNamesEveryLayer) {
  const std::string path = file("binary.neurona");
  ASSERT_TRUE(ProjectFile::write(path, binaryProject()).ok());
  const clitest::CliRun s = cli("step " + q(path) + " --sample 2");
  ASSERT_EQ(s.code, 0) << s.err;
  for (const char* text :
       {"training sample 2", "initial weights", "L1 dense 5 tanh (2 -> 5)", "L2 dropout", "L3 batchnorm",
        "L5 dense 1 sigmoid", "delta = dL/dz", "W after", "adam's first step"})
    EXPECT_NE(s.out.find(text), std::string::npos) << text << "\n" << s.out;
}

TEST_F(CliStep, SampleOutOfRangeIsABadFileWithASentence) {
  const std::string path = file("binary.neurona");
  ASSERT_TRUE(ProjectFile::write(path, binaryProject()).ok());
  // 120 points, 20% for validation: 96 training samples, 0 to 95
  const clitest::CliRun ok = cli("step " + q(path) + " --sample 95 --json");
  EXPECT_EQ(ok.code, 0) << ok.err;
  const clitest::CliRun s = cli("step " + q(path) + " --sample 96 --json");
  EXPECT_EQ(s.code, 2);
  EXPECT_TRUE(s.out.empty());
  EXPECT_EQ(s.err,
            path +
                ": there is no training sample 96: the project has 96 training samples (numbered 0 to 95)\n");
}

TEST_F(CliStep, UsageErrors) {
  const std::string path = file("binary.neurona");
  ASSERT_TRUE(ProjectFile::write(path, binaryProject()).ok());
  for (const std::string& args :
       {"step " + q(path), "step " + q(path) + " --sample -1", "step " + q(path) + " --sample x",
        std::string("step --sample 1"), "step " + q(path) + " --sample 1 --out x.json",
        "info " + q(path) + " --json", "step " + q(path) + " --sample 1 --json=yes"}) {
    const clitest::CliRun s = cli(args);
    EXPECT_EQ(s.code, 1) << args;
    EXPECT_TRUE(s.contains("Usage: neurona-cli")) << args << "\n" << s.err;
  }
  EXPECT_TRUE(cli("step " + q(path)).contains("neurona-cli step: missing --sample K"));
}

TEST_F(CliStep, BadProjectIsABadFile) {
  const clitest::CliRun missing = cli("step " + q(file("nothing.neurona")) + " --sample 0");
  EXPECT_EQ(missing.code, 2);
  // a network that does not fit its loss: refused as train refuses it
  Project p = binaryProject();
  p.network.layers.back().activation = ActivationKind::Relu;
  ASSERT_TRUE(ProjectFile::write(file("bad.neurona"), p).ok());
  const clitest::CliRun bad = cli("step " + q(file("bad.neurona")) + " --sample 0");
  EXPECT_EQ(bad.code, 2);
  EXPECT_FALSE(bad.err.empty());
}

} // namespace
} // namespace clistep
