// neurona-cli sweep end to end: the CSV of a grid of runs, the same numbers as train, the refusals of
// keys and values, and the boundary pictures.
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ProjectFile.h"
#include "neurona/core/optim/OptimizerConfig.h"
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
using clitest::CliRun;

namespace {

// The rows of a CSV the CLI wrote, cells split at commas (empty cells kept; no quoting in these).
std::vector<std::vector<std::string>> csvRows(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::stringstream in(text);
  for (std::string line; std::getline(in, line);) {
    std::vector<std::string> cells;
    std::size_t start = 0;
    for (;;) {
      const std::size_t comma = line.find(',', start);
      cells.push_back(line.substr(start, comma - start));
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
    rows.push_back(cells);
  }
  return rows;
}

std::size_t columnOf(const std::vector<std::string>& header, const std::string& name) {
  for (std::size_t i = 0; i < header.size(); ++i)
    if (header[i] == name) return i;
  ADD_FAILURE() << "no column " << name;
  return 0;
}

// A PNG's size from its IHDR chunk; {0, 0} when the bytes are not a PNG.
std::pair<int, int> pngSize(const fs::path& file) {
  const std::string bytes = clitest::slurp(file);
  if (bytes.size() < 24 || bytes.compare(0, 8, "\x89PNG\r\n\x1a\n") != 0 || bytes.compare(12, 4, "IHDR") != 0)
    return {0, 0};
  const auto be32 = [&](std::size_t at) {
    int v = 0;
    for (std::size_t i = 0; i < 4; ++i) v = (v << 8) | static_cast<unsigned char>(bytes[at + i]);
    return v;
  };
  return {be32(16), be32(20)};
}

class CliSweep : public ::testing::Test {
protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    m_dir = fs::temp_directory_path() /
            (std::string("neurona_cli_sweep_") + info->name() + "_" + std::to_string(::getpid()));
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }

  std::string file(const std::string& name) const { return (m_dir / name).string(); }
  CliRun cli(const std::string& args) const { return clitest::runCli(args, m_dir); }

  // gaussian-quantiles, 200 points, 2-4-1, Adam 0.01, 20 epochs, validation 0.2; written as p.neurona.
  std::string smallProject(Project p = {}, const std::string& name = "p.neurona") const {
    if (p.network.layers.empty()) {
      p = defaultProject();
      p.dataset.samples = 200;
      p.training.epochs = 20;
      p.training.batchSize = 32;
    }
    EXPECT_TRUE(ProjectFile::write(file(name), p).ok());
    return clitest::quoted(file(name));
  }

  fs::path m_dir;
};

} // namespace

TEST_F(CliSweep, WritesOneRowPerRunInGridOrder) {
  const CliRun r =
      cli("sweep " + smallProject() +
          " --set training.optimizer.learning_rate=0.001,0.01,0.1 --set network.layers[0].units=2,4"
          " --out " +
          clitest::quoted(file("runs.csv")) + " --quiet");
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_EQ(r.err, ""); // --quiet
  const auto rows = csvRows(clitest::slurp(file("runs.csv")));
  ASSERT_EQ(rows.size(), 7u);
  EXPECT_EQ(rows[0],
            (std::vector<std::string>{"training.optimizer.learning_rate", "network.layers[0].units", "loss",
                                      "val_loss", "accuracy", "val_accuracy", "epochs", "status"}));
  const char* rates[] = {"0.001", "0.001", "0.01", "0.01", "0.1", "0.1"};
  const char* units[] = {"2", "4", "2", "4", "2", "4"};
  for (std::size_t i = 1; i < rows.size(); ++i) {
    ASSERT_EQ(rows[i].size(), 8u);
    EXPECT_EQ(rows[i][0], rates[i - 1]);
    EXPECT_EQ(rows[i][1], units[i - 1]);
    for (std::size_t c = 2; c < 6; ++c) EXPECT_FALSE(rows[i][c].empty()) << i << "," << c;
    EXPECT_EQ(rows[i][6], "20");
    EXPECT_EQ(rows[i][7], "completed");
  }
  EXPECT_NE(r.out.find("6 runs"), std::string::npos) << r.out;
}

TEST_F(CliSweep, ARunTrainsExactlyAsTrainDoes) {
  const std::string project = smallProject();
  const CliRun trained =
      cli("train " + project + " --quiet --epochs 15 --out " + clitest::quoted(file("m.json")) +
          " --history " + clitest::quoted(file("h.csv")));
  ASSERT_EQ(trained.code, 0) << trained.err;
  // A sweep of one value, the project's own.
  const CliRun swept = cli("sweep " + project + " --epochs 15 --set training.seed=0 --out " +
                           clitest::quoted(file("runs.csv")) + " --quiet");
  ASSERT_EQ(swept.code, 0) << swept.err;
  const auto history = csvRows(clitest::slurp(file("h.csv")));
  const auto runs = csvRows(clitest::slurp(file("runs.csv")));
  ASSERT_EQ(history.size(), 16u);
  ASSERT_EQ(runs.size(), 2u);
  for (const char* metric : {"loss", "val_loss", "accuracy", "val_accuracy"})
    EXPECT_EQ(history.back()[columnOf(history[0], metric)], runs[1][columnOf(runs[0], metric)]) << metric;
  EXPECT_EQ(runs[1][columnOf(runs[0], "epochs")], "15");
}

TEST_F(CliSweep, ContinuesFromTheProjectsModelAsTrainDoes) {
  // A project saved with a trained model and its history: train and sweep both go on from it.
  const std::string project = smallProject();
  Result<Project> p = ProjectFile::read(file("p.neurona"));
  ASSERT_TRUE(p.ok());
  const CliRun first =
      cli("train " + project + " --quiet --epochs 5 --out " + clitest::quoted(file("m1.json")) +
          " --history " + clitest::quoted(file("h1.csv")));
  ASSERT_EQ(first.code, 0);
  // The project with the 5-epoch model (m1) and 5 history records, as the app saves it.
  Result<std::string> modelText = AtomicFile::read(file("m1.json"));
  ASSERT_TRUE(modelText.ok());
  nlohmann::json doc = ProjectFile::toJson(p.value);
  doc["model"] = nlohmann::json::parse(modelText.value);
  doc["history"] = nlohmann::json::array();
  for (int e = 1; e <= 5; ++e) doc["history"].push_back({{"epoch", e}, {"loss", 0.5}});
  {
    std::ofstream out(file("trained.neurona"));
    out << doc.dump(2);
  }
  const std::string trained = clitest::quoted(file("trained.neurona"));
  const CliRun t = cli("train " + trained + " --quiet --epochs 7 --out " + clitest::quoted(file("m2.json")) +
                       " --history " + clitest::quoted(file("h2.csv")));
  ASSERT_EQ(t.code, 0) << t.err;
  const CliRun s = cli("sweep " + trained + " --epochs 7 --set training.seed=0 --out " +
                       clitest::quoted(file("runs.csv")));
  ASSERT_EQ(s.code, 0) << s.err;
  const auto history = csvRows(clitest::slurp(file("h2.csv")));
  const auto runs = csvRows(clitest::slurp(file("runs.csv")));
  ASSERT_EQ(history.size(), 8u);
  EXPECT_EQ(history.back()[0], "12"); // numbered on from the saved epoch 5
  EXPECT_EQ(history.back()[columnOf(history[0], "loss")], runs[1][columnOf(runs[0], "loss")]);
  EXPECT_EQ(runs[1][columnOf(runs[0], "epochs")], "7");
}

TEST_F(CliSweep, AnUnknownKeyIsNamedWithExitCode2) {
  const CliRun r = cli("sweep " + smallProject() + " --set training.optimizer.lr=0.1,0.2 --out " +
                       clitest::quoted(file("runs.csv")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains("training.optimizer.lr")) << r.err;
  EXPECT_FALSE(fs::exists(file("runs.csv")));
}

TEST_F(CliSweep, ABadValueIsNamedWithItsKeyAndExitCode2) {
  const CliRun word = cli("sweep " + smallProject() + " --set network.layers[0].units=4,relu --out " +
                          clitest::quoted(file("runs.csv")));
  EXPECT_EQ(word.code, 2);
  EXPECT_TRUE(word.contains("network.layers[0].units")) << word.err;
  EXPECT_TRUE(word.contains("'relu'")) << word.err;
  // The right type but a network that cannot be: names the run's settings and what is wrong.
  const CliRun zero = cli("sweep " + smallProject() + " --set network.layers[0].units=4,0 --out " +
                          clitest::quoted(file("runs.csv")));
  EXPECT_EQ(zero.code, 2);
  EXPECT_TRUE(zero.contains("network.layers[0].units=0")) << zero.err;
  EXPECT_FALSE(fs::exists(file("runs.csv")));
}

TEST_F(CliSweep, UsageErrors) {
  const std::string project = smallProject();
  EXPECT_EQ(cli("sweep " + project + " --set training.seed=1,2").code, 1); // no --out
  const CliRun noSet = cli("sweep " + project + " --out " + clitest::quoted(file("runs.csv")));
  EXPECT_EQ(noSet.code, 1);
  EXPECT_TRUE(noSet.contains("--set")) << noSet.err;
  EXPECT_EQ(cli("sweep " + project + " --set training.seed --out " + clitest::quoted(file("runs.csv"))).code,
            1);
  EXPECT_EQ(
      cli("sweep " + project + " --set training.seed=1 --jobs 0 --out " + clitest::quoted(file("runs.csv")))
          .code,
      1);
  // An output over the project is refused before anything trains.
  const CliRun over = cli("sweep " + project + " --set training.seed=1 --out " + project);
  EXPECT_EQ(over.code, 1);
  EXPECT_TRUE(over.contains("--out")) << over.err;
  EXPECT_TRUE(ProjectFile::read(file("p.neurona")).ok());
}

TEST_F(CliSweep, ImagesAreOnePerRunAndAGrid) {
  const CliRun r =
      cli("sweep " + smallProject() +
          " --set training.optimizer.learning_rate=0.001,0.01,0.1 --set network.layers[0].units=2,4"
          " --epochs 3 --out " +
          clitest::quoted(file("runs.csv")) + " --images " + clitest::quoted(file("img")));
  ASSERT_EQ(r.code, 0) << r.err;
  for (int i = 1; i <= 6; ++i) {
    const fs::path png = m_dir / "img" / ("run-00" + std::to_string(i) + ".png");
    EXPECT_EQ(pngSize(png), (std::pair<int, int>{256, 256})) << png;
  }
  EXPECT_FALSE(fs::exists(m_dir / "img" / "run-007.png"));
  // 3 rows (learning rates) of 2 columns (units), 8 pixels between and around the tiles.
  EXPECT_EQ(pngSize(m_dir / "img" / "grid.png"), (std::pair<int, int>{2 * 256 + 3 * 8, 3 * 256 + 4 * 8}));

  // A 1-D sweep: one row.
  ASSERT_EQ(cli("sweep " + smallProject() + " --set training.seed=1,2,3 --epochs 2 --quiet --out " +
                clitest::quoted(file("runs.csv")) + " --images " + clitest::quoted(file("one")))
                .code,
            0);
  EXPECT_EQ(pngSize(m_dir / "one" / "grid.png"), (std::pair<int, int>{3 * 256 + 4 * 8, 256 + 2 * 8}));
}

TEST_F(CliSweep, NoImagesForDataWithoutTwoInputs) {
  {
    std::ofstream csv(file("three.csv"));
    csv << "a,b,c,label\n";
    for (int i = 0; i < 40; ++i)
      csv << i << "," << (i * 7) % 11 << "," << (i * 3) % 5 << "," << (i % 2) << "\n";
  }
  Project p = defaultProject();
  p.dataset.kind = DatasetSourceKind::Csv;
  p.dataset.csvPath = "three.csv";
  p.training.epochs = 3;
  const CliRun r = cli("sweep " + smallProject(p) + " --set training.seed=1,2 --out " +
                       clitest::quoted(file("runs.csv")) + " --images " + clitest::quoted(file("img")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_TRUE(r.contains("3 inputs")) << r.err;
  EXPECT_FALSE(fs::exists(m_dir / "img"));
  EXPECT_EQ(csvRows(clitest::slurp(file("runs.csv"))).size(), 3u);
}

TEST_F(CliSweep, ADivergedRunIsARowNotAFailure) {
  Project p = defaultProject();
  p.dataset.generator = "plane";
  p.dataset.samples = 200;
  p.network = NetworkSpec::denseStack({4}, 1, ActivationKind::Relu, ActivationKind::Linear);
  p.training.loss = LossKind::Mse;
  p.training.optimizer = *OptimizerConfig::defaults("sgd");
  p.training.epochs = 10;
  const CliRun r =
      cli("sweep " + smallProject(p) + " --set training.optimizer.learning_rate=0.01,1e12 --quiet --out " +
          clitest::quoted(file("runs.csv")));
  ASSERT_EQ(r.code, 0) << r.err;
  const auto rows = csvRows(clitest::slurp(file("runs.csv")));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0],
            (std::vector<std::string>{"training.optimizer.learning_rate", "loss", "val_loss", "mae",
                                      "val_mae", "rmse", "val_rmse", "r2", "val_r2", "epochs", "status"}));
  EXPECT_EQ(rows[1].back(), "completed");
  EXPECT_EQ(rows[2].back(), "diverged");
}
