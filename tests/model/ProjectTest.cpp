// The project document: edits as undo steps, fine-grained signals, settings by key, training progress as
// an undo step, and edits that clear training and give it back on undo.
#include "support/CoreApp.h"
#include "support/ProjectFixtures.h"

#include "model/NetworkTemplates.h"
#include "model/Project.h"

#include <QSignalSpy>
#include <QUndoStack>

#include <gtest/gtest.h>

using neurona::ActivationKind;
using neurona::LayerId;
using neurona::LayerSpec;
using neurona::LayerType;
using projecttest::loadData;
using projecttest::loadNetwork;

namespace {

LayerSpec dense(int units, ActivationKind act = ActivationKind::Relu) {
  LayerSpec l;
  l.units = units;
  l.activation = act;
  return l;
}

std::vector<int> unitsOf(const Project& doc) {
  std::vector<int> out;
  for (const LayerSpec& l : doc.network().layers) out.push_back(l.units);
  return out;
}

std::vector<LayerId> idsOf(const Project& doc) {
  std::vector<LayerId> out;
  for (const LayerSpec& l : doc.network().layers) out.push_back(l.id);
  return out;
}

// Parameters of a dense stack counted by hand: each layer has inputs × units weights and units biases.
std::int64_t denseParams(int inputs, const std::vector<int>& units) {
  std::int64_t total = 0;
  for (int u : units) {
    total += static_cast<std::int64_t>(inputs) * u + u;
    inputs = u;
  }
  return total;
}

// Values for every layer of the project's network, as a run would hand them over.
std::shared_ptr<const neurona::ModelParams> fakeValues(const Project& doc, double w) {
  auto params = std::make_shared<neurona::ModelParams>();
  for (const LayerSpec& l : doc.network().layers) {
    neurona::LayerParams p;
    p.id = l.id;
    p.weights = neurona::MatrixD::Constant(1, 1, w);
    params->push_back(p);
  }
  return params;
}

std::vector<neurona::EpochRecord> records(int from, int to) {
  std::vector<neurona::EpochRecord> out;
  for (int e = from; e <= to; ++e) {
    neurona::EpochRecord r;
    r.epoch = e;
    r.loss = 1.0 / e;
    out.push_back(r);
  }
  return out;
}

class ProjectTest : public ::testing::Test {
protected:
  void SetUp() override { coreApp(); }
};

} // namespace

TEST_F(ProjectTest, aNewProjectIsTheTutorialNetworkUntitledAndClean) {
  Project doc;
  EXPECT_EQ(unitsOf(doc), (std::vector<int>{4, 8, 1}));
  EXPECT_TRUE(doc.path().isEmpty());
  EXPECT_EQ(doc.displayName(), QStringLiteral("Untitled"));
  EXPECT_FALSE(doc.isModified());
  EXPECT_GT(doc.rawData().samples(), 0);
  EXPECT_TRUE(doc.canTrain());
}

TEST_F(ProjectTest, insertUndoRedoKeepsTheSameLayerIdAndSignalsOnlyThatLayer) {
  Project doc;
  loadNetwork(doc, {});
  QSignalSpy inserted(&doc, &Project::layerInserted);
  QSignalSpy removed(&doc, &Project::layerRemoved);
  QSignalSpy changed(&doc, &Project::networkChanged);
  const LayerId a = doc.appendLayer(dense(1, ActivationKind::Sigmoid));
  const LayerId b = doc.insertLayer(0, dense(4));
  EXPECT_EQ(idsOf(doc), (std::vector<LayerId>{b, a}));
  ASSERT_EQ(inserted.count(), 2);
  EXPECT_EQ(inserted.at(1).at(0).value<LayerId>(), b);
  EXPECT_EQ(changed.count(), 2);
  EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Add Dense layer"));
  EXPECT_TRUE(doc.isModified());

  doc.undo();
  EXPECT_EQ(idsOf(doc), (std::vector<LayerId>{a}));
  ASSERT_EQ(removed.count(), 1);
  EXPECT_EQ(removed.at(0).at(0).value<LayerId>(), b);
  doc.redo();
  EXPECT_EQ(idsOf(doc), (std::vector<LayerId>{b, a}));
  EXPECT_EQ(doc.layer(b)->units, 4);
}

TEST_F(ProjectTest, aPropertyChangeSignalsOnlyItsLayerAndMergesIntoOneUndoStep) {
  Project doc;
  const LayerId second = doc.network().layers[1].id;
  ASSERT_EQ(doc.layerName(second), QStringLiteral("Dense 2"));
  QSignalSpy layerChanged(&doc, &Project::layerChanged);
  QSignalSpy inserted(&doc, &Project::layerInserted);
  QSignalSpy reordered(&doc, &Project::layersReordered);

  for (int u : {9, 10, 11}) EXPECT_TRUE(doc.setLayerProperty(second, LayerProperty::Units, u));
  EXPECT_EQ(doc.undoStack()->count(), 1);
  EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Change units of Dense 2"));
  EXPECT_EQ(doc.layer(second)->units, 11);
  ASSERT_EQ(layerChanged.count(), 3);
  for (const auto& args : layerChanged) EXPECT_EQ(args.at(0).value<LayerId>(), second);
  EXPECT_EQ(inserted.count(), 0);
  EXPECT_EQ(reordered.count(), 0);

  // Another property, or another layer, starts a new step.
  doc.setLayerProperty(second, LayerProperty::Activation, static_cast<int>(ActivationKind::Tanh));
  doc.setLayerProperty(doc.network().layers[0].id, LayerProperty::Units, 5);
  EXPECT_EQ(doc.undoStack()->count(), 3);
  doc.undo();
  doc.undo();
  doc.undo();
  EXPECT_EQ(unitsOf(doc), (std::vector<int>{4, 8, 1}));
  EXPECT_EQ(doc.layer(second)->activation, ActivationKind::Relu);
  EXPECT_FALSE(doc.isModified());
}

TEST_F(ProjectTest, steppingBackToTheStartLeavesNothingToUndo) {
  Project doc;
  loadNetwork(doc, NetworkTemplates::build(NetworkTemplate::Xor, 2));
  const LayerId hidden = doc.network().layers[0].id;
  doc.setLayerProperty(hidden, LayerProperty::Units, 5);
  doc.setLayerProperty(hidden, LayerProperty::Units, 4);
  EXPECT_EQ(doc.undoStack()->count(), 0);
  EXPECT_FALSE(doc.setLayerProperty(hidden, LayerProperty::Units, 4)); // no change, no step
}

TEST_F(ProjectTest, removingSeveralLayersAndUndoRestoresOrderAndIds) {
  Project doc;
  loadNetwork(doc, NetworkTemplates::build(NetworkTemplate::DeepSpiral, 2));
  const auto before = doc.network();
  const auto ids = idsOf(doc);
  ASSERT_TRUE(doc.removeLayers({ids[2], ids[0]}));
  EXPECT_EQ(idsOf(doc), (std::vector<LayerId>{ids[1], ids[3]}));
  EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Remove 2 layers"));
  doc.undo();
  EXPECT_EQ(doc.network().layers, before.layers);
  EXPECT_FALSE(doc.removeLayers({9999}));
}

TEST_F(ProjectTest, moveReordersWithOneSignalAndUndoMovesBack) {
  Project doc;
  const auto ids = idsOf(doc);
  QSignalSpy reordered(&doc, &Project::layersReordered);
  QSignalSpy changed(&doc, &Project::layerChanged);
  ASSERT_TRUE(doc.moveLayer(ids[0], 1));
  EXPECT_EQ(idsOf(doc), (std::vector<LayerId>{ids[1], ids[0], ids[2]}));
  EXPECT_EQ(reordered.count(), 1);
  EXPECT_EQ(changed.count(), 0);
  EXPECT_FALSE(doc.moveLayer(ids[0], 1)); // already there
  doc.undo();
  EXPECT_EQ(idsOf(doc), ids);
}

TEST_F(ProjectTest, duplicatePutsACopyRightAfterTheOriginal) {
  Project doc;
  const auto ids = idsOf(doc);
  const auto copies = doc.duplicateLayers({ids[1]});
  ASSERT_EQ(copies.size(), 1);
  EXPECT_EQ(unitsOf(doc), (std::vector<int>{4, 8, 8, 1}));
  EXPECT_EQ(doc.indexOf(copies.front()), 2);
  EXPECT_NE(copies.front(), ids[1]);
  EXPECT_EQ(doc.undoStack()->count(), 1);
  doc.undo();
  EXPECT_EQ(idsOf(doc), ids);
}

TEST_F(ProjectTest, templatesAreOneUndoStepWithTheExpectedParameterCounts) {
  Project doc;
  loadData(doc, "blobs", 3);
  ASSERT_EQ(doc.validationContext().classes, 3);
  struct Case {
    NetworkTemplate t;
    std::vector<int> units;
  };
  for (const Case& c :
       {Case{NetworkTemplate::Tutorial, {4, 8, 1}}, Case{NetworkTemplate::LogisticRegression, {1}},
        Case{NetworkTemplate::Xor, {4, 1}}, Case{NetworkTemplate::DeepSpiral, {16, 16, 16, 1}},
        Case{NetworkTemplate::Softmax, {8, 3}}}) {
    const int steps = doc.undoStack()->count();
    EXPECT_TRUE(NetworkTemplates::apply(doc, c.t));
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
    EXPECT_EQ(unitsOf(doc), c.units);
    EXPECT_EQ(doc.summary().totalParams, denseParams(2, c.units));
  }
  EXPECT_EQ(doc.network().layers.back().activation, ActivationKind::Softmax);
  doc.undo();
  EXPECT_EQ(unitsOf(doc), (std::vector<int>{16, 16, 16, 1}));
}

TEST_F(ProjectTest, idsStayUniqueAcrossTemplatesAndUndo) {
  Project doc;
  const auto first = idsOf(doc);
  NetworkTemplates::apply(doc, NetworkTemplate::Xor);
  for (LayerId id : idsOf(doc)) EXPECT_EQ(std::count(first.begin(), first.end(), id), 0);
  doc.undo();
  const LayerId added = doc.appendLayer(dense(2));
  for (LayerId id : first) EXPECT_NE(id, added);
}

TEST_F(ProjectTest, theValidationContextFollowsTheDataTheTransformsAndTheLoss) {
  Project doc;
  EXPECT_TRUE(doc.canTrain());
  QSignalSpy diag(&doc, &Project::diagnosticsChanged);
  QSignalSpy ctx(&doc, &Project::contextChanged);
  ASSERT_TRUE(doc.generateData([] {
                   neurona::DatasetSource s;
                   s.generator = "blobs";
                   s.classes = 3;
                   return s;
                 }())
                  .ok());
  EXPECT_EQ(doc.validationContext().task, neurona::TaskKind::MulticlassClassification);
  EXPECT_EQ(doc.validationContext().classes, 3);
  EXPECT_GE(ctx.count(), 1);
  EXPECT_GE(diag.count(), 1);
  EXPECT_FALSE(doc.canTrain());

  Preparation prep = doc.preparation();
  prep.transforms = {neurona::FeatureTransform::X1Squared, neurona::FeatureTransform::SinX1,
                     neurona::FeatureTransform::SinX2};
  ASSERT_TRUE(doc.setPreparation(prep));
  EXPECT_EQ(doc.networkInputs(), 5);
  EXPECT_EQ(doc.summary().layers.front().inputs, 5);
  EXPECT_EQ(doc.summary().layers.front().params, 5 * 4 + 4);

  ASSERT_TRUE(doc.setSetting(SettingKey::Loss, static_cast<int>(neurona::LossKind::Cce)));
  EXPECT_EQ(doc.validationContext().loss, neurona::LossKind::Cce);
  EXPECT_EQ(doc.settings().loss, neurona::LossKind::Cce) << "the loss training uses, not a copy";
}

TEST_F(ProjectTest, eachSettingIsOneKeyAndConsecutiveChangesMerge) {
  Project doc;
  QSignalSpy setting(&doc, &Project::settingChanged);
  for (double lr : {0.02, 0.03, 0.04}) EXPECT_TRUE(doc.setSetting(SettingKey::LearningRate, lr));
  EXPECT_EQ(doc.undoStack()->count(), 1);
  EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Change learning rate"));
  ASSERT_EQ(setting.count(), 3);
  for (const auto& args : setting) EXPECT_EQ(args.at(0).value<SettingKey>(), SettingKey::LearningRate);
  EXPECT_DOUBLE_EQ(doc.settings().optimizer.learningRate, 0.04);
  EXPECT_FALSE(doc.setSetting(SettingKey::LearningRate, 0.04)); // unchanged: no step

  // A new optimizer takes PyTorch's defaults for it but keeps the learning rate.
  ASSERT_TRUE(doc.setSetting(SettingKey::Optimizer, QStringLiteral("adamw")));
  EXPECT_EQ(doc.settings().optimizer.name, "adamw");
  EXPECT_DOUBLE_EQ(doc.settings().optimizer.weightDecay, 0.01);
  EXPECT_DOUBLE_EQ(doc.settings().optimizer.learningRate, 0.04);
  doc.undo();
  doc.undo();
  EXPECT_EQ(doc.settings(), neurona::defaultProject().training);
}

TEST_F(ProjectTest, trainingProgressBecomesOneUndoStepAtTheCommitPoint) {
  Project doc;
  QSignalSpy appended(&doc, &Project::trainingAppended);
  QSignalSpy replaced(&doc, &Project::trainingReplaced);
  doc.appendTraining(records(1, 3), fakeValues(doc, 0.5), 3);
  doc.appendTraining(records(4, 5), fakeValues(doc, 0.6), 5);
  EXPECT_EQ(appended.count(), 2);
  EXPECT_EQ(appended.at(1).at(0).toInt(), 3);
  EXPECT_EQ(doc.history().size(), 5u);
  EXPECT_EQ(doc.trainedEpoch(), 5);
  EXPECT_TRUE(doc.isTrained());
  EXPECT_TRUE(doc.isModified()) << "a run in progress is unsaved work";
  EXPECT_EQ(doc.undoStack()->count(), 0);

  doc.commitTraining();
  EXPECT_EQ(doc.undoStack()->count(), 1);
  EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Train to epoch 5"));
  EXPECT_EQ(replaced.count(), 0) << "committing a run must not disturb it";
  // A run that goes on after a pause continues the same step.
  doc.appendTraining(records(6, 8), fakeValues(doc, 0.7), 8);
  doc.commitTraining();
  EXPECT_EQ(doc.undoStack()->count(), 1);
  EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Train to epoch 8"));

  doc.undo();
  EXPECT_FALSE(doc.isTrained());
  EXPECT_TRUE(doc.history().empty());
  EXPECT_EQ(doc.trainedEpoch(), 0);
  EXPECT_FALSE(doc.isModified());
  doc.redo();
  EXPECT_EQ(doc.history().size(), 8u);
  EXPECT_EQ(doc.history().back().epoch, 8);
  EXPECT_DOUBLE_EQ((*doc.training().params)[0].weights(0, 0), 0.7);
}

TEST_F(ProjectTest, anEditThatInvalidatesTrainingClearsItInTheSameStepAndUndoBringsItBack) {
  Project doc;
  doc.appendTraining(records(1, 40), fakeValues(doc, 0.5), 40);
  QSignalSpy cleared(&doc, &Project::trainingCleared);
  const LayerId first = doc.network().layers[0].id;
  ASSERT_TRUE(doc.setLayerProperty(first, LayerProperty::Units, 6));
  EXPECT_EQ(cleared.count(), 1);
  EXPECT_FALSE(doc.isTrained());
  EXPECT_TRUE(doc.history().empty());
  // The run became its own step first, then the edit.
  EXPECT_EQ(doc.undoStack()->count(), 2);

  doc.undo(); // the edit: back to 4 units, and the trained network with them
  EXPECT_EQ(doc.layer(first)->units, 4);
  EXPECT_TRUE(doc.isTrained());
  EXPECT_EQ(doc.trainedEpoch(), 40);
  EXPECT_EQ(doc.history().size(), 40u);
  EXPECT_TRUE(doc.trainedValuesFit());
  doc.redo();
  EXPECT_FALSE(doc.isTrained());

  // A live setting (the learning rate) keeps what was trained.
  doc.undo();
  ASSERT_TRUE(doc.setSetting(SettingKey::LearningRate, 0.5));
  EXPECT_TRUE(doc.isTrained());
  // Another optimizer does not.
  ASSERT_TRUE(doc.setSetting(SettingKey::Optimizer, QStringLiteral("sgd")));
  EXPECT_FALSE(doc.isTrained());
}

TEST_F(ProjectTest, resetTrainingIsAnUndoStep) {
  Project doc;
  EXPECT_FALSE(doc.resetTraining()) << "nothing to reset";
  doc.appendTraining(records(1, 12), fakeValues(doc, 0.5), 12);
  ASSERT_TRUE(doc.resetTraining());
  EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Reset training"));
  EXPECT_EQ(doc.trainedEpoch(), 0);
  EXPECT_TRUE(doc.history().empty());
  doc.undo();
  EXPECT_EQ(doc.trainedEpoch(), 12);
  EXPECT_EQ(doc.history().size(), 12u);
}

TEST_F(ProjectTest, aLessonsLocksRefuseTheEditsTheyName) {
  Project doc;
  ASSERT_FALSE(LessonLibrary::bundled().isEmpty());
  const Lesson& lesson = LessonLibrary::bundled().at(0); // the tutorial: data and loss locked
  QSignalSpy locks(&doc, &Project::locksChanged);
  ASSERT_TRUE(doc.openLesson(lesson).ok());
  EXPECT_GE(locks.count(), 1);
  ASSERT_TRUE(doc.isLocked(Lock::Data));
  ASSERT_TRUE(doc.isLocked(Lock::Loss));
  EXPECT_FALSE(doc.setSetting(SettingKey::Loss, static_cast<int>(neurona::LossKind::Mae)));
  EXPECT_FALSE(doc.setPreparation(Preparation{}));
  EXPECT_FALSE(doc.generateData({}).ok());
  EXPECT_EQ(doc.undoStack()->count(), 0);
  EXPECT_TRUE(doc.setSetting(SettingKey::LearningRate, 0.2)) << "not locked by this lesson";

  doc.closeLesson();
  EXPECT_FALSE(doc.isLocked(Lock::Data));
  EXPECT_TRUE(doc.setSetting(SettingKey::Loss, static_cast<int>(neurona::LossKind::Mae)));
  // Opening another project ends a lesson too.
  ASSERT_TRUE(doc.openLesson(lesson).ok());
  doc.newProject();
  EXPECT_FALSE(doc.lesson().has_value());
  EXPECT_TRUE(doc.locks().isEmpty());
}
