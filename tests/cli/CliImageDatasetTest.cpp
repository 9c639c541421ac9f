// `neurona-cli dataset` with the image generators: one column per pixel, p0 ... then label.
#include "neurona/core/data/CsvReader.h"
#include "support/CliDirTest.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <string>

using namespace neurona;

namespace cli_image_dataset_test {

class CliImageDataset : public clitest::CliDirTest {};

std::string headerOf(const std::string& text) { return text.substr(0, text.find('\n')); }

std::string expectedHeader(int pixels) {
  std::string header;
  for (int k = 0; k < pixels; ++k) header.append("p").append(std::to_string(k)).append(",");
  return header + "label";
}

} // namespace cli_image_dataset_test

using namespace cli_image_dataset_test;

TEST_F(CliImageDataset, ShapesWritesPixelColumnsThenLabelOneRowPerPicture) {
  clitest::CliRun r = cli("dataset shapes --samples 2000 --out " + q(file("shapes.csv")));
  ASSERT_EQ(r.code, 0) << r.err;
  EXPECT_NE(r.out.find("wrote 2000 samples of shapes"), std::string::npos) << r.out;
  const std::string text = clitest::slurp(file("shapes.csv"));
  EXPECT_EQ(headerOf(text), expectedHeader(256));
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 2001);
  // Read back: 16 x 16 pictures in [0, 1], four balanced classes by name.
  const CsvResult back = CsvReader::readString(text);
  ASSERT_TRUE(back.ok()) << toString(back.error.code);
  EXPECT_EQ(back.dataset.imageShape, (std::array<int, 3>{16, 16, 1}));
  EXPECT_EQ(back.dataset.classNames, (std::vector<std::string>{"circle", "cross", "square", "triangle"}));
  EXPECT_GE(back.dataset.features.minCoeff(), 0.0);
  EXPECT_LE(back.dataset.features.maxCoeff(), 1.0);
  for (int c = 0; c < 4; ++c) EXPECT_EQ((back.dataset.labels.array() == c).count(), 500);
}

TEST_F(CliImageDataset, TheSameSeedWritesTheSameFile) {
  for (const std::string name : {"shapes", "bars", "glyphs"}) {
    SCOPED_TRACE(name);
    const std::string args = "dataset " + name + " --samples 120 --seed 9 --noise 0.2 --out ";
    ASSERT_EQ(cli(args + q(file("a.csv"))).code, 0);
    ASSERT_EQ(cli(args + q(file("b.csv"))).code, 0);
    ASSERT_EQ(cli("dataset " + name + " --samples 120 --seed 10 --noise 0.2 --out " + q(file("c.csv"))).code,
              0);
    const std::string a = clitest::slurp(file("a.csv"));
    EXPECT_EQ(a, clitest::slurp(file("b.csv")));
    EXPECT_NE(a, clitest::slurp(file("c.csv")));
    EXPECT_EQ(std::count(a.begin(), a.end(), '\n'), 121);
  }
}

TEST_F(CliImageDataset, SizeSetsThePicturesSideAndIsChecked) {
  ASSERT_EQ(cli("dataset glyphs --samples 30 --param size=12 --out " + q(file("g.csv"))).code, 0);
  EXPECT_EQ(headerOf(clitest::slurp(file("g.csv"))), expectedHeader(144));
  const clitest::CliRun r = cli("dataset bars --param size=100 --out " + q(file("b.csv")));
  EXPECT_EQ(r.code, 1);
  EXPECT_NE(r.err.find("--param size=100 is outside 8..64"), std::string::npos) << r.err;
  EXPECT_FALSE(std::filesystem::exists(file("b.csv")));
}
