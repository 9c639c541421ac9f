// Issue #15 through the real entry point: files written by a stranger given to the built neurona-cli.
// Names never become code, absurd inputs end with exit 2 and a sentence (never a crash, never a silent
// wrong result), and no output replaces an input.
#include "neurona/core/io/AtomicFile.h"
#include "support/CliRunner.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using clitest::CliRun;
using clitest::quoted;
using clitest::slurp;

namespace {

constexpr const char* kStrangerPython = "/usr/bin/python3";

// A project on `dataset` with one hidden layer and a sigmoid output, `training` as its training object.
std::string strangerProject(const std::string& dataset, const std::string& training = R"({"epochs": 2})",
                    const std::string& hidden = R"({"type": "dense", "units": 3, "activation": "tanh"})") {
  return R"({"format": "neurona-project", "version": 1, "dataset": )" + dataset +
         R"(, "preprocessing": {"kind": "standardize"}, "network": {"layers": [)" + hidden +
         R"(, {"type": "dense", "units": 1, "activation": "sigmoid"}]}, "training": )" + training + "}";
}

class CliStrangerFiles : public ::testing::Test {
protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() /
            (std::string("neurona_cli_stranger_") + ::testing::UnitTest::GetInstance()->current_test_info()->name() +
             "_" + std::to_string(::getpid()));
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(m_dir, ec);
  }
  fs::path file(const std::string& name) const { return m_dir / name; }
  fs::path write(const std::string& name, const std::string& text) const {
    std::ofstream(file(name), std::ios::binary) << text;
    return file(name);
  }
  CliRun cli(const std::string& args) const { return clitest::runCli(args, m_dir); }
  // A shell command run in the test's folder; its exit status.
  int shell(const std::string& command) const {
    const std::string full = "cd " + quoted(m_dir) + " && " + command + " > out.txt 2> err.txt";
    const int status = std::system(full.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }

  fs::path m_dir;
};

} // namespace

TEST_F(CliStrangerFiles, ACsvLabelWithCodeIsExportedAsDataNotCode) {
  // A label that ends the comment line it used to be written into and calls std::system; a feature name
  // with CR, a quote and a backslash.
  std::string csv = "\"x\r1\\\"\"\",x2,label\n";
  const std::string evil = "\"ok\n#include <cstdlib>\nint x = std::system(\"\"touch PWNED\"\");\n\"";
  for (int i = 0; i < 40; ++i)
    csv += std::to_string(i % 7) + "," + std::to_string((i * 3) % 5) + "," + (i % 2 ? evil : std::string("no")) + "\n";
  write("data.csv", csv);
  write("p.neurona", strangerProject(R"({"csv": "data.csv"})"));
  ASSERT_EQ(cli("train " + quoted(file("p.neurona")) + " --out " + quoted(file("m.json")) + " --quiet").code, 0);
  ASSERT_EQ(cli("export " + quoted(file("m.json")) + " --format cpp --out " + quoted(file("m.h"))).code, 0);
  ASSERT_EQ(cli("export " + quoted(file("m.json")) + " --format numpy --out " + quoted(file("m.py"))).code, 0);
  const std::string header = slurp(file("m.h"));
  EXPECT_EQ(header.find("\n#include <cstdlib>"), std::string::npos);
  if (std::system("command -v g++ > /dev/null 2>&1") != 0) GTEST_SKIP() << "g++ is missing: cannot compile";
  write("main.cpp", "#include \"m.h\"\n#include <cstdio>\nint main() {\n"
                    "  float x[2] = {1, 2}, y[1];\n  predict(x, y);\n"
                    "  std::printf(\"%s|%s\\n\", neurona_model::kClassNames[0], neurona_model::kClassNames[1]);\n}\n");
  ASSERT_EQ(shell("g++ -std=c++17 -Wall -Wextra -Werror -o run main.cpp && ./run"), 0) << slurp(file("err.txt"));
  EXPECT_FALSE(fs::exists(file("PWNED")));
  EXPECT_EQ(slurp(file("out.txt")).rfind("no|ok\n#include <cstdlib>\nint x = std::system(\"touch PWNED\");", 0), 0u)
      << slurp(file("out.txt"));
  if (::access(kStrangerPython, X_OK) != 0) GTEST_SKIP() << kStrangerPython << " is missing: cannot parse the export";
  EXPECT_EQ(shell(std::string(kStrangerPython) + " -c \"import ast,sys; ast.parse(open(sys.argv[1]).read())\" m.py"), 0)
      << slurp(file("err.txt"));
  EXPECT_FALSE(fs::exists(file("PWNED")));
}

TEST_F(CliStrangerFiles, OddJsonEndsWithExitTwoAndASentence) {
  CliRun r = cli("info " + quoted(write("f.json", R"({"format": 1})")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("f.json: format should be a string")) << r.err;

  std::string deep = strangerProject(R"({"generator": "moons"})");
  deep.pop_back();
  deep += ", \"extra\": " + std::string(100'000, '[') + std::string(100'000, ']') + "}";
  r = cli("info " + quoted(write("deep.neurona", deep)));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("deep.neurona:1:")) << r.err;
  EXPECT_TRUE(r.contains("deeper than the limit of 100 levels")) << r.err;
  EXPECT_EQ(cli("train " + quoted(file("deep.neurona"))).code, 2);

  r = cli("info " + quoted(write("big.json", "{\"format\": \"neurona-model\",\n  \"version\": 1e400}")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("big.json:2:14: not valid JSON")) << r.err;

  r = cli("train " + quoted(write("turns.neurona", strangerProject(R"({"generator": "spiral", "turns": 1e300})"))));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("dataset.turns is out of range (bad-param): found 1e+300, allowed 0.25 to 5")) << r.err;
}

TEST_F(CliStrangerFiles, FilesBeyondTheSizeLimitAreRefusedBeforeReading) {
  for (const char* name : {"huge.json", "huge.csv"}) {
    { std::ofstream(file(name)) << "{}"; }
    fs::resize_file(file(name), neurona::kMaxReadBytes + 1); // sparse
  }
  CliRun r = cli("info " + quoted(file("huge.json")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("huge.json: the file is too large (1.1 GB; the limit is 1.1 GB)")) << r.err;
  write("m.json", slurp(NEURONA_FIXTURES_DIR "/io/model-xor.json"));
  r = cli("predict " + quoted(file("m.json")) + " " + quoted(file("huge.csv")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("huge.csv: the file is too large")) << r.err;
}

TEST_F(CliStrangerFiles, AbsurdValuesAreRefusedBeforeTraining) {
  std::string points;
  for (int i = 0; i < 20; ++i)
    points += std::string(i ? ", " : "") + "[" + (i % 2 ? "-" : "") + "1e300, " + std::to_string(i) + ", " +
              std::to_string(i % 2) + "]";
  CliRun r = cli("train " + quoted(write("huge.neurona", strangerProject(R"({"points": [)" + points +
                                                                   R"(], "inputs": ["big", "small"]})"))) +
                 " --out " + quoted(file("m.json")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("huge.neurona: preprocessing gives an infinite scale for input 1 (\"big\")")) << r.err;
  EXPECT_FALSE(fs::exists(file("m.json")));

  const std::string moons = R"({"generator": "moons", "samples": 40})";
  r = cli("train " + quoted(write("cos.neurona", strangerProject(moons, R"({"epochs": 2, "schedule": {"kind": "cosine", "T_max": 5, "eta_min": -10}})"))));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("cos.neurona: training.schedule.eta_min is out of range (-10)")) << r.err;
  r = cli("train " + quoted(write("exp.neurona", strangerProject(moons, R"({"epochs": 2, "schedule": {"kind": "exponential", "gamma": -1}})"))));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("exp.neurona: training.schedule.gamma is out of range (-1)")) << r.err;

  std::string layers;
  for (int i = 0; i < 10; ++i) layers += std::string(i ? ", " : "") + R"({"type": "dense", "units": 4096, "activation": "relu"})";
  r = cli("train " + quoted(write("big.neurona", strangerProject(moons, R"({"epochs": 1})", layers))));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("big.neurona: cannot train (network_too_large): the network would need about 3.6 GB of "
                         "memory, more than the limit of 2.1 GB"))
      << r.err;
}

TEST_F(CliStrangerFiles, InfoEscapesControlCharactersInNames) {
  std::string model = slurp(NEURONA_FIXTURES_DIR "/io/model-xor.json");
  const std::size_t at = model.find("\"x1\"");
  ASSERT_NE(at, std::string::npos);
  model.replace(at, 4, R"("x\u001b]0;owned\u0007\u001b[2J\u009b1m")");
  const CliRun r = cli("info " + quoted(write("esc.json", model)));
  EXPECT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.out.find('\x1b'), std::string::npos);
  EXPECT_EQ(r.out.find('\a'), std::string::npos);
  EXPECT_EQ(r.out.find("\xc2\x9b"), std::string::npos);
  EXPECT_NE(r.out.find(R"(x\x1b]0;owned\x07\x1b[2J\u009b1m)"), std::string::npos) << r.out;
}

TEST_F(CliStrangerFiles, AnOutputThatIsAnInputIsRefusedAndSavesKeepTheMode) {
  const std::string text = strangerProject(R"({"generator": "moons", "samples": 40})");
  write("p.neurona", text);
  fs::permissions(file("p.neurona"), fs::perms::owner_read | fs::perms::owner_write);
  CliRun r = cli("train " + quoted(file("p.neurona")) + " --out " + quoted(file("p.neurona")) + " --history " +
                 quoted(file("p.neurona")));
  EXPECT_EQ(r.code, 1);
  EXPECT_TRUE(r.contains("--out names")) << r.err;
  EXPECT_EQ(slurp(file("p.neurona")), text);
  r = cli("train " + quoted(file("p.neurona")) + " --out " + quoted(file("m.json")) + " --history " +
          quoted(file("m.json")));
  EXPECT_EQ(r.code, 1);
  EXPECT_FALSE(fs::exists(file("m.json")));
  fs::create_symlink(file("p.neurona"), file("link.neurona"));
  EXPECT_EQ(cli("train " + quoted(file("p.neurona")) + " --history " + quoted(file("link.neurona"))).code, 1);
  EXPECT_EQ(slurp(file("p.neurona")), text);

  // A private model stays private when it is trained again.
  write("m.json", "{}");
  fs::permissions(file("m.json"), fs::perms::owner_read | fs::perms::owner_write);
  ASSERT_EQ(cli("train " + quoted(file("p.neurona")) + " --out " + quoted(file("m.json")) + " --quiet").code, 0);
  EXPECT_EQ(fs::status(file("m.json")).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
}
