#include "neurona/core/data/CsvWriter.h"
#include "neurona/core/data/CsvReader.h"
#include "neurona/core/data/Generators.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

using namespace neurona;

TEST(CsvWriter, EveryGeneratedDatasetRoundTripsIdentically) {
  for (const auto& info : allGenerators()) {
    if (info.kind != GeneratorKind::Points) continue; // pictures: ImageGeneratorsTest
    SCOPED_TRACE(std::string(info.name));
    GeneratorOptions o;
    o.samples = 500;
    o.noise = 0.15;
    o.seed = 99;
    const auto g = generateDataset(info.name, o);
    ASSERT_TRUE(g.ok());
    const std::string text = CsvWriter::toString(g.value);
    const auto r = CsvReader::readString(text);
    ASSERT_TRUE(r.ok()) << toString(r.error.code) << " line " << r.error.line;
    EXPECT_EQ(r.dataset, g.value);
  }
}

TEST(CsvWriter, SpanishStyleAndTabRoundTrip) {
  GeneratorOptions o;
  o.samples = 300;
  o.noise = 0.3;
  o.classes = 4;
  const auto g = generateDataset("spiral", o);
  ASSERT_TRUE(g.ok());
  for (const CsvWriteOptions& w :
       {CsvWriteOptions{';', true}, CsvWriteOptions{'\t', false}, CsvWriteOptions{';', false}}) {
    const std::string text = CsvWriter::toString(g.value, w);
    if (w.decimalComma) {
      EXPECT_EQ(text.find('.'), std::string::npos);
    }
    const auto r = CsvReader::readString(text);
    ASSERT_TRUE(r.ok()) << toString(r.error.code);
    EXPECT_EQ(r.separator, w.separator);
    EXPECT_EQ(r.dataset, g.value);
  }
}

TEST(CsvWriter, QuotesNamesAndKeepsExtremeDoubles) {
  Dataset ds;
  ds.featureNames = {"a,b", "say \"hi\"", " padded "};
  ds.labelName = "kind";
  ds.features.resize(3, 3);
  ds.features << 1e-300, -0.0, 123456789.123456789, 0.1, 2.0 / 3.0, -1e300, 5e-324, 1.7976931348623157e308,
      -7;
  ds.task = TaskKind::MulticlassClassification;
  ds.classNames = {"line\nbreak", "x;y", "z"};
  ds.labels.resize(3);
  ds.labels << 2, 0, 1;
  const std::string text = CsvWriter::toString(ds);
  const auto r = CsvReader::readString(text);
  ASSERT_TRUE(r.ok()) << toString(r.error.code) << " " << r.error.line;
  EXPECT_EQ(r.dataset, ds);
  EXPECT_TRUE(std::signbit(r.dataset.features(0, 1)));
}

TEST(CsvWriter, LoadedFixtureRoundTripsThroughAFile) {
  const auto loaded =
      CsvReader::readFile(std::filesystem::path(NEURONA_FIXTURES_DIR) / "csv" / "spanish_semicolon.csv");
  ASSERT_TRUE(loaded.ok());
  const auto dir = std::filesystem::temp_directory_path() / "neurona_csv_writer_test";
  std::filesystem::create_directories(dir);
  const auto path = dir / "out.csv";
  ASSERT_EQ(CsvWriter::writeFile(path, loaded.dataset, {';', true}).code, ErrorCode::None);
  EXPECT_FALSE(std::filesystem::exists(dir / "out.csv.tmp"));
  const auto again = CsvReader::readFile(path);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.dataset, loaded.dataset);
  std::filesystem::remove_all(dir);
}

TEST(CsvWriter, RejectsBadOptionsAndInconsistentData) {
  Dataset ds;
  ds.featureNames = {"x1"};
  ds.features = MatrixD::Zero(2, 1);
  ds.labels = Eigen::VectorXi::Zero(2);
  ds.classNames = {"0", "1"};
  std::ostringstream out;
  EXPECT_EQ(CsvWriter::write(out, ds, {',', true}).code, ErrorCode::BadOptions);
  EXPECT_EQ(CsvWriter::write(out, ds, {'|', false}).code, ErrorCode::BadOptions);
  EXPECT_EQ(CsvWriter::write(out, ds).code, ErrorCode::None);
  ds.labels(1) = 2; // no such class
  EXPECT_EQ(CsvWriter::write(out, ds).code, ErrorCode::InconsistentDataset);
  EXPECT_EQ(CsvWriter::writeFile("/nonexistent-dir/x.csv", ds).code, ErrorCode::InconsistentDataset);
  ds.labels(1) = 1;
  EXPECT_EQ(CsvWriter::writeFile("/nonexistent-dir/x.csv", ds).code, ErrorCode::CannotWrite);
}
