// The recovery files behind autosave: a process killed while it held unsaved work leaves a file the
// next start finds; a running instance's file is never taken; discarded work is gone.
#include "model/files/RecoveryStore.h"
#include "support/CoreApp.h"

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
  p.network = neurona::NetworkSpec::denseStack({units}, 1, neurona::ActivationKind::Relu,
                                               neurona::ActivationKind::Sigmoid);
  return p;
}

int hiddenUnits(const QString& file) {
  const neurona::Result<neurona::Project> p = neurona::ProjectFile::read(file.toStdString());
  return p.ok() ? p.value.network.layers.front().units : -1;
}

} // namespace

TEST(RecoveryStoreTest, aKilledProcessLeavesItsAutosaveForTheNextStart) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const pid_t child = ::fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    RecoveryStore store(dir.path());
    const bool ok = store.write(projectWithUnits(13), QStringLiteral("/home/ana/clase/espiral.neurona")).ok();
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
  ASSERT_TRUE(running.write(projectWithUnits(5), QString()).ok());
  RecoveryStore starting(dir.path());
  EXPECT_TRUE(starting.orphans().isEmpty());
  EXPECT_TRUE(running.hasFile());
}

TEST(RecoveryStoreTest, discardedWorkIsGoneAndWorkNotDiscardedStays) {
  QTemporaryDir dir;
  {
    RecoveryStore discarded(dir.path());
    ASSERT_TRUE(discarded.write(projectWithUnits(3), QString()).ok());
    EXPECT_TRUE(discarded.hasFile());
    discarded.discard();
    EXPECT_FALSE(discarded.hasFile());
  }
  {
    RecoveryStore kept(dir.path());
    ASSERT_TRUE(kept.write(projectWithUnits(4), QString()).ok());
    ASSERT_TRUE(kept.write(projectWithUnits(6), QString()).ok()); // the newest autosave wins
  }
  RecoveryStore next(dir.path());
  const QList<RecoveryStore::Entry> orphans = next.orphans();
  ASSERT_EQ(orphans.size(), 1);
  EXPECT_TRUE(orphans[0].originalPath.isEmpty());
  EXPECT_EQ(hiddenUnits(orphans[0].projectFile), 6);
}

TEST(RecoveryStoreTest, aFolderThatCannotBeWrittenIsReported) {
  RecoveryStore store(QStringLiteral("/proc/neurona-recovery"));
  const neurona::Error e = store.write(projectWithUnits(2), QString());
  EXPECT_EQ(e.code, neurona::ErrorCode::CannotWrite);
  EXPECT_FALSE(store.hasFile());
}
