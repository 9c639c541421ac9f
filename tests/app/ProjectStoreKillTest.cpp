// The app's project saves (ProjectStore, through QSaveFile) under a SIGKILL in the middle of a save and on
// a full disk: the file on disk is always a whole project, the old one or the new one. The savers run in
// forked children, which need no QApplication (QSaveFile does not).
#include "document/ProjectStore.h"

#include "neurona/core/io/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <random>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

neurona::Project paintedProject(int n, std::uint64_t seed) {
  neurona::Project p;
  p.dataset.kind = neurona::DatasetSourceKind::Points;
  p.dataset.inputs = {"x1", "x2"};
  p.dataset.points.resize(n, 2);
  std::mt19937_64 rng(seed);
  std::uniform_real_distribution<double> u(-3.0, 3.0);
  for (int r = 0; r < n; ++r) {
    p.dataset.points(r, 0) = u(rng);
    p.dataset.points(r, 1) = u(rng);
    p.dataset.labels.push_back(r % 2 ? "rojo" : "azul");
  }
  p.network = neurona::NetworkSpec::denseStack({6}, 1, neurona::ActivationKind::Tanh,
                                               neurona::ActivationKind::Sigmoid);
  return p;
}

QByteArray bytesOf(const QString& path) {
  QFile f(path);
  return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

int otherFiles(const QString& dir, const QString& keep) {
  int n = 0;
  for (const QString& name : QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System))
    n += name != keep ? 1 : 0;
  return n;
}

} // namespace

TEST(ProjectStoreCrashSafety, SigkillDuringSavesLeavesAWholeProject) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString target = dir.filePath(QStringLiteral("clase de redes.neurona"));
  const neurona::Project a = paintedProject(20000, 1);
  const neurona::Project b = paintedProject(8000, 2);
  const QByteArray textA = QByteArray::fromStdString(neurona::ProjectFile::serialize(a));
  const QByteArray textB = QByteArray::fromStdString(neurona::ProjectFile::serialize(b));
  QString error;
  ASSERT_TRUE(ProjectStore::save(target, a, &error)) << error.toStdString();

  const unsigned seed = std::random_device{}();
  std::printf("ProjectStore kill test seed %u\n", seed);
  std::mt19937 rng(seed);
  std::uniform_int_distribution<int> delayUs(0, 40000);
  int versionA = 0, versionB = 0;
  for (int k = 0; k < 50; ++k) {
    const pid_t child = ::fork();
    if (child == 0) {
      for (int i = k;; ++i)
        if (!ProjectStore::save(target, i % 2 ? b : a, nullptr)) ::_exit(3);
    }
    ASSERT_GT(child, 0);
    std::this_thread::sleep_for(std::chrono::microseconds(delayUs(rng)));
    ::kill(child, SIGKILL);
    int status = 0;
    ::waitpid(child, &status, 0);
    ASSERT_TRUE(WIFSIGNALED(status)) << "the saving child stopped on its own";
    const QByteArray now = bytesOf(target);
    ASSERT_TRUE(now == textA || now == textB) << "kill " << k << ": " << now.size() << " bytes on disk (seed " << seed
                                              << ")";
    (now == textA ? versionA : versionB) += 1;
  }
  const int stray = otherFiles(dir.path(), QStringLiteral("clase de redes.neurona"));
  std::printf("ProjectStore: 50 kills, %d times version A, %d times B, %d stray temporary files\n", versionA, versionB,
              stray);
  EXPECT_LE(stray, 50);

  neurona::Project loaded;
  ASSERT_TRUE(ProjectStore::load(target, &loaded, &error)) << error.toStdString();
  EXPECT_TRUE(loaded == a || loaded == b);
  // Leftover temporaries of killed saves do not get in the way of the next one.
  ASSERT_TRUE(ProjectStore::save(target, b, &error)) << error.toStdString();
  ASSERT_TRUE(ProjectStore::save(target, a, &error)) << error.toStdString();
  EXPECT_EQ(bytesOf(target), textA);
  EXPECT_EQ(otherFiles(dir.path(), QStringLiteral("clase de redes.neurona")), stray);
}

TEST(ProjectStoreCrashSafety, DiskFullOnSaveSaysSoAndKeepsTheOldProject) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString target = dir.filePath(QStringLiteral("proyecto.neurona"));
  QString error;
  ASSERT_TRUE(ProjectStore::save(target, paintedProject(20, 3), &error)) << error.toStdString();
  const QByteArray before = bytesOf(target);

  int pipeFds[2];
  ASSERT_EQ(::pipe(pipeFds), 0);
  const pid_t child = ::fork();
  if (child == 0) {
    // A disk with 32 KB left: files may not grow beyond it, and write() fails as on a full disk.
    std::signal(SIGXFSZ, SIG_IGN);
    const rlimit r{32 * 1024, 32 * 1024};
    ::setrlimit(RLIMIT_FSIZE, &r);
    QString why;
    const bool saved = ProjectStore::save(target, paintedProject(20000, 4), &why);
    const QByteArray message = why.toUtf8();
    [[maybe_unused]] const ssize_t n = ::write(pipeFds[1], message.constData(), static_cast<std::size_t>(message.size()));
    ::_exit(saved ? 1 : 0);
  }
  ::close(pipeFds[1]);
  std::string message;
  char buf[512];
  for (ssize_t n; (n = ::read(pipeFds[0], buf, sizeof buf)) > 0;) message.append(buf, static_cast<std::size_t>(n));
  ::close(pipeFds[0]);
  int status = 0;
  ::waitpid(child, &status, 0);
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 0) << "the save must fail on a full disk";
  const std::string shown = QDir::toNativeSeparators(target).toStdString();
  EXPECT_EQ(message.rfind(shown + " could not be saved: ", 0), 0u) << message;
  EXPECT_NE(message.find("The file on disk was left as it was; the disk may be full."), std::string::npos) << message;
  EXPECT_EQ(bytesOf(target), before);
  EXPECT_EQ(otherFiles(dir.path(), QStringLiteral("proyecto.neurona")), 0) << "no temporary may stay behind";
}
