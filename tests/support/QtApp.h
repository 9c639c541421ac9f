#pragma once
// One QApplication for a whole GUI test executable (gtest's own main is used).
// Tests run offscreen: ctest sets QT_QPA_PLATFORM=offscreen, and so does this when it is unset.
#include <QApplication>
#include <QCoreApplication>
#include <QStandardPaths>

inline QApplication& qtApp() {
  static int argc = 1;
  static char name[] = "neurona-tests";
  static char* argv[] = {name, nullptr};
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  static QApplication* app = [] {
    QCoreApplication::setOrganizationName(QStringLiteral("NeuronaTests"));
    QCoreApplication::setApplicationName(QStringLiteral("NeuronaTests"));
    QStandardPaths::setTestModeEnabled(true); // settings and data go to a throw-away test location
    return new QApplication(argc, argv);
  }();
  return *app;
}
