#include "support/QtApp.h"
#include "support/StubTranslator.h"

#include "ui/images/SampleGallery.h"
#include "ui/images/SampleGalleryModel.h"
#include "ui/images/SampleTileDelegate.h"
#include "ui/style/NumberFormat.h"

#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace samplegallerytest {

constexpr int kClasses = 3;

// n samples of H × W gray pixels, sample i of class i mod 3 and its pixels i/n everywhere but for one
// bright pixel, so that pictures differ.
GalleryData makeData(int n, int h = 4, int w = 4, int c = 1) {
  GalleryData d;
  d.height = h;
  d.width = w;
  d.channels = c;
  auto pixels = std::make_shared<neurona::MatrixD>(n, h * w * c);
  for (int i = 0; i < n; ++i) {
    pixels->row(i).setConstant(static_cast<double>(i) / n);
    (*pixels)(i, i % (h * w * c)) = 1.0;
    d.trueClass.push_back(i % kClasses);
  }
  d.pixels = pixels;
  d.classNames = {QStringLiteral("zero"), QStringLiteral("one"), QStringLiteral("two")};
  return d;
}

// Every fifth sample predicted as the next class (a mistake), the others right; confidence 0.5 + i/100.
struct Predictions {
  std::vector<int> predicted;
  std::vector<double> confidence;
};
Predictions makePredictions(const GalleryData& d) {
  Predictions p;
  for (int i = 0; i < d.sampleCount(); ++i) {
    const int truth = d.trueClass[static_cast<std::size_t>(i)];
    p.predicted.push_back(i % 5 == 0 ? (truth + 1) % kClasses : truth);
    p.confidence.push_back(0.5 + (i % 50) / 100.0);
  }
  return p;
}

int countWhere(int n, const std::function<bool(int)>& pass) {
  int count = 0;
  for (int i = 0; i < n; ++i) count += pass(i) ? 1 : 0;
  return count;
}

void selectFilter(QComboBox* box, int classIndex) {
  const int item = box->findData(classIndex);
  ASSERT_GE(item, 0);
  box->setCurrentIndex(item);
}

// With NEURONA_UI_GRABS set to a folder, the test saves what it looked at there as PNG files.
void saveGrab(QWidget& w, const QString& name) {
  const QString dir = qEnvironmentVariable("NEURONA_UI_GRABS");
  if (!dir.isEmpty()) w.grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
}

class ShowingGallery : public ::testing::Test {
protected:
  void SetUp() override {
    qtApp();
    gallery = std::make_unique<SampleGallery>();
    gallery->resize(400, 500);
    gallery->show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(gallery.get()));
  }
  std::unique_ptr<SampleGallery> gallery;
};

} // namespace samplegallerytest

using namespace samplegallerytest;

TEST(SampleGallery, filtersByTrueClassPredictedClassAndMistakes) {
  qtApp();
  SampleGallery gallery;
  const GalleryData data = makeData(30);
  gallery.setData(data);
  EXPECT_EQ(gallery.shownCount(), 30);
  EXPECT_TRUE(gallery.countLabel()->text().contains(QStringLiteral("30 of 30")));
  // Before any prediction the prediction filters would show nothing: they are off.
  EXPECT_FALSE(gallery.predictedClassFilter()->isEnabled());
  EXPECT_FALSE(gallery.mistakesOnlyBox()->isEnabled());
  EXPECT_EQ(gallery.trueClassFilter()->count(), kClasses + 1);

  selectFilter(gallery.trueClassFilter(), 1);
  const int ones = countWhere(30, [&](int i) { return data.trueClass[static_cast<std::size_t>(i)] == 1; });
  EXPECT_EQ(gallery.shownCount(), ones);
  EXPECT_TRUE(gallery.countLabel()->text().contains(QStringLiteral("%1 of 30").arg(ones)));
  for (int row = 0; row < gallery.shownCount(); ++row)
    EXPECT_EQ(gallery.model()->index(row).data(SampleGalleryModel::TrueClassRole).toInt(), 1);

  const Predictions p = makePredictions(data);
  gallery.setPredictions(p.predicted, p.confidence);
  EXPECT_TRUE(gallery.predictedClassFilter()->isEnabled());
  EXPECT_TRUE(gallery.mistakesOnlyBox()->isEnabled());
  EXPECT_EQ(gallery.shownCount(), ones) << "predictions alone change no filter";
  const auto mistake = [&](int i) {
    return p.predicted[static_cast<std::size_t>(i)] != data.trueClass[static_cast<std::size_t>(i)];
  };
  const int oneMistakes =
      countWhere(30, [&](int i) { return data.trueClass[static_cast<std::size_t>(i)] == 1 && mistake(i); });
  ASSERT_GT(oneMistakes, 0);
  EXPECT_TRUE(gallery.countLabel()->text().contains(QStringLiteral("%1 mistake").arg(oneMistakes)))
      << gallery.countLabel()->text().toStdString();

  selectFilter(gallery.trueClassFilter(), SampleGalleryModel::kAll);
  selectFilter(gallery.predictedClassFilter(), 2);
  EXPECT_EQ(gallery.shownCount(),
            countWhere(30, [&](int i) { return p.predicted[static_cast<std::size_t>(i)] == 2; }));

  gallery.mistakesOnlyBox()->setChecked(true);
  const int twoMistakes =
      countWhere(30, [&](int i) { return p.predicted[static_cast<std::size_t>(i)] == 2 && mistake(i); });
  ASSERT_GT(twoMistakes, 0);
  EXPECT_EQ(gallery.shownCount(), twoMistakes);
  for (int row = 0; row < gallery.shownCount(); ++row)
    EXPECT_TRUE(gallery.model()->index(row).data(SampleGalleryModel::MistakeRole).toBool());

  selectFilter(gallery.predictedClassFilter(), SampleGalleryModel::kAll);
  EXPECT_EQ(gallery.shownCount(), countWhere(30, mistake));

  // The predictions go (a new run starts): the prediction filters go back to All and off.
  gallery.setPredictions({}, {});
  EXPECT_EQ(gallery.shownCount(), 30);
  EXPECT_FALSE(gallery.mistakesOnlyBox()->isChecked());
  EXPECT_FALSE(gallery.mistakesOnlyBox()->isEnabled());
  EXPECT_FALSE(gallery.countLabel()->text().contains(QStringLiteral("mistake")));
}

TEST_F(ShowingGallery, aClickOrEnterEmitsTheSampleIndexInTheDataUnderAFilter) {
  const GalleryData data = makeData(30);
  gallery->setData(data);
  selectFilter(gallery->trueClassFilter(), 2);
  QSignalSpy selected(gallery.get(), &SampleGallery::sampleSelected);
  QListView* view = gallery->view();

  const QRect second = view->visualRect(gallery->model()->index(1));
  ASSERT_TRUE(view->viewport()->rect().contains(second.center()));
  QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, second.center());
  ASSERT_EQ(selected.count(), 1);
  EXPECT_EQ(selected.takeFirst().at(0).toInt(), 5) << "the second sample of class 2 is sample 5";
  EXPECT_EQ(gallery->selectedSample(), 5);

  view->setFocus();
  view->setCurrentIndex(gallery->model()->index(3));
  QTest::keyClick(view, Qt::Key_Return);
  ASSERT_EQ(selected.count(), 1);
  EXPECT_EQ(selected.takeFirst().at(0).toInt(), 11);

  // Programmatic selection: no signal; a sample the filter hides cannot be selected.
  EXPECT_TRUE(gallery->selectSample(8));
  EXPECT_EQ(view->currentIndex().row(), gallery->model()->rowOf(8));
  EXPECT_TRUE(view->selectionModel()->isSelected(view->currentIndex()));
  EXPECT_FALSE(gallery->selectSample(9)) << "sample 9 is of class 0";
  EXPECT_EQ(gallery->selectedSample(), -1);
  EXPECT_TRUE(gallery->selectSample(14));
  // Widening the filter keeps the selected sample selected.
  selectFilter(gallery->trueClassFilter(), SampleGalleryModel::kAll);
  ASSERT_EQ(view->selectionModel()->selectedIndexes().size(), 1);
  EXPECT_EQ(view->selectionModel()->selectedIndexes().front().row(), 14);
  EXPECT_EQ(selected.count(), 0);
}

TEST_F(ShowingGallery, predictionsUpdateTheTilesTextAndAccessibleText) {
  const GalleryData data = makeData(12);
  gallery->setData(data);
  const QModelIndex five = gallery->model()->index(5);
  EXPECT_EQ(five.data(Qt::DisplayRole).toString(), QStringLiteral("two"))
      << "the true class before predictions";
  EXPECT_EQ(five.data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("Sample 5: true two, not predicted yet"));

  std::vector<int> predicted(12, 0);
  std::vector<double> confidence(12, 0.5);
  predicted[5] = 1;
  confidence[5] = 0.61;
  gallery->setPredictions(predicted, confidence);
  EXPECT_EQ(five.data(Qt::DisplayRole).toString(), QStringLiteral("one · 61%"));
  EXPECT_EQ(five.data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("Sample 5: true two, predicted one, 61%, wrong"));
  EXPECT_TRUE(five.data(SampleGalleryModel::MistakeRole).toBool());

  // What a screen reader gets from the list: the same sentence for the sixth tile.
  QAccessibleInterface* list = QAccessible::queryAccessibleInterface(gallery->view());
  ASSERT_NE(list, nullptr);
  ASSERT_EQ(list->childCount(), 12);
  EXPECT_EQ(list->child(5)->text(QAccessible::Name),
            QStringLiteral("Sample 5: true two, predicted one, 61%, wrong"));
  EXPECT_EQ(list->child(3)->text(QAccessible::Name),
            QStringLiteral("Sample 3: true zero, predicted zero, 50%, right"));

  predicted[5] = 2;
  confidence[5] = 0.93;
  gallery->setPredictions(predicted, confidence);
  EXPECT_EQ(five.data(Qt::DisplayRole).toString(), QStringLiteral("two · 93%"));
  EXPECT_EQ(list->child(5)->text(QAccessible::Name),
            QStringLiteral("Sample 5: true two, predicted two, 93%, right"));
  EXPECT_FALSE(five.data(SampleGalleryModel::MistakeRole).toBool());
  saveGrab(*gallery, QStringLiteral("gallery-small"));
}

TEST_F(ShowingGallery, tilesDrawCrispPicturesAndMarkOnlyMistakes) {
  // Two 2 × 2 samples, a checkerboard: bright top left and bottom right.
  GalleryData data;
  data.height = 2;
  data.width = 2;
  auto pixels = std::make_shared<neurona::MatrixD>(2, 4);
  *pixels << 1, 0, 0, 1, 1, 0, 0, 1;
  data.pixels = pixels;
  data.trueClass = {0, 1};
  data.classNames = {QStringLiteral("a"), QStringLiteral("b")};
  gallery->setData(data);
  gallery->setPredictions({0, 0}, {0.9, 0.8}); // sample 1 is a mistake
  QApplication::processEvents();

  const QImage shot = gallery->view()->viewport()->grab().toImage();
  const int captionHeight = gallery->view()->fontMetrics().height() + 2;
  const auto pictureOf = [&](int row) {
    const QRect tile = gallery->view()->visualRect(gallery->model()->index(row)).adjusted(1, 1, -1, -1);
    return SampleTileDelegate::imageRect(tile, QSize(2, 2), captionHeight);
  };
  const QRect pic = pictureOf(0);
  ASSERT_GE(pic.width(), 48) << "pictures are never smaller than 48 pixels";
  // Nearest neighbour: each picture pixel is a solid square up to its edge, no grey blend across it.
  const int half = pic.width() / 2;
  EXPECT_EQ(qGray(shot.pixel(pic.left() + 2, pic.top() + 2)), 255);
  EXPECT_EQ(qGray(shot.pixel(pic.left() + half - 1, pic.top() + 2)), 255);
  EXPECT_EQ(qGray(shot.pixel(pic.left() + half, pic.top() + 2)), 0);
  EXPECT_EQ(qGray(shot.pixel(pic.left() + half, pic.top() + half)), 255);

  // The mistake's dashed red frame runs around its picture; the right answer has none.
  const auto redPixels = [&](const QRect& around) {
    int count = 0;
    const QRect ring = around.adjusted(-4, -4, 4, 4) & shot.rect();
    for (int y = ring.top(); y <= ring.bottom(); ++y)
      for (int x = ring.left(); x <= ring.right(); ++x)
        if (QColor(shot.pixel(x, y)) == SampleTileDelegate::mistakeColor()) ++count;
    return count;
  };
  EXPECT_EQ(redPixels(pictureOf(0)), 0);
  EXPECT_GT(redPixels(pictureOf(1)), pictureOf(1).width()) << "a frame around the mistake";
}

TEST_F(ShowingGallery, tenThousandSamplesMakeOnlyTheVisiblePictures) {
  const GalleryData data = makeData(10000, 16, 16, 1);
  gallery->setData(data);
  EXPECT_EQ(gallery->model()->rowCount(), 10000);
  const Predictions p = makePredictions(data);
  gallery->setPredictions(p.predicted, p.confidence);
  QApplication::processEvents();
  gallery->grab();
  EXPECT_GT(gallery->model()->cachedImageCount(), 0);
  EXPECT_LT(gallery->model()->cachedImageCount(), 200) << "only the tiles in view are drawn";
  gallery->mistakesOnlyBox()->setChecked(true);
  EXPECT_EQ(gallery->model()->rowCount(), 2000);
  EXPECT_TRUE(gallery->countLabel()->text().contains(
      QStringLiteral("%1 of %2").arg(NumberFormat::integer(2000), NumberFormat::integer(10000))))
      << gallery->countLabel()->text().toStdString();
  saveGrab(*gallery, QStringLiteral("gallery-10000"));
}

TEST_F(ShowingGallery, colourPicturesAndLargerTextMakeLargerTiles) {
  GalleryData data = makeData(20, 8, 8, 3);
  gallery->setData(data);
  const QImage picture = gallery->model()->index(3).data(SampleGalleryModel::ImageRole).value<QImage>();
  ASSERT_EQ(picture.size(), QSize(8, 8));
  EXPECT_EQ(picture.format(), QImage::Format_RGB888);
  // Feature (h·W + w)·C + c: sample 3's bright value is feature 3, the red of pixel (row 0, column 1).
  EXPECT_EQ(qRed(picture.pixel(1, 0)), 255);
  EXPECT_EQ(qGreen(picture.pixel(1, 0)), static_cast<int>(std::lround(255.0 * 3 / 20)));

  const int before = gallery->delegate()->tileSize().height();
  QFont big = gallery->font();
  big.setPointSizeF(big.pointSizeF() * 2.5);
  gallery->setFont(big); // presentation mode scales the application font
  QApplication::processEvents();
  EXPECT_GT(gallery->delegate()->tileSize().height(), before);
  EXPECT_EQ(gallery->view()->gridSize(), gallery->delegate()->tileSize());
}

TEST_F(ShowingGallery, aLanguageChangeSaysTheTextsAgain) {
  gallery->setData(makeData(12));
  std::vector<int> predicted(12, 0);
  gallery->setPredictions(predicted, std::vector<double>(12, 0.75));
  StubTranslator spanish(
      StubTranslator::Texts{{{"SampleGallery", "Only &mistakes"}, QStringLiteral("Solo &errores")},
                            {{"SampleGallery", "All classes"}, QStringLiteral("Todas las clases")},
                            {{"SampleGalleryModel", "Sample %1: true %2, predicted %3, %4, wrong"},
                             QStringLiteral("Muestra %1: real %2, predicha %3, %4, error")}});
  QCoreApplication::installTranslator(&spanish);
  QApplication::processEvents();
  EXPECT_EQ(gallery->mistakesOnlyBox()->text(), QStringLiteral("Solo &errores"));
  EXPECT_EQ(gallery->trueClassFilter()->itemText(0), QStringLiteral("Todas las clases"));
  EXPECT_EQ(gallery->model()->index(1).data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("Muestra 1: real one, predicha zero, 75%, error"));
  QCoreApplication::removeTranslator(&spanish);
  QApplication::processEvents();
  EXPECT_EQ(gallery->mistakesOnlyBox()->text(), QStringLiteral("Only &mistakes"));
}

TEST(SampleGallery, everyControlHasAnAccessibleName) {
  qtApp();
  SampleGallery gallery;
  gallery.setData(makeData(6));
  for (QWidget* w : std::initializer_list<QWidget*>{gallery.trueClassFilter(), gallery.predictedClassFilter(),
                                                    gallery.mistakesOnlyBox(), gallery.view()}) {
    EXPECT_FALSE(w->accessibleName().isEmpty()) << w->objectName().toStdString();
    EXPECT_FALSE(w->accessibleDescription().isEmpty()) << w->objectName().toStdString();
  }
  EXPECT_TRUE(gallery.view()->accessibleDescription().contains(QStringLiteral("Showing 6 of 6")));
}
