#pragma once
// Where the installed program finds its data: the example projects and lessons installed under
// share/neurona (the app also embeds them, so a build run from its build folder works without).
// QtCore only.
#include <QString>

class DataPaths {
public:
  // The installed share/neurona folder: <program folder>/../share/neurona when it exists (any install
  // prefix, also after the tree is moved), else the data folder configured at build time
  // (CMAKE_INSTALL_FULL_DATADIR/neurona) when it exists, else empty (e.g. running from the build folder).
  static QString installedDataDir();
  // The same choice, from a given program folder and fallback (what the tests use).
  static QString installedDataDir(const QString& applicationDir, const QString& configuredDir);

  // installedDataDir() + "/examples" or "/lessons", or empty when there is no installed data folder or it
  // has no such subfolder.
  static QString examplesDir();
  static QString lessonsDir();

  // The data folder configured at build time (whether or not it exists).
  static QString configuredDataDir();
};
