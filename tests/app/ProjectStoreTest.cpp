// The app's project saves (QSaveFile): a failing save reports why and leaves the old file whole.
#include "document/ProjectStore.h"

#include "neurona/core/io/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

QByteArray readAll(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

TEST(ProjectStoreTest, saveAndLoadRoundTripThroughANonAsciiPath) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("clase de señales/pérdida ñandú.neurona"));
  ASSERT_TRUE(QDir().mkpath(QFileInfo(path).absolutePath()));
  neurona::Project p = neurona::defaultProject();
  p.training.optimizer.learningRate = 0.0375;
  QString error;
  ASSERT_TRUE(ProjectStore::save(path, p, &error)) << error.toStdString();
  neurona::Project back;
  ASSERT_TRUE(ProjectStore::load(path, &back, &error)) << error.toStdString();
  EXPECT_DOUBLE_EQ(back.training.optimizer.learningRate, 0.0375);
  EXPECT_EQ(back.network.layers.size(), p.network.layers.size());
}

TEST(ProjectStoreTest, aFullDiskFailsTheSaveAndKeepsThePreviousFile) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("project.neurona"));
  QString error;
  ASSERT_TRUE(ProjectStore::save(path, neurona::defaultProject(), &error));
  const QByteArray before = readAll(path);

  // A disk that fills up after 4 KiB: the file-size limit makes every later write fail with EFBIG,
  // as ENOSPC would, in a child so the limit stays there.
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit limit{4096, 4096};
    ::setrlimit(RLIMIT_FSIZE, &limit);
    QString childError;
    const bool saved = ProjectStore::writeBytes(path, QByteArray(200'000, 'x'), &childError);
    const bool explained = childError.contains(QStringLiteral("could not be saved")) &&
                           childError.contains(QStringLiteral("disk may be full"));
    ::_exit(saved ? 1 : explained ? 0 : 2);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "1: the save claimed success; 2: the message did not say why";
  EXPECT_EQ(readAll(path), before);
  neurona::Project back;
  EXPECT_TRUE(ProjectStore::load(path, &back, &error)) << error.toStdString();
  EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left behind
}

TEST(ProjectStoreTest, aMissingFolderAndAMissingFileAreNamed) {
  QString error;
  EXPECT_FALSE(ProjectStore::save(QStringLiteral("/nonexistent-folder-for-neurona/x.neurona"),
                                  neurona::defaultProject(), &error));
  EXPECT_TRUE(error.contains(QStringLiteral("does not exist"))) << error.toStdString();
  neurona::Project p;
  EXPECT_FALSE(ProjectStore::load(QStringLiteral("/nonexistent-folder-for-neurona/x.neurona"), &p, &error));
  EXPECT_TRUE(error.contains(QStringLiteral("does not exist any more"))) << error.toStdString();
}

TEST(ProjectStoreTest, aNewerFormatVersionIsRefusedWithBothVersions) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("future.neurona"));
  std::string text = neurona::ProjectFile::serialize(neurona::defaultProject());
  const auto at = text.find("\"version\": 1");
  ASSERT_NE(at, std::string::npos);
  text.replace(at, 12, "\"version\": 7");
  QString error;
  ASSERT_TRUE(ProjectStore::writeBytes(path, QByteArray::fromStdString(text), &error));
  neurona::Project p;
  EXPECT_FALSE(ProjectStore::load(path, &p, &error));
  EXPECT_TRUE(error.contains(QStringLiteral("newer Neurona"))) << error.toStdString();
  EXPECT_TRUE(error.contains(QStringLiteral("7"))) << error.toStdString();
}
