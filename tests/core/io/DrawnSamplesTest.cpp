// Pictures drawn by hand into a project's image data ("dataset": {..., "drawn": [{"label", "pixels"}]}):
// kept bit for bit through a file, added after the source's samples in their classes, and refused in
// plain codes with their JSON paths when they do not fit the data.
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

using namespace neurona;
using nlohmann::json;

// A namespace of its own: the test files are compiled in unity batches, whose anonymous namespaces merge.
namespace drawnsamples {
namespace {

// A bars project (16 × 16 grey, classes "horizontal" and "vertical") with `drawn` in its dataset.
std::string barsProject(const json& drawn) {
  json j = {{"format", "neurona-project"},
            {"version", 2},
            {"dataset", {{"generator", "bars"}, {"samples", 40}, {"noise", 0.1}, {"seed", 3}}},
            {"network",
             {{"layers", json::array({{{"type", "flatten"}},
                                      {{"type", "dense"}, {"units", 1}, {"activation", "sigmoid"}}})}}}};
  if (!drawn.is_null()) j["dataset"]["drawn"] = drawn;
  return j.dump();
}

// A vertical stroke down column 7 of a 16 × 16 picture, with grey edges.
std::vector<double> verticalStroke() {
  std::vector<double> p(256, 0.0);
  for (int r = 2; r < 14; ++r) {
    p[static_cast<std::size_t>(r * 16 + 7)] = 1.0;
    p[static_cast<std::size_t>(r * 16 + 8)] = 0.375;
  }
  return p;
}

} // namespace

TEST(DrawnSamples, RoundTripAndFollowTheSourceInTheirClass) {
  const std::vector<double> stroke = verticalStroke();
  const json drawn = json::array({{{"label", "vertical"}, {"pixels", stroke}},
                                  {{"label", "horizontal"}, {"pixels", std::vector<double>(256, 0.0)}}});
  const Result<Project> p = ProjectFile::parse(barsProject(drawn));
  ASSERT_TRUE(p.ok()) << toString(p.error.code) << " at " << p.error.jsonPath;
  ASSERT_EQ(p.value.dataset.drawn.size(), 2u);
  EXPECT_EQ(p.value.dataset.drawn[0].label, "vertical");
  EXPECT_EQ(p.value.dataset.drawn[0].pixels, stroke);

  // Written back as read, and read again as written.
  const std::string text = ProjectFile::serialize(p.value);
  const Result<Project> back = ProjectFile::parse(text);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.value, p.value);
  EXPECT_EQ(json::parse(text)["dataset"]["drawn"], drawn);
  // The 40 generated pictures, then the two drawn ones in their classes.
  const Result<Dataset> data = ProjectData::loadDataset(p.value, ".");
  ASSERT_TRUE(data.ok()) << toString(data.error.code) << " at " << data.error.jsonPath;
  ASSERT_EQ(data.value.samples(), 42);
  const Result<Dataset> plain = ProjectData::loadDataset(ProjectFile::parse(barsProject(nullptr)).value, ".");
  ASSERT_TRUE(plain.ok());
  EXPECT_TRUE(data.value.features.topRows(40).isApprox(plain.value.features));
  const int vertical =
      static_cast<int>(std::find(data.value.classNames.begin(), data.value.classNames.end(), "vertical") -
                       data.value.classNames.begin());
  EXPECT_EQ(data.value.labels(40), vertical);
  EXPECT_EQ(data.value.labels(41), 1 - vertical);
  for (int k = 0; k < 256; ++k) EXPECT_EQ(data.value.features(40, k), stroke[static_cast<std::size_t>(k)]);
}

TEST(DrawnSamples, ThatDoNotFitAreRefusedWithTheirPaths) {
  const auto error = [](const json& drawn) {
    const Result<Project> p = ProjectFile::parse(barsProject(drawn));
    if (!p.ok()) return p.error;
    return ProjectData::loadDataset(p.value, ".").error;
  };
  // The reader: a value outside [0, 1], a missing key.
  Error e = error(json::array({{{"label", "vertical"}, {"pixels", {0.5, 1.5}}}}));
  EXPECT_EQ(e.code, ErrorCode::BadValue);
  EXPECT_EQ(e.jsonPath, "dataset.drawn[0].pixels[1]");
  e = error(json::array({{{"pixels", {0.5}}}}));
  EXPECT_EQ(e.code, ErrorCode::MissingKey);
  // The data: a picture of another size, a class the data does not have.
  e = error(json::array(
      {{{"label", "vertical"}, {"pixels", verticalStroke()}}, {{"label", "vertical"}, {"pixels", {0.5}}}}));
  EXPECT_EQ(e.code, ErrorCode::WrongLength);
  EXPECT_EQ(e.jsonPath, "dataset.drawn[1].pixels");
  EXPECT_EQ(e.expected, 256);
  EXPECT_EQ(e.actual, 1);
  e = error(json::array({{{"label", "diagonal"}, {"pixels", verticalStroke()}}}));
  EXPECT_EQ(e.code, ErrorCode::UnknownName);
  EXPECT_EQ(e.jsonPath, "dataset.drawn[0].label");
  EXPECT_EQ(e.detail, "diagonal");

  // Points are not pictures.
  Dataset points;
  points.features = MatrixD::Zero(3, 2);
  points.labels = Eigen::VectorXi::Zero(3);
  points.classNames = {"a", "b"};
  e = ProjectData::appendDrawn(points, {DrawnSample{"a", {0.0, 1.0}}});
  EXPECT_EQ(e.code, ErrorCode::BadValue);
  EXPECT_EQ(e.detail, "needs-image-classes");
  EXPECT_EQ(points.samples(), 3) << "nothing changes on an error";
}

} // namespace drawnsamples
