// The boundary plot of a regression whose targets are its two inputs (an autoencoder): no map, the data
// points in one colour, and over them each point's reconstruction read from the grid and scaled back.
#include "support/QtApp.h"

#include "ui/plots/BoundaryPlot.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>
#include <vector>

namespace {

neurona::Dataset reconstructionData() {
  neurona::Dataset d;
  d.task = neurona::TaskKind::Regression;
  d.featureNames = {"u", "v"};
  d.labelName = "u";
  d.targetNames = d.featureNames;
  d.features = (neurona::MatrixD(3, 2) << 0.0, 0.0, 0.5, 1.0, -1.0, -2.0).finished();
  d.targets = d.features;
  d.targetsAreInputs = true;
  return d;
}

} // namespace

TEST(ReconstructionPlot, drawsEachPointsReconstructionInTheDataUnits) {
  qtApp();
  BoundaryPlot plot;
  neurona::Preprocessing scaling;
  scaling.kind = neurona::PreprocessingKind::Standardize;
  scaling.offset = (neurona::VectorD(2) << 1.0, 2.0).finished();
  scaling.scale = (neurona::VectorD(2) << 3.0, 4.0).finished();
  plot.setTargetScaling(scaling);
  plot.setData(reconstructionData(), {}, QRectF(-1, -2, 2, 4));
  ASSERT_TRUE(plot.showsReconstruction());
  ASSERT_NE(plot.reconstructionGraph(), nullptr);
  EXPECT_EQ(plot.reconstructionGraph()->dataCount(), 0) << "nothing before a snapshot";
  EXPECT_FALSE(plot.plotLayout()->hasElement(0, 1) && plot.plotLayout()->element(0, 1) == plot.colorScale());
  EXPECT_EQ(plot.pointCount(false), 3);

  // A fake network on a 4 × 3 grid whose outputs are linear in the plane (bilinear reads them exactly):
  // out0 = 2·x1, out1 = x2 + 1, in the scaled units.
  auto s = std::make_shared<Snapshot>();
  s->grid.grid = {-1.0, 1.0, -2.0, 2.0, 4, 3};
  s->grid.outputs.resize(12, 2);
  for (int iy = 0; iy < 3; ++iy)
    for (int ix = 0; ix < 4; ++ix) {
      const double x = -1.0 + ix * 2.0 / 3.0, y = -2.0 + iy * 2.0;
      s->grid.outputs(iy * 4 + ix, 0) = static_cast<float>(2.0 * x);
      s->grid.outputs(iy * 4 + ix, 1) = static_cast<float>(y + 1.0);
    }
  s->hasGrid = true;
  plot.showSnapshot(s);
  EXPECT_EQ(plot.colorMap()->data()->isEmpty(), true) << "no map behind a reconstruction";
  QCPGraph* g = plot.reconstructionGraph();
  ASSERT_EQ(g->dataCount(), 3);
  // The graph keeps its points by x: compare with the expected points in that order.
  const neurona::Dataset d = reconstructionData();
  std::vector<std::pair<double, double>> expected;
  for (int i = 0; i < 3; ++i)
    expected.emplace_back(2.0 * d.features(i, 0) * 3.0 + 1.0, (d.features(i, 1) + 1.0) * 4.0 + 2.0);
  std::sort(expected.begin(), expected.end());
  for (int i = 0; i < 3; ++i) {
    EXPECT_NEAR(g->data()->at(i)->key, expected[static_cast<std::size_t>(i)].first, 1e-5) << i;
    EXPECT_NEAR(g->data()->at(i)->value, expected[static_cast<std::size_t>(i)].second, 1e-5) << i;
  }
  // A plain regression of the same points is not a reconstruction.
  neurona::Dataset plain = reconstructionData();
  plain.targetsAreInputs = false;
  plot.setData(plain, {}, QRectF(-1, -2, 2, 4));
  EXPECT_FALSE(plot.showsReconstruction());
  EXPECT_EQ(plot.reconstructionGraph(), nullptr);
}
