#include "model/TrainingJobs.h"
#include "support/CoreApp.h"

#include "model/Fixes.h"
#include "model/Project.h"
#include "training/HealthMonitor.h"
#include "training/TrainingController.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <set>

using neurona::ActivationKind;
using neurona::Diagnostic;
using neurona::DiagnosticCode;
using trainingtest::waitFor;

namespace {

class HealthMonitorTest : public ::testing::Test {
protected:
  void SetUp() override { coreApp(); }
};

bool hasHealthProblem(const std::vector<Diagnostic>& ds, DiagnosticCode code) {
  return std::any_of(ds.begin(), ds.end(), [&](const Diagnostic& d) { return d.code == code; });
}

// The project's network made ten sigmoid layers deep (nine hidden layers of 8 and the output).
void makeDeepSigmoidProject(Project& p) {
  const neurona::NetworkSpec deep = neurona::NetworkSpec::denseStack(
      {8, 8, 8, 8, 8, 8, 8, 8, 8}, 1, ActivationKind::Sigmoid, ActivationKind::Sigmoid);
  ASSERT_TRUE(p.replaceNetwork(deep, QStringLiteral("Deep")));
  ASSERT_TRUE(p.canTrain());
}

// Trains `epochs` epochs and counts the distinct learned values the snapshots carried.
int trainHealthEpochs(Project& p, TrainingController& c, int epochs) {
  std::set<const neurona::ModelParams*> seen;
  QObject::connect(&c, &TrainingController::snapshotReady, &c, [&](const SnapshotPtr& s) {
    if (s && s->params) seen.insert(s->params.get());
  });
  p.setSetting(SettingKey::EpochLimit, epochs);
  c.play();
  EXPECT_TRUE(waitFor([&] { return c.state() == TrainingController::State::Finished; }));
  QObject::disconnect(&c, &TrainingController::snapshotReady, &c, nullptr);
  return static_cast<int>(seen.size());
}

} // namespace

TEST_F(HealthMonitorTest, aDeepSigmoidNetworkHasVanishingGradientsAndOnePointPerSnapshot) {
  Project p;
  makeDeepSigmoidProject(p);
  TrainingController c(&p);
  HealthMonitor health(&p, &c);
  QSignalSpy problems(&health, &HealthMonitor::diagnosticsChanged);
  const int snapshots = trainHealthEpochs(p, c, 5);
  ASSERT_EQ(health.series().size(), 10u); // one per dense layer
  for (const HealthMonitor::Series& s : health.series()) {
    EXPECT_EQ(static_cast<int>(s.points.size()), snapshots);
    EXPECT_FALSE(s.relu);
    for (std::size_t i = 1; i < s.points.size(); ++i) EXPECT_GT(s.points[i].epoch, s.points[i - 1].epoch);
    EXPECT_DOUBLE_EQ(s.points.back().deadFraction, -1.0);
  }
  EXPECT_EQ(health.series().front().points.back().epoch, 5);
  EXPECT_EQ(health.series().back().layer, p.network().layers.back().id);
  EXPECT_TRUE(hasHealthProblem(health.diagnostics(), DiagnosticCode::VanishingGradients));
  EXPECT_GE(problems.count(), 1);
  EXPECT_NE(health.seriesFor(p.network().layers.front().id), nullptr);

  // Another network: the series and the problems describe layers that are gone.
  ASSERT_TRUE(p.setLayerProperty(p.network().layers.front().id, LayerProperty::Activation,
                                 QVariant(static_cast<int>(ActivationKind::Relu))));
  EXPECT_TRUE(health.series().empty());
  EXPECT_TRUE(health.diagnostics().empty());
}

TEST_F(HealthMonitorTest, theTutorialTrainsHealthily) {
  Project p;
  TrainingController c(&p);
  HealthMonitor health(&p, &c);
  const int snapshots = trainHealthEpochs(p, c, 5);
  ASSERT_FALSE(health.series().empty());
  EXPECT_EQ(static_cast<int>(health.series().front().points.size()), snapshots);
  EXPECT_TRUE(health.diagnostics().empty());
}

TEST_F(HealthMonitorTest, aReluLayerWithBiasMinus100HasDeadUnits) {
  Project p;
  TrainingController c(&p);
  HealthMonitor health(&p, &c);
  trainHealthEpochs(p, c, 2);
  p.commitTraining();
  ASSERT_TRUE(p.isTrained());
  // The first hidden layer as ReLU, whose units never fire with a bias of −100.
  const neurona::LayerId first = p.network().layers.front().id;
  if (p.network().layers.front().activation != ActivationKind::Relu) {
    ASSERT_TRUE(p.setLayerProperty(first, LayerProperty::Activation,
                                   QVariant(static_cast<int>(ActivationKind::Relu))));
  }
  ASSERT_EQ(p.network().layers.front().activation, ActivationKind::Relu);
  trainHealthEpochs(p, c, 3);
  p.commitTraining();
  ASSERT_TRUE(p.isTrained());
  auto values = std::make_shared<neurona::ModelParams>(*p.training().params);
  (*values)[0].bias.setConstant(-100.0);
  ASSERT_TRUE(p.setLearnedValues(values, QStringLiteral("Kill")));
  ASSERT_TRUE(health.measure(p.training().params, p.trainedEpoch()));
  ASSERT_TRUE(hasHealthProblem(health.diagnostics(), DiagnosticCode::DeadUnits));
  const HealthMonitor::Series* s = health.seriesFor(first);
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->relu);
  EXPECT_DOUBLE_EQ(s->points.back().deadFraction, 1.0);
  EXPECT_EQ(s->points.back().epoch, p.trainedEpoch()); // replaced the run's last point, not after it
  for (std::size_t i = 1; i < s->points.size(); ++i) EXPECT_GT(s->points[i].epoch, s->points[i - 1].epoch);

  // Its one-click fix: that layer as leaky ReLU, one undo step.
  const auto dead = std::find_if(health.diagnostics().begin(), health.diagnostics().end(),
                                 [](const Diagnostic& d) { return d.code == DiagnosticCode::DeadUnits; });
  const std::optional<Fix> fix = Fixes::forDiagnostic(*dead, p);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(fix->kind, FixKind::UseLeakyRelu);
  EXPECT_EQ(Fixes::label(*fix, p), QStringLiteral("Use leaky ReLU in %1").arg(p.layerName(first)));
  ASSERT_TRUE(p.applyFix(*fix));
  EXPECT_EQ(p.layer(first)->activation, ActivationKind::LeakyRelu);
  EXPECT_TRUE(health.diagnostics().empty()); // another network: the old problems are gone
  p.undo();
  EXPECT_EQ(p.layer(first)->activation, ActivationKind::Relu);
}

TEST_F(HealthMonitorTest, aLongRunIsThinnedAndANewRunFromEpochZeroStartsAfresh) {
  Project p;
  HealthMonitor health(&p, nullptr);
  {
    TrainingController c(&p);
    trainHealthEpochs(p, c, 1);
    p.commitTraining();
  }
  ASSERT_TRUE(p.isTrained());
  const auto values = p.training().params;
  for (int e = 1; e <= HealthMonitor::kMaxPoints + 1; ++e) {
    // A new pointer each time, as each snapshot brings.
    ASSERT_TRUE(health.measure(std::make_shared<const neurona::ModelParams>(*values), e));
  }
  const auto& pts = health.series().front().points;
  EXPECT_LE(static_cast<int>(pts.size()), HealthMonitor::kMaxPoints);
  EXPECT_GE(static_cast<int>(pts.size()), HealthMonitor::kMaxPoints / 2);
  EXPECT_EQ(pts.front().epoch, 1);
  EXPECT_EQ(pts.back().epoch, HealthMonitor::kMaxPoints + 1);
  // Back to epoch 0 (a reset): what came after it goes.
  ASSERT_TRUE(health.measure(std::make_shared<const neurona::ModelParams>(*values), 0));
  EXPECT_EQ(health.series().front().points.size(), 1u);
}
