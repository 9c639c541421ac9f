#include "app/TrainingJobs.h"
#include "support/QtApp.h"
#include "support/WindowFixture.h"

#include "document/DatasetDocument.h"
#include "document/ProjectDocument.h"
#include "document/TrainingSettings.h"
#include "ui/CanvasInternals.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/TrainingWorkspace.h"
#include "ui/canvas/ConnectionItem.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/panels/DatasetPanel.h"
#include "ui/panels/TrainingPanel.h"
#include "ui/plots/BoundaryPlot.h"
#include "ui/plots/BoundaryView.h"
#include "ui/plots/LossPlot.h"

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
    if (a->menu() && a->menu()->objectName() == QLatin1String("trainMenu")) return a->menu()->actions().value(index);
  return nullptr;
}

class WorkspaceTest : public WindowFixture {
protected:
};

} // namespace

TEST_F(WorkspaceTest, bundledExamplesOpenFromTheResources) {
  MainWindow w(&languages);
  TrainingWorkspace* t = w.training();
  for (const char* name : {"tutorial", "xor", "spiral-deep", "three-classes-softmax"}) {
    QString error;
    ASSERT_TRUE(t->openProject(TrainingWorkspace::bundledExample(QString::fromLatin1(name)), &error))
        << name << ": " << error.toStdString();
    EXPECT_GT(t->dataset()->raw().samples(), 0) << name;
    EXPECT_TRUE(w.document()->canTrain()) << name;
  }
  // Feature transforms become extra network inputs, and the panel shows them.
  ASSERT_TRUE(t->openProject(TrainingWorkspace::bundledExample(QStringLiteral("spiral-deep"))));
  t->dataset()->setTransforms({neurona::FeatureTransform::SinX1, neurona::FeatureTransform::SinX2});
  EXPECT_EQ(w.document()->validationContext().inputs, 4);
  int checked = 0;
  for (QCheckBox* b : t->datasetPanel()->findChildren<QCheckBox*>()) checked += b->isChecked() ? 1 : 0;
  EXPECT_EQ(checked, 2);
}

TEST_F(WorkspaceTest, startupOpensTheArgumentThenTheLastProjectThenTheTutorial) {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("mine.neurona"));
  ASSERT_TRUE(QFile::copy(TrainingWorkspace::bundledExample(QStringLiteral("xor")), path));
  {
    MainWindow w(&languages);
    EXPECT_EQ(w.session()->openAtStartup(QString()), TrainingWorkspace::bundledExample(QStringLiteral("tutorial")));
  }
  {
    MainWindow w(&languages);
    EXPECT_EQ(w.session()->openAtStartup(path), path);
    EXPECT_EQ(w.training()->dataset()->source().generator, "xor");
  }
  {
    MainWindow w(&languages); // no argument: the last project opened
    EXPECT_EQ(w.session()->openAtStartup(QString()), QFileInfo(path).absoluteFilePath());
  }
  {
    MainWindow w(&languages); // a broken argument falls back to the tutorial, with a message
    EXPECT_EQ(w.session()->openAtStartup(dir.filePath(QStringLiteral("missing.neurona"))),
              TrainingWorkspace::bundledExample(QStringLiteral("tutorial")));
  }
}

TEST_F(WorkspaceTest, trainActionsPlayPauseStepAndReset) {
  MainWindow w(&languages);
  TrainingWorkspace* t = w.training();
  ASSERT_TRUE(t->openProject(TrainingWorkspace::bundledExample(QStringLiteral("xor"))));
  QAction* play = trainAction(w, 0);
  QAction* step = trainAction(w, 1);
  QAction* reset = trainAction(w, 2);
  ASSERT_TRUE(play && step && reset);
  EXPECT_TRUE(play->isEnabled() && step->isEnabled() && reset->isEnabled());
  EXPECT_EQ(play->shortcut(), QKeySequence(Qt::Key_Space));
  t->settings()->setStopAtEpoch(0);
  step->trigger();
  ASSERT_TRUE(waitFor([&] { return t->controller()->epoch() == 1; }));
  EXPECT_EQ(t->trainingPanel()->epochLabel()->text(), QStringLiteral("Epoch 000001"));
  play->trigger();
  EXPECT_EQ(t->controller()->state(), State::Running);
  EXPECT_EQ(t->trainingPanel()->playButton()->text(), QStringLiteral("Pause"));
  ASSERT_TRUE(waitFor([&] { return t->controller()->epoch() > 3; }));
  play->trigger();
  EXPECT_EQ(t->controller()->state(), State::Paused);
  reset->trigger();
  ASSERT_TRUE(waitFor([&] { return t->controller()->snapshot() && t->controller()->snapshot()->epoch == 0; }));
  EXPECT_EQ(t->lossPlot()->trainLoss()->dataCount(), 0);
}

TEST_F(WorkspaceTest, plotsAndCanvasShowTheSnapshot) {
  MainWindow w(&languages);
  w.show();
  TrainingWorkspace* t = w.training();
  ASSERT_TRUE(t->openProject(TrainingWorkspace::bundledExample(QStringLiteral("xor"))));
  t->controller()->play();
  ASSERT_TRUE(waitFor([&] { return t->controller()->epoch() >= 20; }));
  t->controller()->pause();
  ASSERT_TRUE(waitFor([&] { return t->controller()->snapshot()->idle; }));
  const SnapshotPtr s = t->controller()->snapshot();
  BoundaryPlot* plot = t->boundaryView()->plot();
  const neurona::GridResult& g = s->grid;
  ASSERT_EQ(plot->colorMap()->data()->keySize(), g.grid.nx);
  EXPECT_EQ(g.grid.nx, 128);
  for (int iy : {0, 17, g.grid.ny - 1})
    for (int ix : {0, 64, g.grid.nx - 1}) EXPECT_NEAR(plot->cellValue(ix, iy), g.outputs(iy * g.grid.nx + ix, 0), 1e-6);
  EXPECT_EQ(t->lossPlot()->trainLoss()->dataCount(), static_cast<int>(t->controller()->history().size()));
  // The canvas: the output layer's incoming edges carry its weights, each neuron its own map.
  const neurona::NetworkSpec& spec = w.document()->network();
  const neurona::LayerId first = spec.layers.front().id;
  LayerBlockItem* block = w.canvas()->networkScene()->block(first);
  ASSERT_NE(block, nullptr);
  const QImage img = CanvasInternals::neuronImage(g, 0, 0);
  EXPECT_EQ(img.size(), QSize(CanvasInternals::kImageSize, CanvasInternals::kImageSize));
  // Hovering a neuron shows its map large in the boundary plot.
  emit t->canvasInternals()->neuronHovered(0, 0);
  EXPECT_TRUE(plot->showingNeuronMap());
  emit t->canvasInternals()->neuronHoverEnded();
  EXPECT_FALSE(plot->showingNeuronMap());
}

TEST_F(WorkspaceTest, paintingAddsAndRemovesPointsWithUndo) {
  MainWindow w(&languages);
  TrainingWorkspace* t = w.training();
  ASSERT_TRUE(t->openProject(TrainingWorkspace::bundledExample(QStringLiteral("xor"))));
  DatasetDocument* d = t->dataset();
  const Eigen::Index n = d->raw().samples();
  BoundaryView* view = t->boundaryView();
  ASSERT_GE(view->paintBox()->count(), 3); // off + two classes
  view->paintBox()->setCurrentIndex(2);     // class "1"
  EXPECT_EQ(view->plot()->paintClass(), 1);
  w.resize(1400, 900);
  w.show();
  BoundaryPlot* plot = view->plot();
  plot->replot();
  const QPoint at(plot->xAxis->coordToPixel(0.3), plot->yAxis->coordToPixel(-0.4));
  QTest::mouseClick(plot, Qt::LeftButton, {}, at);
  ASSERT_EQ(d->raw().samples(), n + 1);
  EXPECT_EQ(d->raw().labels(n), 1);
  EXPECT_NEAR(d->raw().features(n, 0), 0.3, 0.05);
  EXPECT_EQ(d->source().kind, neurona::DatasetSourceKind::Points);
  QTest::mouseClick(plot, Qt::RightButton, {}, at);
  EXPECT_EQ(d->raw().samples(), n);
  QUndoStack* undo = w.document()->undoStack();
  undo->undo();
  EXPECT_EQ(d->raw().samples(), n + 1);
  undo->undo();
  EXPECT_EQ(d->raw().samples(), n);
  EXPECT_EQ(d->source().kind, neurona::DatasetSourceKind::Generator);
  undo->redo();
  EXPECT_EQ(d->raw().samples(), n + 1);
  EXPECT_EQ(plot->pointCount(false) + plot->pointCount(true), n + 1);
}

TEST_F(WorkspaceTest, aChangedArchitectureResetsATrainedRunWhenTheUserAgrees) {
  MainWindow w(&languages);
  TrainingWorkspace* t = w.training();
  ASSERT_TRUE(t->openProject(TrainingWorkspace::bundledExample(QStringLiteral("xor"))));
  t->controller()->step();
  t->controller()->step();
  ASSERT_TRUE(waitFor([&] { return t->controller()->epoch() == 2; }));
  TrainingWorkspace::setAskBeforeReset(false, false); // "don't ask again", answered No
  const neurona::LayerId id = w.document()->network().layers.front().id;
  w.document()->setLayerProperty(id, LayerProperty::Units, 7);
  EXPECT_EQ(t->controller()->epoch(), 2) << "answered no: the run stays";
  TrainingWorkspace::setAskBeforeReset(false, true);
  w.document()->setLayerProperty(id, LayerProperty::Units, 6);
  EXPECT_EQ(t->controller()->state(), State::Ready);
  ASSERT_TRUE(waitFor([&] { return t->controller()->snapshot() != nullptr; }));
  EXPECT_EQ(t->controller()->snapshot()->params.front().weights.cols(), 6);
  // Learning-rate changes are live: no reset.
  t->controller()->step();
  ASSERT_TRUE(waitFor([&] { return t->controller()->epoch() == 1; }));
  t->settings()->setLearningRate(0.123);
  EXPECT_EQ(t->controller()->epoch(), 1);
  EXPECT_DOUBLE_EQ(t->controller()->liveSettings().learningRate, 0.123);
}

// The status bar's sentence for a run the trainer refuses is chosen by the refusal's ErrorCode.
TEST_F(WorkspaceTest, aRefusedRunShowsTheSentenceOfItsErrorCode) {
  EXPECT_EQ(TrainingWorkspace::startErrorText(neurona::ErrorCode::InputMismatch),
            QStringLiteral("The validation data has other inputs than the training data."));
  EXPECT_EQ(TrainingWorkspace::startErrorText(neurona::ErrorCode::NoOutputLayer),
            QStringLiteral("The network has no output layer."));
  EXPECT_EQ(TrainingWorkspace::startErrorText(neurona::ErrorCode::TargetMismatch),
            QStringLiteral("The output layer does not fit the labels of the data."));
  EXPECT_EQ(TrainingWorkspace::startErrorText(neurona::ErrorCode::ModelMismatch),
            QStringLiteral("The saved weights do not fit this network."));

  MainWindow w(&languages);
  TrainingWorkspace* t = w.training();
  QSignalSpy failed(t->controller(), &TrainingController::startFailed);
  t->controller()->setJob(trainingtest::makeMismatchedJob());
  t->controller()->play();
  ASSERT_TRUE(waitFor([&] { return failed.count() == 1; }));
  EXPECT_EQ(
      w.statusBar()->currentMessage(),
      QStringLiteral("Training cannot start: The validation data has other inputs than the training data."));
}

TEST_F(WorkspaceTest, divergenceShowsANonModalMessageAndKeepsThePlots) {
  MainWindow w(&languages);
  w.show();
  TrainingWorkspace* t = w.training();
  ASSERT_TRUE(t->openProject(TrainingWorkspace::bundledExample(QStringLiteral("tutorial"))));
  neurona::DatasetSource plane;
  plane.generator = "plane";
  plane.samples = 200;
  ASSERT_TRUE(t->dataset()->generate(plane, nullptr));
  neurona::TrainingConfig c = t->settings()->config();
  c.optimizer = *neurona::OptimizerConfig::defaults("sgd");
  c.loss = neurona::LossKind::Mse;
  t->settings()->setConfig(c);
  neurona::NetworkSpec spec = neurona::NetworkSpec::denseStack({16, 16}, 1, neurona::ActivationKind::Relu,
                                                               neurona::ActivationKind::Linear);
  w.document()->resetNetwork(spec);
  t->settings()->setLearningRate(1e12);
  t->controller()->reset();
  t->controller()->play();
  ASSERT_TRUE(waitFor([&] { return t->controller()->status() == neurona::TrainingStatus::Diverged; }));
  auto* box = w.findChild<QMessageBox*>(QStringLiteral("divergedMessage"));
  ASSERT_NE(box, nullptr);
  EXPECT_TRUE(box->isVisible());
  EXPECT_FALSE(box->isModal());
  EXPECT_TRUE(box->text().contains(QStringLiteral("lower learning rate")));
  EXPECT_TRUE(w.statusBar()->currentMessage().contains(QStringLiteral("diverged")));
  EXPECT_TRUE(t->controller()->snapshot()->grid.outputs.allFinite());
}

TEST_F(WorkspaceTest, screenshotMidTrainingOnTheSpiral) {
  MainWindow w(&languages);
  w.resize(1600, 1000);
  w.show();
  TrainingWorkspace* t = w.training();
  ASSERT_TRUE(t->openProject(TrainingWorkspace::bundledExample(QStringLiteral("spiral-deep"))));
  t->settings()->setStopAtEpoch(0);
  t->controller()->play();
  ASSERT_TRUE(waitFor([&] { return t->controller()->epoch() >= 150; }, 60000));
  t->controller()->pause();
  ASSERT_TRUE(waitFor([&] { return t->controller()->snapshot()->idle; }));
  QCoreApplication::processEvents();
  const QImage shot = w.grab().toImage();
  const QString out = QDir(QStringLiteral(NEURONA_BINARY_DIR)).filePath(QStringLiteral("workspace-spiral.png"));
  ASSERT_TRUE(shot.save(out));
  // The boundary follows the spiral: most held-out and training points are classified correctly.
  const SnapshotPtr s = t->controller()->snapshot();
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
  TrainingWorkspace* t = w.training();
  ASSERT_TRUE(t->openProject(TrainingWorkspace::bundledExample(QStringLiteral("xor"))));
  t->settings()->setLearningRate(0.02);
  t->controller()->step();
  t->controller()->step();
  ASSERT_TRUE(waitFor([&] { return t->controller()->epoch() == 2; }));
  QString error;
  ASSERT_TRUE(t->saveProject(path, &error)) << error.toStdString();
  const neurona::Project saved = t->currentProject();
  ASSERT_TRUE(saved.model.has_value());
  EXPECT_EQ(saved.history.size(), 2u);

  MainWindow again(&languages);
  ASSERT_TRUE(again.training()->openProject(path, &error)) << error.toStdString();
  EXPECT_EQ(again.training()->dataset()->raw(), t->dataset()->raw());
  EXPECT_EQ(again.document()->network(), w.document()->network());
  EXPECT_DOUBLE_EQ(again.training()->settings()->learningRate(), 0.02);
  // The reopened project goes on from its saved weights; Reset then starts afresh.
  ASSERT_TRUE(waitFor([&] { return again.training()->controller()->snapshot() != nullptr; }));
  const neurona::ModelParams resumed = again.training()->controller()->snapshot()->params;
  ASSERT_EQ(resumed.size(), saved.model->params.size());
  EXPECT_TRUE(resumed[0].weights.isApprox(saved.model->params[0].weights, 1e-6));
  again.training()->controller()->reset();
  ASSERT_TRUE(waitFor([&] {
    const SnapshotPtr s = again.training()->controller()->snapshot();
    return s && !s->params.empty() && !s->params[0].weights.isApprox(saved.model->params[0].weights, 1e-6);
  }));
}

TEST_F(WorkspaceTest, aBatchLargerThanTheDataTrainsOnFullBatchesWithANote) {
  MainWindow w(&languages);
  TrainingWorkspace* t = w.training();
  ASSERT_TRUE(t->openProject(TrainingWorkspace::bundledExample(QStringLiteral("xor"))));
  neurona::TrainingConfig config = t->settings()->config();
  config.batchSize = 100000;
  t->settings()->setConfig(config);
  const auto rows = t->dataset()->prepare().train.samples();
  ASSERT_LT(rows, 100000);
  t->controller()->step();
  ASSERT_TRUE(waitFor([&] { return t->controller()->epoch() == 1; }));
  const QString note = w.statusBar()->currentMessage();
  EXPECT_TRUE(note.contains(QStringLiteral("batch size 100000 is larger than the %1 training samples").arg(rows)))
      << note.toStdString();
  EXPECT_TRUE(std::isfinite(t->controller()->history().back().loss));
}
