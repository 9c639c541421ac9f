// Pictures drawn on the pad as data: each drawing is one undo step, saved in the project's "drawn" list
// and read back with it, refused when it does not fit the picture size, and kept when the generator's
// data is made again with settings its pictures still fit.
#include "support/CoreApp.h"

#include "model/Project.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace projectdrawingstest {

// `bars` pictures of size × size, loaded as a file would be (a clean project).
void loadBars(Project& p, int size, std::uint64_t seed = 3) {
  neurona::Project file = p.toFile({});
  file.dataset = {};
  file.dataset.generator = "bars";
  file.dataset.samples = 30;
  file.dataset.seed = seed;
  file.dataset.params["size"] = size;
  file.task.reset();
  file.model.reset();
  file.history.clear();
  file.network = {};
  ASSERT_TRUE(p.load(file).ok());
}

// A drawing of `values` pixels: a bright diagonal on a dim ground, so that rows are easy to tell apart.
std::vector<double> drawing(int values, int side) {
  std::vector<double> px(static_cast<std::size_t>(values), 0.125);
  for (int i = 0; i < side && i * side + i < values; ++i) px[static_cast<std::size_t>(i * side + i)] = 1.0;
  return px;
}

std::vector<double> lastRow(const Project& p) {
  const neurona::MatrixD& f = p.rawData().features;
  std::vector<double> out;
  for (Eigen::Index c = 0; c < f.cols(); ++c) out.push_back(f(f.rows() - 1, c));
  return out;
}

class ProjectDrawingsTest : public ::testing::Test {
protected:
  void SetUp() override { coreApp(); }
};

TEST_F(ProjectDrawingsTest, aDrawingIsOneUndoStepThatIsUndoneRedoneSavedAndReopened) {
  Project doc;
  loadBars(doc, 8);
  ASSERT_TRUE(doc.canDraw());
  const Eigen::Index before = doc.rawData().samples();
  const int steps = doc.undoStack()->count();
  const std::vector<double> px = drawing(64, 8);

  ASSERT_TRUE(doc.addDrawnSample(1, px));
  EXPECT_EQ(doc.undoStack()->count(), steps + 1);
  EXPECT_TRUE(doc.isModified());
  ASSERT_EQ(doc.rawData().samples(), before + 1);
  EXPECT_EQ(lastRow(doc), px);
  EXPECT_EQ(doc.rawData().labels(before), 1);
  ASSERT_EQ(doc.data().source.drawn.size(), 1u);
  EXPECT_EQ(doc.data().source.drawn[0].label, doc.rawData().classNames[1]);

  doc.undo();
  EXPECT_EQ(doc.rawData().samples(), before);
  EXPECT_TRUE(doc.data().source.drawn.empty());
  doc.redo();
  ASSERT_EQ(doc.rawData().samples(), before + 1);
  EXPECT_EQ(lastRow(doc), px);

  QTemporaryDir dir;
  const QString path = QDir(dir.path()).filePath(QStringLiteral("drawn.neurona"));
  ASSERT_TRUE(doc.save(path).ok());
  Project back;
  ASSERT_TRUE(back.open(path).ok());
  ASSERT_EQ(back.rawData().samples(), before + 1);
  EXPECT_EQ(lastRow(back), px);
  EXPECT_EQ(back.rawData().labels(before), 1);
  EXPECT_EQ(back.data().source.drawn, doc.data().source.drawn);
  EXPECT_TRUE(back.canDraw());
}

TEST_F(ProjectDrawingsTest, aDrawingOfTheWrongSizeOrOutOfRangeValuesOrClassIsRefusedAndChangesNothing) {
  Project doc;
  loadBars(doc, 8);
  const Eigen::Index before = doc.rawData().samples();
  const int steps = doc.undoStack()->count();
  EXPECT_FALSE(doc.addDrawnSample(0, drawing(63, 8)));
  EXPECT_FALSE(doc.addDrawnSample(0, drawing(65, 8)));
  std::vector<double> bright = drawing(64, 8);
  bright[5] = 1.5;
  EXPECT_FALSE(doc.addDrawnSample(0, bright));
  bright[5] = std::nan("");
  EXPECT_FALSE(doc.addDrawnSample(0, bright));
  EXPECT_FALSE(doc.addDrawnSample(doc.rawData().classCount(), drawing(64, 8)));
  EXPECT_FALSE(doc.addDrawnSample(-1, drawing(64, 8)));
  EXPECT_EQ(doc.rawData().samples(), before);
  EXPECT_EQ(doc.undoStack()->count(), steps);
  EXPECT_TRUE(doc.data().source.drawn.empty());
}

TEST_F(ProjectDrawingsTest, pointsAreNotPictures) {
  Project doc;
  doc.newProject(); // two inputs: painted points, not drawings
  EXPECT_FALSE(doc.canDraw());
  EXPECT_FALSE(doc.addDrawnSample(0, drawing(2, 1)));
}

TEST_F(ProjectDrawingsTest, drawingsStayWhenTheDataIsMadeAgainWhileTheyFitAndGoWhenThePicturesChangeSize) {
  Project doc;
  loadBars(doc, 8);
  const std::vector<double> px = drawing(64, 8);
  ASSERT_TRUE(doc.addDrawnSample(0, px));

  neurona::DatasetSource other = doc.data().source;
  other.seed = 99; // other pictures of the same size
  other.drawn.clear();
  ASSERT_TRUE(doc.generateData(other).ok());
  ASSERT_EQ(doc.data().source.drawn.size(), 1u);
  EXPECT_EQ(doc.data().source.seed, 99u);
  EXPECT_EQ(lastRow(doc), px);

  neurona::DatasetSource larger = doc.data().source;
  larger.params["size"] = 10;
  ASSERT_TRUE(doc.generateData(larger).ok());
  EXPECT_TRUE(doc.data().source.drawn.empty()) << "64 values do not make a 10 × 10 picture";
  EXPECT_EQ(doc.rawData().featureCount(), 100);
  EXPECT_EQ(doc.rawData().samples(), 30);

  doc.undo(); // the drawing comes back with the 8 × 8 data
  ASSERT_EQ(doc.data().source.drawn.size(), 1u);
  EXPECT_EQ(lastRow(doc), px);
}

// A project over a folder of pictures (written as PNG by Qt): opened relative to its file, with the
// unreadable file listed; a drawing of the folder's picture size joins it, and the save keeps the folder
// relative and the drawing.
TEST_F(ProjectDrawingsTest, anImageFolderProjectOpensListsItsSkippedFilesAndTakesDrawings) {
  QTemporaryDir dir;
  const QDir root(dir.path());
  for (const QString& cls : {QStringLiteral("dark"), QStringLiteral("light")}) {
    ASSERT_TRUE(root.mkpath(QStringLiteral("pics/") + cls));
    for (int i = 0; i < 3; ++i) {
      QImage picture(6, 6, QImage::Format_Grayscale8);
      picture.fill(cls == QLatin1String("dark") ? 20 + i : 220 + i);
      ASSERT_TRUE(picture.save(root.filePath(QStringLiteral("pics/%1/%2.png").arg(cls).arg(i))));
    }
  }
  QFile junk(root.filePath(QStringLiteral("pics/light/junk.png")));
  ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
  junk.write("no pixels here");
  junk.close();
  const QString path = root.filePath(QStringLiteral("folder.neurona"));
  QFile project(path);
  ASSERT_TRUE(project.open(QIODevice::WriteOnly));
  project.write(R"({"format": "neurona-project", "version": 2,
                    "dataset": {"images": "pics", "image_size": [3, 3], "color": "grayscale"},
                    "network": {"layers": []}})");
  project.close();

  Project doc;
  ASSERT_TRUE(doc.open(path).ok());
  EXPECT_EQ(doc.rawData().samples(), 6);
  EXPECT_EQ(doc.rawData().classNames, (std::vector<std::string>{"dark", "light"}));
  ASSERT_EQ(doc.skippedImages().size(), 1u);
  EXPECT_EQ(doc.skippedImages()[0].path, "light/junk.png");
  EXPECT_EQ(doc.skippedImages()[0].reason, neurona::ErrorCode::NotImage);
  ASSERT_TRUE(doc.canDraw());
  EXPECT_FALSE(doc.addDrawnSample(0, drawing(36, 6))) << "the folder's pictures are 3 × 3";
  ASSERT_TRUE(doc.addDrawnSample(1, drawing(9, 3)));
  ASSERT_TRUE(doc.save(path).ok());

  const neurona::Project file = doc.toFile(dir.path());
  EXPECT_EQ(file.dataset.imagesPath, "pics");
  Project back;
  ASSERT_TRUE(back.open(path).ok());
  EXPECT_EQ(back.rawData().samples(), 7);
  EXPECT_EQ(back.data().source.drawn.size(), 1u);
  EXPECT_EQ(lastRow(back), drawing(9, 3));
}

} // namespace projectdrawingstest
