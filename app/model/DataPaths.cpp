#include "model/DataPaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifndef NEURONA_INSTALL_DATADIR
#define NEURONA_INSTALL_DATADIR ""
#endif

namespace {

QString existingDir(const QString& path) {
  if (path.isEmpty()) return {};
  const QFileInfo info(path);
  return info.isDir() ? info.canonicalFilePath() : QString();
}

QString subdir(const QString& name) {
  const QString base = DataPaths::installedDataDir();
  return base.isEmpty() ? QString() : existingDir(base + QLatin1Char('/') + name);
}

} // namespace

QString DataPaths::configuredDataDir() { return QString::fromUtf8(NEURONA_INSTALL_DATADIR); }

QString DataPaths::installedDataDir(const QString& applicationDir, const QString& configuredDir) {
  // bin/ and share/ are siblings in every prefix (/usr, /usr/local, ~/.local, a DESTDIR staging tree).
  if (!applicationDir.isEmpty())
    if (QString beside = existingDir(applicationDir + QStringLiteral("/../share/neurona")); !beside.isEmpty())
      return beside;
  return existingDir(configuredDir);
}

QString DataPaths::installedDataDir() {
  // Before a QCoreApplication exists there is no program folder; the configured one still applies.
  const QString appDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
  return installedDataDir(appDir, configuredDataDir());
}

QString DataPaths::examplesDir() { return subdir(QStringLiteral("examples")); }

QString DataPaths::lessonsDir() { return subdir(QStringLiteral("lessons")); }
