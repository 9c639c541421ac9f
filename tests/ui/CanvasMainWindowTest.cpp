#include "support/QtApp.h"

#include "model/Project.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/canvas/PropertiesPanel.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QSpinBox>
#include <QUndoStack>

#include <gtest/gtest.h>

TEST(CanvasInMainWindow, startsWithTheTutorialAndTheEditMenuNamesTheUndoStep) {
  qtApp();
  LanguageManager languages;
  languages.setLanguage(QStringLiteral("en"));
  MainWindow w(&languages);
  w.show();
  Project* doc = w.project();
  ASSERT_EQ(doc->layerCount(), 3);
  EXPECT_EQ(w.centralWidget(), w.canvas());
  EXPECT_FALSE(w.undoAction()->isEnabled());

  const auto dense2 = doc->network().layers[1].id;
  doc->setLayerProperty(dense2, LayerProperty::Units, 9);
  doc->setLayerProperty(dense2, LayerProperty::Units, 10);
  EXPECT_EQ(w.undoAction()->text().remove(QLatin1Char('&')), QStringLiteral("Undo Change units of Dense 2"));
  EXPECT_TRUE(w.findChild<QMenu*>(QStringLiteral("editMenu"))->actions().contains(w.undoAction()));
  w.undoAction()->trigger();
  EXPECT_EQ(doc->layer(dense2)->units, 8);
  EXPECT_EQ(w.redoAction()->text().remove(QLatin1Char('&')), QStringLiteral("Redo Change units of Dense 2"));

  // Double-clicking a block (layerActivated) brings the properties dock up on that layer.
  emit w.canvas()->layerActivated(dense2);
  EXPECT_EQ(w.properties()->layer(), dense2);
  EXPECT_EQ(w.canvas()->networkScene()->currentLayer(), dense2);
  EXPECT_TRUE(w.propertiesDock()->isVisible());
}

TEST(CanvasInMainWindow, templatesMenuAppliesEachTemplateAsOneUndoStep) {
  qtApp();
  LanguageManager languages;
  languages.setLanguage(QStringLiteral("en"));
  MainWindow w(&languages);
  auto* templates = w.findChild<QMenu*>(QStringLiteral("templatesMenu"));
  ASSERT_NE(templates, nullptr);
  ASSERT_EQ(templates->actions().size(), 5);
  QAction* spiral = nullptr;
  for (QAction* a : templates->actions())
    if (a->text().contains(QStringLiteral("spiral"))) spiral = a;
  ASSERT_NE(spiral, nullptr);
  spiral->trigger();
  EXPECT_EQ(w.project()->layerCount(), 4);
  EXPECT_EQ(w.project()->summary().totalParams, (2 * 16 + 16) + 2 * (16 * 16 + 16) + (16 + 1));
  EXPECT_EQ(w.project()->undoStack()->count(), 1);
  ASSERT_NE(w.issuesDock(), nullptr);
  EXPECT_EQ(w.issuesDock()->objectName(), QStringLiteral("issuesDock"));
}
