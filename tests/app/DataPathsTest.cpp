// Where the installed app finds share/neurona: beside its program folder first, then the folder configured
// at build time, else nowhere.
#include "model/DataPaths.h"
#include "support/QtApp.h"

#include <QDir>
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
  qtApp();
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
