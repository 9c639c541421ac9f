// Saves that cannot succeed (a full disk, a read-only folder, a folder deleted meanwhile) report
// CannotWrite with the file and leave the previous file exactly as it was; files under non-ASCII paths
// save and load like any other; a file deleted after it was chosen gives CannotOpen naming it.
#include "core/io/SampleModels.h"
#include "neurona/core/data/CsvReader.h"
#include "neurona/core/data/CsvWriter.h"
#include "neurona/core/data/Generators.h"
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ModelFile.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <functional>
#include <string>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace neurona;
namespace fs = std::filesystem;

namespace {

Project pointsProject(int n) {
  Project p;
  p.dataset.kind = DatasetSourceKind::Points;
  p.dataset.inputs = {"x1", "x2"};
  p.dataset.points.resize(n, 2);
  for (int r = 0; r < n; ++r) {
    p.dataset.points(r, 0) = 0.001 * r;
    p.dataset.points(r, 1) = -0.002 * r;
    p.dataset.labels.push_back(r % 3 == 0 ? "a" : "b");
  }
  p.network = NetworkSpec::denseStack({4}, 1, ActivationKind::Relu, ActivationKind::Sigmoid);
  return p;
}

// Runs `body` in a child process whose files may not grow beyond `limit` bytes (RLIMIT_FSIZE, with
// SIGXFSZ ignored so that write() fails with EFBIG as on a full disk). Returns the child's exit code.
int withFileSizeLimit(rlim_t limit, const std::function<int()>& body) {
  const pid_t child = ::fork();
  if (child == 0) {
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit r{limit, limit};
    if (::setrlimit(RLIMIT_FSIZE, &r) != 0) ::_exit(90);
    ::_exit(body());
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  return WIFEXITED(status) ? WEXITSTATUS(status) : 100 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

std::vector<std::string> entries(const fs::path& dir) {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir)) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  return names;
}

class SaveFailure : public ::testing::Test {
protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() /
            ("neurona_save_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()) +
             "_" + std::to_string(::getpid()));
    fs::remove_all(m_dir);
    fs::create_directories(m_dir);
  }
  void TearDown() override {
    std::error_code ec;
    fs::permissions(m_dir, fs::perms::owner_all, fs::perm_options::add, ec);
    fs::remove_all(m_dir, ec);
  }
  fs::path m_dir;
};

// A folder where no file can be created: a read-only folder for a normal user; as root (who may write
// anywhere a mode forbids), sysfs, which refuses new files to everyone.
fs::path readOnlyFolder(const fs::path& scratch) {
  if (::geteuid() != 0) {
    const fs::path d = scratch / "read-only";
    fs::create_directories(d);
    fs::permissions(d, fs::perms::owner_read | fs::perms::owner_exec);
    return d;
  }
  return "/sys";
}

} // namespace

TEST_F(SaveFailure, DiskFullOnSaveReportsCannotWriteAndKeepsTheOldProject) {
  const fs::path target = m_dir / "lesson.neurona";
  const Project small = pointsProject(10);
  ASSERT_TRUE(ProjectFile::write(target, small).ok());
  const std::string before = AtomicFile::read(target).value;
  const Project big = pointsProject(5000); // about 200 KB: beyond the 64 KB the "disk" has room for
  ASSERT_GT(ProjectFile::serialize(big).size(), 100000u);

  const int code = withFileSizeLimit(64 * 1024, [&] {
    const Error e = ProjectFile::write(target, big);
    if (e.code != ErrorCode::CannotWrite) return 1;
    if (e.file != target.string()) return 2;
    return 0;
  });
  EXPECT_EQ(code, 0) << "1: the save did not report cannot-write; 2: the error names another file";
  EXPECT_EQ(AtomicFile::read(target).value, before) << "the old project must be intact";
  EXPECT_EQ(entries(m_dir), std::vector<std::string>{"lesson.neurona"}) << "no half-written temporary stays";
  ASSERT_TRUE(ProjectFile::read(target).ok());
  EXPECT_TRUE(ProjectFile::read(target).value == small);
}

TEST_F(SaveFailure, DiskFullOnSaveOfAModelOrACsvKeepsTheOldFile) {
  using samples::dense;
  const Model bigModel =
      samples::sampleModel({dense(1000, ActivationKind::Relu), dense(1, ActivationKind::Linear)}, 2, {},
                           PreprocessingKind::None, TaskKind::Regression);
  const Model smallModel = samples::sampleModel({dense(1, ActivationKind::Linear)}, 2, {},
                                                PreprocessingKind::None, TaskKind::Regression);
  const fs::path model = m_dir / "model.json";
  ASSERT_TRUE(ModelFile::write(model, smallModel).ok());
  const std::string modelBefore = AtomicFile::read(model).value;

  GeneratorOptions o;
  o.samples = 3000;
  const Dataset bigData = generateDataset("moons", o).value;
  o.samples = 20;
  const Dataset smallData = generateDataset("moons", o).value;
  const fs::path csv = m_dir / "points.csv";
  ASSERT_EQ(CsvWriter::writeFile(csv, smallData).code, ErrorCode::None);
  const std::string csvBefore = AtomicFile::read(csv).value;

  const int code = withFileSizeLimit(16 * 1024, [&] {
    if (ModelFile::write(model, bigModel).code != ErrorCode::CannotWrite) return 1;
    if (CsvWriter::writeFile(csv, bigData).code != ErrorCode::CannotWrite) return 2;
    // Small enough to fit: a full disk fails only the saves that need the room.
    if (!ModelFile::write(m_dir / "tiny.json", smallModel).ok()) return 3;
    return 0;
  });
  EXPECT_EQ(code, 0);
  EXPECT_EQ(AtomicFile::read(model).value, modelBefore);
  EXPECT_EQ(AtomicFile::read(csv).value, csvBefore);
  EXPECT_EQ(entries(m_dir), (std::vector<std::string>{"model.json", "points.csv", "tiny.json"}));
}

TEST_F(SaveFailure, ReadOnlyFolderReportsCannotWriteWithThePath) {
  const fs::path folder = readOnlyFolder(m_dir);
  if (!fs::is_directory(folder)) GTEST_SKIP() << "no folder that refuses new files here";
  const fs::path target = folder / "lesson.neurona";
  const Error e = ProjectFile::write(target, pointsProject(5));
  EXPECT_EQ(e.code, ErrorCode::CannotWrite);
  EXPECT_EQ(e.file, target.string());
  EXPECT_EQ(ModelFile::write(folder / "model.json", samples::binaryModel()).code, ErrorCode::CannotWrite);
  EXPECT_FALSE(fs::exists(target));
}

TEST_F(SaveFailure, FolderDeletedBeforeTheSaveReportsCannotWrite) {
  const fs::path folder = m_dir / "class 3B";
  fs::create_directories(folder);
  const fs::path target = folder / "lesson.neurona";
  ASSERT_TRUE(ProjectFile::write(target, pointsProject(5)).ok());
  fs::remove_all(folder); // deleted in the file manager while the project is open
  const Error e = ProjectFile::write(target, pointsProject(6));
  EXPECT_EQ(e.code, ErrorCode::CannotWrite);
  EXPECT_EQ(e.file, target.string());
  // Saving as a folder's name is refused too, and the folder stays.
  fs::create_directories(folder);
  EXPECT_EQ(ProjectFile::write(folder, pointsProject(6)).code, ErrorCode::CannotWrite);
  EXPECT_TRUE(fs::is_directory(folder));
  EXPECT_TRUE(fs::is_empty(folder));
}

TEST_F(SaveFailure, FileDeletedAfterItWasChosenGivesCannotOpenWithItsName) {
  // A project whose CSV was deleted after the project was opened.
  GeneratorOptions o;
  o.samples = 40;
  ASSERT_EQ(CsvWriter::writeFile(m_dir / "data.csv", generateDataset("xor", o).value).code, ErrorCode::None);
  Project p = pointsProject(1);
  p.dataset = DatasetSource{};
  p.dataset.kind = DatasetSourceKind::Csv;
  p.dataset.csvPath = "data.csv";
  ASSERT_TRUE(ProjectData::prepare(p, m_dir).ok());
  fs::remove(m_dir / "data.csv");
  const Result<PreparedData> gone = ProjectData::prepare(p, m_dir);
  EXPECT_EQ(gone.error.code, ErrorCode::CannotOpen);
  EXPECT_EQ(gone.error.file, (m_dir / "data.csv").string());
  // And the project and model files themselves.
  EXPECT_EQ(ProjectFile::read(m_dir / "lesson.neurona").error.code, ErrorCode::CannotOpen);
  EXPECT_EQ(ModelFile::read(m_dir / "model.json").error.file, (m_dir / "model.json").string());
  // A file that is not a regular file (a folder, a device that never ends) is refused, not read forever.
  EXPECT_EQ(ProjectFile::read(m_dir).error.code, ErrorCode::NotRegularFile);
  EXPECT_EQ(ModelFile::read("/dev/zero").error.code, ErrorCode::NotRegularFile);
  EXPECT_EQ(CsvReader::readFile("/dev/zero").error.code, ErrorCode::NotRegularFile);
}

TEST_F(SaveFailure, NonAsciiPathsSaveAndLoadLikeAnyOther) {
  const fs::path data = m_dir / "datos" / "ñandú";
  fs::create_directories(data);
  GeneratorOptions o;
  o.samples = 60;
  o.seed = 5;
  const Dataset moons = generateDataset("moons", o).value;
  const fs::path csv = data / "pérdida.csv";
  ASSERT_EQ(CsvWriter::writeFile(csv, moons).code, ErrorCode::None);
  const CsvResult read = CsvReader::readFile(csv);
  ASSERT_TRUE(read.ok()) << toString(read.error.code);
  EXPECT_TRUE(read.dataset.features.isApprox(moons.features));

  Project p = defaultProject();
  p.dataset = DatasetSource{};
  p.dataset.kind = DatasetSourceKind::Csv;
  p.dataset.csvPath = "ñandú/pérdida.csv";
  const fs::path project = m_dir / "datos" / "lección de redes — 3º.neurona";
  ASSERT_TRUE(ProjectFile::write(project, p).ok());
  const Result<Project> back = ProjectFile::read(project);
  ASSERT_TRUE(back.ok()) << toString(back.error.code);
  EXPECT_EQ(back.value.dataset.csvPath, "ñandú/pérdida.csv");
  const Result<PreparedData> prepared = ProjectData::prepare(back.value, project.parent_path());
  ASSERT_TRUE(prepared.ok()) << toString(prepared.error.code) << " " << prepared.error.file;
  EXPECT_EQ(prepared.value.raw.samples(), 60);

  const fs::path model = data / "modelo «año».json";
  ASSERT_TRUE(ModelFile::write(model, samples::binaryModel()).ok());
  EXPECT_TRUE(ModelFile::read(model).ok());
  EXPECT_EQ(entries(data), (std::vector<std::string>{"modelo «año».json", "pérdida.csv"}));
}
