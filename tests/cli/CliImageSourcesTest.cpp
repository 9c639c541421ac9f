// neurona-cli on the image data of a project that is neither a generator nor pixel columns named p0 ...:
// a CSV with "image_shape" and a folder of pictures (one sub-folder per class). train and info read them;
// an image_shape that does not hold the columns is refused with its JSON path, and the folder's unreadable
// files are warned about, one line each up to ten, without stopping the run.
#include "support/CliDirTest.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

// A namespace of its own: the test files are compiled in unity batches, whose anonymous namespaces merge.
namespace cliimagesources {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

// An uncompressed 24-bit BMP of a gray picture (`gray` row by row from the top), written by hand: rows
// are stored bottom-up, blue-green-red, each padded to a multiple of 4 bytes.
void writeGrayBmp(const fs::path& file, int w, int h, const std::vector<std::uint8_t>& gray) {
  const int rowBytes = (w * 3 + 3) / 4 * 4;
  const std::uint32_t size = 54 + static_cast<std::uint32_t>(rowBytes * h);
  std::vector<std::uint8_t> b(size, 0);
  const auto put32 = [&](std::size_t at, std::uint32_t v) {
    for (int i = 0; i < 4; ++i) b[at + static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(v >> (8 * i));
  };
  b[0] = 'B';
  b[1] = 'M';
  put32(2, size);
  put32(10, 54);
  put32(14, 40);
  put32(18, static_cast<std::uint32_t>(w));
  put32(22, static_cast<std::uint32_t>(h));
  b[26] = 1;  // planes
  b[28] = 24; // bits per pixel
  put32(34, static_cast<std::uint32_t>(rowBytes * h));
  for (int y = 0; y < h; ++y)
    for (int x = 0; x < w; ++x)
      for (int c = 0; c < 3; ++c)
        b[54 + static_cast<std::size_t>((h - 1 - y) * rowBytes + x * 3 + c)] =
            gray[static_cast<std::size_t>(y * w + x)];
  std::ofstream(file, std::ios::binary)
      .write(reinterpret_cast<const char*>(b.data()), static_cast<std::streamsize>(b.size()));
}

// An 8 × 8 picture with a bright bar: row `at` when horizontal, else column `at`.
std::vector<std::uint8_t> bar(bool horizontal, int at) {
  std::vector<std::uint8_t> px(64, 10);
  for (int i = 0; i < 8; ++i) px[static_cast<std::size_t>(horizontal ? at * 8 + i : i * 8 + at)] = 240;
  return px;
}

json network() {
  return {{"layers",
           {{{"type", "conv2d"}, {"filters", 2}, {"kernel", 3}, {"padding", "same"}, {"activation", "relu"}},
            {{"type", "flatten"}},
            {{"type", "dense"}, {"units", 1}, {"activation", "sigmoid"}}}}};
}

json project(const json& dataset) {
  return {{"format", "neurona-project"},
          {"version", 2},
          {"dataset", dataset},
          {"network", network()},
          {"training",
           {{"loss", "bce"},
            {"optimizer", {{"name", "adam"}, {"learning_rate", 0.01}}},
            {"batch_size", 8},
            {"epochs", 2},
            {"seed", 1}}}};
}

class CliImageSources : public clitest::CliDirTest {
protected:
  void write(const std::string& name, const json& doc) const { std::ofstream(file(name)) << doc.dump(2); }
  std::string slurp(const std::string& name) const {
    std::ifstream in(file(name));
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
};

} // namespace

TEST_F(CliImageSources, aCsvWithImageShapeTrainsAsPicturesAndAShapeThatDoesNotHoldItsColumnsIsRefused) {
  // 8 × 8 bars under column names of its own (not p0 ...): only image_shape makes them a picture.
  std::ofstream csv(file("bars.csv"));
  for (int k = 0; k < 64; ++k) csv << "px_" << k << ",";
  csv << "kind\n";
  for (int r = 0; r < 32; ++r) {
    const bool horizontal = r % 2 == 0;
    for (std::uint8_t v : bar(horizontal, r % 8)) csv << v / 255.0 << ",";
    csv << (horizontal ? "h" : "v") << "\n";
  }
  csv.close();
  write("p.neurona", project({{"csv", "bars.csv"}, {"image_shape", {8, 8, 1}}}));

  clitest::CliRun r = cli("info " + q(file("p.neurona")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("CSV bars.csv, pictures of 8 x 8 x 1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Network inputs: 64"), std::string::npos) << r.out;

  r = cli("train " + q(file("p.neurona")) + " --out " + q(file("m.json")));
  ASSERT_EQ(r.code, 0) << r.err;
  const json model = json::parse(slurp("m.json"));
  EXPECT_EQ(model["input_shape"], json({8, 8, 1}));
  EXPECT_EQ(model["inputs"][0], "px_0"); // predict reads the CSV's own columns

  write("bad.neurona", project({{"csv", "bars.csv"}, {"image_shape", {8, 4, 1}}}));
  r = cli("train " + q(file("bad.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(
      r.contains("dataset.image_shape holds 32 values (height x width x channels), but the CSV has 64 "
                 "feature columns"))
      << r.err;
}

TEST_F(CliImageSources, anImageFolderTrainsAndEachSkippedFileIsOneWarningUpToTen) {
  for (const std::string cls : {"horizontal", "vertical"}) {
    fs::create_directories(m_dir / "pics" / cls);
    for (int i = 0; i < 8; ++i)
      writeGrayBmp(m_dir / "pics" / cls / ("bar" + std::to_string(i) + ".bmp"), 8, 8,
                   bar(cls == "horizontal", i));
  }
  for (int i = 0; i < 12; ++i)
    std::ofstream(m_dir / "pics" / "vertical" / ("note" + std::to_string(10 + i) + ".png"))
        << "not a picture\n";
  write("p.neurona", project({{"images", "pics"}, {"image_size", {8, 8}}, {"color", "grayscale"}}));

  clitest::CliRun r = cli("train " + q(file("p.neurona")) + " --out " + q(file("m.json")));
  ASSERT_EQ(r.code, 0) << r.err;
  const std::string folder = (m_dir / "pics").string();
  EXPECT_TRUE(r.contains("warning: " + folder +
                         ": skipped vertical/note10.png is not a PNG, JPEG or BMP picture "
                         "that can be read"))
      << r.err;
  EXPECT_TRUE(r.contains("vertical/note19.png"));
  EXPECT_FALSE(r.contains("vertical/note20.png")) << "ten lines at most";
  EXPECT_TRUE(r.contains("warning: " + folder + ": and 2 more files skipped\n")) << r.err;
  const json model = json::parse(slurp("m.json"));
  EXPECT_EQ(model["input_shape"], json({8, 8, 1}));
  EXPECT_EQ(model["classes"], json({"horizontal", "vertical"}));

  r = cli("info " + q(file("p.neurona")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("image folder pics, 8 x 8 grayscale"), std::string::npos) << r.out;
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 11) << r.err;

  // Without the vertical pictures, one class is left: refused, with the folder named.
  for (int i = 0; i < 8; ++i) fs::remove(m_dir / "pics" / "vertical" / ("bar" + std::to_string(i) + ".bmp"));
  r = cli("train " + q(file("p.neurona")));
  EXPECT_EQ(r.code, 2);
  EXPECT_TRUE(r.contains(folder + ": dataset.images has pictures of one class only (\"horizontal\")"))
      << r.err;
}

} // namespace cliimagesources
