#include "app/TrainingJobs.h"
#include "support/QtApp.h"

#include "document/TrainingSettings.h"
#include "ui/panels/TrainingPanel.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using trainingtest::makeJob;
using trainingtest::waitFor;

TEST(TrainingPanel, learningRateSliderIsLogarithmicAndMatchesTheField) {
  qtApp();
  EXPECT_EQ(TrainingPanel::sliderForRate(1e-5), 0);
  EXPECT_EQ(TrainingPanel::sliderForRate(10.0), 120);
  EXPECT_DOUBLE_EQ(TrainingPanel::rateForSlider(TrainingPanel::sliderForRate(0.01)), 0.01);
  for (int p = 0; p <= 120; p += 7) EXPECT_EQ(TrainingPanel::sliderForRate(TrainingPanel::rateForSlider(p)), p) << p;

  TrainingSettings settings;
  TrainingController controller;
  TrainingPanel panel(&settings, &controller);
  QSignalSpy live(&settings, &TrainingSettings::liveChanged);
  QSignalSpy reset(&settings, &TrainingSettings::resetNeeded);
  panel.rateSlider()->setValue(TrainingPanel::sliderForRate(0.1));
  EXPECT_NEAR(settings.learningRate(), 0.1, 1e-12);
  EXPECT_NEAR(panel.rateField()->value(), 0.1, 1e-12);
  panel.rateField()->setValue(0.0037);
  EXPECT_NEAR(settings.learningRate(), 0.0037, 1e-12);
  EXPECT_EQ(panel.rateSlider()->value(), TrainingPanel::sliderForRate(0.0037));
  EXPECT_GE(live.count(), 2);
  EXPECT_EQ(reset.count(), 0) << "the learning rate is a live change";

  // A new optimizer takes PyTorch's defaults but keeps the learning rate, and needs a reset.
  panel.optimizerBox()->setCurrentIndex(panel.optimizerBox()->findData(QStringLiteral("adamw")));
  EXPECT_EQ(settings.config().optimizer.name, "adamw");
  EXPECT_DOUBLE_EQ(settings.config().optimizer.weightDecay, 0.01);
  EXPECT_NEAR(settings.learningRate(), 0.0037, 1e-12);
  EXPECT_EQ(reset.count(), 1);
}

TEST(TrainingPanel, buttonsDriveTheControllerAndTheCounterFollows) {
  qtApp();
  TrainingSettings settings;
  TrainingController controller;
  controller.setJob(makeJob());
  TrainingPanel panel(&settings, &controller);
  QTest::mouseClick(panel.stepButton(), Qt::LeftButton);
  ASSERT_TRUE(waitFor([&] { return controller.epoch() == 1; }));
  EXPECT_EQ(panel.epochLabel()->text(), QStringLiteral("Epoch 000001"));
  QTest::mouseClick(panel.playButton(), Qt::LeftButton);
  EXPECT_TRUE(controller.isRunning());
  EXPECT_FALSE(panel.stepButton()->isEnabled());
  QTest::mouseClick(panel.playButton(), Qt::LeftButton);
  EXPECT_FALSE(controller.isRunning());
  QTest::mouseClick(panel.resetButton(), Qt::LeftButton);
  ASSERT_TRUE(waitFor([&] { return controller.snapshot() && controller.snapshot()->epoch == 0; }));
  EXPECT_EQ(panel.epochLabel()->text(), QStringLiteral("Epoch 000000"));
}
