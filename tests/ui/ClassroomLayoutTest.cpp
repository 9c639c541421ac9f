// The classroom layout of issue #17, measured on the real window at a projector's 1280×720 and at
// 1920×1080: the run controls in the toolbar, the canvas at least 45% of the window, no side column
// wider than its share.
#include "support/WindowFixture.h"

#include "model/Project.h"
#include "ui/canvas/NetworkView.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QPushButton>
#include <QToolBar>

namespace {

class ClassroomLayoutTest : public WindowFixture {};

} // namespace

TEST_F(ClassroomLayoutTest, theCanvasGetsNearlyHalfTheWindowAndTheRunControlsATopRow) {
  for (const QSize size : {QSize(1280, 720), QSize(1920, 1080)}) {
    for (const char* language : {"en", "es"}) {
      languages.setLanguage(QString::fromLatin1(language));
      MainWindow w(&languages);
      w.resize(size);
      w.show();
      ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("tutorial"))).ok());
      w.findChild<QAction*>(QStringLiteral("resetLayoutAction"))->trigger();
      w.resize(size);
      QCoreApplication::processEvents();
      const QSize canvas = w.canvas()->size();
      const double share = double(canvas.width()) * canvas.height() / (double(w.width()) * w.height());
      EXPECT_GE(share, 0.45) << language << " " << size.width() << "x" << size.height() << ": canvas "
                             << canvas.width() << "x" << canvas.height();
      auto* toolbar = w.findChild<QToolBar*>(QStringLiteral("runToolbar"));
      ASSERT_NE(toolbar, nullptr);
      auto* play = w.findChild<QPushButton*>(QStringLiteral("playButton"));
      ASSERT_NE(play, nullptr);
      EXPECT_TRUE(toolbar->isAncestorOf(play)) << "Play lives in the toolbar";
      EXPECT_TRUE(play->isVisibleTo(&w));
      EXPECT_GE(play->width(), play->sizeHint().width()) << "Play is not cut: " << play->text().toStdString();
    }
  }
}
