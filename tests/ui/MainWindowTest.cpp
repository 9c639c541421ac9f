#include "ui/shell/MainWindow.h"
#include "support/QtApp.h"
#include "ui/shell/LanguageManager.h"

#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QTranslator>

#include <gtest/gtest.h>

namespace {

QStringList menuTitles(const QMainWindow& w) {
  QStringList titles;
  for (QAction* a : w.menuBar()->actions()) titles << a->text();
  return titles;
}

} // namespace

TEST(MainWindow, hasTheDocksAndMenusOfTheProduct) {
  qtApp();
  LanguageManager languages;
  languages.setLanguage(QStringLiteral("en"));
  MainWindow w(&languages);
  w.show();
  for (const char* name :
       {"paletteDock", "propertiesDock", "datasetDock", "trainingDock", "lossDock", "boundaryDock"}) {
    auto* dock = w.findChild<QDockWidget*>(QString::fromLatin1(name));
    ASSERT_NE(dock, nullptr) << name;
    EXPECT_TRUE(dock->isVisible()) << name;
    EXPECT_FALSE(dock->windowTitle().isEmpty()) << name;
  }
  EXPECT_NE(w.centralWidget(), nullptr);
  EXPECT_EQ(menuTitles(w), (QStringList{"&File", "&Edit", "&View", "&Train", "&Language", "&Help"}));
}

TEST(Translations, spanishCatalogueTranslatesTheMenus) {
  qtApp();
  QTranslator es;
  ASSERT_TRUE(es.load(QStringLiteral(":/i18n/neurona_es.qm")));
  EXPECT_EQ(es.translate("MainWindow", "&File"), QStringLiteral("&Archivo"));
  EXPECT_EQ(es.translate("MainWindow", "&Help"), QStringLiteral("Ay&uda"));
}

TEST(Translations, switchingLanguageRetranslatesTheOpenWindow) {
  qtApp();
  LanguageManager languages;
  languages.setLanguage(QStringLiteral("en"));
  MainWindow w(&languages);
  ASSERT_TRUE(languages.setLanguage(QStringLiteral("es")));
  QCoreApplication::processEvents();
  EXPECT_TRUE(menuTitles(w).contains(QStringLiteral("&Archivo")));
  EXPECT_EQ(w.findChild<QDockWidget*>(QStringLiteral("trainingDock"))->windowTitle(),
            QStringLiteral("Entrenamiento"));
  languages.setLanguage(QStringLiteral("en"));
  QCoreApplication::processEvents();
  EXPECT_TRUE(menuTitles(w).contains(QStringLiteral("&File")));
}
