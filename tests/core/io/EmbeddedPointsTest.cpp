// Loaded data stored in the project itself (ProjectData::asPoints), as a save does when the data file has
// gone: what goes back in reads back as the same data, and what the points cannot hold is refused.
#include "neurona/core/data/Generators.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace neurona;
using nlohmann::json;

namespace embeddedpointstest {
namespace {

// Through the file's text and back, then loaded as a run loads it.
Result<Dataset> throughTheFile(const Project& project) {
  const Result<Project> back = ProjectFile::parse(ProjectFile::toJson(project).dump());
  if (!back.ok()) return {{}, back.error};
  return ProjectData::loadDataset(back.value, {});
}

Dataset table(TaskKind task) {
  Dataset d;
  d.featureNames = {"height", "weight"};
  d.features.resize(4, 2);
  d.features << 1.5, 60, 1.75, 80.25, 1.6, 55, 1.9, 95.5;
  d.task = task;
  if (task == TaskKind::Regression) {
    d.targets.resize(4, 1);
    d.targets << 0.1, -2.5, 1e-7, 3.25;
  } else {
    d.classNames = {"low", "tall"};
    d.labels.resize(4);
    d.labels << 0, 1, 0, 1;
  }
  return d;
}

TEST(EmbeddedPoints, aRegressionKeepsEveryTargetWhenItsTaskIsSavedWithIt) {
  const Dataset raw = table(TaskKind::Regression);
  Project p = defaultProject();
  const std::optional<DatasetSource> points = ProjectData::asPoints(raw);
  ASSERT_TRUE(points.has_value());
  p.dataset = *points;
  p.task = TaskKind::Regression;
  const Result<Dataset> back = throughTheFile(p);
  ASSERT_TRUE(back.ok()) << toString(back.error.code) << " " << back.error.jsonPath;
  EXPECT_EQ(back.value.task, TaskKind::Regression);
  EXPECT_EQ(back.value.featureNames, raw.featureNames);
  EXPECT_EQ(back.value.features, raw.features);
  EXPECT_EQ(back.value.targets, raw.targets);
}

TEST(EmbeddedPoints, picturesKeepTheirShapeAndTheDrawnOnesStayDrawnAndAreNotStoredTwice) {
  GeneratorOptions o;
  o.samples = 12;
  o.seed = 3;
  o.params["size"] = 8; // the smallest pictures the generator draws
  Result<Dataset> raw = generateDataset("bars", o);
  ASSERT_TRUE(raw.ok());
  ASSERT_TRUE(raw.value.imageShape.has_value());
  std::vector<double> stroke(64, 0.0);
  for (int r = 0; r < 8; ++r) stroke[static_cast<std::size_t>(r * 8 + 2)] = 1.0;
  const std::vector<DrawnSample> drawn{{raw.value.classNames[1], stroke}, {raw.value.classNames[0], stroke}};
  ASSERT_TRUE(ProjectData::appendDrawn(raw.value, drawn).ok());

  const std::optional<DatasetSource> points = ProjectData::asPoints(raw.value, drawn);
  ASSERT_TRUE(points.has_value());
  EXPECT_EQ(points->points.rows(), 12);
  EXPECT_EQ(points->drawn, drawn);
  Project p = defaultProject();
  p.dataset = *points;
  const json written = ProjectFile::toJson(p);
  EXPECT_EQ(written["dataset"]["image_shape"], json({8, 8, 1}));
  EXPECT_EQ(written["version"], 2);
  const Result<Dataset> back = throughTheFile(p);
  ASSERT_TRUE(back.ok()) << toString(back.error.code) << " " << back.error.jsonPath;
  EXPECT_EQ(back.value.imageShape, raw.value.imageShape);
  EXPECT_EQ(back.value.features, raw.value.features);
  EXPECT_EQ(back.value.classNames, raw.value.classNames);
  EXPECT_EQ(back.value.labels, raw.value.labels);
}

TEST(EmbeddedPoints, classesWithNumberNamesReadBackAsTheSameClasses) {
  Dataset raw = table(TaskKind::BinaryClassification);
  raw.classNames = {"0", "1"};
  const std::optional<DatasetSource> points = ProjectData::asPoints(raw);
  ASSERT_TRUE(points.has_value());
  EXPECT_TRUE(points->numericLabels);
  Project p = defaultProject();
  p.dataset = *points;
  const Result<Dataset> back = throughTheFile(p);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value.classNames, raw.classNames);
  EXPECT_EQ(back.value.labels, raw.labels);
}

TEST(EmbeddedPoints, severalTargetsOrTargetsThatAreTheInputsAreNotPoints) {
  Dataset two = table(TaskKind::Regression);
  two.targets.resize(4, 2);
  two.targets.setOnes();
  two.targetNames = {"a", "b"};
  EXPECT_FALSE(ProjectData::asPoints(two).has_value());
  Dataset inputs = table(TaskKind::Regression);
  inputs.targets = inputs.features;
  inputs.targetsAreInputs = true;
  EXPECT_FALSE(ProjectData::asPoints(inputs).has_value());
  // More drawn pictures than rows cannot be the data's last rows.
  EXPECT_FALSE(ProjectData::asPoints(table(TaskKind::BinaryClassification),
                                     std::vector<DrawnSample>(5, DrawnSample{"low", {1, 2}}))
                   .has_value());
}

TEST(EmbeddedPoints, aPointsImageShapeThatDoesNotHoldTheColumnsIsRefused) {
  Project p = defaultProject();
  p.dataset = *ProjectData::asPoints(table(TaskKind::BinaryClassification));
  p.dataset.imageShape = std::array<int, 3>{1, 3, 1};
  const Result<Dataset> back = throughTheFile(p);
  EXPECT_EQ(back.error.code, ErrorCode::ImageShapeMismatch);
  EXPECT_EQ(back.error.jsonPath, "dataset.image_shape");
  EXPECT_EQ(back.error.expected, 3);
  EXPECT_EQ(back.error.actual, 2);
}

} // namespace
} // namespace embeddedpointstest
