// Several regression targets in a CSV file (CsvOptions::labelColumns), a file read without labels
// (labelsUnused: the targets come from the inputs), and what the writer and the split do with them.
#include "neurona/core/data/CsvReader.h"
#include "neurona/core/data/CsvWriter.h"
#include "neurona/core/data/LinearSeparability.h"
#include "neurona/core/data/Split.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

using namespace neurona;

namespace {

constexpr const char* kThreeTargets = "a,t1,b,t2,t3\n"
                                      "1,10,2,20,30\n"
                                      "3,11,4,21,31\n"
                                      "5,12,6,22,32.5\n";

CsvResult readWith(std::string_view text, std::vector<std::string> labels) {
  CsvOptions o;
  o.labelColumns = std::move(labels);
  return CsvReader::readString(text, o);
}

} // namespace

TEST(CsvTargets, ListOfLabelColumnsGivesOneTargetPerColumnInTheListsOrder) {
  const CsvResult r = readWith(kThreeTargets, {"t3", "T1", "4"}); // names (any case) and an index
  ASSERT_TRUE(r.ok()) << toString(r.error.code) << " " << r.error.text;
  const Dataset& ds = r.dataset;
  EXPECT_EQ(ds.task, TaskKind::Regression);
  EXPECT_EQ(ds.featureNames, (std::vector<std::string>{"a", "b"}));
  EXPECT_EQ(ds.targetNames, (std::vector<std::string>{"t3", "t1", "t2"}));
  EXPECT_EQ(ds.labelName, "t3");
  EXPECT_EQ(ds.targetCount(), 3);
  EXPECT_EQ(ds.targetName(1), "t1");
  ASSERT_EQ(ds.targets.rows(), 3);
  ASSERT_EQ(ds.targets.cols(), 3);
  EXPECT_EQ(ds.targets(2, 0), 32.5);
  EXPECT_EQ(ds.targets(0, 1), 10.0);
  EXPECT_EQ(ds.targets(1, 2), 21.0);
  EXPECT_EQ(ds.features(2, 1), 6.0);
  EXPECT_EQ(r.labelColumn, 5u);
  EXPECT_EQ(r.labelColumns, (std::vector<std::size_t>{5, 2, 4}));
  EXPECT_TRUE(ds.labels.size() == 0 && ds.classNames.empty());
}

TEST(CsvTargets, OneColumnListIsTheSingleLabelColumn) {
  CsvOptions single;
  single.labelColumn = "t2";
  const CsvResult a = CsvReader::readString(kThreeTargets, single);
  const CsvResult b = readWith(kThreeTargets, {"t2"});
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a.dataset, b.dataset);
  EXPECT_TRUE(b.dataset.targetNames.empty());
  EXPECT_EQ(b.labelColumns, (std::vector<std::size_t>{4}));
  // Integer labels in one column are classes, as always.
  EXPECT_EQ(b.dataset.task, TaskKind::MulticlassClassification);
  EXPECT_EQ(b.dataset.labels.size(), 3);
  EXPECT_EQ(b.dataset.targetCount(), 0);
}

TEST(CsvTargets, IntegerTargetsInSeveralColumnsAreARegressionWhateverTheTaskAsked) {
  CsvOptions o;
  o.labelColumns = {"t1", "t2"};
  o.task = TaskKind::BinaryClassification;
  const CsvResult r = CsvReader::readString("x,t1,t2\n1,0,1\n2,1,0\n", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.dataset.task, TaskKind::Regression);
  EXPECT_EQ(r.dataset.targets, (MatrixD(2, 2) << 0, 1, 1, 0).finished());
}

TEST(CsvTargets, AColumnMissingFromTheListIsNamed) {
  CsvResult r = readWith(kThreeTargets, {"t1", "t9", "t2"});
  EXPECT_EQ(r.error.code, ErrorCode::LabelColumnNotFound);
  EXPECT_EQ(r.error.text, "t9");
  EXPECT_EQ(r.dataset, Dataset{});
  r = readWith(kThreeTargets, {"t1", "6"}); // an index beyond the columns
  EXPECT_EQ(r.error.code, ErrorCode::LabelColumnNotFound);
  EXPECT_EQ(r.error.text, "6");
  EXPECT_EQ(r.error.actual, 6);
  EXPECT_EQ(r.error.expected, 5);
  r = readWith(kThreeTargets, {"t1", ""});
  EXPECT_EQ(r.error.code, ErrorCode::LabelColumnNotFound);
  // Without a header only indices name columns.
  r = readWith("1,2,3\n4,5,6\n", {"2", "t1"});
  EXPECT_EQ(r.error.code, ErrorCode::LabelColumnNotFound);
  EXPECT_EQ(r.error.text, "t1");
}

TEST(CsvTargets, EveryColumnATargetLeavesNoInput) {
  const CsvResult r = readWith("p,q\n1,2\n3,4\n", {"p", "q"});
  EXPECT_EQ(r.error.code, ErrorCode::NoFeatureColumns);
  EXPECT_EQ(r.error.actual, 2);
  EXPECT_EQ(r.error.expected, 3);
}

TEST(CsvTargets, TextOrInfinityInATargetColumnIsRefusedWithItsLineAndColumn) {
  CsvResult r = readWith("x,t1,t2\n1,2,3\n4,five,6\n", {"t1", "t2"});
  EXPECT_EQ(r.error.code, ErrorCode::NonNumericTarget);
  EXPECT_EQ(r.error.line, 3);
  EXPECT_EQ(r.error.column, 2);
  EXPECT_EQ(r.error.columnName, "t1");
  EXPECT_EQ(r.error.text, "five");
  r = readWith("x,t1,t2\n1,2,3\n4,5,inf\n", {"t1", "t2"});
  EXPECT_EQ(r.error.code, ErrorCode::NonFiniteValue);
  EXPECT_EQ(r.error.column, 3);
}

TEST(CsvTargets, NoHeaderNamesTheTargetsY1Y2) {
  const CsvResult r = readWith("1,2,3,4\n5,6,7,8\n", {"4", "1"});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.dataset.targetNames, (std::vector<std::string>{"y1", "y2"}));
  EXPECT_EQ(r.dataset.featureNames, (std::vector<std::string>{"x1", "x2"}));
  EXPECT_EQ(r.dataset.features(1, 0), 6.0);
  EXPECT_EQ(r.dataset.targets(1, 1), 5.0);
}

TEST(CsvTargets, MissingTargetCellsDropTheirRowsWhenAsked) {
  CsvOptions o;
  o.labelColumns = {"t1", "t2"};
  o.dropMissingRows = true;
  const CsvResult r = CsvReader::readString("x,t1,t2\n1,2,3\n4,NA,6\n7,8,9\n", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.droppedRows, 1u);
  EXPECT_EQ(r.dataset.targets, (MatrixD(2, 2) << 2, 3, 8, 9).finished());
}

TEST(CsvTargets, LabelsUnusedReadsEveryColumnAsAnInputOrSkipsTheNamedOne) {
  CsvOptions o;
  o.labelsUnused = true;
  CsvResult r = CsvReader::readString("u,v\n1,2\n3,4\n", o);
  ASSERT_TRUE(r.ok()) << toString(r.error.code);
  EXPECT_EQ(r.dataset.featureNames, (std::vector<std::string>{"u", "v"}));
  EXPECT_EQ(r.dataset.task, TaskKind::Regression);
  EXPECT_EQ(r.dataset.targets.size(), 0);
  EXPECT_EQ(r.labelColumn, 0u);
  // One column is enough when it is not a label.
  r = CsvReader::readString("u\n1\n3\n", o);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.dataset.featureCount(), 1);
  // A named label column is left out unread: text, one class, even a missing cell are fine there.
  o.labelColumn = "kind";
  r = CsvReader::readString("u,kind,v\n1,a,2\n3,,4\n", o);
  ASSERT_TRUE(r.ok()) << toString(r.error.code);
  EXPECT_EQ(r.dataset.featureNames, (std::vector<std::string>{"u", "v"}));
  EXPECT_EQ(r.dataset.features, (MatrixD(2, 2) << 1, 2, 3, 4).finished());
}

TEST(CsvTargets, WriterPutsEveryTargetAtTheEndAndTheReaderTakesThemBack) {
  const CsvResult r = readWith(kThreeTargets, {"t1", "t2", "t3"});
  ASSERT_TRUE(r.ok());
  const std::string text = CsvWriter::toString(r.dataset);
  EXPECT_EQ(text, "a,b,t1,t2,t3\n1,2,10,20,30\n3,4,11,21,31\n5,6,12,22,32.5\n");
  const CsvResult back = readWith(text, {"t1", "t2", "t3"});
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(back.dataset, r.dataset);
  // K names must match K columns.
  Dataset broken = r.dataset;
  broken.targetNames.pop_back();
  EXPECT_FALSE(CsvWriter::isConsistent(broken));
}

TEST(CsvTargets, WriterWritesTargetsThatAreTheInputsOnce) {
  Dataset ds;
  ds.task = TaskKind::Regression;
  ds.featureNames = {"u", "v"};
  ds.features = (MatrixD(2, 2) << 1, 2, 3, 4).finished();
  ds.targets = ds.features;
  ds.targetNames = ds.featureNames;
  ds.labelName = "u";
  ds.targetsAreInputs = true;
  EXPECT_EQ(CsvWriter::toString(ds), "u,v\n1,2\n3,4\n");
}

TEST(CsvTargets, OneTargetIsWrittenAsBefore) {
  Dataset ds;
  ds.task = TaskKind::Regression;
  ds.featureNames = {"x"};
  ds.labelName = "y";
  ds.features = (MatrixD(2, 1) << 1, 2).finished();
  ds.targets = (MatrixD(2, 1) << 0.5, -1).finished();
  EXPECT_EQ(CsvWriter::toString(ds), "x,y\n1,0.5\n2,-1\n");
  ds.features.resize(0, 1);
  ds.targets.resize(0, 0); // no rows: the header alone, as ever
  EXPECT_EQ(CsvWriter::toString(ds), "x,y\n");
}

TEST(CsvTargets, SubsetKeepsEveryTargetColumnAndTheNames) {
  const CsvResult r = readWith(kThreeTargets, {"t1", "t2", "t3"});
  ASSERT_TRUE(r.ok());
  const std::vector<Eigen::Index> rows{2, 0};
  const Dataset s = subset(r.dataset, rows);
  EXPECT_EQ(s.targets, (MatrixD(2, 3) << 12, 22, 32.5, 10, 20, 30).finished());
  EXPECT_EQ(s.targetNames, r.dataset.targetNames);
  Rng rng(3);
  const DatasetSplit split = splitDataset(r.dataset, {0.7, 0.0, 0.3}, rng);
  EXPECT_EQ(split.train.size() + split.test.size(), 3u);
}

TEST(CsvTargets, LinearFitOfSeveralTargetsIsTheWorstOnes) {
  // t1 is linear in the inputs, t2 is not at all (a checkerboard of signs).
  Dataset ds;
  ds.task = TaskKind::Regression;
  const int n = 40;
  ds.features.resize(n, 2);
  ds.targets.resize(n, 2);
  for (int i = 0; i < n; ++i) {
    const double a = i % 5, b = i / 5;
    ds.features(i, 0) = a;
    ds.features(i, 1) = b;
    ds.targets(i, 0) = 2 * a - b;
    ds.targets(i, 1) = (i % 5 + i / 5) % 2 == 0 ? 1.0 : -1.0;
  }
  ds.featureNames = {"a", "b"};
  ds.targetNames = {"t1", "t2"};
  const double both = checkLinearFit(ds).score;
  ds.targets = ds.targets.leftCols(1).eval();
  ds.targetNames.clear();
  EXPECT_NEAR(checkLinearFit(ds).score, 1.0, 1e-9);
  EXPECT_LT(both, 0.5);
}
