// Kept runs in a project file: they round-trip, they are absent from files that keep none, and a file
// with a broken run is refused with the path of the fault.
#include "core/io/SampleModels.h"
#include "neurona/core/io/KeptRun.h"
#include "neurona/core/io/ProjectFile.h"

#include <gtest/gtest.h>

#include <filesystem>

using namespace neurona;
using nlohmann::json;

namespace {

Project tutorial() {
  Result<Project> p = ProjectFile::read(std::filesystem::path(NEURONA_SOURCE_DIR) / "resources" / "examples" /
                                        "tutorial.neurona");
  EXPECT_TRUE(p.ok());
  return p.value;
}

KeptRun someRun(std::uint64_t id) {
  KeptRun r;
  r.id = id;
  r.name = "Run " + std::to_string(id);
  r.pinned = id % 2 == 0;
  r.status = TrainingStatus::EarlyStopped;
  r.epochs = 120;
  r.sweep = "learning_rate";
  r.setup = {{"training", {{"seed", 3}}}};
  for (int e = 1; e <= 3; ++e) {
    EpochRecord rec;
    rec.epoch = e;
    rec.loss = 1.0 / e;
    rec.accuracy = 0.5 + 0.1 * e;
    r.history.push_back(rec);
  }
  return r;
}

} // namespace

TEST(KeptRunFile, aProjectWithoutRunsIsWrittenWithoutTheKey) {
  const Project p = tutorial();
  EXPECT_FALSE(ProjectFile::toJson(p).contains("runs"));
}

TEST(KeptRunFile, runsAndTheirLimitRoundTrip) {
  Project p = tutorial();
  p.runLimit = 7;
  p.runs = {someRun(4), someRun(9)};
  p.runs[1].model = samples::binaryModel();
  const json doc = ProjectFile::toJson(p);
  ASSERT_TRUE(doc.contains("runs"));
  EXPECT_EQ(doc["runs"]["limit"], 7);
  EXPECT_EQ(doc["runs"]["kept"][0]["status"], "early_stopped");
  const Result<Project> back = ProjectFile::parse(ProjectFile::serialize(p));
  ASSERT_TRUE(back.ok()) << toString(back.error.code) << " " << back.error.jsonPath;
  EXPECT_EQ(back.value.runLimit, 7);
  ASSERT_EQ(back.value.runs.size(), 2u);
  EXPECT_EQ(back.value.runs[0], p.runs[0]);
  EXPECT_EQ(back.value.runs[1], p.runs[1]);
  EXPECT_EQ(back.value, p);
}

TEST(KeptRunFile, brokenRunsAreRefusedWithTheirPath) {
  json doc = ProjectFile::toJson(tutorial());
  doc["runs"] = {{"kept", {{{"id", 1}, {"status", "exploded"}}}}};
  Result<Project> r = ProjectFile::fromJson(doc);
  EXPECT_EQ(r.error.code, ErrorCode::UnknownName);
  EXPECT_EQ(r.error.jsonPath, "runs.kept[0].status");

  doc["runs"] = {{"kept", {{{"id", 1}}, {{"id", 1}}}}};
  r = ProjectFile::fromJson(doc);
  EXPECT_EQ(r.error.code, ErrorCode::BadValue);
  EXPECT_EQ(r.error.jsonPath, "runs.kept[1].id");

  doc["runs"] = {{"limit", 0}};
  EXPECT_FALSE(ProjectFile::fromJson(doc).ok());
  doc["runs"] = {{"kept", {{{"name", "no id"}}}}};
  EXPECT_EQ(ProjectFile::fromJson(doc).error.code, ErrorCode::MissingKey);
}

TEST(KeptRunFile, longHistoriesAreThinnedEvenlyKeepingBothEnds) {
  std::vector<EpochRecord> h(5000);
  for (int i = 0; i < 5000; ++i) h[static_cast<std::size_t>(i)].epoch = i + 1;
  const std::vector<EpochRecord> t = KeptRun::thin(h);
  ASSERT_EQ(t.size(), KeptRun::kMaxHistory);
  EXPECT_EQ(t.front().epoch, 1);
  EXPECT_EQ(t.back().epoch, 5000);
  for (std::size_t i = 1; i < t.size(); ++i) {
    EXPECT_GT(t[i].epoch, t[i - 1].epoch);
    EXPECT_LE(t[i].epoch - t[i - 1].epoch, 14); // 4999 / 399 ≈ 12.5
  }
  EXPECT_EQ(KeptRun::thin(std::vector<EpochRecord>(10)).size(), 10u);
}
