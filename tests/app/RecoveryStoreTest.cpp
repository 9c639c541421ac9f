// The recovery files behind autosave: a process killed while it held unsaved work leaves a file the
// next start finds; a running instance's file is never taken; discarded work is gone.
#include "document/ProjectStore.h"
#include "document/RecoveryStore.h"

#include "neurona/core/io/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <csignal>
#include <sys/wait.h>
#include <unistd.h>

namespace {

neurona::Project projectWithUnits(int units) {
  neurona::Project p = neurona::defaultProject();
  p.network = neurona::NetworkSpec::denseStack({units}, 1, neurona::ActivationKind::Relu, neurona::ActivationKind::Sigmoid);
  return p;
}

int hiddenUnits(const QString& file) {
  neurona::Project p;
  QString error;
  if (!ProjectStore::load(file, &p, &error)) return -1;
  return p.network.layers.front().units;
}

} // namespace

TEST(RecoveryStoreTest, aKilledProcessLeavesItsAutosaveForTheNextStart) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    RecoveryStore store(dir.path());
    QString error;
    const bool ok = store.write(projectWithUnits(13), QStringLiteral("/home/ana/clase/espiral.neurona"), &error);
    // Killed with its lock file still there: no destructor, no clean-up.
    ::kill(::getpid(), ok ? SIGKILL : SIGABRT);
    ::_exit(3);
  }
  int status = 0;
  ASSERT_EQ(::waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFSIGNALED(status));
  ASSERT_EQ(WTERMSIG(status), SIGKILL);

  RecoveryStore next(dir.path());
  const QList<RecoveryStore::Entry> orphans = next.orphans();
  ASSERT_EQ(orphans.size(), 1);
  EXPECT_EQ(orphans[0].originalPath, QStringLiteral("/home/ana/clase/espiral.neurona"));
  EXPECT_TRUE(orphans[0].savedAt.isValid());
  EXPECT_EQ(hiddenUnits(orphans[0].projectFile), 13);
  RecoveryStore::remove(orphans[0]);
  EXPECT_TRUE(next.orphans().isEmpty());
  EXPECT_TRUE(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

TEST(RecoveryStoreTest, theFileOfARunningInstanceIsNeverOffered) {
  QTemporaryDir dir;
  RecoveryStore running(dir.path());
  QString error;
  ASSERT_TRUE(running.write(projectWithUnits(5), QString(), &error)) << error.toStdString();
  RecoveryStore starting(dir.path());
  EXPECT_TRUE(starting.orphans().isEmpty());
  EXPECT_TRUE(running.hasFile());
}

TEST(RecoveryStoreTest, discardedWorkIsGoneAndWorkNotDiscardedStays) {
  QTemporaryDir dir;
  QString error;
  {
    RecoveryStore discarded(dir.path());
    ASSERT_TRUE(discarded.write(projectWithUnits(3), QString(), &error));
    EXPECT_TRUE(discarded.hasFile());
    discarded.discard();
    EXPECT_FALSE(discarded.hasFile());
  }
  {
    RecoveryStore kept(dir.path());
    ASSERT_TRUE(kept.write(projectWithUnits(4), QString(), &error));
    ASSERT_TRUE(kept.write(projectWithUnits(6), QString(), &error)); // the newest autosave wins
  }
  RecoveryStore next(dir.path());
  const QList<RecoveryStore::Entry> orphans = next.orphans();
  ASSERT_EQ(orphans.size(), 1);
  EXPECT_TRUE(orphans[0].originalPath.isEmpty());
  EXPECT_EQ(hiddenUnits(orphans[0].projectFile), 6);
}

TEST(RecoveryStoreTest, aFolderThatCannotBeWrittenIsReported) {
  RecoveryStore store(QStringLiteral("/proc/neurona-recovery"));
  QString error;
  EXPECT_FALSE(store.write(projectWithUnits(2), QString(), &error));
  EXPECT_FALSE(error.isEmpty());
  EXPECT_FALSE(store.hasFile());
}
