#include "document/ProjectStore.h"

#include "document/DatasetDocument.h"

#include "neurona/core/io/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

bool ProjectStore::writeBytes(const QString& path, const QByteArray& bytes, QString* error) {
  const QString shown = QDir::toNativeSeparators(path);
  QSaveFile file(path);
  // Without this, QSaveFile writes in place when it cannot create its temporary file, and a failure
  // half-way would leave a truncated project; a clear error is better.
  file.setDirectWriteFallback(false);
  if (!file.open(QIODevice::WriteOnly)) {
    if (error) {
      const QFileInfo dir(QFileInfo(path).absolutePath());
      *error = !dir.exists() ? tr("%1 could not be saved: the folder %2 does not exist.")
                                   .arg(shown, QDir::toNativeSeparators(dir.filePath()))
                             : tr("%1 could not be saved: the folder cannot be written to (%2). "
                                  "Choose another folder with Save As.")
                                   .arg(shown, file.errorString());
    }
    return false;
  }
  if (file.write(bytes) != bytes.size() || !file.commit()) {
    if (error)
      *error = tr("%1 could not be saved: %2. The file on disk was left as it was; the disk may be full.")
                   .arg(shown, file.errorString());
    return false;
  }
  return true;
}

bool ProjectStore::save(const QString& path, const neurona::Project& project, QString* error) {
  const std::string text = neurona::ProjectFile::serialize(project);
  return writeBytes(path, QByteArray::fromStdString(text), error);
}

bool ProjectStore::load(const QString& path, neurona::Project* project, QString* error) {
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly)) {
    if (error)
      *error = QFileInfo::exists(path) ? tr("%1 could not be opened: %2.").arg(QDir::toNativeSeparators(path), file.errorString())
                                       : tr("%1 does not exist any more. It may have been moved or deleted.")
                                             .arg(QDir::toNativeSeparators(path));
    return false;
  }
  const QByteArray bytes = file.readAll();
  neurona::Result<neurona::Project> loaded =
      neurona::ProjectFile::parse(std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
  if (!loaded.ok()) {
    loaded.error.file = QDir::toNativeSeparators(path).toStdString();
    if (error) *error = DatasetDocument::errorText(loaded.error);
    return false;
  }
  *project = std::move(loaded.value);
  return true;
}
