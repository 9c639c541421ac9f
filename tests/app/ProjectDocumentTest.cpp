#include "document/ProjectDocument.h"
#include "document/ChangeLayerCommand.h"
#include "document/NetworkTemplates.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using neurona::ActivationKind;
using neurona::LayerId;
using neurona::LayerSpec;
using neurona::LayerType;

namespace {

LayerSpec dense(int units, ActivationKind act = ActivationKind::Relu) {
  LayerSpec l;
  l.units = units;
  l.activation = act;
  return l;
}

std::vector<int> unitsOf(const ProjectDocument& doc) {
  std::vector<int> out;
  for (const LayerSpec& l : doc.network().layers) out.push_back(l.units);
  return out;
}

std::vector<LayerId> idsOf(const ProjectDocument& doc) {
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

} // namespace

TEST(ProjectDocument, insertUndoRedoKeepsTheSameLayerId) {
  ProjectDocument doc;
  QSignalSpy changed(&doc, &ProjectDocument::networkChanged);
  const LayerId a = doc.appendLayer(dense(1, ActivationKind::Sigmoid));
  const LayerId b = doc.insertLayer(0, dense(4));
  EXPECT_EQ(idsOf(doc), (std::vector<LayerId>{b, a}));
  EXPECT_EQ(changed.count(), 2);
  EXPECT_LT(doc.position(b).x(), doc.position(a).x());
  EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Add Dense layer"));

  doc.undoStack()->undo();
  EXPECT_EQ(idsOf(doc), (std::vector<LayerId>{a}));
  doc.undoStack()->redo();
  EXPECT_EQ(idsOf(doc), (std::vector<LayerId>{b, a}));
  EXPECT_EQ(doc.layer(b)->units, 4);
}

TEST(ProjectDocument, consecutiveChangesOfOnePropertyMergeIntoOneUndoStep) {
  ProjectDocument doc;
  doc.resetNetwork(NetworkTemplates::build(NetworkTemplate::Tutorial, 2));
  const LayerId second = doc.network().layers[1].id;
  ASSERT_EQ(doc.layerName(second), QStringLiteral("Dense 2"));

  for (int u : {9, 10, 11}) EXPECT_TRUE(doc.setLayerProperty(second, LayerProperty::Units, u));
  EXPECT_EQ(doc.undoStack()->count(), 1);
  EXPECT_EQ(doc.undoStack()->undoText(), QStringLiteral("Change units of Dense 2"));
  EXPECT_EQ(doc.layer(second)->units, 11);

  // Another property, or another layer, starts a new step.
  doc.setLayerProperty(second, LayerProperty::Activation, static_cast<int>(ActivationKind::Tanh));
  doc.setLayerProperty(doc.network().layers[0].id, LayerProperty::Units, 5);
  EXPECT_EQ(doc.undoStack()->count(), 3);

  doc.undoStack()->undo();
  doc.undoStack()->undo();
  doc.undoStack()->undo();
  EXPECT_EQ(unitsOf(doc), (std::vector<int>{4, 8, 1}));
  EXPECT_EQ(doc.layer(second)->activation, ActivationKind::Relu);
}

TEST(ProjectDocument, steppingBackToTheStartLeavesNothingToUndo) {
  ProjectDocument doc;
  doc.resetNetwork(NetworkTemplates::build(NetworkTemplate::Xor, 2));
  const LayerId hidden = doc.network().layers[0].id;
  doc.setLayerProperty(hidden, LayerProperty::Units, 5);
  doc.setLayerProperty(hidden, LayerProperty::Units, 4);
  EXPECT_EQ(doc.undoStack()->count(), 0);
  EXPECT_FALSE(doc.setLayerProperty(hidden, LayerProperty::Units, 4)); // no change, no step
}

TEST(ProjectDocument, removingSeveralLayersAndUndoRestoresOrderAndIds) {
  ProjectDocument doc;
  doc.resetNetwork(NetworkTemplates::build(NetworkTemplate::DeepSpiral, 2));
  const auto before = doc.network();
  const auto ids = idsOf(doc);
  ASSERT_TRUE(doc.removeLayers({ids[2], ids[0]}));
  EXPECT_EQ(idsOf(doc), (std::vector<LayerId>{ids[1], ids[3]}));
  doc.undoStack()->undo();
  EXPECT_EQ(doc.network().layers, before.layers);
  EXPECT_FALSE(doc.removeLayers({9999}));
}

TEST(ProjectDocument, moveReordersAndUndoMovesBack) {
  ProjectDocument doc;
  doc.resetNetwork(NetworkTemplates::build(NetworkTemplate::Tutorial, 2));
  const auto ids = idsOf(doc);
  ASSERT_TRUE(doc.moveLayer(ids[0], 1));
  EXPECT_EQ(idsOf(doc), (std::vector<LayerId>{ids[1], ids[0], ids[2]}));
  EXPECT_LT(doc.position(ids[1]).x(), doc.position(ids[0]).x());
  EXPECT_FALSE(doc.moveLayer(ids[0], 1)); // already there
  doc.undoStack()->undo();
  EXPECT_EQ(idsOf(doc), ids);
}

TEST(ProjectDocument, duplicatePutsACopyRightAfterTheOriginal) {
  ProjectDocument doc;
  doc.resetNetwork(NetworkTemplates::build(NetworkTemplate::Tutorial, 2));
  const auto ids = idsOf(doc);
  const auto copies = doc.duplicateLayers({ids[1]});
  ASSERT_EQ(copies.size(), 1);
  EXPECT_EQ(unitsOf(doc), (std::vector<int>{4, 8, 8, 1}));
  EXPECT_EQ(doc.indexOf(copies.front()), 2);
  EXPECT_NE(copies.front(), ids[1]);
  EXPECT_EQ(doc.undoStack()->count(), 1);
  doc.undoStack()->undo();
  EXPECT_EQ(idsOf(doc), ids);
}

TEST(ProjectDocument, templatesAreOneUndoStepWithTheExpectedParameterCounts) {
  ProjectDocument doc;
  doc.setClasses(3);
  struct Case {
    NetworkTemplate t;
    std::vector<int> units;
  };
  for (const Case& c :
       {Case{NetworkTemplate::Tutorial, {4, 8, 1}}, Case{NetworkTemplate::LogisticRegression, {1}},
        Case{NetworkTemplate::Xor, {4, 1}}, Case{NetworkTemplate::DeepSpiral, {16, 16, 16, 1}},
        Case{NetworkTemplate::Softmax, {8, 3}}}) {
    const int steps = doc.undoStack()->count();
    NetworkTemplates::apply(doc, c.t);
    EXPECT_EQ(doc.undoStack()->count(), steps + 1);
    EXPECT_EQ(unitsOf(doc), c.units);
    EXPECT_EQ(doc.summary().totalParams, denseParams(2, c.units));
  }
  EXPECT_EQ(doc.summary().totalParams, 2 * 8 + 8 + 8 * 3 + 3);
  EXPECT_EQ(doc.network().layers.back().activation, ActivationKind::Softmax);
  doc.undoStack()->undo();
  EXPECT_EQ(unitsOf(doc), (std::vector<int>{16, 16, 16, 1}));
}

TEST(ProjectDocument, idsStayUniqueAcrossTemplatesAndUndo) {
  ProjectDocument doc;
  doc.resetNetwork(NetworkTemplates::build(NetworkTemplate::Tutorial, 2));
  const auto first = idsOf(doc);
  NetworkTemplates::apply(doc, NetworkTemplate::Xor);
  for (LayerId id : idsOf(doc)) EXPECT_EQ(std::count(first.begin(), first.end(), id), 0);
  doc.undoStack()->undo();
  const LayerId added = doc.appendLayer(dense(2));
  for (LayerId id : first) EXPECT_NE(id, added);
}

TEST(ProjectDocument, contextChangesRevalidate) {
  ProjectDocument doc;
  doc.resetNetwork(NetworkTemplates::build(NetworkTemplate::Tutorial, 2));
  EXPECT_TRUE(doc.canTrain());
  QSignalSpy diag(&doc, &ProjectDocument::diagnosticsChanged);
  QSignalSpy ctx(&doc, &ProjectDocument::contextChanged);
  doc.setTask(neurona::TaskKind::MulticlassClassification);
  doc.setClasses(3);
  EXPECT_EQ(ctx.count(), 2);
  EXPECT_GE(diag.count(), 2);
  EXPECT_FALSE(doc.canTrain());
  doc.setInputs(5);
  EXPECT_EQ(doc.summary().layers.front().inputs, 5);
  EXPECT_EQ(doc.summary().layers.front().params, 5 * 4 + 4);
}
