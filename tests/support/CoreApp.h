#pragma once
// One QCoreApplication for a test program without widgets (the model and training tests): an event loop
// for timers and queued calls, the bundled resources, and settings in a throw-away folder.
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

inline QCoreApplication& coreApp() {
  static int argc = 1;
  static char name[] = "neurona-model-tests";
  static char* argv[] = {name, nullptr};
  static QCoreApplication* app = [] {
    QCoreApplication::setOrganizationName(QStringLiteral("NeuronaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("NeuronaModelTests"));
    QStandardPaths::setTestModeEnabled(true);
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    return new QCoreApplication(argc, argv);
  }();
  return *app;
}
