// The boundary pictures: the raster neurona-cli writes, its PNG bytes (read back by Qt), and the QImage
// the app gets, which must all be the same picture.
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"
#include "neurona/core/sweep/ProjectRun.h"
#include "pictures/BoundaryImage.h"
#include "pictures/BoundaryRaster.h"
#include "pictures/PngWriter.h"

#include <gtest/gtest.h>

using namespace neurona;

namespace {

// A small project trained a few epochs: its model and raw data.
struct Trained {
  Model model;
  Dataset raw;
};

Trained trained(const char* generator = "gaussian-quantiles") {
  Project p = defaultProject();
  p.dataset.generator = generator;
  p.dataset.samples = 100;
  p.training.epochs = 5;
  auto created = ProjectRun::create(p, ".");
  auto* run = std::get_if<std::unique_ptr<ProjectRun>>(&created);
  EXPECT_TRUE(run != nullptr);
  if (run == nullptr) return {};
  (*run)->run();
  return {(*run)->model(), (*run)->data().raw};
}

} // namespace

TEST(BoundaryPicture, PngBytesReadBackAsTheRaster) {
  const Trained t = trained();
  const BoundaryRaster raster = BoundaryRaster::render(t.model, t.raw, 64, 48);
  ASSERT_EQ(raster.width, 64);
  ASSERT_EQ(raster.height, 48);
  const std::string png = PngWriter::encode(raster);
  const QImage read =
      QImage::fromData(reinterpret_cast<const uchar*>(png.data()), static_cast<int>(png.size()), "PNG");
  ASSERT_FALSE(read.isNull());
  ASSERT_EQ(read.size(), QSize(64, 48));
  for (int j = 0; j < 48; ++j)
    for (int i = 0; i < 64; ++i)
      ASSERT_EQ(read.pixel(i, j), raster.pixels[static_cast<std::size_t>(j * 64 + i)]) << i << "," << j;
}

TEST(BoundaryPicture, TheAppsImageIsTheRaster) {
  const Trained t = trained();
  const QImage image = BoundaryImage::render(t.model, t.raw, QSize(40, 30));
  const BoundaryRaster raster = BoundaryRaster::render(t.model, t.raw, 40, 30);
  ASSERT_EQ(image.size(), QSize(40, 30));
  for (int j = 0; j < 30; ++j)
    for (int i = 0; i < 40; ++i)
      ASSERT_EQ(image.pixel(i, j), raster.pixels[static_cast<std::size_t>(j * 40 + i)]);
  // Both classes' colours show: blue regions and red ones, and dark outlines.
  bool bluish = false, reddish = false;
  for (std::uint32_t p : raster.pixels) {
    const int r = (p >> 16) & 0xff, b = p & 0xff;
    bluish = bluish || b > r + 20;
    reddish = reddish || r > b + 20;
  }
  EXPECT_TRUE(bluish);
  EXPECT_TRUE(reddish);
}

TEST(BoundaryPicture, OnlyTwoInputModelsAreDrawn) {
  Trained t = trained();
  EXPECT_TRUE(BoundaryImage::canRender(t.model, t.raw));
  EXPECT_TRUE(BoundaryImage::render(t.model, t.raw, QSize(0, 10)).isNull());
  Dataset three = t.raw;
  three.features.conservativeResize(Eigen::NoChange, 3);
  three.features.col(2).setZero();
  EXPECT_FALSE(BoundaryRaster::canRender(t.model, three));
  EXPECT_TRUE(BoundaryRaster::render(t.model, three, 10, 10).empty());
  EXPECT_TRUE(PngWriter::encode(BoundaryRaster{}).empty());
}

TEST(BoundaryPicture, RegressionIsDrawnOnARamp) {
  Project p = defaultProject();
  p.dataset.generator = "plane";
  p.dataset.samples = 100;
  p.network = NetworkSpec::denseStack({4}, 1, ActivationKind::Relu, ActivationKind::Linear);
  p.training.loss = LossKind::Mse;
  p.training.epochs = 5;
  auto created = ProjectRun::create(p, ".");
  ASSERT_TRUE(std::holds_alternative<std::unique_ptr<ProjectRun>>(created));
  ProjectRun& run = *std::get<std::unique_ptr<ProjectRun>>(created);
  run.run();
  EXPECT_EQ(BoundaryRaster::render(run.model(), run.data().raw, 20, 20).width, 20);
}

TEST(BoundaryPicture, GridsPlaceTilesWithGaps) {
  BoundaryRaster tile;
  tile.width = 3;
  tile.height = 2;
  tile.pixels.assign(6, 0xff000000u);
  const BoundaryRaster g = BoundaryRaster::grid({tile, tile, tile}, 2, 1, 0xffffff);
  EXPECT_EQ(g.width, 2 * 3 + 3);
  EXPECT_EQ(g.height, 2 * 2 + 3);
  EXPECT_EQ(g.pixels[0], 0xffffffffu);                                         // the gap
  EXPECT_EQ(g.pixels[static_cast<std::size_t>(1 * g.width + 1)], 0xff000000u); // the first tile
  EXPECT_EQ(g.pixels[static_cast<std::size_t>(4 * g.width + 5)], 0xffffffffu); // the empty fourth cell
  const QImage q = BoundaryImage::grid({QImage(3, 2, QImage::Format_RGB32)}, 4, 2, Qt::white);
  EXPECT_EQ(q.size(), QSize(3 + 4, 2 + 4));
}
