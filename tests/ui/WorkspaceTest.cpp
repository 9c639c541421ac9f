#include "model/TrainingJobs.h"
#include "support/QtApp.h"
#include "support/WindowFixture.h"

#include "model/Project.h"
#include "model/TrainingSettings.h"
#include "ui/canvas/CanvasInternals.h"
#include "ui/canvas/ConnectionItem.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/data/DatasetPanel.h"
#include "ui/plots/BoundaryPlot.h"
#include "ui/plots/BoundaryView.h"
#include "ui/plots/LossPlot.h"
#include "ui/shell/FileActions.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/text/ErrorText.h"
#include "ui/training/TrainingPanel.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <cmath>

using trainingtest::waitFor;
using State = TrainingController::State;

namespace {

QAction* trainAction(MainWindow& w, int index) {
  for (QAction* a : w.menuBar()->actions())
    if (a->menu() && a->menu()->objectName() == QLatin1String("trainMenu"))
      return a->menu()->actions().value(index);
  return nullptr;
}

class WorkspaceTest : public WindowFixture {
protected:
};

} // namespace

TEST_F(WorkspaceTest, bundledExamplesOpenFromTheResources) {
  MainWindow w(&languages);
  for (const char* name : {"tutorial", "xor", "spiral-deep", "three-classes-softmax"}) {
    const neurona::Error error = w.project()->open(Project::bundledExample(QString::fromLatin1(name)));
    ASSERT_TRUE(error.ok()) << name << ": " << ErrorText::sentence(error).toStdString();
    EXPECT_GT(w.project()->rawData().samples(), 0) << name;
    EXPECT_TRUE(w.project()->canTrain()) << name;
  }
  // Feature transforms become extra network inputs, and the panel shows them.
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("spiral-deep"))).ok());
  Preparation prep = w.project()->preparation();
  prep.transforms = {neurona::FeatureTransform::SinX1, neurona::FeatureTransform::SinX2};
  ASSERT_TRUE(w.project()->setPreparation(prep));
  EXPECT_EQ(w.project()->validationContext().inputs, 4);
  int checked = 0;
  for (QCheckBox* b : w.datasetPanel()->findChildren<QCheckBox*>()) checked += b->isChecked() ? 1 : 0;
  EXPECT_EQ(checked, 2);
}

TEST_F(WorkspaceTest, startupOpensTheArgumentThenTheLastProjectThenTheTutorial) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("mine.neurona"));
  ASSERT_TRUE(QFile::copy(Project::bundledExample(QStringLiteral("xor")), path));
  {
    MainWindow w(&languages);
    EXPECT_EQ(w.files()->openAtStartup(QString()), Project::bundledExample(QStringLiteral("tutorial")));
  }
  {
    MainWindow w(&languages);
    EXPECT_EQ(w.files()->openAtStartup(path), path);
    EXPECT_EQ(w.project()->data().source.generator, "xor");
  }
  {
    MainWindow w(&languages); // no argument: the last project opened
    EXPECT_EQ(w.files()->openAtStartup(QString()), QFileInfo(path).absoluteFilePath());
  }
  {
    MainWindow w(&languages); // a broken argument falls back to the tutorial, with a message
    EXPECT_EQ(w.files()->openAtStartup(dir.filePath(QStringLiteral("missing.neurona"))),
              Project::bundledExample(QStringLiteral("tutorial")));
    // …that says which file and why, in a box that stays until read (not only the status bar).
    QCoreApplication::processEvents();
    auto* box = w.findChild<QMessageBox*>(QStringLiteral("startupErrorMessage"));
    ASSERT_NE(box, nullptr);
    EXPECT_TRUE(box->isVisible());
    EXPECT_TRUE(box->text().contains(QStringLiteral("missing.neurona")));
    EXPECT_TRUE(box->text().contains(QStringLiteral("tutorial")));
    box->close();
  }
}

TEST_F(WorkspaceTest, trainActionsPlayPauseStepAndReset) {
  MainWindow w(&languages);
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("xor"))).ok());
  QAction* play = trainAction(w, 0);
  QAction* step = trainAction(w, 1);
  QAction* reset = trainAction(w, 2);
  ASSERT_TRUE(play && step && reset);
  EXPECT_TRUE(play->isEnabled() && step->isEnabled() && reset->isEnabled());
  EXPECT_EQ(play->shortcut(), QKeySequence(Qt::Key_Space));
  w.project()->setSetting(SettingKey::EpochLimit, 0);
  step->trigger();
  ASSERT_TRUE(waitFor([&] { return w.controller()->epoch() == 1; }));
  EXPECT_EQ(w.trainingPanel()->epochLabel()->text(), QStringLiteral("Epoch 000001"));
  play->trigger();
  EXPECT_EQ(w.controller()->state(), State::Running);
  EXPECT_EQ(w.trainingPanel()->playButton()->text(), QStringLiteral("Pause"));
  ASSERT_TRUE(waitFor([&] { return w.controller()->epoch() > 3; }));
  play->trigger();
  EXPECT_EQ(w.controller()->state(), State::Paused);
  reset->trigger();
  ASSERT_TRUE(waitFor([&] { return w.controller()->snapshot() && w.controller()->snapshot()->epoch == 0; }));
  EXPECT_EQ(w.lossPlot()->trainLoss()->dataCount(), 0);
}

TEST_F(WorkspaceTest, plotsAndCanvasShowTheSnapshot) {
  MainWindow w(&languages);
  w.show();
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("xor"))).ok());
  w.controller()->play();
  ASSERT_TRUE(waitFor([&] { return w.controller()->epoch() >= 20; }));
  w.controller()->pause();
  ASSERT_TRUE(waitFor([&] { return w.controller()->snapshot()->idle; }));
  const SnapshotPtr s = w.controller()->snapshot();
  BoundaryPlot* plot = w.boundaryView()->plot();
  const neurona::GridResult& g = s->grid;
  ASSERT_EQ(plot->colorMap()->data()->keySize(), g.grid.nx);
  EXPECT_EQ(g.grid.nx, 128);
  for (int iy : {0, 17, g.grid.ny - 1})
    for (int ix : {0, 64, g.grid.nx - 1})
      EXPECT_NEAR(plot->cellValue(ix, iy), g.outputs(iy * g.grid.nx + ix, 0), 1e-6);
  EXPECT_EQ(w.lossPlot()->trainLoss()->dataCount(), static_cast<int>(w.project()->history().size()));
  // The canvas: the output layer's incoming edges carry its weights, each neuron its own map.
  const neurona::NetworkSpec& spec = w.project()->network();
  const neurona::LayerId first = spec.layers.front().id;
  LayerBlockItem* block = w.canvas()->networkScene()->block(first);
  ASSERT_NE(block, nullptr);
  const QImage img = CanvasInternals::neuronImage(g, 0, 0);
  EXPECT_EQ(img.size(), QSize(CanvasInternals::kImageSize, CanvasInternals::kImageSize));
  // Hovering a neuron shows its map large in the boundary plot.
  emit w.canvasInternals()->neuronHovered(0, 0);
  EXPECT_TRUE(plot->showingNeuronMap());
  emit w.canvasInternals()->neuronHoverEnded();
  EXPECT_FALSE(plot->showingNeuronMap());
}

TEST_F(WorkspaceTest, paintingAddsAndRemovesPointsWithUndo) {
  MainWindow w(&languages);
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("xor"))).ok());
  Project* d = w.project();
  const Eigen::Index n = d->rawData().samples();
  BoundaryView* view = w.boundaryView();
  ASSERT_GE(view->paintBox()->count(), 3); // off + two classes
  view->paintBox()->setCurrentIndex(2);    // class "1"
  EXPECT_EQ(view->plot()->paintClass(), 1);
  w.resize(1400, 900);
  w.show();
  BoundaryPlot* plot = view->plot();
  plot->replot();
  const QPoint at(plot->xAxis->coordToPixel(0.3), plot->yAxis->coordToPixel(-0.4));
  QTest::mouseClick(plot, Qt::LeftButton, {}, at);
  ASSERT_EQ(d->rawData().samples(), n + 1);
  EXPECT_EQ(d->rawData().labels(n), 1);
  EXPECT_NEAR(d->rawData().features(n, 0), 0.3, 0.05);
  EXPECT_EQ(d->data().source.kind, neurona::DatasetSourceKind::Points);
  QTest::mouseClick(plot, Qt::RightButton, {}, at);
  EXPECT_EQ(d->rawData().samples(), n);
  d->undo();
  EXPECT_EQ(d->rawData().samples(), n + 1);
  d->undo();
  EXPECT_EQ(d->rawData().samples(), n);
  EXPECT_EQ(d->data().source.kind, neurona::DatasetSourceKind::Generator);
  d->redo();
  EXPECT_EQ(d->rawData().samples(), n + 1);
  EXPECT_EQ(plot->pointCount(false) + plot->pointCount(true), n + 1);
}

TEST_F(WorkspaceTest, aChangedArchitectureStartsTrainingAgainAndUndoBringsTheTrainedRunBack) {
  MainWindow w(&languages);
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("xor"))).ok());
  w.controller()->step();
  w.controller()->step();
  ASSERT_TRUE(waitFor([&] { return w.controller()->epoch() == 2 && w.project()->trainedEpoch() == 2; }));
  const neurona::LayerId id = w.project()->network().layers.front().id;
  ASSERT_TRUE(w.project()->setLayerProperty(id, LayerProperty::Units, 7));
  // No question: the change starts training again, and says how to get the trained run back.
  EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral("Undo")))
      << w.statusBar()->currentMessage().toStdString();
  ASSERT_TRUE(waitFor([&] {
    const SnapshotPtr s = w.controller()->snapshot();
    return s && s->epoch == 0 && s->params->front().weights.cols() == 7;
  }));
  EXPECT_EQ(w.controller()->state(), State::Ready);
  EXPECT_EQ(w.lossPlot()->trainLoss()->dataCount(), 0);

  w.project()->undo();
  EXPECT_EQ(w.project()->layer(id)->units, 4);
  ASSERT_TRUE(waitFor([&] {
    const SnapshotPtr s = w.controller()->snapshot();
    return s && s->epoch == 2 && s->params->front().weights.cols() == 4;
  }));
  EXPECT_EQ(w.lossPlot()->trainLoss()->dataCount(), 2);

  // Learning-rate changes are live: the run goes on.
  w.controller()->step();
  ASSERT_TRUE(waitFor([&] { return w.controller()->epoch() == 3; }));
  ASSERT_TRUE(w.project()->setSetting(SettingKey::LearningRate, 0.123));
  QCoreApplication::processEvents();
  EXPECT_EQ(w.controller()->epoch(), 3);
  EXPECT_DOUBLE_EQ(w.controller()->liveSettings().learningRate, 0.123);
}

// The status bar's sentence for a run the trainer refuses is chosen by the refusal's ErrorCode.
TEST_F(WorkspaceTest, aRefusedRunShowsTheSentenceOfItsErrorCode) {
  const auto sentence = [](neurona::ErrorCode code) {
    neurona::Error e;
    e.code = code;
    return ErrorText::sentence(e);
  };
  EXPECT_EQ(sentence(neurona::ErrorCode::InputMismatch),
            QStringLiteral("The validation data has other inputs than the training data."));
  EXPECT_EQ(sentence(neurona::ErrorCode::NoOutputLayer), QStringLiteral("The network has no output layer."));
  EXPECT_EQ(sentence(neurona::ErrorCode::TargetMismatch),
            QStringLiteral("The output layer does not fit the labels of the data."));
  EXPECT_EQ(sentence(neurona::ErrorCode::ModelMismatch),
            QStringLiteral("The saved weights do not fit this network."));

  MainWindow w(&languages);
  QSignalSpy failed(w.controller(), &TrainingController::startFailed);
  w.controller()->setJob(trainingtest::makeMismatchedJob());
  w.controller()->play();
  ASSERT_TRUE(waitFor([&] { return failed.count() == 1; }));
  EXPECT_EQ(
      w.statusBar()->currentMessage(),
      QStringLiteral("Training cannot start: The validation data has other inputs than the training data."));
}

TEST_F(WorkspaceTest, aNetworkProblemIsToldInTheStatusBarOnlyWhenPlayIsPressed) {
  MainWindow w(&languages);
  w.show();
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("tutorial"))).ok());
  QSignalSpy failed(w.controller(), &TrainingController::startFailed);
  // An edit that breaks the network: the Problems dock says so; the status bar need not repeat it.
  const neurona::LayerId first = w.project()->network().layers.front().id;
  ASSERT_TRUE(w.project()->setLayerProperty(first, LayerProperty::Activation,
                                            static_cast<int>(neurona::ActivationKind::Softmax)));
  w.project()->setLayerProperty(first, LayerProperty::Units, 0);
  ASSERT_TRUE(waitFor([&] { return failed.count() >= 1; }));
  EXPECT_FALSE(w.statusBar()->currentMessage().startsWith(QStringLiteral("Training cannot start")))
      << w.statusBar()->currentMessage().toStdString();
  // Play: now the reason is wanted.
  w.playAction()->trigger();
  EXPECT_TRUE(w.statusBar()->currentMessage().startsWith(QStringLiteral("Training cannot start")))
      << w.statusBar()->currentMessage().toStdString();
}

TEST_F(WorkspaceTest, divergenceShowsANonModalMessageAndKeepsThePlots) {
  MainWindow w(&languages);
  w.show();
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("tutorial"))).ok());
  neurona::DatasetSource plane;
  plane.generator = "plane";
  plane.samples = 200;
  ASSERT_TRUE(w.project()->generateData(plane).ok());
  w.project()->setSetting(SettingKey::Optimizer, QStringLiteral("sgd")); // false: the tutorial's already
  ASSERT_EQ(w.project()->settings().optimizer.name, "sgd");
  w.project()->setSetting(SettingKey::Loss, static_cast<int>(neurona::LossKind::Mse));
  ASSERT_EQ(w.project()->settings().loss, neurona::LossKind::Mse);
  ASSERT_TRUE(
      w.project()->replaceNetwork(neurona::NetworkSpec::denseStack({16, 16}, 1, neurona::ActivationKind::Relu,
                                                                   neurona::ActivationKind::Linear),
                                  QStringLiteral("regression")));
  ASSERT_TRUE(w.project()->setSetting(SettingKey::LearningRate, 1e12));
  w.controller()->reset();
  w.controller()->play();
  ASSERT_TRUE(waitFor([&] { return w.controller()->status() == neurona::TrainingStatus::Diverged; }));
  auto* box = w.findChild<QMessageBox*>(QStringLiteral("divergedMessage"));
  ASSERT_NE(box, nullptr);
  EXPECT_TRUE(box->isVisible());
  EXPECT_FALSE(box->isModal());
  EXPECT_TRUE(box->text().contains(QStringLiteral("lower learning rate")));
  EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral("diverged")));
  EXPECT_TRUE(w.controller()->snapshot()->grid.outputs.allFinite());
}

TEST_F(WorkspaceTest, screenshotMidTrainingOnTheSpiral) {
  MainWindow w(&languages);
  w.resize(1600, 1000);
  w.show();
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("spiral-deep"))).ok());
  w.project()->setSetting(SettingKey::EpochLimit, 0);
  w.controller()->play();
  ASSERT_TRUE(waitFor([&] { return w.controller()->epoch() >= 150; }, 60000));
  w.controller()->pause();
  ASSERT_TRUE(waitFor([&] { return w.controller()->snapshot()->idle; }));
  QCoreApplication::processEvents();
  const QImage shot = w.grab().toImage();
  const QString out =
      QDir(QStringLiteral(NEURONA_BINARY_DIR)).filePath(QStringLiteral("workspace-spiral.png"));
  ASSERT_TRUE(shot.save(out));
  // The boundary follows the spiral: most held-out and training points are classified correctly.
  const SnapshotPtr s = w.controller()->snapshot();
  EXPECT_GT(s->trainClassification.accuracy, 0.85);
  // And the plot's colour map is not one flat colour: both classes are present on the plane.
  const neurona::MatrixF& p = s->grid.outputs;
  EXPECT_GT((p.array() > 0.5f).count(), p.rows() / 10);
  EXPECT_GT((p.array() < 0.5f).count(), p.rows() / 10);
}

TEST_F(WorkspaceTest, savedProjectOpensAgainWithItsModelAndHistory) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("saved.neurona"));
  MainWindow w(&languages);
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("xor"))).ok());
  ASSERT_TRUE(w.project()->setSetting(SettingKey::LearningRate, 0.02));
  w.controller()->step();
  w.controller()->step();
  ASSERT_TRUE(waitFor([&] { return w.controller()->epoch() == 2 && w.project()->trainedEpoch() == 2; }));
  ASSERT_TRUE(w.project()->save(path).ok());
  const neurona::Project saved = w.project()->toFile(dir.path());
  ASSERT_TRUE(saved.model.has_value());
  EXPECT_EQ(saved.history.size(), 2u);

  MainWindow again(&languages);
  ASSERT_TRUE(again.project()->open(path).ok());
  EXPECT_EQ(again.project()->rawData(), w.project()->rawData());
  EXPECT_EQ(again.project()->network(), w.project()->network());
  EXPECT_DOUBLE_EQ(again.project()->settings().optimizer.learningRate, 0.02);
  // The reopened project shows its history and goes on from its saved weights; Reset then starts afresh.
  EXPECT_EQ(again.lossPlot()->trainLoss()->dataCount(), 2);
  ASSERT_TRUE(waitFor([&] { return again.controller()->snapshot() != nullptr; }));
  EXPECT_EQ(again.controller()->epoch(), 2);
  const neurona::ModelParams resumed = *again.controller()->snapshot()->params;
  ASSERT_EQ(resumed.size(), saved.model->params.size());
  EXPECT_TRUE(resumed[0].weights.isApprox(saved.model->params[0].weights, 1e-6));
  again.controller()->step();
  ASSERT_TRUE(waitFor([&] { return again.project()->history().size() == 3u; }));
  EXPECT_EQ(again.project()->history().back().epoch, 3) << "the epochs go on from the saved one";
  again.controller()->reset();
  ASSERT_TRUE(waitFor([&] {
    const SnapshotPtr s = again.controller()->snapshot();
    return s && s->epoch == 0 && !(*s->params)[0].weights.isApprox(saved.model->params[0].weights, 1e-6);
  }));
}

TEST_F(WorkspaceTest, aBatchLargerThanTheDataTrainsOnFullBatchesWithANote) {
  MainWindow w(&languages);
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("xor"))).ok());
  ASSERT_TRUE(w.project()->setSetting(SettingKey::BatchSize, 100000));
  const auto rows = w.project()->prepared().train.samples();
  ASSERT_LT(rows, 100000);
  w.controller()->step();
  ASSERT_TRUE(waitFor([&] { return w.controller()->epoch() == 1; }));
  const QString note = w.statusBar()->currentMessage();
  EXPECT_TRUE(
      note.contains(QStringLiteral("batch size 100000 is larger than the %1 training samples").arg(rows)))
      << note.toStdString();
  ASSERT_TRUE(waitFor([&] { return !w.project()->history().empty(); }));
  EXPECT_TRUE(std::isfinite(w.project()->history().back().loss));
}
