// The bad inputs of the README's reliability table, given to the built neurona-cli: each one ends with
// exit code 2 (or 0 where the input is only unusual) and a sentence that names the file and the problem,
// never a crash or a hang.
#include "neurona/core/graph/Validation.h"
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ModelFile.h"
#include "support/CliRunner.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

using namespace neurona;
namespace fs = std::filesystem;

namespace {

const std::string kModel = NEURONA_FIXTURES_DIR "/io/model-xor.json";

using clitest::CliRun;
using clitest::quoted;
using clitest::slurp;

// A project on `dataset` (a JSON object) with one hidden layer, a sigmoid output and `extra` keys.
std::string project(const std::string& dataset, const std::string& extra = {},
                    const std::string& hidden = R"({"type": "dense", "units": 4, "activation": "relu"})") {
  return R"({"format": "neurona-project", "version": 1, "dataset": )" + dataset +
         R"(, "network": {"layers": [)" + hidden +
         R"(, {"type": "dense", "units": 1, "activation": "sigmoid"}]})" + extra + "}";
}

class CliBadInput : public ::testing::Test {
protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() /
            (std::string("neurona_cli_bad_") + ::testing::UnitTest::GetInstance()->current_test_info()->name() + "_" +
             std::to_string(::getpid()));
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(m_dir, ec);
  }

  fs::path file(const std::string& name) const { return m_dir / name; }
  fs::path write(const std::string& name, const std::string& text) const {
    const fs::path p = file(name);
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << text;
    return p;
  }

  // Runs neurona-cli with `args`; `prefix` goes before it in the shell (e.g. a ulimit).
  CliRun cli(const std::string& args, const std::string& prefix = {}) const {
    return clitest::runCli(args, m_dir, prefix);
  }

  fs::path m_dir;
};

} // namespace

TEST_F(CliBadInput, EmptyFilesAreRefusedByName) {
  const fs::path csv = write("empty.csv", "");
  CliRun r = cli("predict '" + kModel + "' " + quoted(csv));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("empty.csv: the file is empty")) << r.err;
  write("p.neurona", project(R"({"csv": "empty.csv"})"));
  r = cli("train " + quoted(file("p.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("empty.csv: the file is empty")) << r.err;
  r = cli("info " + quoted(write("empty.json", "")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("empty.json:1:1: not valid JSON")) << r.err;
  r = cli("train " + quoted(write("empty.neurona", "")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("empty.neurona:1:1: not valid JSON")) << r.err;
}

TEST_F(CliBadInput, BinaryGarbageIsRefusedWithoutEchoingIt) {
  std::mt19937 rng(2024);
  std::string garbage(4096, '\0');
  for (char& c : garbage) c = static_cast<char>(rng() & 0xFF);
  write("garbage.csv", garbage);
  CliRun r = cli("predict '" + kModel + "' " + quoted(file("garbage.csv")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("garbage.csv:1: this is not a text file (binary data at byte")) << r.err;
  EXPECT_LT(r.err.size(), 200u) << "the garbage must not be printed";
  write("p.neurona", project(R"({"csv": "garbage.csv"})"));
  r = cli("train " + quoted(file("p.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("this is not a text file")) << r.err;
  for (const char* name : {"garbage.json", "garbage.neurona"}) {
    write(name, garbage);
    r = cli("info " + quoted(file(name)));
    EXPECT_EQ(r.code, 2);
    EXPECT_TRUE(r.contains(std::string(name) + ":1:1: not valid JSON")) << r.err;
    EXPECT_LT(r.err.size(), 200u);
  }
}

TEST_F(CliBadInput, FiftyMegabyteSingleLineIsRefusedWithoutHanging) {
  constexpr std::size_t kSize = 50u << 20;
  // A CSV whose header is followed by one 50 MB line: a long number, as if the line breaks were lost.
  write("long.csv", "x1,x2,label\n" + std::string(kSize, '7') + "\n");
  write("p.neurona", project(R"({"csv": "long.csv"})"));
  CliRun r = cli("train " + quoted(file("p.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("long.csv:2: this line has 1 values, but the first line has 3")) << r.err.substr(0, 300);
  r = cli("predict '" + kModel + "' " + quoted(file("long.csv")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("long.csv:2:")) << r.err.substr(0, 300);
  EXPECT_LT(r.err.size(), 300u) << "a 50 MB field must not be printed";
  // A model file of one 50 MB line, its task a 50 MB word: the message quotes the first 64 bytes of it.
  write("long.json", R"({"format": "neurona-model", "version": 1, "inputs": ["x1", "x2"], "task": ")" +
                         std::string(kSize, 'r') + R"(", "classes": [], "layers": []})");
  r = cli("info " + quoted(file("long.json")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("long.json: task has an unknown name \"" + std::string(64, 'r') + "...\"")) << r.err.substr(0, 300);
  EXPECT_LT(r.err.size(), 300u);
}

TEST_F(CliBadInput, NanAndInfValuesAreRefusedWithLineAndColumn) {
  write("nan.csv", "x1,x2,label\n1,NaN,0\n3,4,1\n");
  write("inf.csv", "x1,x2,label\n1,2,0\n-inf,4,1\n");
  write("pn.neurona", project(R"({"csv": "nan.csv"})"));
  write("pi.neurona", project(R"({"csv": "inf.csv"})"));
  CliRun r = cli("train " + quoted(file("pn.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("nan.csv:2:2: a value is missing (\"NaN\"); 1 row has missing values")) << r.err;
  r = cli("train " + quoted(file("pi.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("inf.csv:3:1: \"-inf\" is infinite or too large")) << r.err;
  r = cli("predict '" + kModel + "' " + quoted(file("inf.csv")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("inf.csv:3:1: \"-inf\" is not a number")) << r.err;
  // JSON has no NaN; a number too large for a double is refused where it stands.
  std::string model = slurp(kModel);
  model.replace(model.find("\"bias\": ["), 9, "\"bias\": [1e999, ");
  r = cli("info " + quoted(write("overflow.json", model)));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("overflow.json:")) << r.err;
  EXPECT_TRUE(r.contains("not valid JSON")) << r.err;
}

TEST_F(CliBadInput, SingleClassIsRefused) {
  write("one.csv", "x1,x2,label\n1,2,yes\n3,4,yes\n5,6,yes\n");
  write("p.neurona", project(R"({"csv": "one.csv"})"));
  const CliRun r = cli("train " + quoted(file("p.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("one.csv: every row has the same label (\"yes\"): there is nothing to tell apart")) << r.err;
}

TEST_F(CliBadInput, LabelsOutsideTheOutputRangeAreRefused) {
  // Three classes for a network with one sigmoid output.
  write("three.csv", "x1,x2,label\n1,2,0\n3,4,1\n5,6,2\n7,8,1\n");
  write("p.neurona", project(R"({"csv": "three.csv"})"));
  CliRun r = cli("train " + quoted(file("p.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("network.layers[1]: the output layer has 1 units, the task needs 3")) << r.err;
  // The project says yes/no, the labels say three classes.
  write("b.neurona", project(R"({"csv": "three.csv"})", R"(, "task": "binary-classification")"));
  r = cli("train " + quoted(file("b.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("three.csv: a binary task needs exactly 2 classes; the labels have 3")) << r.err;
  // The project's trained model knows classes 0 and 1; the data has a label 2.
  std::string model = slurp(kModel);
  write("m.neurona", project(R"({"csv": "three.csv"})", ", \"model\": " + model,
                             R"({"type": "dense", "units": 2, "activation": "relu"})"));
  r = cli("train " + quoted(file("m.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("three.csv:4:3: the label \"2\" is not one of the model's classes")) << r.err;
}

TEST_F(CliBadInput, BatchSizeAboveTheSampleCountTrainsOnFullBatchesWithANote) {
  write("p.neurona", project(R"({"generator": "xor", "samples": 100, "seed": 3})",
                             R"(, "split": {"validation": 0.2}, "training": {"batch_size": 5000, "epochs": 3})"));
  CliRun r = cli("train " + quoted(file("p.neurona")) + " --out " + quoted(file("m.json")));
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(r.contains("note: the batch size 5000 is larger than the 80 training samples, so every epoch is one "
                         "batch of all 80"))
      << r.err;
  EXPECT_TRUE(ModelFile::read(file("m.json")).ok());
  // --quiet keeps it quiet; a batch that fits says nothing.
  EXPECT_EQ(cli("train " + quoted(file("p.neurona")) + " --quiet --out " + quoted(file("m.json"))).err, "");
}

TEST_F(CliBadInput, LearningRateZeroNegativeOrNaNIsRefused) {
  const std::string data = R"({"generator": "xor", "samples": 50})";
  const auto withRate = [&](const std::string& rate) {
    return project(data, R"(, "training": {"optimizer": {"name": "sgd", "learning_rate": )" + rate + "}}");
  };
  write("zero.neurona", withRate("0"));
  write("negative.neurona", withRate("-0.1"));
  write("nan.neurona", withRate("NaN"));
  write("nan-text.neurona", withRate("\"NaN\""));
  CliRun r = cli("train " + quoted(file("zero.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("zero.neurona: training.optimizer.learning_rate is out of range (0.0)")) << r.err;
  r = cli("train " + quoted(file("negative.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("negative.neurona: training.optimizer.learning_rate is out of range (-0.1)")) << r.err;
  r = cli("train " + quoted(file("nan.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("nan.neurona:1:")) << r.err;
  EXPECT_TRUE(r.contains("not valid JSON")) << r.err;
  r = cli("train " + quoted(file("nan-text.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("nan-text.neurona: training.optimizer.learning_rate should be a number")) << r.err;
}

TEST_F(CliBadInput, ZeroUnitsIsRefused) {
  write("p.neurona", project(R"({"generator": "xor", "samples": 50})", {},
                             R"({"type": "dense", "units": 0, "activation": "relu"})"));
  const CliRun r = cli("train " + quoted(file("p.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("p.neurona: network.layers[0]: a dense layer needs at least 1 unit")) << r.err;
}

TEST_F(CliBadInput, HundredThousandUnitsIsRefusedWithAMemoryEstimate) {
  write("p.neurona", project(R"({"generator": "xor", "samples": 400})", {},
                             R"({"type": "dense", "units": 100000, "activation": "relu"})"));
  const CliRun r = cli("train " + quoted(file("p.neurona")) + " --out " + quoted(file("m.json")));
  EXPECT_EQ(r.code, 2);
  // 400 001 parameters and 400 samples through 100 001 units: about 490 MB (see MemoryEstimate).
  const NetworkSpec spec = NetworkSpec::denseStack({100000}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  const double mb = static_cast<double>(estimateMemoryBytes(spec, 2, 400)) / 1e6;
  const std::string expected = "p.neurona: network.layers[0]: 100000 units is more than the limit of 4096; "
                               "training it would need about " +
                               std::to_string(static_cast<long>(std::lround(mb))) + " MB of memory";
  EXPECT_TRUE(r.contains(expected)) << r.err << "\nexpected: " << expected;
  EXPECT_FALSE(fs::exists(file("m.json")));
}

TEST_F(CliBadInput, NonAsciiPathsWorkForEveryVerb) {
  const fs::path data = file("datos/ñandú/pérdida.csv");
  fs::create_directories(data.parent_path());
  CliRun r = cli("dataset moons --samples 120 --seed 2 --out " + quoted(data));
  ASSERT_EQ(r.code, 0) << r.err;
  write("datos/lección ñ.neurona", project(R"({"csv": "ñandú/pérdida.csv"})"));
  const fs::path model = file("datos/ñandú/modelo «año».json");
  r = cli("train " + quoted(file("datos/lección ñ.neurona")) + " --epochs 5 --quiet --out " + quoted(model));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("modelo «año».json"), std::string::npos) << r.out;
  r = cli("predict " + quoted(model) + " " + quoted(data) + " --out " + quoted(file("datos/predicción.csv")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_GT(fs::file_size(file("datos/predicción.csv")), 1000u);
  r = cli("info " + quoted(model));
  EXPECT_EQ(r.code, 0) << r.err;
  r = cli("export " + quoted(model) + " --format cpp --out " + quoted(file("datos/año.h")));
  EXPECT_EQ(r.code, 0) << r.err;
  // An error about such a path spells it as it is.
  r = cli("info " + quoted(file("datos/ñandú/no-está.json")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("ñandú/no-está.json: the file cannot be opened")) << r.err;
}

TEST_F(CliBadInput, ReadOnlyFolderOnSaveIsRefusedByName) {
  // Root may write where a folder's mode forbids it; sysfs refuses new files to everyone.
  fs::path folder = "/sys";
  if (::geteuid() != 0) {
    folder = file("read-only");
    fs::create_directories(folder);
    fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
  }
  write("p.neurona", project(R"({"generator": "xor", "samples": 50})"));
  CliRun r = cli("train " + quoted(file("p.neurona")) + " --epochs 2 --quiet --out " + quoted(folder / "m.json"));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains((folder / "m.json").string() + ": the file cannot be written")) << r.err;
  r = cli("dataset moons --out " + quoted(folder / "d.csv"));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains((folder / "d.csv").string() + ": cannot write the file")) << r.err;
  r = cli("export '" + kModel + "' --format numpy --out " + quoted(folder / "m.py"));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains((folder / "m.py").string() + ": the file cannot be written")) << r.err;
  std::error_code ec;
  fs::permissions(file("read-only"), fs::perms::owner_all, fs::perm_options::add, ec);
}

TEST_F(CliBadInput, DiskFullOnSaveKeepsTheOldModel) {
  write("p.neurona", project(R"({"generator": "xor", "samples": 50})", {},
                             R"({"type": "dense", "units": 600, "activation": "relu"})"));
  const fs::path model = file("m.json");
  ASSERT_EQ(cli("train " + quoted(file("p.neurona")) + " --epochs 1 --quiet --out " + quoted(model)).code, 0);
  const std::string before = slurp(model);
  ASSERT_GT(before.size(), 32u * 1024);
  // A disk with 16 KB left: files may not grow beyond it (the shell's ulimit, with SIGXFSZ ignored so that
  // the write fails with an error as on a full disk instead of killing the program).
  const CliRun r =
      cli("train " + quoted(file("p.neurona")) + " --epochs 2 --quiet --out " + quoted(model), "trap '' XFSZ; ulimit -f 16; ");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains(model.string() + ": the file cannot be written")) << r.err;
  EXPECT_EQ(slurp(model), before) << "the previous model must stay as it was";
  int files = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(m_dir)) ++files;
  EXPECT_EQ(files, 4) << "p.neurona, m.json, stdout.txt, stderr.txt and no temporary";
}

TEST_F(CliBadInput, FileDeletedAfterTheProjectWasWrittenIsNamed) {
  write("data.csv", "x1,x2,label\n1,2,0\n3,4,1\n5,6,0\n7,8,1\n");
  write("p.neurona", project(R"({"csv": "data.csv"})"));
  ASSERT_EQ(cli("train " + quoted(file("p.neurona")) + " --epochs 1 --quiet --out " + quoted(file("m.json"))).code, 0);
  fs::remove(file("data.csv"));
  const CliRun r = cli("train " + quoted(file("p.neurona")) + " --epochs 1 --quiet");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("data.csv: the file cannot be opened")) << r.err;
}

TEST_F(CliBadInput, ProjectOrModelOfANewerVersionIsRefused) {
  std::string model = slurp(kModel);
  model.replace(model.find("\"version\": 1"), 12, "\"version\": 7");
  CliRun r = cli("predict " + quoted(write("new.json", model)) + " '" + NEURONA_FIXTURES_DIR "/io/points.csv'");
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(
      r.contains("new.json: version 7 is newer than this program reads (up to 2); please update Neurona"))
      << r.err;
  // Version 2 (graph networks) is read; the message names the version found and the newest read.
  write("new.neurona", R"({"format": "neurona-project", "version": 3, "dataset": {"generator": "xor"}})");
  r = cli("train " + quoted(file("new.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(
      r.contains("new.neurona: version 3 is newer than this program reads (up to 2); please update Neurona"))
      << r.err;
}
