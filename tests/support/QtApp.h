#pragma once
// One QApplication for a whole GUI test executable (gtest's own main is used).
// Tests run offscreen: ctest sets QT_QPA_PLATFORM=offscreen, and so does this when it is unset.
#include <QApplication>
#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

inline QApplication& qtApp() {
  static int argc = 1;
  static char name[] = "neurona-tests";
  static char* argv[] = {name, nullptr};
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  static QApplication* app = [] {
    QCoreApplication::setOrganizationName(QStringLiteral("NeuronaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("NeuronaTests"));
    QStandardPaths::setTestModeEnabled(true); // data goes to a throw-away test location
    // ctest runs test processes in parallel: each gets its own settings, so that one test's saved
    // language, layout or "don't ask again" never leaks into another.
    static QTemporaryDir settingsDir;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    return new QApplication(argc, argv);
  }();
  return *app;
}
