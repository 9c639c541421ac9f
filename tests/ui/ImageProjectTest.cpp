// A project of pictures and a convolutional network in the real MainWindow (issue #21): the network takes
// its input shape from the data as the CLI does, so it opens without problems, Step trains it, and Save
// writes its image layers back (version 2). The canvas does not draw filters yet; it must not fail.
#include "support/WaitFor.h"
#include "support/WindowFixture.h"

#include "model/Project.h"
#include "training/TrainingController.h"
#include "ui/shell/FileActions.h"
#include "ui/shell/MainWindow.h"

#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ProjectFile.h"

#include <QAction>
#include <QFile>
#include <QTemporaryDir>

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

} // namespace imageproject
