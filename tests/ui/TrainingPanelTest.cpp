#include "model/TrainingJobs.h"
#include "support/QtApp.h"

#include "model/Project.h"
#include "ui/training/TrainingPanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

#include <cmath>

using trainingtest::makeJob;
using trainingtest::waitFor;

TEST(TrainingPanel, learningRateSliderIsLogarithmicAndMatchesTheField) {
  qtApp();
  EXPECT_EQ(TrainingPanel::sliderForRate(1e-5), 0);
  EXPECT_EQ(TrainingPanel::sliderForRate(10.0), 120);
  EXPECT_DOUBLE_EQ(TrainingPanel::rateForSlider(TrainingPanel::sliderForRate(0.01)), 0.01);
  for (int p = 0; p <= 120; p += 7)
    EXPECT_EQ(TrainingPanel::sliderForRate(TrainingPanel::rateForSlider(p)), p) << p;

  Project project;
  TrainingController controller(&project);
  TrainingPanel panel(&project, &controller);
  QSignalSpy setting(&project, &Project::settingChanged);
  QSignalSpy cleared(&project, &Project::trainingCleared);
  panel.rateSlider()->setValue(TrainingPanel::sliderForRate(0.1));
  EXPECT_NEAR(project.settings().optimizer.learningRate, 0.1, 1e-12);
  EXPECT_NEAR(panel.rateField()->value(), 0.1, 1e-12);
  panel.rateField()->setValue(0.0037);
  EXPECT_NEAR(project.settings().optimizer.learningRate, 0.0037, 1e-12);
  EXPECT_EQ(panel.rateSlider()->value(), TrainingPanel::sliderForRate(0.0037));
  // Each edit changed exactly one key, and both merged into one undo step.
  ASSERT_EQ(setting.count(), 2);
  for (const auto& args : setting) EXPECT_EQ(args.at(0).value<SettingKey>(), SettingKey::LearningRate);
  EXPECT_EQ(project.undoStack()->count(), 1);

  // A new optimizer takes PyTorch's defaults but keeps the learning rate, as one step.
  panel.optimizerBox()->setCurrentIndex(panel.optimizerBox()->findData(QStringLiteral("adamw")));
  EXPECT_EQ(project.settings().optimizer.name, "adamw");
  EXPECT_DOUBLE_EQ(project.settings().optimizer.weightDecay, 0.01);
  EXPECT_NEAR(project.settings().optimizer.learningRate, 0.0037, 1e-12);
  EXPECT_EQ(project.undoStack()->count(), 2);
  // The panel shows what the project holds after an undo.
  project.undo();
  EXPECT_EQ(panel.optimizerBox()->currentData().toString(), QStringLiteral("adam"));
}

TEST(TrainingPanel, buttonsDriveTheControllerAndTheCounterFollows) {
  qtApp();
  Project project;
  TrainingController controller(&project);
  controller.setJob(makeJob());
  TrainingPanel panel(&project, &controller);
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

TEST(TrainingPanel, aLessonsLocksGreyTheControlsTheyNameAndSayWhy) {
  qtApp();
  Project project;
  TrainingController controller(&project);
  TrainingPanel panel(&project, &controller);
  ASSERT_TRUE(project.openLesson(LessonLibrary::bundled().at(4)).ok()); // lesson 5: all but the learning rate
  ASSERT_TRUE(project.isLocked(Lock::Optimizer));
  EXPECT_FALSE(panel.optimizerBox()->isEnabled());
  EXPECT_EQ(panel.optimizerBox()->toolTip(), QStringLiteral("Locked by this lesson"));
  EXPECT_FALSE(panel.editor(SettingKey::BatchSize)->isEnabled());
  EXPECT_TRUE(panel.rateField()->isEnabled());
  EXPECT_TRUE(panel.rateSlider()->isEnabled());
  project.closeLesson();
  EXPECT_TRUE(panel.optimizerBox()->isEnabled());
  EXPECT_NE(panel.optimizerBox()->toolTip(), QStringLiteral("Locked by this lesson"));
}
