#pragma once
// Base fixture of the tests that build a whole MainWindow: the one QApplication, settings cleared (so
// no test sees another's recent files or saved layout), and English.
#include "support/QtApp.h"

#include "ui/shell/LanguageManager.h"

#include <QSettings>

#include <gtest/gtest.h>

class WindowFixture : public ::testing::Test {
protected:
  void SetUp() override {
    qtApp();
    QSettings().clear();
    languages.setLanguage(QStringLiteral("en"));
  }
  void TearDown() override { languages.setLanguage(QStringLiteral("en")); }

  LanguageManager languages;
};
