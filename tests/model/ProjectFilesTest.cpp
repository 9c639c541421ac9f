// The project as a file: saves are atomic and keep what was trained, opens bring it back whole, data files
// are found as the operating system finds them, and nothing but the project file is ever written.
#include "support/CoreApp.h"
#include "support/ProjectFixtures.h"
#include "support/TextFile.h"

#include "model/Project.h"

#include "neurona/core/io/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

std::shared_ptr<const neurona::ModelParams> valuesFor(const Project& doc) {
  auto params = std::make_shared<neurona::ModelParams>();
  int inputs = doc.networkInputs();
  for (const neurona::LayerSpec& l : doc.network().layers) {
    neurona::LayerParams p;
    p.id = l.id;
    p.weights = neurona::MatrixD::Constant(inputs, l.units, 0.25);
    p.bias = neurona::VectorD::Constant(l.units, -0.5);
    inputs = l.units;
    params->push_back(p);
  }
  return params;
}

class ProjectFilesTest : public ::testing::Test {
protected:
  void SetUp() override { coreApp(); }
  QTemporaryDir dir;
};

} // namespace

TEST_F(ProjectFilesTest, saveAndOpenRoundTripThroughANonAsciiPath) {
  const QString path = dir.filePath(QStringLiteral("clase de señales/pérdida ñandú.neurona"));
  ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
  Project doc;
  ASSERT_TRUE(doc.setSetting(SettingKey::LearningRate, 0.0375));
  ASSERT_TRUE(doc.isModified());
  ASSERT_TRUE(doc.save(path).ok());
  EXPECT_FALSE(doc.isModified());
  EXPECT_EQ(doc.path(), QFileInfo(path).absoluteFilePath());
  EXPECT_EQ(doc.displayName(), QStringLiteral("pérdida ñandú.neurona"));

  Project back;
  ASSERT_TRUE(back.open(path).ok());
  EXPECT_DOUBLE_EQ(back.settings().optimizer.learningRate, 0.0375);
  EXPECT_EQ(back.network().layers.size(), doc.network().layers.size());
  EXPECT_FALSE(back.isModified());
  EXPECT_EQ(back.undoStack()->count(), 0);
}

TEST_F(ProjectFilesTest, aTrainedProjectReopensWithItsValuesHistoryAndEpoch) {
  const QString path = dir.filePath(QStringLiteral("trained.neurona"));
  Project doc;
  std::vector<neurona::EpochRecord> history;
  for (int e = 1; e <= 250; ++e) {
    neurona::EpochRecord r;
    r.epoch = e;
    r.loss = 1.0 / e;
    r.accuracy = 0.5 + e / 1000.0;
    history.push_back(r);
  }
  doc.appendTraining(history, valuesFor(doc), 250);
  ASSERT_TRUE(doc.save(path).ok());

  Project back;
  ASSERT_TRUE(back.open(path).ok());
  EXPECT_TRUE(back.isTrained());
  EXPECT_TRUE(back.trainedValuesFit());
  EXPECT_EQ(back.trainedEpoch(), 250);
  ASSERT_EQ(back.history().size(), 250u);
  EXPECT_DOUBLE_EQ(back.history().back().loss, 1.0 / 250);
  EXPECT_DOUBLE_EQ((*back.training().params)[1].weights(0, 0), 0.25);
  EXPECT_DOUBLE_EQ((*back.training().params)[1].bias(0), -0.5);
  EXPECT_FALSE(back.isModified());
}

TEST_F(ProjectFilesTest, aFullDiskFailsTheSaveAndKeepsThePreviousFileAndTheUnsavedMark) {
  const QString path = dir.filePath(QStringLiteral("project.neurona"));
  Project doc;
  ASSERT_TRUE(doc.save(path).ok());
  const QByteArray before = readAll(path);
  ASSERT_TRUE(doc.setSetting(SettingKey::LearningRate, 0.5));

  // A disk that fills up after 1 KiB: the file-size limit makes every later write fail with EFBIG, as
  // ENOSPC would, in a child so the limit stays there.
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{1024, 1024};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    const neurona::Error e = doc.save(path);
    ::_exit(e.ok() ? 1 : e.code == neurona::ErrorCode::CannotWrite && doc.isModified() ? 0 : 2);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "1: the save claimed success; 2: not CannotWrite, or marked saved";
  EXPECT_EQ(readAll(path), before);
  Project back;
  EXPECT_TRUE(back.open(path).ok());
}

TEST_F(ProjectFilesTest, aMissingFileAndAMissingFolderAreNamed) {
  Project doc;
  const neurona::Error save = doc.save(QStringLiteral("/nonexistent-folder-for-neurona/x.neurona"));
  EXPECT_EQ(save.code, neurona::ErrorCode::CannotWrite);
  EXPECT_NE(save.file.find("x.neurona"), std::string::npos);
  const neurona::Error open = doc.open(QStringLiteral("/nonexistent-folder-for-neurona/x.neurona"));
  EXPECT_EQ(open.code, neurona::ErrorCode::CannotOpen);
  EXPECT_TRUE(doc.path().isEmpty()) << "a failed open changes nothing";
}

TEST_F(ProjectFilesTest, aNewerFormatVersionIsRefusedWithBothVersions) {
  const QString path = dir.filePath(QStringLiteral("future.neurona"));
  std::string text = neurona::ProjectFile::serialize(neurona::defaultProject());
  const auto at = text.find("\"version\": 1");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 12, "\"version\": 7");
  ASSERT_TRUE(writeFile(path, QByteArray::fromStdString(text)));
  Project doc;
  const neurona::Error e = doc.open(path);
  EXPECT_EQ(e.code, neurona::ErrorCode::NewerVersion);
  EXPECT_EQ(e.actual, 7);
}

TEST_F(ProjectFilesTest, devicesPipesAndFoldersAreRefusedWithoutReadingThem) {
  Project doc;
  EXPECT_EQ(doc.open(QStringLiteral("/dev/zero")).code, neurona::ErrorCode::NotRegularFile);
  EXPECT_EQ(doc.open(dir.path()).code, neurona::ErrorCode::NotRegularFile);
  const QString fifo = dir.filePath(QStringLiteral("pipe.neurona"));
  ASSERT_EQ(::mkfifo(fifo.toLocal8Bit().constData(), 0600), 0);
  EXPECT_EQ(doc.open(fifo).code, neurona::ErrorCode::NotRegularFile) << "a pipe would block forever";
  EXPECT_EQ(doc.loadCsv(QStringLiteral("/dev/zero")).code, neurona::ErrorCode::NotRegularFile);
}

TEST_F(ProjectFilesTest, aFileLargerThanTheLimitIsRefusedWithItsSize) {
  const QString path = dir.filePath(QStringLiteral("huge.neurona"));
  {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    ASSERT_TRUE(f.resize(Project::kMaxFileBytes + 1)); // sparse: no disk space used
  }
  Project doc;
  const neurona::Error e = doc.open(path);
  EXPECT_EQ(e.code, neurona::ErrorCode::TooLarge);
  EXPECT_EQ(e.actual, Project::kMaxFileBytes + 1);
  EXPECT_EQ(e.expected, Project::kMaxFileBytes);
}

// Issue: a project whose data path went through a symbolic link and "..", resolved as text, was saved to
// a file the user never chose (~/.bash_profile). The path is resolved as the operating system does, and a
// save writes the project file only.
TEST_F(ProjectFilesTest, aDataPathThroughASymlinkResolvesAsTheSystemDoesAndSavingWritesNoOtherFile) {
  const QDir root(dir.path());
  ASSERT_TRUE(root.mkpath(QStringLiteral("home/evil/a/b/c")));
  ASSERT_TRUE(writeFile(root.filePath(QStringLiteral("home/evil/a/data.csv")),
                        "x1,x2,label\n0,0,a\n1,1,b\n0,1,a\n1,0,b\n"));
  ASSERT_TRUE(QFile::link(QStringLiteral("a/b/c"), root.filePath(QStringLiteral("home/evil/link"))));
  neurona::Project file = neurona::defaultProject();
  file.dataset.kind = neurona::DatasetSourceKind::Csv;
  file.dataset.csvPath = "link/../../data.csv"; // the OS: evil/a/b/c/../../data.csv = evil/a/data.csv
  const QString project = root.filePath(QStringLiteral("home/evil/p.neurona"));
  ASSERT_TRUE(neurona::ProjectFile::write(project.toStdString(), file).ok());

  Project doc;
  ASSERT_TRUE(doc.open(project).ok());
  EXPECT_EQ(QString::fromStdString(doc.data().source.csvPath),
            QFileInfo(root.filePath(QStringLiteral("home/evil/a/data.csv"))).canonicalFilePath());
  // The data file disappears while the project is open; a save must not write it anywhere.
  ASSERT_TRUE(QFile::remove(root.filePath(QStringLiteral("home/evil/a/data.csv"))));
  const QStringList before = QDir(root.filePath(QStringLiteral("home")))
                                 .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
  Project::SavedData saved = Project::SavedData::Referenced;
  ASSERT_TRUE(doc.save(project, &saved).ok());
  EXPECT_EQ(saved, Project::SavedData::Embedded);
  EXPECT_FALSE(QFileInfo::exists(root.filePath(QStringLiteral("home/evil/a/data.csv"))))
      << "never written back";
  EXPECT_FALSE(QFileInfo::exists(root.filePath(QStringLiteral("home/data.csv"))));
  EXPECT_EQ(QDir(root.filePath(QStringLiteral("home")))
                .entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
            before);
  // The points live on in the project itself.
  Project back;
  ASSERT_TRUE(back.open(project).ok());
  EXPECT_EQ(back.data().source.kind, neurona::DatasetSourceKind::Points);
  EXPECT_EQ(back.rawData().samples(), 4);
}

// The data file of each case below disappears while the project is open, then the project is saved.
class VanishedDataTest : public ProjectFilesTest {
protected:
  // Writes `csv` and a project naming it (with `dataset` settings on top), opens it, deletes the CSV
  // and saves: what the save said it did with the data.
  Project::SavedData openDeleteAndSave(Project& doc, const QByteArray& csv, neurona::DatasetSource dataset) {
    const QDir root(dir.path());
    EXPECT_TRUE(writeFile(root.filePath(QStringLiteral("data.csv")), csv));
    neurona::Project file = neurona::defaultProject();
    dataset.kind = neurona::DatasetSourceKind::Csv;
    dataset.csvPath = "data.csv";
    file.dataset = std::move(dataset);
    EXPECT_TRUE(neurona::ProjectFile::write(projectPath().toStdString(), file).ok());
    EXPECT_TRUE(doc.open(projectPath()).ok());
    EXPECT_TRUE(QFile::remove(root.filePath(QStringLiteral("data.csv"))));
    Project::SavedData saved = Project::SavedData::Referenced;
    EXPECT_TRUE(doc.save(projectPath(), &saved).ok());
    return saved;
  }
  QString projectPath() const { return QDir(dir.path()).filePath(QStringLiteral("p.neurona")); }
};

TEST_F(VanishedDataTest, aRegressionKeepsItsTargetsAndStaysARegression) {
  Project doc;
  EXPECT_EQ(openDeleteAndSave(doc, "x1,x2,y\n0,0,0.25\n1,0,1.5\n0,1,-2.75\n1,1,3\n0.5,0.5,0.125\n", {}),
            Project::SavedData::Embedded);
  Project back;
  ASSERT_TRUE(back.open(projectPath()).ok());
  EXPECT_EQ(back.data().source.kind, neurona::DatasetSourceKind::Points);
  EXPECT_EQ(back.rawData().task, neurona::TaskKind::Regression);
  EXPECT_EQ(back.rawData().features, doc.rawData().features);
  EXPECT_EQ(back.rawData().targets, doc.rawData().targets);
}

TEST_F(VanishedDataTest, picturesKeepTheirShapeAndTheirDrawnSamplesStayDrawn) {
  Project doc;
  neurona::DatasetSource pictures;
  pictures.imageShape = std::array<int, 3>{2, 3, 1}; // not square: the p-names alone would not say it
  const QByteArray csv = "p0,p1,p2,p3,p4,p5,label\n1,0,0,1,0,0,bar\n0,1,0,0,1,0,bar\n"
                         "1,1,1,0,0,0,row\n0,0,0,1,1,1,row\n";
  pictures.drawn.push_back({"bar", {0, 0, 1, 0, 0, 1}}); // drawn by hand before the file went
  EXPECT_EQ(openDeleteAndSave(doc, csv, pictures), Project::SavedData::Embedded);
  ASSERT_EQ(doc.rawData().samples(), 5);
  Project back;
  ASSERT_TRUE(back.open(projectPath()).ok());
  EXPECT_EQ(back.data().source.kind, neurona::DatasetSourceKind::Points);
  EXPECT_EQ(back.rawData().imageShape, (std::array<int, 3>{2, 3, 1}));
  EXPECT_EQ(back.rawData().features, doc.rawData().features);
  EXPECT_EQ(back.rawData().labels, doc.rawData().labels);
  ASSERT_EQ(back.data().source.drawn.size(), 1u) << "the drawn picture is still a drawn picture";
  EXPECT_EQ(back.data().source.drawn[0].label, "bar");
  EXPECT_EQ(back.data().source.points.rows(), 4) << "and is not stored twice";
  EXPECT_TRUE(back.canDraw());
}

TEST_F(VanishedDataTest, dataAProjectCannotHoldKeepsNamingItsFileAndSaysSo) {
  Project doc;
  neurona::DatasetSource twoTargets;
  twoTargets.labelColumns = {"y1", "y2"};
  EXPECT_EQ(openDeleteAndSave(doc, "x1,y1,y2\n0,1,2\n1,2,3\n2,3,5\n", twoTargets),
            Project::SavedData::MissingFile);
  const neurona::Result<neurona::Project> written = neurona::ProjectFile::read(projectPath().toStdString());
  ASSERT_TRUE(written.ok());
  EXPECT_EQ(written.value.dataset.kind, neurona::DatasetSourceKind::Csv);
  EXPECT_EQ(written.value.dataset.labelColumns, (std::vector<std::string>{"y1", "y2"}));
  EXPECT_EQ(doc.rawData().samples(), 3) << "the open project keeps its data";
}

TEST_F(ProjectFilesTest, aCsvPathIsStoredRelativeToTheProjectFolder) {
  const QDir root(dir.path());
  ASSERT_TRUE(root.mkpath(QStringLiteral("course/data")));
  ASSERT_TRUE(writeFile(root.filePath(QStringLiteral("course/data/points.csv")),
                        "x1,x2,label\n0,0,a\n1,1,b\n0,1,a\n1,0,b\n"));
  Project doc;
  ASSERT_TRUE(doc.loadCsv(root.filePath(QStringLiteral("course/data/points.csv"))).ok());
  const QString path = root.filePath(QStringLiteral("course/project.neurona"));
  ASSERT_TRUE(doc.save(path).ok());
  const neurona::Result<neurona::Project> written = neurona::ProjectFile::read(path.toStdString());
  ASSERT_TRUE(written.ok());
  EXPECT_EQ(written.value.dataset.csvPath, "data/points.csv");
  // The folder moves as a whole: the project still finds its data.
  ASSERT_TRUE(QDir().rename(root.filePath(QStringLiteral("course")), root.filePath(QStringLiteral("moved"))));
  Project back;
  ASSERT_TRUE(back.open(root.filePath(QStringLiteral("moved/project.neurona"))).ok());
  EXPECT_EQ(back.rawData().samples(), 4);
}

TEST_F(ProjectFilesTest, restoredWorkKeepsItsOriginalNameAndIsUnsaved) {
  const QString recovery = dir.filePath(QStringLiteral("recovery.neurona"));
  Project doc;
  doc.setSetting(SettingKey::LearningRate, 0.3);
  ASSERT_TRUE(neurona::ProjectFile::write(recovery.toStdString(), doc.toFile(dir.path())).ok());
  Project back;
  ASSERT_TRUE(back.restore(recovery, dir.filePath(QStringLiteral("mine.neurona"))).ok());
  EXPECT_EQ(back.displayName(), QStringLiteral("mine.neurona"));
  EXPECT_TRUE(back.isModified());
  EXPECT_DOUBLE_EQ(back.settings().optimizer.learningRate, 0.3);
}
