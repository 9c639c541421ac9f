// Several regression targets in project files: "label_column" as a list, "targets": "inputs", and what
// ProjectData makes of them (the task, the targets of each part, the preprocessing they share).
#include "neurona/core/graph/Validation.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"
#include "neurona/core/sweep/ProjectRun.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

using namespace neurona;
using nlohmann::json;

namespace {

// A folder of its own under the temporary directory, removed at the end.
class ProjectTargets : public ::testing::Test {
protected:
  void SetUp() override {
    m_dir =
        std::filesystem::temp_directory_path() /
        ("neurona_targets_" + std::string(::testing::UnitTest::GetInstance()->current_test_info()->name()));
    std::filesystem::remove_all(m_dir);
    std::filesystem::create_directories(m_dir);
  }
  void TearDown() override { std::filesystem::remove_all(m_dir); }
  void writeCsv(const std::string& name, const std::string& text) { std::ofstream(m_dir / name) << text; }
  Project csvProject(const std::string& name) {
    Project p = defaultProject();
    p.dataset = {};
    p.dataset.kind = DatasetSourceKind::Csv;
    p.dataset.csvPath = name;
    return p;
  }
  std::filesystem::path m_dir;
};

// A CSV of two inputs and two targets, t1 = a + b and t2 = a − b, on a 5 × 4 lattice.
std::string latticeCsv() {
  std::string s = "a,b,t1,t2\n";
  for (int i = 0; i < 20; ++i) {
    const int a = i % 5, b = i / 5;
    s += std::to_string(a) + "," + std::to_string(b) + "," + std::to_string(a + b) + "," +
         std::to_string(a - b) + "\n";
  }
  return s;
}

} // namespace

TEST(ProjectTargetsFile, LabelColumnListRoundTrips) {
  json j = ProjectFile::toJson(defaultProject());
  j["dataset"] = {{"csv", "d.csv"}, {"label_column", {"t1", 4, "t3"}}};
  Result<Project> p = ProjectFile::fromJson(j);
  ASSERT_TRUE(p.ok()) << toString(p.error.code) << " " << p.error.jsonPath;
  EXPECT_EQ(p.value.dataset.labelColumns, (std::vector<std::string>{"t1", "4", "t3"}));
  EXPECT_TRUE(p.value.dataset.labelColumn.empty());
  j["dataset"]["label_column"] = {"t1", "4", "t3"}; // an index is written back as text
  EXPECT_EQ(ProjectFile::toJson(p.value)["dataset"], j["dataset"]);
  const std::string text = ProjectFile::serialize(p.value);
  Result<Project> again = ProjectFile::parse(text);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value, p.value);
  EXPECT_EQ(ProjectFile::serialize(again.value), text);
  // A list of one stays a list.
  j["dataset"]["label_column"] = {"t1"};
  p = ProjectFile::fromJson(j);
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(ProjectFile::toJson(p.value)["dataset"]["label_column"], json::array({"t1"}));
}

TEST(ProjectTargetsFile, BadLabelColumnListsAreRefusedWithTheirPath) {
  json j = ProjectFile::toJson(defaultProject());
  j["dataset"] = {{"csv", "d.csv"}, {"label_column", json::array()}};
  Result<Project> p = ProjectFile::fromJson(j);
  EXPECT_EQ(p.error.code, ErrorCode::WrongLength);
  EXPECT_EQ(p.error.jsonPath, "dataset.label_column");
  j["dataset"]["label_column"] = {"t1", true};
  p = ProjectFile::fromJson(j);
  EXPECT_EQ(p.error.code, ErrorCode::WrongType);
  EXPECT_EQ(p.error.jsonPath, "dataset.label_column[1]");
}

TEST(ProjectTargetsFile, TargetsInputsRoundTripsForEverySource) {
  json j = ProjectFile::toJson(defaultProject());
  for (const json& dataset : {json{{"generator", "moons"}, {"samples", 50}, {"noise", 0.0}, {"seed", 3}},
                              json{{"csv", "d.csv"}}, json{{"csv", "d.csv"}, {"label_column", "kind"}},
                              json{{"points", {{0.5, 1.0, 0}, {-0.5, 2.0, 1}}}, {"inputs", {"a", "b"}}}}) {
    j["dataset"] = dataset;
    j["dataset"]["targets"] = "inputs";
    Result<Project> p = ProjectFile::fromJson(j);
    ASSERT_TRUE(p.ok()) << dataset.dump() << ": " << toString(p.error.code) << " " << p.error.jsonPath;
    EXPECT_TRUE(p.value.dataset.targetsInputs);
    EXPECT_TRUE(p.value.dataset.extra.empty()) << dataset.dump();
    EXPECT_TRUE(p.value.dataset.params.empty()) << dataset.dump();
    EXPECT_EQ(ProjectFile::toJson(p.value)["dataset"], j["dataset"]) << dataset.dump();
    Result<Project> again = ProjectFile::parse(ProjectFile::serialize(p.value));
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again.value, p.value);
  }
}

TEST(ProjectTargetsFile, OnlyInputsIsKnownAsTargets) {
  json j = ProjectFile::toJson(defaultProject());
  j["dataset"] = {{"csv", "d.csv"}, {"targets", "labels"}};
  Result<Project> p = ProjectFile::fromJson(j);
  EXPECT_EQ(p.error.code, ErrorCode::UnknownName);
  EXPECT_EQ(p.error.jsonPath, "dataset.targets");
  EXPECT_EQ(p.error.detail, "labels");
  j["dataset"] = {{"generator", "moons"}, {"targets", 2}};
  p = ProjectFile::fromJson(j);
  EXPECT_EQ(p.error.code, ErrorCode::WrongType);
  EXPECT_EQ(p.error.jsonPath, "dataset.targets");
}

TEST(ProjectTargetsFile, OneLabelColumnIsWrittenAsBefore) {
  // Byte for byte what a file with one label column (and none) always held: no new keys, the same order.
  Project p = defaultProject();
  p.dataset = {};
  p.dataset.kind = DatasetSourceKind::Csv;
  p.dataset.csvPath = "data/points.csv";
  p.dataset.labelColumn = "kind";
  const std::string text = ProjectFile::serialize(p);
  EXPECT_NE(
      text.find("  \"dataset\": {\n    \"csv\": \"data/points.csv\",\n    \"label_column\": \"kind\"\n  },"),
      std::string::npos)
      << text;
  EXPECT_EQ(text.find("targets"), std::string::npos);
  p.dataset.labelColumn.clear();
  EXPECT_NE(ProjectFile::serialize(p).find("  \"dataset\": {\n    \"csv\": \"data/points.csv\"\n  },"),
            std::string::npos);
  const std::string generated = ProjectFile::serialize(defaultProject());
  EXPECT_EQ(generated.find("targets"), std::string::npos);
  Result<Project> back = ProjectFile::parse(generated);
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(ProjectFile::serialize(back.value), generated);
}

TEST(ProjectTargetsFile, ExampleProjectsSaveByteForByteAsTheyLoad) {
  // Every example re-saved: what the reader and the writer make of one-target files is unchanged.
  const auto examples = std::filesystem::path(NEURONA_SOURCE_DIR) / "resources" / "examples";
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(examples)) {
    if (entry.path().extension() != ".neurona") continue;
    Result<Project> p = ProjectFile::read(entry.path());
    ASSERT_TRUE(p.ok()) << entry.path();
    const std::string once = ProjectFile::serialize(p.value);
    Result<Project> again = ProjectFile::parse(once);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(ProjectFile::serialize(again.value), once) << entry.path();
    EXPECT_TRUE(again.value.dataset.labelColumns.empty());
    EXPECT_FALSE(again.value.dataset.targetsInputs);
    ++count;
  }
  EXPECT_GT(count, 0);
}

TEST_F(ProjectTargets, CsvLabelColumnListPreparesKTargetsInEveryPart) {
  writeCsv("d.csv", latticeCsv());
  Project p = csvProject("d.csv");
  p.dataset.labelColumns = {"t2", "t1"};
  p.split = {0.25, 0.0, 5};
  Result<PreparedData> d = ProjectData::prepare(p, m_dir);
  ASSERT_TRUE(d.ok()) << toString(d.error.code) << " " << d.error.detail;
  const PreparedData& data = d.value;
  EXPECT_EQ(data.raw.task, TaskKind::Regression);
  EXPECT_EQ(data.raw.targetNames, (std::vector<std::string>{"t2", "t1"}));
  EXPECT_EQ(data.train.targets.cols(), 2);
  EXPECT_EQ(data.validation.targets.cols(), 2);
  EXPECT_EQ(data.train.targets.rows() + data.validation.targets.rows(), 20);
  for (Eigen::Index i = 0; i < data.train.samples(); ++i) {
    const Eigen::Index row = data.split.train[static_cast<std::size_t>(i)];
    EXPECT_EQ(data.train.targets(i, 0), data.raw.features(row, 0) - data.raw.features(row, 1));
    EXPECT_EQ(data.train.targets(i, 1), data.raw.features(row, 0) + data.raw.features(row, 1));
  }
  // The network must have 2 outputs: 1 is a diagnostic, 2 is fine.
  ValidationContext ctx;
  ctx.inputs = 2;
  ctx.task = TaskKind::Regression;
  ctx.targets = 2;
  ctx.loss = LossKind::Mse;
  NetworkSpec one = NetworkSpec::denseStack({4}, 1, ActivationKind::Tanh, ActivationKind::Linear);
  NetworkSpec two = NetworkSpec::denseStack({4}, 2, ActivationKind::Tanh, ActivationKind::Linear);
  const auto diagnostics = validate(one, ctx);
  ASSERT_TRUE(hasErrors(diagnostics));
  bool sizeMismatch = false;
  for (const Diagnostic& diag : diagnostics)
    sizeMismatch |= diag.code == DiagnosticCode::OutputSizeMismatch && diag.expected == 2 && diag.actual == 1;
  EXPECT_TRUE(sizeMismatch);
  EXPECT_FALSE(hasErrors(validate(two, ctx)));
  // ProjectRun fills the context from the data.
  p.network = one;
  p.training.loss = LossKind::Mse;
  EXPECT_EQ(ProjectRun::check(p, data).kind, RunRefusalKind::Network);
  p.network = two;
  EXPECT_FALSE(ProjectRun::check(p, data).refused());
}

TEST_F(ProjectTargets, SeveralLabelColumnsRefuseAClassificationTask) {
  writeCsv("d.csv", latticeCsv());
  Project p = csvProject("d.csv");
  p.dataset.labelColumns = {"t1", "t2"};
  p.task = TaskKind::MulticlassClassification;
  const Result<Dataset> d = ProjectData::loadDataset(p, m_dir);
  EXPECT_EQ(d.error.code, ErrorCode::BadValue);
  EXPECT_EQ(d.error.jsonPath, "task");
  p.task = TaskKind::Regression;
  EXPECT_TRUE(ProjectData::loadDataset(p, m_dir).ok());
  p.dataset.labelColumns = {"t1", "nope"};
  const Result<Dataset> missing = ProjectData::loadDataset(p, m_dir);
  EXPECT_EQ(missing.error.code, ErrorCode::BadCsv);
  EXPECT_EQ(missing.error.cause, ErrorCode::LabelColumnNotFound);
  EXPECT_EQ(missing.error.text, "nope");
}

TEST_F(ProjectTargets, TargetsInputsOfEverySourceAreTheRawInputs) {
  writeCsv("d.csv", "u,kind,v\n1,a,2\n3,b,5\n4,a,-1\n0,b,7\n");
  Project csv = csvProject("d.csv");
  csv.dataset.targetsInputs = true;
  // No label column named: every column is an input, and a column of text is refused as ever.
  Result<Dataset> d = ProjectData::loadDataset(csv, m_dir);
  EXPECT_EQ(d.error.code, ErrorCode::BadCsv);
  EXPECT_EQ(d.error.cause, ErrorCode::NonNumericFeature);
  EXPECT_EQ(d.error.column, 2);
  csv.dataset.labelColumn = "kind"; // named, it is left out unread
  d = ProjectData::loadDataset(csv, m_dir);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.value.featureNames, (std::vector<std::string>{"u", "v"}));
  EXPECT_EQ(d.value.targetNames, d.value.featureNames);
  EXPECT_EQ(d.value.targets, d.value.features);
  EXPECT_TRUE(d.value.targetsAreInputs);
  EXPECT_EQ(d.value.task, TaskKind::Regression);
  EXPECT_EQ(d.value.labels.size(), 0);

  Project gen = defaultProject();
  gen.dataset.generator = "moons";
  gen.dataset.samples = 60;
  gen.dataset.targetsInputs = true;
  d = ProjectData::loadDataset(gen, m_dir);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d.value.task, TaskKind::Regression);
  EXPECT_EQ(d.value.targets, d.value.features);
  EXPECT_TRUE(d.value.classNames.empty());
  gen.task = TaskKind::BinaryClassification;
  EXPECT_EQ(ProjectData::loadDataset(gen, m_dir).error.jsonPath, "task");

  Project points = defaultProject();
  points.dataset = {};
  points.dataset.kind = DatasetSourceKind::Points;
  points.dataset.inputs = {"p", "q"};
  points.dataset.points = (MatrixD(3, 2) << 0, 1, 2, 3, 4, 5).finished();
  points.dataset.labels = {"same", "same", "same"}; // one class: no matter, the labels are not read
  points.dataset.targetsInputs = true;
  d = ProjectData::loadDataset(points, m_dir);
  ASSERT_TRUE(d.ok()) << toString(d.error.code) << " " << d.error.detail;
  EXPECT_EQ(d.value.targets, points.dataset.points);
  EXPECT_EQ(d.value.targetNames, (std::vector<std::string>{"p", "q"}));
}

TEST_F(ProjectTargets, TargetsInputsShareTheInputsScalingButNotTheTransforms) {
  Project p = defaultProject();
  p.dataset.generator = "moons";
  p.dataset.samples = 80;
  p.dataset.targetsInputs = true;
  p.split = {0.25, 0.0, 1};
  p.preprocessing = PreprocessingKind::Standardize;
  p.transforms = {FeatureTransform::X1TimesX2};
  Result<PreparedData> d = ProjectData::prepare(p, m_dir);
  ASSERT_TRUE(d.ok());
  const PreparedData& data = d.value;
  EXPECT_EQ(data.raw.targets, data.raw.features); // raw: the inputs as they are
  EXPECT_EQ(data.train.featureCount(), 3);        // x1, x2, x1·x2
  ASSERT_EQ(data.train.targets.cols(), 2);        // the two raw inputs only
  EXPECT_EQ(data.train.targets, data.train.features.leftCols(2));
  EXPECT_EQ(data.validation.targets, data.validation.features.leftCols(2));
  // Standardized on the training rows: mean 0, standard deviation 1 per target.
  for (Eigen::Index k = 0; k < 2; ++k) {
    const auto col = data.train.targets.col(k).array();
    EXPECT_NEAR(col.mean(), 0.0, 1e-12);
    EXPECT_NEAR(std::sqrt((col - col.mean()).square().mean()), 1.0, 1e-12);
  }
  // Scaled back with the pipeline's offset and scale, the targets are the raw inputs.
  const Preprocessing& s = data.pipeline.preprocessing;
  for (Eigen::Index i = 0; i < data.train.samples(); ++i) {
    const Eigen::Index row = data.split.train[static_cast<std::size_t>(i)];
    for (Eigen::Index k = 0; k < 2; ++k)
      EXPECT_NEAR(data.train.targets(i, k) * s.scale(k) + s.offset(k), data.raw.features(row, k), 1e-12);
  }
  // Without preprocessing they are the raw inputs exactly.
  p.preprocessing = PreprocessingKind::None;
  p.transforms.clear();
  d = ProjectData::prepare(p, m_dir);
  ASSERT_TRUE(d.ok());
  for (Eigen::Index i = 0; i < d.value.train.samples(); ++i)
    EXPECT_EQ(d.value.train.targets.row(i),
              d.value.raw.features.row(d.value.split.train[static_cast<std::size_t>(i)]));
}
