#pragma once
// Base fixture of the tests that build a whole MainWindow: the one QApplication, settings cleared (so
// no test sees another's recent files or saved layout), English, and training resets answered
// without a question box.
#include "support/QtApp.h"

#include "ui/LanguageManager.h"
#include "ui/TrainingWorkspace.h"

#include <QSettings>

#include <gtest/gtest.h>

class WindowFixture : public ::testing::Test {
protected:
  void SetUp() override {
    qtApp();
    QSettings().clear();
    TrainingWorkspace::setAskBeforeReset(false, true);
    languages.setLanguage(QStringLiteral("en"));
  }
  void TearDown() override { languages.setLanguage(QStringLiteral("en")); }

  LanguageManager languages;
};
