// SweepRunner: every run trained, the same outcomes with one thread or two, cancellation, and the
// statuses a run can end with.
#include "neurona/core/sweep/SweepRunner.h"
#include "SweepFixtures.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <set>
#include <stdexcept>
#include <thread>

using namespace neurona;
using sweeptest::doc;
using sweeptest::smallProject;

namespace {

SweepPlan plan(const Project& p, std::vector<SweepSetting> settings) {
  Result<SweepPlan> r = SweepPlan::create(doc(p), std::move(settings));
  EXPECT_TRUE(r.ok()) << toString(r.error.code) << " " << r.error.text;
  return std::move(r.value);
}

// Bit for bit: NaN equals NaN here.
bool same(double a, double b) { return (std::isnan(a) && std::isnan(b)) || a == b; }

} // namespace

TEST(SweepRunner, TwoJobsGiveTheOutcomesOfOne) {
  const SweepPlan p = plan(smallProject(), {{"training.optimizer.learning_rate", {"0.003", "0.03"}},
                                            {"network.layers[0].units", {"2", "4", "8"}}});
  SweepRunner one(p, ".", 1), two(p, ".", 2);
  const std::vector<SweepOutcome> a = one.run(), b = two.run();
  ASSERT_EQ(a.size(), 6u);
  ASSERT_EQ(b.size(), 6u);
  EXPECT_EQ(two.finishedCount(), 6);
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].run, static_cast<int>(i));
    EXPECT_EQ(b[i].run, static_cast<int>(i));
    EXPECT_EQ(a[i].values, p.valuesOf(static_cast<int>(i)));
    EXPECT_EQ(a[i].status, TrainingStatus::Completed);
    EXPECT_EQ(a[i].epochs, 20);
    EXPECT_TRUE(a[i].started);
    ASSERT_TRUE(a[i].model && b[i].model);
    EXPECT_EQ(a[i].model->params, b[i].model->params) << "run " << i;
    ASSERT_EQ(a[i].history.size(), b[i].history.size());
    for (std::size_t e = 0; e < a[i].history.size(); ++e) {
      EXPECT_TRUE(same(a[i].history[e].loss, b[i].history[e].loss));
      EXPECT_TRUE(same(a[i].history[e].valLoss, b[i].history[e].valLoss));
    }
    EXPECT_EQ(a[i].final.epoch, 20);
    EXPECT_TRUE(same(a[i].final.valAccuracy, b[i].final.valAccuracy));
  }
  // The settings change the runs: different widths give different models.
  EXPECT_NE(a[0].model->params.size(), 0u);
  EXPECT_NE(a[0].final.loss, a[1].final.loss);
}

TEST(SweepRunner, OnDoneSeesEveryRunOnce) {
  const SweepPlan p = plan(smallProject(5), {{"training.seed", {"1", "2", "3", "4", "5"}}});
  SweepRunner runner(p, ".", 2);
  std::set<int> seen;
  std::atomic<int> calls{0};
  const std::vector<SweepOutcome> outcomes = runner.run([&](const SweepOutcome& o) {
    ++calls;
    seen.insert(o.run); // serialized by the runner
  });
  EXPECT_EQ(calls.load(), 5);
  EXPECT_EQ(seen.size(), 5u);
  EXPECT_EQ(outcomes.size(), 5u);
}

TEST(SweepRunner, CancelFromOnDoneStopsTheRest) {
  const SweepPlan p = plan(smallProject(2000), {{"training.seed", {"1", "2", "3", "4", "5", "6", "7", "8"}}});
  SweepRunner runner(p, ".", 1);
  // One thread: the first run ends, onDone cancels, and the other seven never start.
  int calls = 0;
  const std::vector<SweepOutcome> outcomes = runner.run([&](const SweepOutcome&) {
    ++calls;
    runner.cancel();
  });
  EXPECT_EQ(calls, 1);
  EXPECT_EQ(runner.finishedCount(), 1);
  ASSERT_EQ(outcomes.size(), 8u);
  EXPECT_TRUE(outcomes[0].started);
  EXPECT_TRUE(outcomes[0].model);
  for (std::size_t i = 1; i < outcomes.size(); ++i) {
    EXPECT_FALSE(outcomes[i].started) << i;
    EXPECT_EQ(outcomes[i].status, TrainingStatus::Stopped);
    EXPECT_EQ(outcomes[i].epochs, 0);
    EXPECT_FALSE(outcomes[i].model);
    EXPECT_EQ(outcomes[i].values, p.valuesOf(static_cast<int>(i))); // still named
  }
}

TEST(SweepRunner, CancelStopsRunningRunsBetweenBatches) {
  const SweepPlan p = plan(smallProject(1000000), {{"training.seed", {"1", "2"}}});
  SweepRunner runner(p, ".", 2);
  std::thread canceller([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    runner.cancel();
  });
  const std::vector<SweepOutcome> outcomes = runner.run();
  canceller.join();
  for (const SweepOutcome& o : outcomes) {
    EXPECT_EQ(o.status, TrainingStatus::Stopped);
    EXPECT_LT(o.epochs, 1000000);
    if (o.started) {
      EXPECT_TRUE(o.model);
    }
  }
}

TEST(SweepRunner, StatusesOfDivergedAndEarlyStoppedRuns) {
  const SweepPlan diverging =
      plan(sweeptest::regressionProject(0.01), {{"training.optimizer.learning_rate", {"0.01", "1e12"}}});
  const std::vector<SweepOutcome> d = SweepRunner(diverging, ".", 2).run();
  ASSERT_EQ(d.size(), 2u);
  EXPECT_EQ(d[0].status, TrainingStatus::Completed);
  EXPECT_EQ(d[1].status, TrainingStatus::Diverged);
  EXPECT_LT(d[1].epochs, 20);
  EXPECT_TRUE(d[1].model); // the last finite weights

  // Early stopping: patience 1 with an improvement that can never be large enough.
  const SweepPlan stopping = plan(smallProject(), {{"training.early_stopping.patience", {"0", "1"}},
                                                   {"training.early_stopping.min_delta", {"100"}}});
  const std::vector<SweepOutcome> e = SweepRunner(stopping, ".", 2).run();
  EXPECT_EQ(e[0].status, TrainingStatus::Completed);
  EXPECT_EQ(e[1].status, TrainingStatus::EarlyStopped);
  EXPECT_LT(e[1].epochs, 20);
}

TEST(SweepRunner, ARunTheNetworkRefusesIsReportedNotTrained) {
  const SweepPlan p = plan(smallProject(), {{"network.layers[1].units", {"1", "3"}}});
  SweepRunner runner(p, ".", 2);
  const SweepRefusal checked = runner.check();
  EXPECT_EQ(checked.run, 1);
  EXPECT_EQ(checked.refusal.kind, RunRefusalKind::Network);
  ASSERT_NE(runner.data(0), nullptr);
  EXPECT_EQ(runner.data(0)->raw.samples(), 200);
  const std::vector<SweepOutcome> outcomes = runner.run();
  EXPECT_EQ(outcomes[0].status, TrainingStatus::Completed);
  EXPECT_EQ(outcomes[1].status, TrainingStatus::Stopped);
  EXPECT_EQ(outcomes[1].refusal.kind, RunRefusalKind::Network);
  EXPECT_FALSE(outcomes[1].model);
  EXPECT_EQ(runner.finishedCount(), 2); // a refused run counts as finished
}

TEST(SweepRunner, AnExceptionInAWorkerStopsTheSweepAndIsRethrown) {
  const SweepPlan p = plan(smallProject(5), {{"training.seed", {"1", "2", "3", "4", "5", "6"}}});
  SweepRunner runner(p, ".", 2);
  EXPECT_THROW(runner.run([](const SweepOutcome&) { throw std::runtime_error("from onDone"); }),
               std::runtime_error);
  EXPECT_TRUE(runner.cancelled());
  EXPECT_LT(runner.finishedCount(), 6);
}
