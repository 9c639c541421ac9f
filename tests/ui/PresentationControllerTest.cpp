#include "ui/shell/PresentationController.h"
#include "support/QtApp.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/style/ColorPalettes.h"
#include "ui/style/Theme.h"

#include <QAction>
#include <QFontInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

namespace {

// Leaves the application as a fresh start finds it, whatever a test did.
struct ResetPresentation {
  ~ResetPresentation() {
    QMainWindow w;
    PresentationController p(&w);
    p.resetZoom();
    p.setHighContrast(false);
    p.setColorBlindSafe(true);
  }
};

} // namespace

TEST(PresentationController, scalesTheApplicationFontAndBack) {
  qtApp();
  ResetPresentation reset;
  QMainWindow w;
  auto* label = new QLabel(QStringLiteral("text"), &w);
  w.setCentralWidget(label);
  PresentationController p(&w);
  p.resetZoom();
  const double base = QApplication::font().pointSizeF();
  ASSERT_GT(base, 0.0);
  QSignalSpy scaled(&Theme::instance(), &Theme::scaleChanged);

  p.zoomIn();
  QCoreApplication::processEvents(); // widgets hear of the new application font through an event
  EXPECT_NEAR(p.scale(), p.scaleAtStep(1), 1e-9);
  EXPECT_NEAR(QApplication::font().pointSizeF(), base * p.scaleAtStep(1), 0.01);
  EXPECT_NEAR(label->font().pointSizeF(), base * p.scaleAtStep(1), 0.01); // widgets follow
  ASSERT_EQ(scaled.count(), 1);
  EXPECT_NEAR(scaled.at(0).at(0).toDouble(), p.scaleAtStep(1), 1e-9);
  // One step is the projector's size: text at least 16 px tall.
  EXPECT_GE(QFontInfo(label->font()).pixelSize(), 16);
  p.zoomIn();
  EXPECT_NEAR(p.scale(), p.scaleAtStep(1) * PresentationController::kStep, 1e-9); // then 15% a step
  p.zoomOut();

  p.zoomIn();
  p.zoomOut();
  p.zoomOut();
  EXPECT_DOUBLE_EQ(p.scale(), 1.0); // in and out land on the same sizes
  EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), base);

  p.zoomOut();
  EXPECT_LT(QApplication::font().pointSizeF(), base);
  p.resetZoom();
  EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), base);

  for (int i = 0; i < 40; ++i) p.zoomIn();
  EXPECT_DOUBLE_EQ(p.scale(), PresentationController::kMaxScale);
  p.resetZoom();
}

TEST(PresentationController, keyboardShortcutsScaleAndToggleFullScreen) {
  qtApp();
  ResetPresentation reset;
  LanguageManager languages;
  languages.setLanguage(QStringLiteral("en"));
  MainWindow w(&languages);
  w.show();
  QApplication::setActiveWindow(&w);
  ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
  PresentationController* p = w.presentation();
  ASSERT_NE(p, nullptr);
  p->resetZoom();
  const double base = QApplication::font().pointSizeF();

  QTest::keyClick(&w, Qt::Key_Equal, Qt::ControlModifier);
  EXPECT_NEAR(QApplication::font().pointSizeF(), base * p->scaleAtStep(1), 0.01);
  QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);
  EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), base);
  QTest::keyClick(&w, Qt::Key_Minus, Qt::ControlModifier);
  EXPECT_LT(QApplication::font().pointSizeF(), base);
  QTest::keyClick(&w, Qt::Key_0, Qt::ControlModifier);

  EXPECT_FALSE(w.isFullScreen());
  QTest::keyClick(&w, Qt::Key_F11);
  EXPECT_TRUE(w.isFullScreen());
  EXPECT_TRUE(p->fullScreenAction()->isChecked());
  QTest::keyClick(&w, Qt::Key_F11);
  EXPECT_FALSE(w.isFullScreen());
  EXPECT_FALSE(p->fullScreenAction()->isChecked());

  // The actions are in the View menu, with their shortcuts.
  auto* view = w.findChild<QMenu*>(QStringLiteral("viewMenu"));
  ASSERT_NE(view, nullptr);
  EXPECT_TRUE(view->actions().contains(p->fullScreenAction()));
  EXPECT_TRUE(view->actions().contains(p->highContrastAction()));
  EXPECT_EQ(p->fullScreenAction()->shortcut(), QKeySequence(Qt::Key_F11));
  EXPECT_FALSE(p->fullScreenAction()->text().isEmpty());
}

TEST(PresentationController, highContrastAndPalettesAreAppliedAndRemembered) {
  qtApp();
  ResetPresentation reset;
  const QColor normalWindow = QApplication::palette().color(QPalette::Window);
  {
    QMainWindow w;
    PresentationController p(&w);
    QSignalSpy changed(&Theme::instance(), &Theme::changed);
    p.highContrastAction()->trigger();
    EXPECT_TRUE(Theme::instance().highContrast());
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), QColor(Qt::black));
    EXPECT_EQ(QApplication::palette().color(QPalette::WindowText), QColor(Qt::white));
    EXPECT_EQ(changed.count(), 1);

    p.setColorBlindSafe(false);
    EXPECT_EQ(Theme::instance().classColor(0), ColorPalettes::standardClass(0));
    p.setColorBlindSafe(true);
    EXPECT_EQ(Theme::instance().classColor(1), ColorPalettes::okabeIto(1));
    p.zoomIn();
  }
  // A new start reads the choices back.
  QMainWindow w2;
  PresentationController p2(&w2);
  EXPECT_TRUE(p2.highContrast());
  EXPECT_TRUE(p2.highContrastAction()->isChecked());
  EXPECT_NEAR(p2.scale(), p2.scaleAtStep(1), 1e-9);
  p2.setHighContrast(false);
  EXPECT_EQ(QApplication::palette().color(QPalette::Window), normalWindow);
  p2.resetZoom();
}
