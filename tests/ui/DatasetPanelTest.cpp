#include "support/QtApp.h"

#include "model/Project.h"
#include "ui/data/DatasetPanel.h"

#include "neurona/core/data/Generators.h"

#include <QDir>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

QString writeFile(const QTemporaryDir& dir, const char* name, const char* text) {
  const QString path = dir.filePath(QString::fromLatin1(name));
  QFile f(path);
  f.open(QIODevice::WriteOnly);
  f.write(text);
  return path;
}

} // namespace

TEST(DatasetPanel, everyGeneratorHasAThumbnailOfItsData) {
  qtApp();
  Project doc;
  DatasetPanel panel(&doc);
  // Every generator is offered, the pictures after the points.
  ASSERT_EQ(panel.generatorList()->count(), static_cast<int>(neurona::allGenerators().size()));
  for (const neurona::GeneratorInfo& g : neurona::allGenerators()) {
    const QImage img =
        DatasetPanel::thumbnail(QString::fromLatin1(g.name.data(), static_cast<int>(g.name.size())), 48)
            .toImage();
    // Points: coloured dots on white. Pictures: four samples of white ink on dark (noisy) cells.
    int coloured = 0, ink = 0, black = 0;
    for (int y = 0; y < img.height(); ++y)
      for (int x = 0; x < img.width(); ++x) {
        const QRgb px = img.pixel(x, y);
        coloured += px != qRgb(255, 255, 255) ? 1 : 0;
        ink += qGray(px) > 200 && qRed(px) == qBlue(px) ? 1 : 0;
        black += qGray(px) < 80 ? 1 : 0;
      }
    if (g.kind == neurona::GeneratorKind::Points) {
      EXPECT_GT(coloured, 50) << g.name;
    } else {
      EXPECT_GT(black, 400) << g.name; // the cells' dark background
      EXPECT_GT(ink, 20) << g.name;    // strokes or shapes in them
    }
  }
}

TEST(DatasetPanel, choosingPicturesAfterPointsTakesTheirSampleCount) {
  qtApp();
  Project doc;
  DatasetPanel panel(&doc);
  QListWidget* list = panel.generatorList();
  int glyphs = -1;
  for (int i = 0; i < list->count(); ++i)
    if (list->item(i)->data(Qt::UserRole).toString() == QStringLiteral("glyphs")) glyphs = i;
  ASSERT_GE(glyphs, 0);
  list->setCurrentRow(glyphs);
  emit list->itemClicked(list->item(glyphs));
  EXPECT_EQ(doc.data().source.generator, "glyphs");
  EXPECT_EQ(doc.rawData().samples(), neurona::findGenerator("glyphs")->defaultSamples);
  ASSERT_TRUE(doc.rawData().imageShape.has_value());
  EXPECT_EQ((*doc.rawData().imageShape)[0], 16);
}

TEST(DatasetPanel, regenerateUsesTheSettingsAndIsUndoable) {
  qtApp();
  Project doc;
  DatasetPanel panel(&doc);
  panel.generatorList()->setCurrentRow(1); // circles
  panel.samplesBox()->setValue(123);
  ASSERT_TRUE(panel.regenerate());
  EXPECT_EQ(doc.rawData().samples(), 123);
  EXPECT_EQ(doc.data().source.generator, "circles");
  panel.samplesBox()->setValue(50); // live: no Regenerate needed
  EXPECT_EQ(doc.rawData().samples(), 50);
  ASSERT_TRUE(panel.regenerate()); // the same settings: nothing changes, no undo step
  doc.undo();
  EXPECT_EQ(doc.rawData().samples(), 123);
}

TEST(DatasetPanel, csvProblemsAreShownInPlainWordsWithTheLine) {
  qtApp();
  QTemporaryDir dir;
  Project doc;
  DatasetPanel panel(&doc);
  const QString bad = writeFile(dir, "bad.csv", "x1,x2,label\n1,2,a\n3,oops,b\n");
  EXPECT_FALSE(panel.loadCsv(bad));
  const QString msg = panel.messageLabel()->text();
  EXPECT_TRUE(msg.contains(QStringLiteral("Line 3"))) << msg.toStdString();
  EXPECT_TRUE(msg.contains(QStringLiteral("“oops” is not a number"))) << msg.toStdString();
  const QString ragged = writeFile(dir, "ragged.csv", "x1,x2,label\n1,2,a\n3,4\n");
  EXPECT_FALSE(panel.loadCsv(ragged));
  EXPECT_TRUE(
      panel.messageLabel()->text().contains(QStringLiteral("Line 3 has 2 values, but the first line has 3")))
      << panel.messageLabel()->text().toStdString();

  const QString good = writeFile(dir, "good.csv", "x1,x2,label\n1,2,a\n3,4,b\n5,6,a\n");
  ASSERT_TRUE(panel.loadCsv(good));
  EXPECT_EQ(doc.rawData().samples(), 3);
  EXPECT_EQ(doc.data().source.kind, neurona::DatasetSourceKind::Csv);
  // Saved data loads back identically.
  const QString out = dir.filePath(QStringLiteral("out.csv"));
  ASSERT_TRUE(panel.saveCsv(out));
  const neurona::Dataset before = doc.rawData();
  ASSERT_TRUE(panel.loadCsv(out));
  EXPECT_EQ(doc.rawData(), before);
}

TEST(DatasetPanel, preparedPartsFollowTheSplitAndTransforms) {
  qtApp();
  Project doc;
  neurona::DatasetSource s;
  s.generator = "moons";
  s.samples = 200;
  ASSERT_TRUE(doc.generateData(s).ok());
  Preparation prep = doc.preparation();
  prep.split = {0.25, 0.25, 4};
  prep.transforms = {neurona::FeatureTransform::X1Squared};
  ASSERT_TRUE(doc.setPreparation(prep));
  const neurona::PreparedData& p = doc.prepared();
  EXPECT_EQ(p.train.samples() + p.validation.samples() + p.test.samples(), 200);
  EXPECT_NEAR(static_cast<double>(p.validation.samples()), 50.0, 2.0);
  EXPECT_EQ(p.train.featureCount(), 3);
  const QRectF plane = doc.plane(0.1);
  EXPECT_LT(plane.left(), doc.rawData().features.col(0).minCoeff());
  EXPECT_GT(plane.bottom(), doc.rawData().features.col(1).maxCoeff());
}

TEST(DatasetPanel, anImageFolderProjectListsThePicturesItLeftOutAsPlainText) {
  qtApp();
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  // Two classes of 8 × 8 pictures, and two files that are not pictures, one with markup in its name.
  for (const char* cls : {"dark", "light"}) {
    ASSERT_TRUE(QDir(dir.path()).mkpath(QStringLiteral("pics/") + QLatin1String(cls)));
    for (int i = 0; i < 3; ++i) {
      QImage img(8, 8, QImage::Format_Grayscale8);
      img.fill(qstrcmp(cls, "dark") == 0 ? 20 : 230);
      ASSERT_TRUE(img.save(dir.filePath(QStringLiteral("pics/%1/%2.png").arg(QLatin1String(cls)).arg(i))));
    }
  }
  writeFile(dir, "pics/dark/<b>bold.png", "not a picture");
  writeFile(dir, "pics/light/broken.png", "not a picture either");
  writeFile(dir, "p.neurona", R"({"format": "neurona-project", "version": 2,
    "dataset": {"images": "pics", "image_size": [8, 8], "color": "grayscale"},
    "network": {"layers": [{"type": "flatten"}, {"type": "dense", "units": 1, "activation": "sigmoid"}]}})");
  Project doc;
  DatasetPanel panel(&doc);
  ASSERT_TRUE(doc.open(dir.filePath(QStringLiteral("p.neurona"))).ok());
  EXPECT_EQ(doc.rawData().samples(), 6);
  ASSERT_EQ(doc.skippedImages().size(), 2u);
  QLabel* message = panel.messageLabel();
  EXPECT_FALSE(message->isHidden());
  EXPECT_TRUE(message->text().contains(QStringLiteral("2 picture"))) << message->text().toStdString();
  EXPECT_TRUE(message->text().contains(QStringLiteral("<b>bold.png"))) << "the name as it is";
  EXPECT_TRUE(message->text().contains(QStringLiteral("broken.png")));
  EXPECT_EQ(message->textFormat(), Qt::PlainText);
}
