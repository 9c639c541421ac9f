// Killing the process (SIGKILL) in the middle of a save must leave the previous file loadable: a child
// saves two large versions of a project (and of a model) over the same path in a loop, the parent kills
// it at random moments, and after every kill the file on disk must be exactly one of the two versions.
#include "core/io/SampleModels.h"
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectFile.h"

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <random>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace neurona;
namespace fs = std::filesystem;

namespace {

// A project with `n` painted points: about 60 bytes of JSON per point.
Project paintedProject(int n, std::uint64_t seed) {
  Project p;
  p.dataset.kind = DatasetSourceKind::Points;
  p.dataset.inputs = {"x1", "x2"};
  p.dataset.points.resize(n, 2);
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(-5.0, 5.0);
  for (int r = 0; r < n; ++r) {
    p.dataset.points(r, 0) = u(rng);
    p.dataset.points(r, 1) = u(rng);
    p.dataset.labels.push_back(r % 2 ? "1" : "0");
  }
  p.dataset.numericLabels = true;
  p.network = NetworkSpec::denseStack({8}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  return p;
}

struct KillStats {
  int kills = 0;
  int versionA = 0;
  int versionB = 0;
  int strayTemporaries = 0;
};

// Forks a child that calls save(i) for i = 0, 1, 2, ... until it is killed; kills it `kills` times at
// random moments and checks after each kill that `check(text)` accepts what is on disk.
KillStats killDuringSaves(const fs::path& target, int kills, unsigned seed, const std::function<bool(int)>& save,
                          const std::function<int(const std::string&)> & whichVersion) {
  KillStats stats;
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> delayUs(0, 40000);
  for (int k = 0; k < kills; ++k) {
    const pid_t child = ::fork();
    if (child == 0) {
      for (int i = k;; ++i)
        if (!save(i)) ::_exit(3);
    }
    EXPECT_GT(child, 0);
    if (child <= 0) return stats;
    std::this_thread::sleep_for(std::chrono::microseconds(delayUs(rng)));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL)
        << "the saving child ended on its own (exit " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1) << ")";
    ++stats.kills;

    const Result<std::string> text = AtomicFile::read(target);
    EXPECT_TRUE(text.ok()) << "kill " << k;
    const int version = whichVersion(text.value);
    EXPECT_NE(version, 0) << "kill " << k << ": the file is neither version (" << text.value.size() << " bytes)";
    (version == 1 ? stats.versionA : stats.versionB) += version != 0 ? 1 : 0;
  }
  for (const auto& e : fs::directory_iterator(target.parent_path()))
    if (e.path() != target) ++stats.strayTemporaries;
  return stats;
}

class AtomicFileKill : public ::testing::Test {
protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() /
            ("neurona_kill_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) + "_" +
             std::to_string(::getpid()));
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
    m_seed = std::random_device{}();
    std::printf("kill test seed %u\n", m_seed);
    RecordProperty("seed", std::to_string(m_seed));
  }
  void TearDown() override { fs::remove_all(m_dir); }

  fs::path m_dir;
  unsigned m_seed = 0;
};

} // namespace

TEST_F(AtomicFileKill, ProjectSaveKilledAtRandomLeavesTheOldOrTheNewFileWhole) {
  // Two versions of different sizes (about 1.2 MB and 0.6 MB), so that a torn or truncated write shows.
  const Project a = paintedProject(20000, 1);
  const Project b = paintedProject(10000, 2);
  const std::string textA = ProjectFile::serialize(a);
  const std::string textB = ProjectFile::serialize(b);
  ASSERT_NE(textA, textB);
  const fs::path target = m_dir / "lesson.neurona";
  ASSERT_TRUE(ProjectFile::write(target, a).ok());

  const KillStats s = killDuringSaves(
      target, 50, m_seed, [&](int i) { return ProjectFile::write(target, i % 2 ? b : a).ok(); },
      [&](const std::string& text) { return text == textA ? 1 : text == textB ? 2 : 0; });
  EXPECT_EQ(s.kills, 50);
  std::printf("project: %d kills, %d times version A, %d times B, %d stray temporary files\n", s.kills, s.versionA,
              s.versionB, s.strayTemporaries);

  // What is on disk loads, and the temporaries a kill left behind do not get in the way of later saves.
  const Result<Project> loaded = ProjectFile::read(target);
  ASSERT_TRUE(loaded.ok()) << toString(loaded.error.code);
  EXPECT_TRUE(loaded.value == a || loaded.value == b);
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE(ProjectFile::write(target, i % 2 ? a : b).ok());
    EXPECT_EQ(AtomicFile::read(target).value, i % 2 ? textA : textB);
  }
  // A save never leaves a temporary of its own, and removes those that killed saves left (issue #15
  // item 8): after the kills at most the last one's remains, after a save none.
  EXPECT_LE(s.strayTemporaries, 1);
  int stray = 0;
  for (const auto& e : fs::directory_iterator(m_dir)) stray += e.path() != target ? 1 : 0;
  EXPECT_EQ(stray, 0);
}

TEST_F(AtomicFileKill, ModelSaveKilledAtRandomLeavesTheOldOrTheNewFileWhole) {
  using samples::dense;
  const Model a = samples::sampleModel({dense(300, ActivationKind::Relu), dense(300, ActivationKind::Tanh),
                                        dense(1, ActivationKind::Sigmoid)},
                                       2, {}, PreprocessingKind::Standardize, TaskKind::BinaryClassification, 3);
  const Model b = samples::sampleModel({dense(150, ActivationKind::Relu), dense(1, ActivationKind::Sigmoid)}, 2, {},
                                       PreprocessingKind::None, TaskKind::BinaryClassification, 4);
  Model ma = a, mb = b;
  ma.classes = mb.classes = {"no", "yes"};
  const std::string textA = ModelFile::serialize(ma);
  const std::string textB = ModelFile::serialize(mb);
  const fs::path target = m_dir / "model.json";
  ASSERT_TRUE(ModelFile::write(target, ma).ok());

  const KillStats s = killDuringSaves(
      target, 50, m_seed + 1, [&](int i) { return ModelFile::write(target, i % 2 ? mb : ma).ok(); },
      [&](const std::string& text) { return text == textA ? 1 : text == textB ? 2 : 0; });
  EXPECT_EQ(s.kills, 50);
  std::printf("model: %d kills, %d times version A, %d times B, %d stray temporary files\n", s.kills, s.versionA,
              s.versionB, s.strayTemporaries);
  const Result<Model> loaded = ModelFile::read(target);
  ASSERT_TRUE(loaded.ok()) << toString(loaded.error.code) << " " << loaded.error.jsonPath;
  ASSERT_TRUE(ModelFile::write(target, mb).ok());
  EXPECT_EQ(AtomicFile::read(target).value, textB);
}
