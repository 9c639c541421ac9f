#include "model/files/RecoveryStore.h"

#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace {
const QString kProjectSuffix = QStringLiteral(".neurona");
const QString kInfoSuffix = QStringLiteral(".json");
const QString kLockSuffix = QStringLiteral(".lock");
} // namespace

RecoveryStore::RecoveryStore(const QString& dir) : m_dir(dir.isEmpty() ? defaultDir() : dir) {
  m_base = QDir(m_dir).filePath(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

RecoveryStore::~RecoveryStore() = default;

QString RecoveryStore::defaultDir() {
  return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
      .filePath(QStringLiteral("recovery"));
}

void RecoveryStore::ensureLocked() {
  if (m_lock) return;
  QDir().mkpath(m_dir);
  m_lock = std::make_unique<QLockFile>(m_base + kLockSuffix);
  m_lock->setStaleLockTime(0); // only a dead owner makes the lock stale, never its age
  m_lock->tryLock(0);
}

neurona::Error RecoveryStore::write(const neurona::Project& project, const QString& originalPath) {
  ensureLocked();
  // The project first: an info file always points at a complete project.
  if (neurona::Error e = neurona::ProjectFile::write((m_base + kProjectSuffix).toStdString(), project);
      !e.ok())
    return e;
  QJsonObject info;
  info[QStringLiteral("original")] = originalPath;
  info[QStringLiteral("saved")] = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
  const QByteArray bytes = QJsonDocument(info).toJson();
  return neurona::AtomicFile::write(
      (m_base + kInfoSuffix).toStdString(),
      std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
}

bool RecoveryStore::hasFile() const { return QFile::exists(m_base + kProjectSuffix); }

void RecoveryStore::discard() {
  QFile::remove(m_base + kInfoSuffix);
  QFile::remove(m_base + kProjectSuffix);
}

QList<RecoveryStore::Entry> RecoveryStore::orphans() const {
  QList<Entry> found;
  const QDir dir(m_dir);
  for (const QString& name : dir.entryList({QStringLiteral("*") + kInfoSuffix}, QDir::Files)) {
    Entry e;
    const QString base = dir.filePath(name.chopped(kInfoSuffix.size()));
    if (base == m_base) continue;
    e.infoFile = base + kInfoSuffix;
    e.projectFile = base + kProjectSuffix;
    e.lockFile = base + kLockSuffix;
    QLockFile lock(e.lockFile);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) continue; // its instance is still running
    lock.unlock();
    if (!QFile::exists(e.projectFile)) {
      remove(e);
      continue;
    }
    QFile f(e.infoFile);
    if (!f.open(QIODevice::ReadOnly)) continue;
    const QJsonObject info = QJsonDocument::fromJson(f.readAll()).object();
    e.originalPath = info.value(QStringLiteral("original")).toString();
    e.savedAt = QDateTime::fromString(info.value(QStringLiteral("saved")).toString(), Qt::ISODateWithMs);
    if (!e.savedAt.isValid()) e.savedAt = QFileInfo(e.projectFile).lastModified();
    found << e;
  }
  std::sort(found.begin(), found.end(), [](const Entry& a, const Entry& b) { return a.savedAt > b.savedAt; });
  return found;
}

void RecoveryStore::remove(const Entry& entry) {
  QFile::remove(entry.infoFile);
  QFile::remove(entry.projectFile);
  QFile::remove(entry.lockFile);
}
