// The classroom journeys of issue #16, driven through the real MainWindow as a person drives it: the
// data set picked in the Data panel, the Problems dock's buttons clicked, the actions' keys pressed,
// File ▸ Export Model… with the dialog's answer given by the test.
#include "support/WaitFor.h"
#include "support/WindowFixture.h"

#include "model/Project.h"
#include "training/TrainingController.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/data/DatasetPanel.h"
#include "ui/export/ModelExport.h"
#include "ui/plots/BoundaryPlot.h"
#include "ui/plots/BoundaryView.h"
#include "ui/problems/IssuesPanel.h"
#include "ui/shell/MainWindow.h"

#include "neurona/core/export/OnnxExporter.h"
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ModelFile.h"

#include <QAccessible>
#include <QAction>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <cstdlib>
#include <functional>

namespace {

class JourneysTest : public WindowFixture {};

QAction* action(MainWindow& w, const char* name) { return w.findChild<QAction*>(QString::fromLatin1(name)); }

void openTutorial(MainWindow& w) {
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("tutorial"))).ok());
  QCoreApplication::processEvents();
}

void pickGenerator(MainWindow& w, const char* name, int classes = 0) {
  neurona::DatasetSource s = w.project()->data().source;
  s.kind = neurona::DatasetSourceKind::Generator;
  s.generator = name;
  s.classes = classes;
  s.params.clear(); // the previous generator's own parameters
  const neurona::Error e = w.project()->generateData(s);
  ASSERT_TRUE(e.ok()) << neurona::toString(e.code) << " " << e.detail;
  QCoreApplication::processEvents();
}

// Clicks every fix button the Problems dock shows until none is left (a fix may reveal another).
int applyEveryFix(MainWindow& w) {
  int clicked = 0;
  for (int round = 0; round < 10; ++round) {
    const QList<QPushButton*> buttons = w.issues()->fixButtons();
    if (buttons.isEmpty()) break;
    QTest::mouseClick(buttons.front(), Qt::LeftButton);
    QCoreApplication::processEvents();
    ++clicked;
  }
  return clicked;
}

} // namespace

TEST_F(JourneysTest, fixesOfferedForBlobsAndForRegressionLetPlayTrain) {
  for (const auto& [generator, classes] : {std::pair{"blobs", 3}, std::pair{"plane", 0}}) {
    MainWindow w(&languages);
    w.show();
    openTutorial(w);
    pickGenerator(w, generator, classes);
    ASSERT_FALSE(w.issues()->fixButtons().isEmpty()) << generator << ": the tutorial's network does not fit";
    const int fixes = applyEveryFix(w);
    EXPECT_TRUE(w.issues()->fixButtons().isEmpty()) << generator;
    // The loss training uses is the one the fix chose, and Play trains.
    EXPECT_TRUE(w.project()->canTrain()) << generator;
    const int undoSteps = w.project()->undoStack()->count();
    EXPECT_LE(undoSteps, 1 + fixes) << "one undo step per fix (and the data pick)";
    action(w, "playAction")->trigger();
    ASSERT_TRUE(waitFor([&] { return w.controller()->epoch() >= 3; })) << generator;
    action(w, "playAction")->trigger();
    EXPECT_FALSE(w.statusBar()->currentMessage().contains(QStringLiteral("cannot start"))) << generator;
    if (std::string(generator) == "plane") {
      EXPECT_EQ(w.project()->settings().loss, neurona::LossKind::Mse);
    }
  }
}

TEST_F(JourneysTest, exportModelIsDisabledUntilTrainedThenWritesEveryFormat) {
  MainWindow w(&languages);
  w.show();
  openTutorial(w);
  QAction* exportAction = action(w, "exportModelAction");
  ASSERT_NE(exportAction, nullptr);
  EXPECT_EQ(exportAction->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_E));
  if (w.project()->isTrained()) action(w, "resetAction")->trigger();
  QCoreApplication::processEvents();
  EXPECT_FALSE(exportAction->isEnabled());
  EXPECT_TRUE(exportAction->toolTip().contains(QStringLiteral("Train")))
      << exportAction->toolTip().toStdString();

  for (int i = 0; i < 3; ++i) action(w, "stepAction")->trigger();
  ASSERT_TRUE(waitFor([&] { return w.project()->trainedEpoch() >= 3; }));
  EXPECT_TRUE(exportAction->isEnabled());

  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QStringList filters = ModelExport::filters();
  const QStringList names = {QStringLiteral("m.onnx"),   QStringLiteral("numpy.py"),
                             QStringLiteral("torch.py"), QStringLiteral("keras.py"),
                             QStringLiteral("m.h"),      QStringLiteral("m"),
                             QStringLiteral("train.py")};
  ASSERT_EQ(filters.size(), names.size());
  for (int i = 0; i < filters.size(); ++i) {
    const QString path = dir.filePath(names[i]);
    w.modelExport()->setFileChooser([&](const QString&, QString* filter) {
      *filter = filters[i];
      return path;
    });
    exportAction->trigger();
    const QString written = i == 5 ? path + QStringLiteral(".json") : path;
    ASSERT_TRUE(QFileInfo::exists(written)) << written.toStdString();
    EXPECT_TRUE(w.statusBar()->currentMessage().contains(QDir::toNativeSeparators(written)))
        << w.statusBar()->currentMessage().toStdString();
  }
  // Each file is what its filter promised.
  const auto bytes = neurona::AtomicFile::read(dir.filePath(names[0]).toStdString());
  ASSERT_TRUE(bytes.ok());
  EXPECT_TRUE(neurona::OnnxExporter::check(bytes.value).ok());
  EXPECT_TRUE(neurona::AtomicFile::read(dir.filePath(names[1]).toStdString()).value.find("import numpy") !=
              std::string::npos);
  EXPECT_TRUE(neurona::AtomicFile::read(dir.filePath(names[2]).toStdString()).value.find("torch") !=
              std::string::npos);
  EXPECT_TRUE(neurona::AtomicFile::read(dir.filePath(names[3]).toStdString()).value.find("keras") !=
              std::string::npos);
  EXPECT_TRUE(neurona::AtomicFile::read(dir.filePath(names[4]).toStdString()).value.find("#pragma once") !=
              std::string::npos);
  // The training script: the whole run, its data embedded, and valid Python.
  const std::string script = neurona::AtomicFile::read(dir.filePath(names[6]).toStdString()).value;
  EXPECT_NE(script.find("DistributedDataParallel"), std::string::npos);
  EXPECT_EQ(
      std::system(("/usr/bin/python3 -m py_compile '" + dir.filePath(names[6]).toStdString() + "'").c_str()),
      0);
  const neurona::Result<neurona::Model> model =
      neurona::ModelFile::read(dir.filePath(QStringLiteral("m.json")).toStdString());
  ASSERT_TRUE(model.ok());
  EXPECT_EQ(model.value.spec.layers.size(), w.project()->network().layers.size());
  EXPECT_EQ(*w.project()->training().params, model.value.params);
}

TEST_F(JourneysTest, redoSaveAsAndStepHaveKeysThatWork) {
  MainWindow w(&languages);
  w.show();
  w.activateWindow();
  openTutorial(w);
  EXPECT_EQ(action(w, "saveAsAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
  EXPECT_EQ(action(w, "stepAction")->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Right)); // shown in the menu

  const int units = w.project()->network().layers.front().units;
  ASSERT_TRUE(w.project()->setLayerProperty(w.project()->network().layers.front().id, LayerProperty::Units,
                                            units + 1));
  for (const QKeySequence& redoKey :
       {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
    QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_Z));
    EXPECT_EQ(w.project()->network().layers.front().units, units);
    QTest::keySequence(&w, redoKey);
    EXPECT_EQ(w.project()->network().layers.front().units, units + 1) << redoKey.toString().toStdString();
  }

  const int before = w.project()->trainedEpoch();
  w.canvas()->setFocus();
  QTest::keySequence(&w, QKeySequence(Qt::CTRL | Qt::Key_Right));
  EXPECT_TRUE(waitFor([&] { return w.controller()->epoch() == before + 1; })) << "Ctrl+→ steps one epoch";
}

TEST_F(JourneysTest, generatorSettingsRegenerateTheDataLiveInOneUndoStepPerField) {
  MainWindow w(&languages);
  w.show();
  openTutorial(w);
  auto* noise = w.findChild<QDoubleSpinBox*>(QStringLiteral("noiseField"));
  auto* samples = w.findChild<QSpinBox*>(QStringLiteral("samplesField"));
  ASSERT_TRUE(noise && samples);
  const int steps = w.project()->undoStack()->count();
  const neurona::MatrixD before = w.project()->rawData().features;
  noise->setValue(noise->value() + 0.1); // no Regenerate button pressed
  noise->setValue(noise->value() + 0.1);
  noise->setValue(noise->value() + 0.1);
  EXPECT_NEAR(w.project()->data().source.noise, noise->value(), 1e-12);
  EXPECT_FALSE(w.project()->rawData().features.isApprox(before)) << "the points moved at once";
  EXPECT_EQ(w.project()->undoStack()->count(), steps + 1) << "one field's changes are one step";
  samples->setValue(300);
  EXPECT_EQ(w.project()->rawData().samples(), 300);
  EXPECT_EQ(w.project()->undoStack()->count(), steps + 2);
  w.project()->undo();
  EXPECT_EQ(samples->value(), static_cast<int>(before.rows())) << "undo shows the old setting";
}

// Each generator's own settings (the spiral's turns, the circles' inner size, …) have a labelled field
// that regenerates the data live, one undo step per field.
TEST_F(JourneysTest, aGeneratorsOwnSettingsAreFieldsThatRegenerateLive) {
  MainWindow w(&languages);
  w.show();
  openTutorial(w);
  pickGenerator(w, "spiral", 2);
  auto* panel = w.findChild<DatasetPanel*>(QStringLiteral("datasetPanel"));
  ASSERT_NE(panel, nullptr);
  auto* turns = w.findChild<QDoubleSpinBox*>(QStringLiteral("turnsParamField"));
  ASSERT_NE(turns, nullptr) << "the spiral's turns have a field";
  EXPECT_DOUBLE_EQ(turns->value(), 1.0) << "the default, as the generator uses it";
  QAccessibleInterface* named = QAccessible::queryAccessibleInterface(turns);
  ASSERT_NE(named, nullptr);
  EXPECT_EQ(named->text(QAccessible::Name), QStringLiteral("Turns")) << "a screen reader reads its label";
  EXPECT_TRUE(turns->isVisibleTo(&w));
  const int steps = w.project()->undoStack()->count();
  const neurona::MatrixD before = w.project()->rawData().features;
  turns->setValue(2.0);
  turns->setValue(2.5);
  EXPECT_DOUBLE_EQ(w.project()->data().source.params.at("turns"), 2.5);
  EXPECT_FALSE(w.project()->rawData().features.isApprox(before)) << "the points moved at once";
  EXPECT_EQ(w.project()->undoStack()->count(), steps + 1) << "one field's changes are one step";
  w.project()->undo();
  EXPECT_DOUBLE_EQ(turns->value(), 1.0) << "undo shows the old setting";
  EXPECT_TRUE(w.project()->rawData().features.isApprox(before));
  // Another generator: its own fields replace the spiral's.
  pickGenerator(w, "circles");
  EXPECT_EQ(w.findChild<QDoubleSpinBox*>(QStringLiteral("turnsParamField")), nullptr);
  auto* factor = w.findChild<QDoubleSpinBox*>(QStringLiteral("factorParamField"));
  ASSERT_NE(factor, nullptr);
  EXPECT_EQ(panel->paramFields().size(), 1);
  factor->setValue(0.8);
  EXPECT_DOUBLE_EQ(w.project()->data().source.params.at("factor"), 0.8);
}

// The boundary map covers the data it is drawn under: data spread far from the unit square (wide blobs)
// still lies inside the heatmap after a step, with the plot's margin around it.
TEST_F(JourneysTest, theBoundaryMapCoversTheDataWhereverItLies) {
  MainWindow w(&languages);
  w.show();
  openTutorial(w);
  neurona::DatasetSource s = w.project()->data().source;
  s.generator = "blobs";
  s.classes = 2;
  s.params = {{"spread", 4.0}};
  ASSERT_TRUE(w.project()->generateData(s).ok());
  QCoreApplication::processEvents();
  const neurona::MatrixD& f = w.project()->rawData().features;
  ASSERT_GT(f.col(0).maxCoeff() - f.col(0).minCoeff(), 6.0) << "the points spread well beyond [-1, 1]";
  action(w, "stepAction")->trigger();
  BoundaryPlot* plot = w.boundaryView()->plot();
  ASSERT_TRUE(waitFor([&] { return plot->colorMap()->data()->keySize() == 128; })) << "a boundary was drawn";
  const QCPRange keys = plot->colorMap()->data()->keyRange();
  const QCPRange values = plot->colorMap()->data()->valueRange();
  EXPECT_LE(keys.lower, f.col(0).minCoeff());
  EXPECT_GE(keys.upper, f.col(0).maxCoeff());
  EXPECT_LE(values.lower, f.col(1).minCoeff());
  EXPECT_GE(values.upper, f.col(1).maxCoeff());
  EXPECT_LE(plot->xAxis->range().lower, f.col(0).minCoeff()) << "the points are on screen too";
  EXPECT_GE(plot->xAxis->range().upper, f.col(0).maxCoeff());
}

// A CSV file's data shows no generator settings (they would be another data set's), and a red error
// from an earlier failed load does not outlive the next project.
TEST_F(JourneysTest, theDataPanelShowsOnlyTheDataThatIsOpen) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString good = dir.filePath(QStringLiteral("good.csv"));
  const QString bad = dir.filePath(QStringLiteral("bad.csv"));
  ASSERT_TRUE(
      neurona::AtomicFile::write(good.toStdString(), "x1,x2,label\n0,0,a\n1,1,b\n0,1,a\n1,0,b\n").ok());
  ASSERT_TRUE(neurona::AtomicFile::write(bad.toStdString(), "x1,x2,label\n0,zero,a\n").ok());
  MainWindow w(&languages);
  w.show();
  openTutorial(w);
  auto* panel = w.findChild<DatasetPanel*>(QStringLiteral("datasetPanel"));
  ASSERT_NE(panel, nullptr);
  EXPECT_TRUE(panel->generatorBox()->isVisibleTo(&w));
  EXPECT_FALSE(panel->loadCsv(bad));
  EXPECT_TRUE(panel->messageLabel()->isVisibleTo(&w)) << "the error is shown";
  ASSERT_TRUE(panel->loadCsv(good));
  EXPECT_FALSE(panel->generatorBox()->isVisibleTo(&w)) << "no generator settings for a CSV file";
  EXPECT_EQ(panel->generatorList()->selectedItems().size(), 0);
  w.project()->undo(); // back to the generated data: its settings come back
  QCoreApplication::processEvents();
  EXPECT_TRUE(panel->generatorBox()->isVisibleTo(&w));
  EXPECT_FALSE(panel->loadCsv(bad));
  openTutorial(w);
  EXPECT_FALSE(panel->messageLabel()->isVisibleTo(&w)) << "the old project's error stays behind";
}

TEST_F(JourneysTest, everyViewShowsTheOpenProjectAndHowFarItTrained) {
  MainWindow w(&languages);
  w.show();
  openTutorial(w);
  if (w.project()->isTrained()) action(w, "resetAction")->trigger();
  NetworkScene* scene = w.canvas()->networkScene();
  EXPECT_EQ(scene->statusText(), QStringLiteral("Ready to train"));
  action(w, "stepAction")->trigger();
  action(w, "stepAction")->trigger();
  ASSERT_TRUE(waitFor([&] { return w.project()->trainedEpoch() == 2; }));
  QCoreApplication::processEvents();
  EXPECT_EQ(scene->statusText(), QStringLiteral("Trained to epoch 2"))
      << "not \"Ready to train\" after training";
  // Another project: nothing of the first one stays on screen.
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("xor"))).ok());
  QCoreApplication::processEvents();
  EXPECT_EQ(w.controller()->epoch(), w.project()->trainedEpoch());
  EXPECT_EQ(scene->statusText().contains(QStringLiteral("Trained to epoch 2")),
            w.project()->trainedEpoch() == 2);
}

TEST_F(JourneysTest, generatorNamesAreInTheWindowsLanguage) {
  languages.setLanguage(QStringLiteral("es"));
  MainWindow w(&languages);
  auto* list = w.findChild<QListWidget*>(QStringLiteral("generatorList"));
  ASSERT_NE(list, nullptr);
  QStringList names;
  for (int i = 0; i < list->count(); ++i) names << list->item(i)->text();
  EXPECT_TRUE(names.contains(QStringLiteral("círculos"))) << names.join(u',').toStdString();
  EXPECT_TRUE(names.contains(QStringLiteral("lunas")));
  EXPECT_FALSE(names.contains(QStringLiteral("circles")));
}
