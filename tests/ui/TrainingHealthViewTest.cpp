#include "model/TrainingJobs.h"
#include "support/QtApp.h"

#include "model/Project.h"
#include "training/HealthMonitor.h"
#include "training/TrainingController.h"
#include "ui/health/TrainingHealthView.h"
#include "ui/problems/IssuesPanel.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <qcustomplot.h>

using neurona::ActivationKind;
using neurona::DiagnosticCode;
using trainingtest::waitFor;

namespace {

// A ten-layer sigmoid network on the tutorial's data, trained `epochs` epochs.
void trainDeepSigmoidHealth(Project& p, TrainingController& c, int epochs) {
  const neurona::NetworkSpec deep = neurona::NetworkSpec::denseStack(
      {8, 8, 8, 8, 8, 8, 8, 8, 8}, 1, ActivationKind::Sigmoid, ActivationKind::Sigmoid);
  ASSERT_TRUE(p.replaceNetwork(deep, QStringLiteral("Deep")));
  p.setSetting(SettingKey::EpochLimit, epochs);
  c.play();
  ASSERT_TRUE(waitFor([&] { return c.state() == TrainingController::State::Finished; }));
  QCoreApplication::processEvents(); // the view redraws once per turn of the event loop
}

} // namespace

TEST(TrainingHealthView, drawsOneGradientCurvePerDenseLayerAfterARun) {
  qtApp();
  Project p;
  TrainingController c(&p);
  HealthMonitor health(&p, &c);
  TrainingHealthView view(&p, &health);
  view.resize(300, 600);
  EXPECT_EQ(view.gradientCurveCount(), 0);
  trainDeepSigmoidHealth(p, c, 4);
  ASSERT_EQ(health.series().size(), 10u);
  EXPECT_EQ(view.gradientCurveCount(), 10);
  EXPECT_EQ(view.deadCurveCount(), 0); // no ReLU layer
  EXPECT_EQ(view.gradientPlot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
  const int points = static_cast<int>(health.series().front().points.size());
  EXPECT_GT(points, 0);
  EXPECT_EQ(view.gradientPlot()->graph(0)->dataCount(), points);
  // The legend names the layers as the canvas does.
  EXPECT_TRUE(view.legendLabel()->text().contains(p.layerName(p.network().layers.front().id)
                                                      .toHtmlEscaped()
                                                      .replace(QLatin1Char(' '), QStringLiteral("&nbsp;"))));
  EXPECT_FALSE(view.gradientPlot()->accessibleName().isEmpty());
  EXPECT_FALSE(view.gradientPlot()->yAxis->label().isEmpty());

  // Another network: the curves go with the series.
  ASSERT_TRUE(p.setLayerProperty(p.network().layers.front().id, LayerProperty::Activation,
                                 QVariant(static_cast<int>(ActivationKind::Relu))));
  QCoreApplication::processEvents();
  EXPECT_EQ(view.gradientCurveCount(), 0);
}

TEST(TrainingHealthView, theIssuesPanelListsVanishingGradientsAndItsFixSetsReluUndoably) {
  qtApp();
  Project p;
  TrainingController c(&p);
  HealthMonitor health(&p, &c);
  IssuesPanel issues(&p);
  QObject::connect(&health, &HealthMonitor::diagnosticsChanged, &issues,
                   [&] { issues.setTrainingDiagnostics(health.diagnostics()); });
  trainDeepSigmoidHealth(p, c, 3);
  c.pause();
  ASSERT_FALSE(health.diagnostics().empty());
  EXPECT_TRUE(p.diagnostics().empty()) << "the training's problems stay out of the project's validation";
  const QString all = issues.issueTexts().join(QLatin1Char('\n'));
  EXPECT_TRUE(all.contains(QStringLiteral("times smaller than at the output layer"))) << all.toStdString();

  // A link to the Concepts dock.
  ASSERT_FALSE(issues.conceptLinks().isEmpty());
  QSignalSpy concepts(&issues, &IssuesPanel::conceptRequested);
  emit issues.conceptLinks().front()->linkActivated(QStringLiteral("concept/vanishing-gradients"));
  ASSERT_EQ(concepts.count(), 1);
  EXPECT_TRUE(issues.conceptLinks().front()->text().contains(QStringLiteral("concept/vanishing-gradients")));

  QPushButton* fix = nullptr;
  for (QPushButton* b : issues.fixButtons())
    if (b->text() == QStringLiteral("Use ReLU in the hidden layers")) fix = b;
  ASSERT_NE(fix, nullptr);
  const neurona::NetworkSpec before = p.network();
  QTest::mouseClick(fix, Qt::LeftButton);
  QCoreApplication::processEvents(); // the fix runs queued
  const auto& layers = p.network().layers;
  for (std::size_t i = 0; i + 1 < layers.size(); ++i) {
    EXPECT_EQ(layers[i].activation, ActivationKind::Relu) << i;
    EXPECT_EQ(layers[i].weightInit, neurona::InitKind::HeUniform) << i;
  }
  EXPECT_EQ(layers.back().activation, ActivationKind::Sigmoid); // the output keeps its activation
  EXPECT_TRUE(issues.trainingDiagnostics().empty());
  EXPECT_TRUE(issues.issueTexts().isEmpty());
  EXPECT_EQ(p.undoStack()->undoText(), QStringLiteral("Use ReLU in the hidden layers"));
  p.undo();
  EXPECT_TRUE(p.network() == before);
}
