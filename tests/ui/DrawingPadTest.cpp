#include "support/PadStroke.h"
#include "support/QtApp.h"
#include "support/StubTranslator.h"

#include "ui/images/DrawingPad.h"
#include "ui/images/PadCanvas.h"
#include "ui/images/ProbabilityBars.h"

#include <QComboBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <numeric>

namespace drawingpadtest {

using padstroke::drag;
using padstroke::pixelCentre;

double at(const PadCanvas& canvas, int row, int col) {
  return canvas.pixels()[static_cast<std::size_t>(row * canvas.imageWidth() + col)];
}

double sum(const std::vector<double>& v) { return std::accumulate(v.begin(), v.end(), 0.0); }

void saveGrab(QWidget& w, const QString& name) {
  const QString dir = qEnvironmentVariable("NEURONA_UI_GRABS");
  if (!dir.isEmpty()) w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

class ShowingPad : public ::testing::Test {
protected:
  void SetUp() override {
    qtApp();
    pad = std::make_unique<DrawingPad>();
    pad->setImageShape(16, 16, 1);
    pad->setClassNames({QStringLiteral("zero"), QStringLiteral("one"), QStringLiteral("two")});
    pad->resize(400, 500);
    pad->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(pad.get()));
  }
  PadCanvas& canvas() { return *pad->canvas(); }
  std::unique_ptr<DrawingPad> pad;
};

} // namespace drawingpadtest

using namespace drawingpadtest;

TEST_F(ShowingPad, aDragInksThePixelsAlongItsPathAndNoneFarFromIt) {
  ASSERT_GE(canvas().imageRect().width(), 16 * 8) << "the pad shows its pixels large";
  drag(canvas(), {{8, 2}, {8, 13}});
  // A horizontal line along row 8, from column 2 to column 13, in one move.
  for (int col = 2; col <= 13; ++col) EXPECT_GT(at(canvas(), 8, col), 0.9) << "column " << col;
  // As thin as a `glyphs` stroke at 16 × 16: the rows beside it faint, two rows away nothing.
  for (int col = 2; col <= 13; ++col) {
    EXPECT_LT(at(canvas(), 7, col), 0.6);
    EXPECT_LT(at(canvas(), 9, col), 0.6);
    EXPECT_EQ(at(canvas(), 5, col), 0.0);
    EXPECT_EQ(at(canvas(), 11, col), 0.0);
  }
  EXPECT_EQ(at(canvas(), 8, 0), 0.0);
  EXPECT_EQ(at(canvas(), 8, 15), 0.0);
  for (double v : canvas().pixels()) {
    EXPECT_GE(v, 0.0);
    EXPECT_LE(v, 1.0);
  }

  // Drawing over the line again: values add up, but never beyond 1.
  const double faint = at(canvas(), 9, 6);
  ASSERT_GT(faint, 0.0);
  drag(canvas(), {{8, 2}, {8, 13}});
  EXPECT_GT(at(canvas(), 9, 6), faint);
  EXPECT_LE(*std::max_element(canvas().pixels().begin(), canvas().pixels().end()), 1.0);
  saveGrab(*pad, QStringLiteral("pad-line"));

  // The right button erases where it goes.
  drag(canvas(), {{4, 6}, {12, 6}}, Qt::RightButton);
  EXPECT_EQ(at(canvas(), 8, 6), 0.0);
  EXPECT_GT(at(canvas(), 8, 12), 0.9);
}

TEST_F(ShowingPad, clearAndDeleteEraseEverything) {
  drag(canvas(), {{3, 3}, {12, 12}});
  ASSERT_GT(sum(canvas().pixels()), 5.0);
  pad->clearButton()->click();
  EXPECT_EQ(sum(canvas().pixels()), 0.0);
  EXPECT_FALSE(pad->clearButton()->isEnabled());

  drag(canvas(), {{3, 12}, {12, 3}});
  ASSERT_GT(sum(canvas().pixels()), 5.0);
  canvas().setFocus();
  QTest::keyClick(&canvas(), Qt::Key_Delete);
  EXPECT_EQ(sum(canvas().pixels()), 0.0);

  // The eraser toggle makes the left button erase.
  drag(canvas(), {{8, 2}, {8, 13}});
  pad->eraserButton()->click();
  drag(canvas(), {{2, 8}, {13, 8}});
  EXPECT_EQ(at(canvas(), 8, 8), 0.0);
  EXPECT_GT(at(canvas(), 8, 3), 0.9);
}

TEST_F(ShowingPad, addEmitsTheChosenClassAndTheDrawingThenClears) {
  QSignalSpy drawn(pad.get(), &DrawingPad::sampleDrawn);
  QSignalSpy changed(pad.get(), &DrawingPad::drawingChanged);
  EXPECT_FALSE(pad->addButton()->isEnabled()) << "nothing to add on a blank pad";
  pad->classBox()->setCurrentIndex(2);
  drag(canvas(), {{2, 8}, {13, 8}});
  const std::vector<double> drawing = canvas().pixels();
  ASSERT_TRUE(pad->addButton()->isEnabled());
  pad->addButton()->click();
  ASSERT_EQ(drawn.count(), 1);
  EXPECT_EQ(drawn.at(0).at(0).toInt(), 2);
  const auto pixels = drawn.at(0).at(1).value<std::vector<double>>();
  ASSERT_EQ(pixels.size(), 16u * 16u);
  EXPECT_EQ(pixels, drawing);
  EXPECT_EQ(sum(canvas().pixels()), 0.0) << "the pad is cleared for the next sample";

  // Enter adds too.
  drag(canvas(), {{4, 4}, {4, 10}});
  canvas().setFocus();
  QTest::keyClick(&canvas(), Qt::Key_Return);
  ASSERT_EQ(drawn.count(), 2);
  EXPECT_EQ(drawn.at(1).at(0).toInt(), 2);
  QTest::qWait(2 * DrawingPad::kCoalesceMs);
  EXPECT_EQ(changed.count(), 0) << "Add mode sends no drawing to classify";
}

TEST_F(ShowingPad, colourDataGetsTheGrayDrawingInEveryChannel) {
  pad->setImageShape(8, 8, 3);
  QSignalSpy drawn(pad.get(), &DrawingPad::sampleDrawn);
  drag(canvas(), {{4, 1}, {4, 6}});
  pad->addButton()->click();
  ASSERT_EQ(drawn.count(), 1);
  const auto pixels = drawn.at(0).at(1).value<std::vector<double>>();
  ASSERT_EQ(pixels.size(), 8u * 8u * 3u);
  const std::size_t centre = 4 * 8 + 3; // pixel (4, 3), channels-last
  EXPECT_GT(pixels[3 * centre], 0.9);
  EXPECT_EQ(pixels[3 * centre + 1], pixels[3 * centre]);
  EXPECT_EQ(pixels[3 * centre + 2], pixels[3 * centre]);
}

TEST_F(ShowingPad, testModeSendsTheDrawingOncePerIntervalAndShowsTheTopClass) {
  QSignalSpy changed(pad.get(), &DrawingPad::drawingChanged);
  QSignalSpy drawn(pad.get(), &DrawingPad::sampleDrawn);
  pad->testModeButton()->click();
  ASSERT_EQ(pad->mode(), DrawingPad::Mode::Test);
  EXPECT_TRUE(pad->probabilityBars()->isVisible());
  EXPECT_FALSE(pad->addButton()->isVisible());
  ASSERT_TRUE(changed.wait(1000)) << "entering Test mode sends the drawing there is";
  changed.clear();

  // A stroke of twelve moves with no turn of the event loop between them: one signal, the final drawing.
  drag(canvas(),
       {{8, 2}, {8, 3}, {8, 4}, {8, 5}, {8, 6}, {8, 7}, {8, 8}, {8, 9}, {8, 10}, {8, 11}, {8, 12}, {8, 13}});
  ASSERT_TRUE(changed.wait(1000));
  QTest::qWait(3 * DrawingPad::kCoalesceMs);
  ASSERT_EQ(changed.count(), 1);
  EXPECT_EQ(changed.at(0).at(0).value<std::vector<double>>(), canvas().pixels());
  canvas().setFocus();
  QTest::keyClick(&canvas(), Qt::Key_Return);
  EXPECT_EQ(drawn.count(), 0) << "Enter adds nothing in Test mode";

  pad->setProbabilities({0.1, 0.7, 0.2});
  ProbabilityBars* bars = pad->probabilityBars();
  EXPECT_EQ(bars->topClass(), 1);
  EXPECT_EQ(bars->accessibleDescription(), QStringLiteral("zero: 10%; one: 70%, highest; two: 20%"));
  saveGrab(*pad, QStringLiteral("pad-test"));
  pad->setProbabilities({0.6, 0.3, 0.1});
  EXPECT_EQ(bars->topClass(), 0);
  EXPECT_TRUE(bars->accessibleDescription().startsWith(QStringLiteral("zero: 60%, highest")));
  pad->setProbabilities({0.5, 0.5}); // the wrong number of classes: no bars rather than wrong ones
  EXPECT_EQ(bars->topClass(), -1);
}

TEST_F(ShowingPad, tabReachesEveryControlAndEachHasAName) {
  QApplication::setActiveWindow(pad.get());
  pad->addModeButton()->setFocus();
  drag(canvas(), {{8, 2}, {8, 13}}); // so that Clear and Add sample are enabled
  pad->addModeButton()->setFocus();
  std::vector<QWidget*> reached;
  for (int i = 0; i < 12; ++i) {
    reached.push_back(QApplication::focusWidget());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
  }
  const std::vector<QWidget*> controls{pad->addModeButton(), pad->testModeButton(), pad->canvas(),
                                       pad->eraserButton(),  pad->clearButton(),    pad->classBox(),
                                       pad->addButton()};
  for (QWidget* w : controls) {
    EXPECT_NE(std::find(reached.begin(), reached.end(), w), reached.end()) << w->objectName().toStdString();
    EXPECT_FALSE(w->accessibleName().isEmpty()) << w->objectName().toStdString();
  }
  EXPECT_TRUE(pad->canvas()->accessibleName().contains(QStringLiteral("16")));
}

TEST_F(ShowingPad, aLanguageChangeSaysTheTextsAgain) {
  StubTranslator spanish(StubTranslator::Texts{
      {{"DrawingPad", "&Eraser"}, QStringLiteral("&Borrador")},
      {{"ProbabilityBars", "Class probabilities"}, QStringLiteral("Probabilidades de las clases")}});
  QCoreApplication::installTranslator(&spanish);
  QApplication::processEvents();
  EXPECT_EQ(pad->eraserButton()->text(), QStringLiteral("&Borrador"));
  EXPECT_EQ(pad->probabilityBars()->accessibleName(), QStringLiteral("Probabilidades de las clases"));
  QCoreApplication::removeTranslator(&spanish);
  QApplication::processEvents();
  EXPECT_EQ(pad->eraserButton()->text(), QStringLiteral("&Eraser"));
}
