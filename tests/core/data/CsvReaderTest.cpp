#include "neurona/core/data/CsvReader.h"

#include <gtest/gtest.h>

#include <ostream>
#include <sstream>
#include <string>

using namespace neurona;

namespace {

std::filesystem::path fixture(const char* name) {
  return std::filesystem::path(NEURONA_FIXTURES_DIR) / "csv" / name;
}

CsvResult load(const char* name, const CsvOptions& o = {}) { return CsvReader::readFile(fixture(name), o); }

// A failed load carries no data at all.
void expectEmptyDataset(const CsvResult& r) { EXPECT_EQ(r.dataset, Dataset{}); }

} // namespace

TEST(CsvReader, HeaderCommaNumericBinaryLabels) {
  const auto r = load("header_comma.csv");
  ASSERT_TRUE(r.ok()) << toString(r.error.code) << " line " << r.error.line;
  const Dataset& ds = r.dataset;
  EXPECT_TRUE(r.hadHeader);
  EXPECT_EQ(r.separator, ',');
  EXPECT_EQ(ds.featureNames, (std::vector<std::string>{"x1", "x2"}));
  EXPECT_EQ(ds.labelName, "label");
  EXPECT_EQ(ds.task, TaskKind::BinaryClassification);
  EXPECT_EQ(ds.classNames, (std::vector<std::string>{"0", "1"}));
  ASSERT_EQ(ds.samples(), 4);
  EXPECT_EQ(ds.features(1, 0), -1.25);
  EXPECT_EQ(ds.features(2, 0), 3e-2);
  EXPECT_EQ(ds.features(2, 1), -0.75);
  EXPECT_EQ(ds.labels(0), 0);
  EXPECT_EQ(ds.labels(1), 1);
}

TEST(CsvReader, NoHeaderNamesColumnsAndUsesTheLastAsLabel) {
  const auto r = load("no_header.csv");
  ASSERT_TRUE(r.ok());
  EXPECT_FALSE(r.hadHeader);
  EXPECT_EQ(r.dataset.featureNames, (std::vector<std::string>{"x1", "x2"}));
  EXPECT_EQ(r.dataset.samples(), 4);
  EXPECT_EQ(r.dataset.features(0, 0), 0.5); // the first row is data
  EXPECT_EQ(r.dataset.classNames, (std::vector<std::string>{"1", "2"}));
  EXPECT_EQ(r.dataset.labels(1), 1); // "2" is the second class: the positive one
}

TEST(CsvReader, SpanishSemicolonDecimalCommaAndAccentedTextLabels) {
  const auto r = load("spanish_semicolon.csv");
  ASSERT_TRUE(r.ok()) << toString(r.error.code);
  EXPECT_EQ(r.separator, ';');
  EXPECT_TRUE(r.decimalComma);
  const Dataset& ds = r.dataset;
  EXPECT_EQ(ds.featureNames, (std::vector<std::string>{"longitud", "anchura"}));
  EXPECT_EQ(ds.labelName, "especie");
  EXPECT_EQ(ds.classNames, (std::vector<std::string>{"no", "s\xC3\xAD"})); // text order: "no" < "sí"
  EXPECT_EQ(ds.features(0, 0), 1.5);
  EXPECT_EQ(ds.features(0, 1), 2.25);
  EXPECT_EQ(ds.features(1, 0), -0.5);
  EXPECT_EQ(ds.features(2, 1), -1.75);
  EXPECT_EQ(ds.labels(0), 1);
  EXPECT_EQ(ds.labels(1), 0);
}

TEST(CsvReader, BomCrlfQuotedHeaderAndBlankTrailingLines) {
  const auto r = load("bom_crlf.csv");
  ASSERT_TRUE(r.ok()) << toString(r.error.code);
  EXPECT_EQ(r.dataset.featureNames, (std::vector<std::string>{"x1", "x2"}));
  EXPECT_EQ(r.dataset.labelName, "class");
  EXPECT_EQ(r.dataset.samples(), 3);
  EXPECT_EQ(r.dataset.features(2, 1), 6.0);
  EXPECT_EQ(r.dataset.classNames, (std::vector<std::string>{"a", "b"}));
}

TEST(CsvReader, Rfc4180Quoting) {
  const auto r = load("quoted.csv");
  ASSERT_TRUE(r.ok()) << toString(r.error.code) << " line " << r.error.line;
  EXPECT_EQ(r.dataset.samples(), 4);
  EXPECT_EQ(r.dataset.task, TaskKind::MulticlassClassification);
  EXPECT_EQ(r.dataset.classNames, (std::vector<std::string>{"red, dark", "say \"hi\"", "two\nlines"}));
  EXPECT_EQ(r.dataset.labels(3), 0);
  EXPECT_EQ(r.dataset.features(3, 0), 7.0);
}

TEST(CsvReader, TabSeparatedWithMoreThanTwoFeatures) {
  const auto r = load("tab.tsv");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.separator, '\t');
  EXPECT_EQ(r.dataset.featureCount(), 3);
  EXPECT_EQ(r.dataset.labelName, "y");
  EXPECT_EQ(r.dataset.features(2, 2), 9.0);
}

TEST(CsvReader, TextLabelsGiveSortedClassesAndFourFeatures) {
  const auto r = load("iris_like.csv");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.dataset.featureCount(), 4);
  EXPECT_EQ(r.dataset.classNames, (std::vector<std::string>{"setosa", "versicolor", "virginica"}));
  EXPECT_EQ(r.dataset.task, TaskKind::MulticlassClassification);
  EXPECT_EQ(r.dataset.labels(4), 2);
}

TEST(CsvReader, NonIntegerLabelsAreRegression) {
  const auto r = load("regression.csv");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.dataset.task, TaskKind::Regression);
  EXPECT_EQ(r.dataset.labelName, "target");
  EXPECT_EQ(r.dataset.targets(1), 1.25);
  EXPECT_EQ(r.dataset.labels.size(), 0);
  EXPECT_TRUE(r.dataset.classNames.empty());
}

TEST(CsvReader, LabelColumnFoundByNameAndNumbersOrderedNumerically) {
  const auto r = load("label_first.csv");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.labelColumn, 1u);
  EXPECT_EQ(r.dataset.featureNames, (std::vector<std::string>{"x1", "x2"}));
  EXPECT_EQ(r.dataset.classNames, (std::vector<std::string>{"2", "10"})); // not "10" < "2"
  EXPECT_EQ(r.dataset.labels(0), 1);
}

TEST(CsvReader, YBesideXIsACoordinate) {
  const auto xy = CsvReader::readString("x,y,color\n1,2,red\n3,4,blue\n");
  ASSERT_TRUE(xy.ok()) << toString(xy.error.code);
  EXPECT_EQ(xy.dataset.labelName, "color");
  EXPECT_EQ(xy.dataset.featureNames, (std::vector<std::string>{"x", "y"}));
  const auto es = CsvReader::readString("clase;ancho;alto\nA;1;2\nB;3;4\n");
  ASSERT_TRUE(es.ok());
  EXPECT_EQ(es.dataset.labelName, "clase");
  const auto y = CsvReader::readString("a,y,b\n1,0,2\n3,1,4\n");
  ASSERT_TRUE(y.ok());
  EXPECT_EQ(y.dataset.labelName, "y");
  EXPECT_EQ(y.labelColumn, 2u);
}

TEST(CsvReader, UserNamedOrIndexedLabelColumn) {
  CsvOptions o;
  o.labelColumn = "X1";
  auto r = load("header_comma.csv", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.dataset.labelName, "x1");
  EXPECT_EQ(r.dataset.featureNames, (std::vector<std::string>{"x2", "label"}));
  EXPECT_EQ(r.dataset.task, TaskKind::Regression); // 0.5, -1.25, ... are not classes
  o.labelColumn = "2";
  r = load("header_comma.csv", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.dataset.labelName, "x2");
  o.labelColumn = "nope";
  r = load("header_comma.csv", o);
  EXPECT_EQ(r.error.code, ErrorCode::LabelColumnNotFound);
  EXPECT_EQ(r.error.text, "nope");
  o.labelColumn = "4";
  EXPECT_EQ(load("header_comma.csv", o).error.code, ErrorCode::LabelColumnNotFound);
}

TEST(CsvReader, ForcedTask) {
  CsvOptions o;
  o.task = TaskKind::Regression;
  auto r = load("header_comma.csv", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.dataset.task, TaskKind::Regression);
  EXPECT_EQ(r.dataset.targets(1), 1.0);
  r = load("iris_like.csv", o);
  EXPECT_EQ(r.error.code, ErrorCode::NonNumericTarget);
  EXPECT_EQ(r.error.line, 2u);
  EXPECT_EQ(r.error.column, 5u);
  EXPECT_EQ(r.error.columnName, "species");
  o.task = TaskKind::MulticlassClassification;
  r = load("header_comma.csv", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.dataset.task, TaskKind::MulticlassClassification);
  o.task = TaskKind::BinaryClassification;
  r = load("iris_like.csv", o);
  EXPECT_EQ(r.error.code, ErrorCode::WrongClassCount);
  EXPECT_EQ(r.error.actual, 3u);
  o.task = TaskKind::BinaryClassification;
  r = load("regression.csv", o); // classes are the distinct values, even non-integer
  EXPECT_EQ(r.error.code, ErrorCode::WrongClassCount);
}

TEST(CsvReader, ExplicitClassOrder) {
  CsvOptions o;
  o.classNames = {"virginica", "setosa", "versicolor"};
  auto r = load("iris_like.csv", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.dataset.classNames, o.classNames);
  EXPECT_EQ(r.dataset.labels(0), 1);
  EXPECT_EQ(r.dataset.labels(4), 0);
  o.classNames = {"setosa", "virginica"};
  r = load("iris_like.csv", o);
  EXPECT_EQ(r.error.code, ErrorCode::UnknownClass);
  EXPECT_EQ(r.error.line, 4u);
  EXPECT_EQ(r.error.text, "versicolor");
}

TEST(CsvReader, Windows1252IsTranscoded) {
  const auto r = load("windows1252.csv");
  ASSERT_TRUE(r.ok()) << toString(r.error.code);
  EXPECT_TRUE(r.transcodedLatin1);
  EXPECT_EQ(r.dataset.featureNames.front(), "a\xC3\xB1o");
  EXPECT_EQ(r.dataset.classNames, (std::vector<std::string>{"ni\xC3\xB1"
                                                            "a",
                                                            "ni\xC3\xB1o"}));
  CsvOptions strict;
  strict.acceptLatin1 = false;
  const auto s = load("windows1252.csv", strict);
  EXPECT_EQ(s.error.code, ErrorCode::InvalidUtf8);
  EXPECT_EQ(s.error.line, 1u);
  expectEmptyDataset(s);
}

TEST(CsvReader, Utf16WithBomIsTranscoded) {
  const std::string text = "x1\tx2\tlabel\n1\t2\ta\n3\t4\tb\n";
  std::string utf16 = "\xFF\xFE";
  for (char c : text) {
    utf16.push_back(c);
    utf16.push_back('\0');
  }
  const auto r = CsvReader::readString(utf16);
  ASSERT_TRUE(r.ok()) << toString(r.error.code);
  EXPECT_EQ(r.dataset.samples(), 2);
  EXPECT_EQ(r.dataset.classNames, (std::vector<std::string>{"a", "b"}));
}

TEST(CsvReader, MissingValuesReportedOrDropped) {
  auto r = load("missing.csv");
  EXPECT_EQ(r.error.code, ErrorCode::MissingValue);
  EXPECT_EQ(r.error.line, 3u);
  EXPECT_EQ(r.error.column, 2u);
  EXPECT_EQ(r.error.columnName, "x2");
  EXPECT_EQ(r.error.actual, 2u); // rows 3 and 4 have missing cells
  expectEmptyDataset(r);
  CsvOptions o;
  o.dropMissingRows = true;
  r = load("missing.csv", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.droppedRows, 2u);
  EXPECT_EQ(r.firstDroppedLine, 3u);
  EXPECT_EQ(r.dataset.samples(), 3);
  EXPECT_EQ(r.dataset.features(1, 0), 7.0);
}

TEST(CsvReader, NaNIsAMissingValue) {
  const auto r = load("bad_nan.csv");
  EXPECT_EQ(r.error.code, ErrorCode::MissingValue);
  EXPECT_EQ(r.error.line, 3u);
  EXPECT_EQ(r.error.column, 2u);
  EXPECT_EQ(r.error.text, "NaN");
}

struct BadFile {
  const char* name;
  ErrorCode code;
  std::int64_t line;
  std::int64_t column;
};

// Test listings show the fixture's file name rather than the struct's bytes.
void PrintTo(const BadFile& b, std::ostream* os) { *os << b.name; }

class CsvBadFile : public ::testing::TestWithParam<BadFile> {};

TEST_P(CsvBadFile, GivesItsErrorAndLineAndNoData) {
  const BadFile& b = GetParam();
  const auto r = load(b.name);
  EXPECT_EQ(r.error.code, b.code) << toString(r.error.code);
  EXPECT_EQ(r.error.line, b.line);
  EXPECT_EQ(r.error.column, b.column);
  expectEmptyDataset(r);
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, CsvBadFile,
    ::testing::Values(BadFile{"bad_empty.csv", ErrorCode::Empty, 0, 0},
                      BadFile{"bad_blank_lines.csv", ErrorCode::Empty, 0, 0},
                      BadFile{"bad_header_only.csv", ErrorCode::NoRows, 2, 0},
                      BadFile{"bad_ragged.csv", ErrorCode::RaggedRow, 2, 0},
                      BadFile{"bad_non_numeric.csv", ErrorCode::NonNumericFeature, 3, 2},
                      BadFile{"bad_inf.csv", ErrorCode::NonFiniteValue, 4, 1},
                      BadFile{"bad_single_class.csv", ErrorCode::SingleClass, 0, 3},
                      BadFile{"bad_too_many_classes.csv", ErrorCode::TooManyClasses, 0, 3},
                      BadFile{"bad_unterminated_quote.csv", ErrorCode::UnterminatedQuote, 3, 0},
                      BadFile{"bad_one_column.csv", ErrorCode::NoFeatureColumns, 1, 0},
                      BadFile{"bad_binary.bin", ErrorCode::NotText, 2, 0}),
    [](const auto& info) {
      std::string n = info.param.name;
      for (char& c : n)
        if (c == '.') c = '_';
      return n;
    });

TEST(CsvReader, ErrorData) {
  auto r = load("bad_ragged.csv");
  EXPECT_EQ(r.error.actual, 14u);
  EXPECT_EQ(r.error.expected, 5u);
  r = load("bad_non_numeric.csv");
  EXPECT_EQ(r.error.text, "abc");
  EXPECT_EQ(r.error.columnName, "x2");
  r = load("bad_single_class.csv");
  EXPECT_EQ(r.error.text, "cat");
  r = load("bad_too_many_classes.csv");
  EXPECT_EQ(r.error.actual, 1001u);
  EXPECT_EQ(r.error.expected, 1000u);
  r = load("bad_binary.bin");
  EXPECT_EQ(r.error.actual, 6u); // byte offset of the first control byte (PNG's 0x1A)
  EXPECT_EQ(load("no_such_file.csv").error.code, ErrorCode::CannotOpen);
  EXPECT_EQ(CsvReader::readFile(NEURONA_FIXTURES_DIR).error.code, ErrorCode::NotRegularFile);
}

TEST(CsvReader, ManyIntegerValuesAreRegressionButTextIsTooManyClasses) {
  std::string numeric = "x,y\n";
  for (int i = 0; i < 1200; ++i) numeric += std::to_string(i) + "," + std::to_string(i) + "\n";
  const auto r = CsvReader::readString(numeric);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.dataset.task, TaskKind::Regression);
  CsvOptions o;
  o.task = TaskKind::MulticlassClassification;
  EXPECT_EQ(CsvReader::readString(numeric, o).error.code, ErrorCode::TooManyClasses);
}

TEST(CsvReader, InMemoryEdgeCases) {
  EXPECT_EQ(CsvReader::readString("\xEF\xBB\xBF").error.code, ErrorCode::Empty);
  EXPECT_EQ(CsvReader::readString("\"").error.code, ErrorCode::UnterminatedQuote);
  EXPECT_EQ(CsvReader::readString("a,b\n1,2\n").error.code, ErrorCode::SingleClass);
  // A CR-only (old Mac) file, no trailing newline, spaces around fields, '+' signs, ";;;" filler rows.
  const auto r = CsvReader::readString("x1;x2;label\r +1,5 ; 2 ;a\r3;4;b\r;;\r;;");
  ASSERT_TRUE(r.ok()) << toString(r.error.code);
  EXPECT_EQ(r.dataset.samples(), 2);
  EXPECT_EQ(r.dataset.features(0, 0), 1.5);
  // Line numbers count physical lines, also inside quotes and across blank lines.
  const auto q = CsvReader::readString("a,b,label\n1,2,\"x\ny\"\n\n3,oops,z\n");
  EXPECT_EQ(q.error.code, ErrorCode::NonNumericFeature);
  EXPECT_EQ(q.error.line, 5u);
  // Decimal comma is only read with ';'.
  EXPECT_EQ(CsvReader::readString("a,b,label\n\"1,5\",2,0\n3,4,1\n").error.code,
            ErrorCode::NonNumericFeature);
  // A header detected from a column of numbers below it, while text labels stay text.
  const auto h = CsvReader::readString("f,g,kind\n1,2,cat\n3,4,dog\n");
  ASSERT_TRUE(h.ok());
  EXPECT_TRUE(h.hadHeader);
  const auto nh = CsvReader::readString("1,2,cat\n3,4,dog\n");
  ASSERT_TRUE(nh.ok());
  EXPECT_FALSE(nh.hadHeader);
  EXPECT_EQ(nh.dataset.samples(), 2);
  CsvOptions forced;
  forced.hasHeader = true;
  EXPECT_EQ(CsvReader::readString("1,2,0\n3,4,1\n5,6,0\n", forced).dataset.featureNames,
            (std::vector<std::string>{"1", "2"}));
  CsvOptions big;
  big.maxBytes = 4;
  EXPECT_EQ(CsvReader::readString("a,b\n1,2\n", big).error.code, ErrorCode::TooLarge);
}

TEST(CsvReader, TrailingUnnamedEmptyColumnsAreIgnored) {
  const auto r = CsvReader::readString("x1;x2;label;;\n1;2;a;;\n3;4;b\n5;6;a;\n");
  ASSERT_TRUE(r.ok()) << toString(r.error.code);
  EXPECT_EQ(r.dataset.featureNames, (std::vector<std::string>{"x1", "x2"}));
  EXPECT_EQ(r.dataset.samples(), 3);
  // A non-empty cell under no name is still a ragged row.
  const auto bad = CsvReader::readString("x1;x2;label;;\n1;2;a;;\n3;4;b;7;\n");
  EXPECT_EQ(bad.error.code, ErrorCode::RaggedRow);
  EXPECT_EQ(bad.error.line, 3u);
  EXPECT_EQ(bad.error.actual, 5u);
  EXPECT_EQ(bad.error.expected, 3u);
}

TEST(CsvReader, StreamEntryPoint) {
  std::istringstream in("x1,x2,label\n1,2,0\n3,4,1\n");
  const auto r = CsvReader::readStream(in);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.dataset.samples(), 2);
}

TEST(CsvReader, ArbitraryBytesNeverCrashNorHalfLoad) {
  Rng rng(1234);
  const std::string alphabet = "0123456789.,;\t\"\n\r -+eEaNn\xC3\xA9";
  for (int iter = 0; iter < 300; ++iter) {
    const std::size_t len = std::uniform_int_distribution<std::size_t>(0, 200)(rng);
    std::string s;
    for (std::size_t i = 0; i < len; ++i) {
      const bool any = std::uniform_int_distribution<int>(0, 20)(rng) == 0;
      s.push_back(any ? static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng))
                      : alphabet[std::uniform_int_distribution<std::size_t>(0, alphabet.size() - 1)(rng)]);
    }
    const auto r = CsvReader::readString(s);
    if (r.ok()) {
      const Dataset& ds = r.dataset;
      EXPECT_GE(ds.samples(), 1);
      EXPECT_EQ(static_cast<Eigen::Index>(ds.featureNames.size()), ds.featureCount());
      EXPECT_TRUE(ds.features.allFinite());
      if (ds.task == TaskKind::Regression) {
        EXPECT_EQ(ds.targets.size(), ds.samples());
      } else {
        EXPECT_EQ(ds.labels.size(), ds.samples());
        EXPECT_GE(ds.classCount(), 2);
        EXPECT_TRUE((ds.labels.array() >= 0).all() && (ds.labels.array() < ds.classCount()).all());
      }
    } else {
      EXPECT_EQ(r.dataset, Dataset{});
    }
  }
}
