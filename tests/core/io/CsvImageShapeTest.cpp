// A CSV's "image_shape" in project files: the columns read as pictures of that shape, what the readers
// refuse (with their JSON paths), what a save writes back, and the version-2 rule for image data.
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>

using namespace neurona;
using nlohmann::json;

namespace csvimageshapetest {
namespace {

namespace fs = std::filesystem;

Result<Project> parsed(const json& doc) { return ProjectFile::parse(doc.dump()); }

class CsvImageShape : public ::testing::Test {
protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("neurona_image_shape_" + std::to_string(::getpid()));
    fs::create_directories(m_dir);
    std::ofstream csv(m_dir / "pixels.csv");
    csv << "a,b,c,d,e,f,label\n";
    for (int r = 0; r < 6; ++r)
      csv << r % 2 << ",0.5,0,1,0.25," << r / 6.0 << "," << (r % 2 ? "on" : "off") << "\n";
  }
  void TearDown() override { fs::remove_all(m_dir); }
  json project(const json& shape) const {
    return {{"format", "neurona-project"},
            {"version", 2},
            {"dataset", {{"csv", "pixels.csv"}, {"image_shape", shape}}},
            {"network", {{"layers", json::array()}}}};
  }
  fs::path m_dir;
};

TEST_F(CsvImageShape, theColumnsBecomeAPictureOfTheGivenShapeWrittenBackOnSave) {
  const Result<Project> p = parsed(project({2, 3, 1}));
  ASSERT_TRUE(p.ok());
  const Result<Dataset> data = ProjectData::loadDataset(p.value, m_dir);
  ASSERT_TRUE(data.ok()) << toString(data.error.code);
  ASSERT_TRUE(data.value.imageShape.has_value());
  EXPECT_EQ(*data.value.imageShape, (std::array<int, 3>{2, 3, 1}));
  EXPECT_EQ(data.value.featureNames.front(), "a"); // the CSV's own column names
  const json written = ProjectFile::toJson(p.value);
  EXPECT_EQ(written["dataset"]["image_shape"], json({2, 3, 1}));
  EXPECT_EQ(written["version"], 2); // image data, even under a network without image layers

  // The network of a run takes the data's shape, as it does for a generator's pictures.
  const Result<PreparedData> prepared = ProjectData::prepare(p.value, m_dir);
  ASSERT_TRUE(prepared.ok());
  ASSERT_TRUE(ProjectData::network(p.value, prepared.value).inputShape.has_value());
}

TEST_F(CsvImageShape, aShapeThatDoesNotHoldTheColumnsOrIsNotAShapeIsRefused) {
  const Result<Project> p = parsed(project({2, 2, 1}));
  ASSERT_TRUE(p.ok());
  const Result<Dataset> data = ProjectData::loadDataset(p.value, m_dir);
  EXPECT_EQ(data.error.code, ErrorCode::ImageShapeMismatch);
  EXPECT_EQ(data.error.jsonPath, "dataset.image_shape");
  EXPECT_EQ(data.error.expected, 4);
  EXPECT_EQ(data.error.actual, 6);
  EXPECT_NE(data.error.file.find("pixels.csv"), std::string::npos);

  for (const json& bad : {json({0, 6, 1}), json({-2, 3, 1}), json({2, 3, 100000})}) {
    SCOPED_TRACE(bad.dump());
    const Result<Project> q = parsed(project(bad));
    EXPECT_EQ(q.error.code, ErrorCode::BadValue);
    EXPECT_EQ(q.error.jsonPath.rfind("dataset.image_shape", 0), 0u);
  }
  EXPECT_EQ(parsed(project({2, 3})).error.code, ErrorCode::WrongLength);
}

} // namespace
} // namespace csvimageshapetest
