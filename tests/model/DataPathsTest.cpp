// Where the installed app finds share/neurona: beside its program folder first, then the folder configured
// at build time, else nowhere.
#include "model/DataPaths.h"
#include "model/lessons/LessonLibrary.h"
#include "support/CoreApp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

QString canonical(const QString& path) { return QFileInfo(path).canonicalFilePath(); }

} // namespace

TEST(DataPaths, FindsShareNeuronaBesideTheProgram) {
  QTemporaryDir prefix;
  ASSERT_TRUE(prefix.isValid());
  ASSERT_TRUE(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
  ASSERT_TRUE(QDir(prefix.path()).mkpath(QStringLiteral("share/neurona/examples")));
  const QString found = DataPaths::installedDataDir(prefix.filePath(QStringLiteral("bin")), QString());
  EXPECT_EQ(found, canonical(prefix.filePath(QStringLiteral("share/neurona"))));
}

TEST(DataPaths, BesideTheProgramWinsOverTheConfiguredFolder) {
  QTemporaryDir prefix, configured;
  ASSERT_TRUE(prefix.isValid() && configured.isValid());
  ASSERT_TRUE(QDir(prefix.path()).mkpath(QStringLiteral("bin")));
  ASSERT_TRUE(QDir(prefix.path()).mkpath(QStringLiteral("share/neurona")));
  EXPECT_EQ(DataPaths::installedDataDir(prefix.filePath(QStringLiteral("bin")), configured.path()),
            canonical(prefix.filePath(QStringLiteral("share/neurona"))));
}

TEST(DataPaths, FallsBackOnTheConfiguredFolderThenNothing) {
  QTemporaryDir buildTree, configured;
  ASSERT_TRUE(buildTree.isValid() && configured.isValid());
  // A build folder: no share/neurona beside the program.
  EXPECT_EQ(DataPaths::installedDataDir(buildTree.path(), configured.path()), canonical(configured.path()));
  EXPECT_EQ(DataPaths::installedDataDir(buildTree.path(), configured.filePath(QStringLiteral("missing"))),
            QString());
  EXPECT_EQ(DataPaths::installedDataDir(QString(), QString()), QString());
}

TEST(DataPaths, ConfiguredFolderIsTheInstallDataDir) {
  // CMAKE_INSTALL_FULL_DATADIR/neurona, fixed at build time.
  EXPECT_TRUE(DataPaths::configuredDataDir().endsWith(QLatin1String("/share/neurona")))
      << DataPaths::configuredDataDir().toStdString();
}

TEST(DataPaths, SubfoldersAreEmptyWhenNotInstalled) {
  coreApp();
  // The test program runs from the build folder; unless Neurona is installed under the configured prefix,
  // there is no examples folder to offer, and never a folder that does not exist.
  const QString examples = DataPaths::examplesDir();
  if (!examples.isEmpty()) {
    EXPECT_TRUE(QFileInfo(examples).isDir());
  }
  const QString lessons = DataPaths::lessonsDir();
  if (!lessons.isEmpty()) {
    EXPECT_TRUE(QFileInfo(lessons + QStringLiteral("/lessons.json")).exists());
  }
}

TEST(DataPaths, LessonsInstalledBesideTheProgramJoinTheBundledOnesOnce) {
  coreApp();
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  // An installed copy of the bundled lessons plus one more.
  for (const QString& name : {QStringLiteral("01-tutorial.neurona"), QStringLiteral("01-tutorial.en.html"),
                              QStringLiteral("01-tutorial.es.html")})
    ASSERT_TRUE(QFile::copy(QStringLiteral(":/lessons/") + name, folder.filePath(name)));
  const char* index = R"({"format": "neurona-lessons", "version": 1, "lessons": [
    {"id": "01-tutorial", "project": "01-tutorial.neurona", "title": {"en": "A network from scratch"},
     "text": {"en": "01-tutorial.en.html"}, "goal": {"metric": "loss", "split": "train", "atMost": 0.5, "epochs": 10}},
    {"id": "90-school", "project": "01-tutorial.neurona", "title": {"en": "Our own lesson"},
     "text": {"en": "01-tutorial.en.html"}, "goal": {"metric": "loss", "split": "train", "atMost": 0.5, "epochs": 10}}]})";
  QFile f(folder.filePath(QStringLiteral("lessons.json")));
  ASSERT_TRUE(f.open(QIODevice::WriteOnly));
  f.write(index);
  f.close();

  QString error;
  const QList<Lesson> extra = LessonLibrary::installedBeyond(LessonLibrary::bundled(), folder.path(), &error);
  EXPECT_TRUE(error.isEmpty()) << error.toStdString();
  ASSERT_EQ(extra.size(), 1);
  EXPECT_EQ(extra.front().id, QStringLiteral("90-school"));
  // No folder, or one without an index: nothing, and no error.
  EXPECT_TRUE(LessonLibrary::installedBeyond(LessonLibrary::bundled(), QString(), &error).isEmpty());
  QTemporaryDir empty;
  EXPECT_TRUE(LessonLibrary::installedBeyond(LessonLibrary::bundled(), empty.path(), &error).isEmpty());
  EXPECT_TRUE(error.isEmpty());
}
