#pragma once
// Reading and writing `.neurona` files for the app. Writes go through QSaveFile: the bytes land in a
// temporary file beside the target, which replaces the target only once everything is on disk, so a
// failed or interrupted save never damages the file that was there.
#include "neurona/core/io/Project.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class ProjectStore {
  Q_DECLARE_TR_FUNCTIONS(ProjectStore)
public:
  // False with a sentence (which file, and why) in `error`.
  static bool save(const QString& path, const neurona::Project& project, QString* error);
  static bool writeBytes(const QString& path, const QByteArray& bytes, QString* error);
  // Reads a project file from disk or from the bundled resources (":/…").
  static bool load(const QString& path, neurona::Project* project, QString* error);
};
