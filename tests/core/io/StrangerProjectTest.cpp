// Issue #15: values in a project from a stranger that used to train silently into a wrong or unreadable
// result are refused before training, with their own codes.
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/io/ProjectFile.h"

#include <gtest/gtest.h>

#include <string>

using namespace neurona;

namespace {

// Painted points with inputs of ±`big`, standardised.
std::string hugePointsProject(const std::string& big, const std::string& schedule = R"({"kind": "constant"})") {
  std::string points;
  for (int i = 0; i < 20; ++i)
    points += std::string(i ? ", " : "") + "[" + (i % 2 ? "-" : "") + big + ", " + std::to_string(i) + ", " +
              std::to_string(i % 2) + "]";
  return R"({"format": "neurona-project", "version": 1, "dataset": {"points": [)" + points +
         R"(], "inputs": ["big", "small"]}, "preprocessing": {"kind": "standardize"},
  "network": {"layers": [{"type": "dense", "units": 1, "activation": "sigmoid"}]},
  "training": {"schedule": )" + schedule + "}}";
}

} // namespace

TEST(StrangerProject, FeaturesNearTheLargestDoubleAreRefusedNotScaledByInfinity) {
  const Result<Project> p = ProjectFile::parse(hugePointsProject("1e300"));
  ASSERT_TRUE(p.ok()) << toString(p.error.code) << " " << p.error.jsonPath;
  const Result<PreparedData> d = ProjectData::prepare(p.value, ".");
  ASSERT_EQ(d.error.code, ErrorCode::NonFinitePreprocessing);
  EXPECT_EQ(d.error.detail, "scale");
  EXPECT_EQ(d.error.column, 1);
  EXPECT_EQ(d.error.columnName, "big");
  EXPECT_EQ(ProjectData::checkPipeline(d.value).code, ErrorCode::NonFinitePreprocessing);

  // 1e150 squared is 1e300: large, finite, accepted.
  const Result<Project> fine = ProjectFile::parse(hugePointsProject("1e150"));
  ASSERT_TRUE(fine.ok());
  EXPECT_TRUE(ProjectData::prepare(fine.value, ".").ok());
}

TEST(StrangerProject, ScheduleParametersOutOfRangeAreRefusedOnReading) {
  for (const auto& [schedule, path] :
       {std::pair{R"({"kind": "cosine", "T_max": 50, "eta_min": -10})", "training.schedule.eta_min"},
        std::pair{R"({"kind": "exponential", "gamma": -1})", "training.schedule.gamma"},
        std::pair{R"({"kind": "exponential", "gamma": 0})", "training.schedule.gamma"},
        std::pair{R"({"kind": "step", "step_size": 5, "gamma": -0.1})", "training.schedule.gamma"}}) {
    const Result<Project> p = ProjectFile::parse(hugePointsProject("1", schedule));
    EXPECT_EQ(p.error.code, ErrorCode::BadValue) << schedule;
    EXPECT_EQ(p.error.jsonPath, path);
  }
  EXPECT_TRUE(ProjectFile::parse(hugePointsProject("1", R"({"kind": "cosine", "eta_min": 0.001})")).ok());
}
