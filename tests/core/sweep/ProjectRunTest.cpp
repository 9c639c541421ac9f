// ProjectRun: a project trained as neurona-cli train trains it (the CLI tests compare the two through
// the real program); here its refusals, its continuation from a saved model and its results.
#include "neurona/core/sweep/ProjectRun.h"
#include "SweepFixtures.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace neurona;
using sweeptest::smallProject;

namespace {

std::unique_ptr<ProjectRun> created(std::variant<std::unique_ptr<ProjectRun>, RunRefusal> v) {
  if (auto* run = std::get_if<std::unique_ptr<ProjectRun>>(&v)) return std::move(*run);
  ADD_FAILURE() << "refused: " << toString(std::get<RunRefusal>(v).error.code);
  return nullptr;
}

} // namespace

TEST(ProjectRun, TrainsAsTheTrainerWouldFromTheProjectsSettings) {
  const Project p = smallProject();
  std::unique_ptr<ProjectRun> run = created(ProjectRun::create(p, std::filesystem::path(".")));
  ASSERT_TRUE(run);
  EXPECT_FALSE(run->continued());
  EXPECT_EQ(run->startEpoch(), 0);
  EXPECT_EQ(run->finalMetrics().epoch, 0);
  EXPECT_TRUE(std::isnan(run->finalMetrics().loss));
  const TrainingResult result = run->run();
  EXPECT_EQ(result.status, TrainingStatus::Completed);
  EXPECT_EQ(result.epochs, 20);
  EXPECT_EQ(run->finalMetrics().epoch, 20);
  EXPECT_EQ(run->finalMetrics().loss, result.history.back().loss);

  // The same thing by hand: prepare, Trainer::create, run.
  const Result<PreparedData> d = ProjectData::prepare(p, ".");
  ASSERT_TRUE(d.ok());
  Result<std::unique_ptr<Trainer>> t =
      Trainer::create(p.network, p.training, d.value.train, &d.value.validation);
  ASSERT_TRUE(t.ok());
  const TrainingResult byHand = t.value->run();
  ASSERT_EQ(byHand.history.size(), result.history.size());
  for (std::size_t i = 0; i < byHand.history.size(); ++i)
    EXPECT_EQ(byHand.history[i].loss, result.history[i].loss);
  EXPECT_EQ(run->model().params, t.value->params());
}

TEST(ProjectRun, ContinuesFromTheProjectsModel) {
  Project p = smallProject();
  std::unique_ptr<ProjectRun> first = created(ProjectRun::create(p, "."));
  ASSERT_TRUE(first);
  const TrainingResult r = first->run();
  p.model = first->model();
  p.history = r.history;
  std::unique_ptr<ProjectRun> second = created(ProjectRun::create(p, first->data()));
  ASSERT_TRUE(second);
  EXPECT_TRUE(second->continued());
  EXPECT_EQ(second->startEpoch(), 20);
  const TrainingResult more = second->run();
  EXPECT_EQ(more.epochs, 40);
  ASSERT_FALSE(more.history.empty());
  EXPECT_EQ(more.history.front().epoch, 21);
  EXPECT_EQ(second->finalMetrics().epoch, 40);

  // A model that does not fit the network is not continued from.
  p.network.layers[0].units = 6;
  std::unique_ptr<ProjectRun> fresh = created(ProjectRun::create(p, first->data()));
  ASSERT_TRUE(fresh);
  EXPECT_FALSE(fresh->continued());
  EXPECT_EQ(fresh->startEpoch(), 0);
}

TEST(ProjectRun, RefusesDataNetworkAndTrainerProblems) {
  Project badData = smallProject();
  badData.dataset.kind = DatasetSourceKind::Csv;
  badData.dataset.csvPath = "no-such-file.csv";
  const auto data = ProjectRun::create(badData, std::filesystem::temp_directory_path());
  ASSERT_TRUE(std::holds_alternative<RunRefusal>(data));
  EXPECT_EQ(std::get<RunRefusal>(data).kind, RunRefusalKind::Data);
  EXPECT_EQ(std::get<RunRefusal>(data).error.code, ErrorCode::CannotOpen);

  Project badNetwork = smallProject();
  badNetwork.network.layers.back().units = 3; // a binary task needs 1 output
  const auto network = ProjectRun::create(badNetwork, ".");
  ASSERT_TRUE(std::holds_alternative<RunRefusal>(network));
  const RunRefusal& refusal = std::get<RunRefusal>(network);
  EXPECT_EQ(refusal.kind, RunRefusalKind::Network);
  EXPECT_TRUE(refusal.error.ok());
  ASSERT_FALSE(refusal.diagnostics.empty());
  EXPECT_EQ(refusal.diagnostics.front().code, DiagnosticCode::OutputSizeMismatch);

  Project badSchedule = smallProject();
  badSchedule.training.schedule.kind = ScheduleKind::Step;
  badSchedule.training.schedule.stepSize = 0;
  const auto trainer = ProjectRun::create(badSchedule, ".");
  ASSERT_TRUE(std::holds_alternative<RunRefusal>(trainer));
  EXPECT_EQ(std::get<RunRefusal>(trainer).kind, RunRefusalKind::Trainer);
  EXPECT_EQ(std::get<RunRefusal>(trainer).error.code, ErrorCode::BadSchedule);
}
