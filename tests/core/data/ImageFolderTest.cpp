// A folder of pictures as data: classes from the sub-folders (sorted), PNG and BMP decoded, resized and
// scaled to [0, 1], grayscale by luma or three channels; unreadable or unsafe files listed and left out;
// the errors when nothing or one class is left; and the folder as a project's "images" data.
#include "neurona/core/data/ImageFolder.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"

// stb's PNG and BMP writer for the test pictures, private to this file (kept out of the unity batches by
// tests/CMakeLists.txt).
#define STB_IMAGE_WRITE_STATIC
#define STB_IMAGE_WRITE_IMPLEMENTATION
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wall"
#pragma GCC diagnostic ignored "-Wextra"
#pragma GCC diagnostic ignored "-Wpedantic"
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#pragma GCC diagnostic ignored "-Wunused-function"
#include <stb/stb_image_write.h>
#pragma GCC diagnostic pop

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <string>
#include <unistd.h>
#include <vector>

using namespace neurona;

namespace imagefoldertest {
namespace {

namespace fs = std::filesystem;

void writePng(const fs::path& file, int w, int h, int channels, const std::vector<unsigned char>& px) {
  ASSERT_TRUE(stbi_write_png(file.c_str(), w, h, channels, px.data(), w * channels)) << file;
}

void writeBmp(const fs::path& file, int w, int h, int channels, const std::vector<unsigned char>& px) {
  ASSERT_TRUE(stbi_write_bmp(file.c_str(), w, h, channels, px.data())) << file;
}

void writeText(const fs::path& file, const std::string& text) {
  std::ofstream(file, std::ios::binary) << text;
}

std::vector<double> row(const Dataset& d, Eigen::Index r) {
  std::vector<double> out;
  for (Eigen::Index c = 0; c < d.featureCount(); ++c) out.push_back(d.features(r, c));
  return out;
}

void expectNear(const std::vector<double>& actual, const std::vector<double>& expected) {
  ASSERT_EQ(actual.size(), expected.size());
  for (std::size_t i = 0; i < actual.size(); ++i) EXPECT_NEAR(actual[i], expected[i], 1e-6) << "value " << i;
}

// pics/a_horiz: a 4 × 4 gray PNG whose top-left quarter is white (the rest black) and a 2 × 2 colour BMP
//   (red, green / blue, white);
// pics/b_vert: a 4 × 4 gray PNG of 128 everywhere, a PNG cut short, a text file named .png, a PNG 4097
//   pixels wide, a link to a PNG outside the folder, and files that are not read at all (a .txt, a hidden
//   .png); a PNG beside the class folders, which belongs to no class.
class ImageFolderTest : public ::testing::Test {
protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("neurona_image_folder_" + std::to_string(::getpid()));
    fs::remove_all(m_dir);
    const fs::path a = m_dir / "pics" / "a_horiz", b = m_dir / "pics" / "b_vert";
    fs::create_directories(a);
    fs::create_directories(b);

    std::vector<unsigned char> quarter(16, 0);
    for (int y = 0; y < 2; ++y)
      for (int x = 0; x < 2; ++x) quarter[static_cast<std::size_t>(y * 4 + x)] = 255;
    writePng(a / "one.png", 4, 4, 1, quarter);
    writeBmp(a / "two.BMP", 2, 2, 3, {255, 0, 0, 0, 255, 0, 0, 0, 255, 255, 255, 255});

    writePng(b / "solid.png", 4, 4, 1, std::vector<unsigned char>(16, 128));
    writePng(m_dir / "whole.png", 4, 4, 1, std::vector<unsigned char>(16, 7));
    std::ifstream whole(m_dir / "whole.png", std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(whole)), std::istreambuf_iterator<char>());
    writeText(b / "broken.png", bytes.substr(0, 40));
    writeText(b / "notes.png", "these are not pixels\n");
    writePng(b / "wide.png", 4097, 1, 1, std::vector<unsigned char>(4097, 9));
    fs::create_symlink(m_dir / "whole.png", b / "link.png");
    writeText(b / "readme.txt", "not a picture, not listed\n");
    writePng(b / ".hidden.png", 4, 4, 1, std::vector<unsigned char>(16, 0));
    writePng(m_dir / "pics" / "stray.png", 4, 4, 1, std::vector<unsigned char>(16, 0));
  }
  void TearDown() override { fs::remove_all(m_dir); }

  ImageFolderResult load(ImageColor color, std::array<int, 2> size = {2, 2}) const {
    ImageFolderOptions o;
    o.size = size;
    o.color = color;
    return ImageFolder::load(m_dir / "pics", o);
  }
  fs::path m_dir;
};

TEST_F(ImageFolderTest, grayscalePicturesAreResizedScaledAndLabelledByTheirFolderAndBadFilesAreListed) {
  const ImageFolderResult r = load(ImageColor::Grayscale);
  ASSERT_TRUE(r.ok()) << toString(r.error.code);
  const Dataset& d = r.dataset;
  EXPECT_EQ(d.classNames, (std::vector<std::string>{"a_horiz", "b_vert"}));
  EXPECT_EQ(d.task, TaskKind::BinaryClassification);
  ASSERT_TRUE(d.imageShape.has_value());
  EXPECT_EQ(*d.imageShape, (std::array<int, 3>{2, 2, 1}));
  EXPECT_EQ(d.featureNames, (std::vector<std::string>{"p0", "p1", "p2", "p3"}));
  ASSERT_EQ(d.samples(), 3);
  EXPECT_EQ(d.labels(0), 0);
  EXPECT_EQ(d.labels(1), 0);
  EXPECT_EQ(d.labels(2), 1);
  expectNear(row(d, 0), {1, 0, 0, 0});               // each output pixel is one quarter of the 4 × 4
  expectNear(row(d, 1), {0.299, 0.587, 0.114, 1.0}); // red, green, blue, white by their luma
  expectNear(row(d, 2), std::vector<double>(4, 128 / 255.0));

  ASSERT_EQ(r.skipped.size(), 4u);
  EXPECT_EQ(r.skipped[0].path, "b_vert/broken.png");
  EXPECT_EQ(r.skipped[0].reason, ErrorCode::NotImage);
  EXPECT_EQ(r.skipped[1].path, "b_vert/link.png");
  EXPECT_EQ(r.skipped[1].reason, ErrorCode::OutsideFolder);
  EXPECT_EQ(r.skipped[2].path, "b_vert/notes.png");
  EXPECT_EQ(r.skipped[2].reason, ErrorCode::NotImage);
  EXPECT_EQ(r.skipped[3].path, "b_vert/wide.png");
  EXPECT_EQ(r.skipped[3].reason, ErrorCode::ImageTooLarge);
  EXPECT_EQ(r.skipped[3].actual, 4097);
  EXPECT_EQ(r.skipped[3].expected, ImageFolder::kMaxSide);
}

TEST_F(ImageFolderTest, rgbKeepsThreeChannelsAndGrayPicturesRepeatTheirValueInEach) {
  const ImageFolderResult r = load(ImageColor::Rgb);
  ASSERT_TRUE(r.ok());
  const Dataset& d = r.dataset;
  EXPECT_EQ(*d.imageShape, (std::array<int, 3>{2, 2, 3}));
  ASSERT_EQ(d.featureCount(), 12);
  expectNear(row(d, 0), {1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0});
  expectNear(row(d, 1), {1, 0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 1}); // height, width, channel order
}

TEST_F(ImageFolderTest, enlargedPicturesStayWithinZeroAndOne) {
  const ImageFolderResult r = load(ImageColor::Grayscale, {5, 3});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.dataset.featureCount(), 15);
  EXPECT_GE(r.dataset.features.minCoeff(), 0.0);
  EXPECT_LE(r.dataset.features.maxCoeff(), 1.0);
  // The solid gray picture stays solid at any size.
  expectNear(row(r.dataset, 2), std::vector<double>(15, 128 / 255.0));
}

TEST_F(ImageFolderTest, aMissingFolderAFileOneClassOrNoReadablePictureIsAnError) {
  ImageFolderOptions o;
  EXPECT_EQ(ImageFolder::load(m_dir / "nothing-here", o).error.code, ErrorCode::CannotOpen);
  EXPECT_EQ(ImageFolder::load(m_dir / "whole.png", o).error.code, ErrorCode::NotAFolder);

  fs::remove(m_dir / "pics" / "b_vert" / "solid.png"); // b_vert is left with unreadable files only
  const ImageFolderResult one = ImageFolder::load(m_dir / "pics", o);
  EXPECT_EQ(one.error.code, ErrorCode::SingleClass);
  EXPECT_EQ(one.error.text, "a_horiz");
  EXPECT_EQ(one.skipped.size(), 4u);

  fs::remove_all(m_dir / "pics" / "a_horiz");
  const ImageFolderResult none = ImageFolder::load(m_dir / "pics", o);
  EXPECT_EQ(none.error.code, ErrorCode::NoImages);
  EXPECT_EQ(none.error.actual, 4);
}

TEST_F(ImageFolderTest, aProjectReadsTheFolderRelativeToItsFileAndReportsTheSkippedFiles) {
  const nlohmann::json doc = {{"format", "neurona-project"},
                              {"version", 2},
                              {"dataset", {{"images", "pics"}, {"image_size", {2, 2}}, {"color", "rgb"}}},
                              {"network", {{"layers", nlohmann::json::array()}}}};
  const Result<Project> p = ProjectFile::parse(doc.dump());
  ASSERT_TRUE(p.ok()) << p.error.jsonPath;
  EXPECT_EQ(ProjectFile::toJson(p.value)["dataset"], doc["dataset"]);
  const Result<PreparedData> data = ProjectData::prepare(p.value, m_dir);
  ASSERT_TRUE(data.ok()) << toString(data.error.code);
  EXPECT_EQ(data.value.raw.samples(), 3);
  EXPECT_EQ(data.value.skippedImages.size(), 4u);
  EXPECT_EQ(*ProjectData::network(p.value, data.value).inputShape, (std::array<int, 3>{2, 2, 3}));

  const Result<PreparedData> elsewhere = ProjectData::prepare(p.value, m_dir / "pics");
  EXPECT_EQ(elsewhere.error.code, ErrorCode::CannotOpen);
  EXPECT_EQ(elsewhere.error.jsonPath, "dataset.images");

  nlohmann::json bad = doc;
  bad["dataset"]["color"] = "sepia";
  EXPECT_EQ(ProjectFile::parse(bad.dump()).error.jsonPath, "dataset.color");
  bad = doc;
  bad["dataset"]["image_size"] = {0, 2};
  EXPECT_EQ(ProjectFile::parse(bad.dump()).error.jsonPath, "dataset.image_size[0]");
}

} // namespace
} // namespace imagefoldertest
