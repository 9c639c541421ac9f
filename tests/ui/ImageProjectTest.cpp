// A project of pictures and a convolutional network in the real MainWindow (issue #21): the network takes
// its input shape from the data as the CLI does, so it opens without problems, Step trains it, and Save
// writes its image layers back (version 2). The canvas draws the picture, the filters and the feature maps;
// the palette and Properties build and set the image layers.
#include "support/PadStroke.h"
#include "support/WaitFor.h"
#include "support/WindowFixture.h"

#include "model/Project.h"
#include "training/TrainingController.h"
#include "ui/canvas/CanvasInternals.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/canvas/PaletteMime.h"
#include "ui/canvas/PropertiesPanel.h"
#include "ui/forms/SizePairEditor.h"
#include "ui/images/DrawingPad.h"
#include "ui/images/ImagesView.h"
#include "ui/images/PadCanvas.h"
#include "ui/images/ProbabilityBars.h"
#include "ui/images/SampleGallery.h"
#include "ui/plots/BoundaryView.h"
#include "ui/shell/FileActions.h"
#include "ui/shell/MainWindow.h"

#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ProjectFile.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QListView>
#include <QPushButton>
#include <QSet>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>

namespace imageproject {
namespace {

class ImageProjectTest : public WindowFixture {};

const char* kBarsCnn = R"({"format": "neurona-project", "version": 2,
  "dataset": {"generator": "bars", "samples": 200, "noise": 0.1, "seed": 1},
  "split": {"validation": 0.2, "test": 0, "seed": 1},
  "network": {"layers": [
    {"type": "conv2d", "filters": 4, "kernel": 3, "padding": "same", "activation": "relu"},
    {"type": "maxpool2d", "pool": 2},
    {"type": "flatten"},
    {"type": "dense", "units": 1, "activation": "sigmoid"}]},
  "training": {"loss": "bce", "optimizer": {"name": "adam", "learning_rate": 0.01}, "batch_size": 32,
               "epochs": 100}})";

} // namespace

TEST_F(ImageProjectTest, aConvolutionalProjectOpensTrainsAndSavesItsImageLayers) {
  QTemporaryDir dir;
  ASSERT_TRUE(dir.isValid());
  const QString path = dir.filePath(QStringLiteral("bars.neurona"));
  {
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(kBarsCnn);
  }
  MainWindow w(&languages);
  w.show();
  ASSERT_TRUE(w.files()->openProject(path));
  Project* doc = w.project();
  ASSERT_EQ(doc->layerCount(), 4);
  EXPECT_FALSE(doc->network().inputShape.has_value()) << "the file gives none";
  ASSERT_TRUE(doc->runnableNetwork().inputShape.has_value());
  EXPECT_EQ(*doc->runnableNetwork().inputShape, (std::array<int, 3>{16, 16, 1}));
  EXPECT_TRUE(doc->canTrain()) << "no NeedsImageInput: the data's shape is the network's";

  for (int i = 0; i < 3; ++i) w.stepAction()->trigger();
  ASSERT_TRUE(waitFor([&] { return doc->trainedEpoch() >= 3 && !w.controller()->isRunning(); }));
  ASSERT_TRUE(doc->isTrained());
  ASSERT_FALSE(doc->history().empty());
  EXPECT_GT(doc->history().back().accuracy, 0.0);

  // Saved, the image layers and what they learned come back: nothing is lost.
  const QString saved = dir.filePath(QStringLiteral("saved.neurona"));
  ASSERT_TRUE(w.files()->saveTo(saved));
  const neurona::Result<neurona::Project> back = neurona::ProjectFile::read(saved.toStdString());
  ASSERT_TRUE(back.ok()) << back.error.jsonPath << " " << back.error.detail;
  ASSERT_EQ(back.value.network.layers.size(), 4u);
  EXPECT_EQ(back.value.network.layers[0].type, neurona::LayerType::Conv2d);
  EXPECT_EQ(back.value.network.layers[0].filters, 4);
  EXPECT_EQ(back.value.network.layers[1].type, neurona::LayerType::MaxPool2d);
  EXPECT_EQ(back.value.network.layers[2].type, neurona::LayerType::Flatten);
  EXPECT_NE(neurona::AtomicFile::read(saved.toStdString()).value.find("\"version\": 2"), std::string::npos);
}

namespace {

// Distinct colours in an image: a map that shows something has more than one.
int colours(const QImage& img) {
  QSet<QRgb> seen;
  for (int y = 0; y < img.height(); ++y)
    for (int x = 0; x < img.width(); ++x) seen.insert(img.pixel(x, y));
  return static_cast<int>(seen.size());
}

QString writeProject(const QTemporaryDir& dir) {
  const QString path = dir.filePath(QStringLiteral("bars.neurona"));
  QFile f(path);
  if (f.open(QIODevice::WriteOnly)) f.write(kBarsCnn);
  return path;
}

// The bars project in a shown window of a projector's size.
bool openBars(MainWindow& w, const QTemporaryDir& dir) {
  w.resize(1280, 720);
  w.show();
  return w.files()->openProject(writeProject(dir));
}

} // namespace

TEST_F(ImageProjectTest, theCanvasShowsThePictureFiltersAndFeatureMapsOfTheChosenSample) {
  QTemporaryDir dir;
  MainWindow w(&languages);
  ASSERT_TRUE(openBars(w, dir));
  Project* doc = w.project();
  NetworkScene* scene = w.canvas()->networkScene();
  const neurona::LayerId conv = doc->network().layers[0].id;
  const neurona::LayerId pool = doc->network().layers[1].id;
  LayerBlockItem* input = scene->inputBlock();
  ASSERT_TRUE(input->showsMaps()) << "a picture comes in as a map, not 256 neurons";
  EXPECT_EQ(input->content().neurons, 1);
  EXPECT_EQ(input->content().map, QSize(16, 16));
  ASSERT_TRUE(scene->block(conv)->showsMaps());
  EXPECT_EQ(scene->block(conv)->content().neurons, 4) << "one map per filter";
  EXPECT_EQ(scene->block(pool)->content().map, QSize(8, 8));
  EXPECT_FALSE(scene->block(doc->network().layers[2].id)->showsMaps()) << "flatten is a column";

  w.stepAction()->trigger();
  ASSERT_TRUE(waitFor([&] { return doc->trainedEpoch() >= 1 && !w.controller()->isRunning(); }));
  ASSERT_TRUE(waitFor([&] { return scene->block(conv)->filterImages().size() == 4; }));
  // The first sample by default: its picture in the input, a 16 × 16 map per filter, each filter 3 × 3.
  ASSERT_EQ(input->neuronImages().size(), 1);
  EXPECT_EQ(input->neuronImages()[0].size(), QSize(16, 16));
  EXPECT_GT(colours(input->neuronImages()[0]), 2) << "a bar on a noisy background";
  ASSERT_EQ(scene->block(conv)->neuronImages().size(), 4);
  EXPECT_EQ(scene->block(conv)->neuronImages()[0].size(), QSize(16, 16));
  EXPECT_EQ(scene->block(conv)->filterImages()[0].size(), QSize(3, 3));
  ASSERT_EQ(scene->block(pool)->neuronImages().size(), 4);
  EXPECT_EQ(scene->block(pool)->neuronImages()[0].size(), QSize(8, 8));
  EXPECT_TRUE(scene->block(pool)->filterImages().isEmpty()) << "a pool has no weights";

  // Another picture: its maps replace the first one's.
  const QImage before = scene->block(conv)->neuronImages()[0];
  const neurona::Dataset& raw = doc->rawData();
  Eigen::Index other = 1;
  while (other < raw.samples() && raw.labels(other) == raw.labels(0)) ++other; // the other orientation
  ASSERT_LT(other, raw.samples());
  w.canvasInternals()->setFocus(raw.features.row(other).transpose());
  EXPECT_NE(scene->block(conv)->neuronImages()[0], before);

  // The worker predicted every sample for the gallery.
  ASSERT_TRUE(waitFor([&] {
    const SnapshotPtr s = w.controller()->snapshot();
    return s && s->samples && s->samples->predicted.size() == static_cast<std::size_t>(raw.samples());
  }));
  EXPECT_FALSE(w.controller()->snapshot()->hasGrid) << "no plane of pixels 1 and 2 is drawn";
}

TEST_F(ImageProjectTest, pointsAfterPicturesShowNoPictureInTheInput) {
  QTemporaryDir dir;
  MainWindow w(&languages);
  ASSERT_TRUE(openBars(w, dir));
  w.stepAction()->trigger();
  NetworkScene* scene = w.canvas()->networkScene();
  ASSERT_TRUE(waitFor([&] { return scene->inputBlock()->neuronImages().size() == 1; }));
  // The tutorial: two input neurons, plain circles (found by looking: the last picture stayed in x₁).
  ASSERT_TRUE(w.project()->open(Project::bundledExample(QStringLiteral("tutorial"))).ok());
  EXPECT_FALSE(scene->inputBlock()->showsMaps());
  EXPECT_TRUE(scene->inputBlock()->neuronImages().isEmpty());
  EXPECT_EQ(w.boundaryDock()->windowTitle(), QStringLiteral("Decision Boundary"));
  w.stepAction()->trigger();
  ASSERT_TRUE(waitFor([&] { return w.project()->trainedEpoch() >= 1 && !w.controller()->isRunning(); }));
  QCoreApplication::processEvents();
  EXPECT_TRUE(scene->inputBlock()->neuronImages().isEmpty());
}

TEST_F(ImageProjectTest, imageLayersComeFromThePaletteAndTheirSettingsFromProperties) {
  QTemporaryDir dir;
  MainWindow w(&languages);
  ASSERT_TRUE(openBars(w, dir));
  Project* doc = w.project();
  const neurona::LayerId added = w.canvas()->addFromPalette(static_cast<int>(PaletteBlock::Conv2d));
  ASSERT_NE(added, neurona::kNoLayer);
  const neurona::LayerSpec* l = doc->layer(added);
  ASSERT_TRUE(l);
  EXPECT_EQ(l->type, neurona::LayerType::Conv2d);
  EXPECT_EQ(l->padding, neurona::PaddingKind::Same);
  EXPECT_TRUE(doc->canTrain()) << "a same-padded conv fits anywhere in this network";

  PropertiesPanel* props = w.properties();
  props->setLayer(added);
  EXPECT_TRUE(props->isRowShown(LayerProperty::Filters));
  EXPECT_TRUE(props->isRowShown(LayerProperty::Kernel));
  EXPECT_TRUE(props->isRowShown(LayerProperty::Padding));
  EXPECT_FALSE(props->isRowShown(LayerProperty::Units));
  EXPECT_FALSE(props->isRowShown(LayerProperty::Pool));
  auto* filters = qobject_cast<QSpinBox*>(props->editorOf(LayerProperty::Filters));
  ASSERT_TRUE(filters);
  filters->setValue(12);
  EXPECT_EQ(doc->layer(added)->filters, 12);
  auto* kernel = qobject_cast<SizePairEditor*>(props->editorOf(LayerProperty::Kernel));
  ASSERT_TRUE(kernel);
  EXPECT_FALSE(kernel->widthBox()->accessibleName().isEmpty());
  EXPECT_NE(kernel->widthBox()->accessibleName(), kernel->heightBox()->accessibleName());
  kernel->widthBox()->setValue(5);
  EXPECT_EQ(doc->layer(added)->kernel, (std::array<int, 2>{3, 5}));
  doc->undo();
  EXPECT_EQ(doc->layer(added)->kernel, (std::array<int, 2>{3, 3}));

  // A pool: its window and stride; the stride follows the pool until it is set.
  const neurona::LayerId pool = doc->network().layers[1].id;
  props->setLayer(pool);
  EXPECT_TRUE(props->isRowShown(LayerProperty::Pool));
  EXPECT_FALSE(props->isRowShown(LayerProperty::Filters));
  auto* poolBox = qobject_cast<SizePairEditor*>(props->editorOf(LayerProperty::Pool));
  poolBox->heightBox()->setValue(4);
  poolBox->widthBox()->setValue(4);
  EXPECT_EQ(doc->layer(pool)->pool, (std::array<int, 2>{4, 4}));
  EXPECT_FALSE(doc->layer(pool)->stride.has_value());
  auto* stride = qobject_cast<SizePairEditor*>(props->editorOf(LayerProperty::Stride));
  EXPECT_EQ(stride->value(), QSize(4, 4));
  auto* padding = qobject_cast<QComboBox*>(props->editorOf(LayerProperty::Padding));
  ASSERT_TRUE(padding);
  padding->setCurrentIndex(padding->findData(static_cast<int>(neurona::PaddingKind::Same)));
  EXPECT_EQ(doc->layer(pool)->padding, neurona::PaddingKind::Same);
}

TEST_F(ImageProjectTest, theGalleryChoosesThePictureAndThePadAsksTheNetwork) {
  QTemporaryDir dir;
  MainWindow w(&languages);
  ASSERT_TRUE(openBars(w, dir));
  Project* doc = w.project();
  // Pictures: the boundary's dock shows the gallery and the pad instead, under its own title.
  ImagesView* images = w.imagesView();
  ASSERT_TRUE(images->isVisibleTo(&w));
  EXPECT_FALSE(w.boundaryView()->isVisibleTo(&w));
  EXPECT_EQ(w.boundaryDock()->windowTitle(), QStringLiteral("Samples"));
  SampleGallery* gallery = images->gallery();
  ASSERT_EQ(gallery->shownCount(), 200);

  w.stepAction()->trigger();
  ASSERT_TRUE(waitFor([&] { return doc->trainedEpoch() >= 1 && !w.controller()->isRunning(); }));
  // The worker's predictions reach the tiles: the prediction filters come alive.
  ASSERT_TRUE(waitFor([&] { return gallery->mistakesOnlyBox()->isEnabled(); }));
  EXPECT_TRUE(gallery->countText().contains(QStringLiteral("mistake"))) << gallery->countText().toStdString();

  // A click on the third tile: the canvas's input block shows that picture.
  NetworkScene* scene = w.canvas()->networkScene();
  ASSERT_TRUE(waitFor([&] { return scene->inputBlock()->neuronImages().size() == 1; }));
  const QImage first = scene->inputBlock()->neuronImages()[0];
  QListView* tiles = gallery->view();
  const QModelIndex third = tiles->model()->index(2, 0);
  QTest::mouseClick(tiles->viewport(), Qt::LeftButton, {}, tiles->visualRect(third).center());
  EXPECT_EQ(gallery->selectedSample(), 2);
  ASSERT_TRUE(waitFor([&] { return scene->inputBlock()->neuronImages()[0] != first; }));
  const neurona::VectorD& focus = w.canvasInternals()->focus();
  ASSERT_EQ(focus.size(), 256);
  EXPECT_TRUE(focus.isApprox(doc->rawData().features.row(2).transpose()));

  // Draw, Test: a vertical stroke, and the bars show the network's two probabilities of it.
  images->tabs()->setCurrentIndex(1);
  DrawingPad* pad = images->pad();
  QTest::mouseClick(pad->testModeButton(), Qt::LeftButton);
  ASSERT_EQ(pad->mode(), DrawingPad::Mode::Test);
  padstroke::drag(*pad->canvas(), {{2, 8}, {8, 8}, {13, 8}});
  const std::vector<double> drawn = pad->pixels();
  const Eigen::Map<const neurona::VectorD> stroke(drawn.data(), 256);
  EXPECT_GT(stroke.sum(), 5.0);
  // The drawing goes out coalesced (at most every 30 ms); then the canvas shows its maps…
  ASSERT_TRUE(waitFor([&] { return w.canvasInternals()->focus().isApprox(stroke); }));
  // …and the bars the answer the network gives it in the core (the snapshot's values).
  ASSERT_EQ(pad->probabilityBars()->probabilities().size(), 2u);
  const std::vector<double>& p = pad->probabilityBars()->probabilities();
  EXPECT_NEAR(p[0] + p[1], 1.0, 1e-6);
  ImageProbe probe;
  ASSERT_TRUE(probe.setModel(doc->runnableNetwork(), doc->prepared().pipeline, 256,
                             w.controller()->snapshot()->params));
  const auto out = probe.outputs(stroke);
  ASSERT_TRUE(out.has_value());
  EXPECT_NEAR(p[1], (*out)[0], 1e-6);
}

TEST_F(ImageProjectTest, aDrawnPictureJoinsTheDataAndIsSavedWithTheProject) {
  QTemporaryDir dir;
  MainWindow w(&languages);
  ASSERT_TRUE(openBars(w, dir));
  Project* doc = w.project();
  ASSERT_TRUE(doc->canDraw());
  ImagesView* images = w.imagesView();
  images->tabs()->setCurrentIndex(1);
  DrawingPad* pad = images->pad();
  ASSERT_EQ(pad->mode(), DrawingPad::Mode::Add);
  // A vertical bar into the class "vertical", drawn with the mouse and added with the button.
  const auto& names = doc->rawData().classNames;
  const int vertical = static_cast<int>(std::find(names.begin(), names.end(), "vertical") - names.begin());
  ASSERT_LT(vertical, 2);
  pad->classBox()->setCurrentIndex(vertical);
  padstroke::drag(*pad->canvas(), {{2, 8}, {8, 8}, {13, 8}});
  const std::vector<double> drawn = pad->pixels();
  QTest::mouseClick(pad->addButton(), Qt::LeftButton);
  ASSERT_EQ(doc->rawData().samples(), 201);
  EXPECT_EQ(doc->rawData().labels(200), vertical);
  for (int k = 0; k < 256; ++k)
    ASSERT_EQ(doc->rawData().features(200, k), drawn[static_cast<std::size_t>(k)]);
  EXPECT_EQ(images->gallery()->shownCount(), 201) << "the gallery shows it at once";
  EXPECT_TRUE(pad->pixels() == std::vector<double>(256, 0.0)) << "the pad is ready for the next";
  // One undo step.
  w.undoAction()->trigger();
  EXPECT_EQ(doc->rawData().samples(), 200);
  w.redoAction()->trigger();
  ASSERT_EQ(doc->rawData().samples(), 201);
  // The generator drawing its pictures again keeps it.
  neurona::DatasetSource more = doc->data().source;
  more.seed = 9;
  ASSERT_TRUE(doc->generateData(more).ok());
  EXPECT_EQ(doc->rawData().samples(), 201);
  // Saved and opened again: the drawing is part of the data.
  const QString saved = dir.filePath(QStringLiteral("drawn.neurona"));
  ASSERT_TRUE(w.files()->saveTo(saved));
  MainWindow again(&languages);
  ASSERT_TRUE(again.files()->openProject(saved));
  ASSERT_EQ(again.project()->rawData().samples(), 201);
  EXPECT_EQ(again.project()->rawData().labels(200), vertical);
  EXPECT_EQ(again.project()->data().source.drawn.size(), 1u);
  // A picture of the wrong size is refused, and nothing changes.
  EXPECT_FALSE(doc->addDrawnSample(0, std::vector<double>(10, 0.5)));
  EXPECT_EQ(doc->rawData().samples(), 201);
}

// Without a mouse: Tab to the pad, Space puts the pen down, the arrow keys draw, Space lifts it, Enter adds
// the picture. The window's own Space (play) and → (one epoch) wait while the pad has the focus.
TEST_F(ImageProjectTest, theKeyboardAloneDrawsAPictureAndAddsIt) {
  QTemporaryDir dir;
  MainWindow w(&languages);
  ASSERT_TRUE(openBars(w, dir));
  w.activateWindow();
  Project* doc = w.project();
  ImagesView* images = w.imagesView();
  images->tabs()->setCurrentIndex(1);
  DrawingPad* pad = images->pad();
  PadCanvas* canvas = pad->canvas();
  canvas->setFocus();
  ASSERT_TRUE(waitFor([&] { return canvas->hasFocus(); }));
  ASSERT_EQ(canvas->penPixel(), QPoint(8, 8)) << "the pen starts in the middle";

  QTest::keyClick(canvas, Qt::Key_Right); // pen up: moves without ink
  EXPECT_TRUE(canvas->isBlank());
  QTest::keyClick(canvas, Qt::Key_Space);
  EXPECT_TRUE(canvas->penDown());
  for (int i = 0; i < 4; ++i) QTest::keyClick(canvas, Qt::Key_Down);
  QTest::keyClick(canvas, Qt::Key_Space);
  EXPECT_FALSE(canvas->penDown());
  QTest::keyClick(canvas, Qt::Key_Left);
  QTest::keyClick(canvas, Qt::Key_Left);
  const std::vector<double> drawn = pad->pixels();
  const auto at = [&](int row, int col) { return drawn[static_cast<std::size_t>(row * 16 + col)]; };
  for (int row = 8; row <= 12; ++row) EXPECT_GT(at(row, 9), 0.5) << "row " << row << " of column 9";
  EXPECT_EQ(at(10, 7), 0.0) << "the pen moved up, so column 7 stays blank";
  EXPECT_EQ(at(3, 9), 0.0);
  EXPECT_EQ(canvas->penPixel(), QPoint(7, 12));

  // The keys drew; none of them trained.
  QApplication::processEvents();
  EXPECT_EQ(doc->trainedEpoch(), 0);
  EXPECT_FALSE(w.controller()->isRunning());

  const auto samples = doc->rawData().samples();
  QTest::keyClick(canvas, Qt::Key_Return);
  ASSERT_EQ(doc->rawData().samples(), samples + 1);
  for (int k = 0; k < 256; ++k)
    ASSERT_EQ(doc->rawData().features(samples, k), drawn[static_cast<std::size_t>(k)]);
  EXPECT_TRUE(canvas->isBlank());
}

} // namespace imageproject
