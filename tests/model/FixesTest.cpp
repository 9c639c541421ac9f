// One-click fixes: each changes the real project (network and training settings) as one undo step, and
// after every offered fix the project trains.
#include "support/CoreApp.h"
#include "support/ProjectFixtures.h"

#include "model/Fixes.h"
#include "model/NetworkTemplates.h"
#include "model/Project.h"

#include <QUndoStack>

#include <gtest/gtest.h>

using neurona::ActivationKind;
using neurona::Diagnostic;
using neurona::DiagnosticCode;
using neurona::LayerSpec;
using neurona::LossKind;
using projecttest::loadData;
using projecttest::loadNetwork;

namespace {

const Diagnostic* find(const Project& doc, DiagnosticCode code) {
  for (const Diagnostic& d : doc.diagnostics())
    if (d.code == code) return &d;
  return nullptr;
}

// Applies the first offered fix until none is left; the number of fixes applied.
int applyEveryFix(Project& doc) {
  int applied = 0;
  for (int guard = 0; guard < 10; ++guard) {
    std::optional<Fix> fix;
    for (const Diagnostic& d : doc.diagnostics())
      if ((fix = Fixes::forDiagnostic(d, doc))) break;
    if (!fix) break;
    EXPECT_TRUE(doc.applyFix(*fix)) << Fixes::label(*fix, doc).toStdString();
    ++applied;
  }
  return applied;
}

class FixesTest : public ::testing::Test {
protected:
  void SetUp() override { coreApp(); }
};

} // namespace

TEST_F(FixesTest, threeClassesAreFixedInOneClickThatSetsTheOutputAndTheLossTrainingUses) {
  Project doc;
  loadData(doc, "blobs", 3);
  ASSERT_EQ(doc.settings().loss, LossKind::Bce); // the tutorial's loss: it needs one sigmoid output
  const Diagnostic* d = find(doc, DiagnosticCode::OutputSizeMismatch);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->expected, 3);
  const auto fix = Fixes::forDiagnostic(*d, doc);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(Fixes::label(*fix, doc), QStringLiteral("Set output to 3 units with softmax and the categorical "
                                                    "cross-entropy loss"));

  const int steps = doc.undoStack()->count();
  ASSERT_TRUE(doc.applyFix(*fix));
  EXPECT_EQ(doc.undoStack()->count(), steps + 1) << "one click, one undo step";
  EXPECT_TRUE(doc.diagnostics().empty());
  EXPECT_TRUE(doc.canTrain());
  const LayerSpec& out = doc.network().layers.back();
  EXPECT_EQ(out.units, 3);
  EXPECT_EQ(out.activation, ActivationKind::Softmax);
  EXPECT_EQ(doc.settings().loss, LossKind::Cce) << "the loss that training uses";
  EXPECT_EQ(doc.undoStack()->undoText(), Fixes::label(*fix, doc));
  doc.undo();
  EXPECT_FALSE(doc.canTrain());
  EXPECT_EQ(doc.settings().loss, LossKind::Bce);
}

TEST_F(FixesTest, everyOfferedFixLeavesAProjectThatTrainsForEveryGeneratorAndTemplate) {
  for (const char* generator : {"blobs", "xor", "circles", "spiral", "plane", "gaussian-quantiles"}) {
    for (NetworkTemplate t : NetworkTemplates::all()) {
      Project doc;
      loadData(doc, generator, std::string(generator) == "blobs" ? 4 : 0);
      loadNetwork(doc, NetworkTemplates::build(t, 2));
      applyEveryFix(doc);
      EXPECT_FALSE(neurona::hasErrors(doc.diagnostics())) << generator << " " << static_cast<int>(t);
    }
  }
}

TEST_F(FixesTest, everyDiagnosticHasAFixThatResolvesItsCase) {
  Project doc;
  loadNetwork(doc, NetworkTemplates::build(NetworkTemplate::Xor, 2));
  // Dropout after the output, softmax in a hidden layer, zero units.
  LayerSpec drop;
  drop.type = neurona::LayerType::Dropout;
  doc.appendLayer(drop);
  const auto hidden = doc.network().layers[0].id;
  doc.setLayerProperty(hidden, LayerProperty::Activation, static_cast<int>(ActivationKind::Softmax));
  doc.setLayerProperty(hidden, LayerProperty::Units, 0);
  for (DiagnosticCode code :
       {DiagnosticCode::DropoutOnOutput, DiagnosticCode::SoftmaxNotLast, DiagnosticCode::ZeroUnits}) {
    const Diagnostic* d = find(doc, code);
    ASSERT_NE(d, nullptr) << static_cast<int>(code);
    const auto fix = Fixes::forDiagnostic(*d, doc);
    ASSERT_TRUE(fix.has_value());
    ASSERT_TRUE(doc.applyFix(*fix));
    EXPECT_EQ(find(doc, code), nullptr) << Fixes::label(*fix, doc).toStdString();
  }
  EXPECT_TRUE(doc.canTrain());
}

TEST_F(FixesTest, regressionFixesSetALinearOutputAndTheMseLoss) {
  Project doc;
  loadData(doc, "plane");
  loadNetwork(doc, NetworkTemplates::build(NetworkTemplate::Xor, 2));
  const Diagnostic* act = find(doc, DiagnosticCode::OutputActivationMismatch);
  ASSERT_NE(act, nullptr);
  const auto fix = Fixes::forDiagnostic(*act, doc);
  ASSERT_TRUE(fix.has_value());
  ASSERT_TRUE(doc.applyFix(*fix));
  EXPECT_EQ(doc.network().layers.back().activation, ActivationKind::Linear);
  EXPECT_EQ(doc.settings().loss, LossKind::Mse);
  EXPECT_TRUE(doc.canTrain());
}

TEST_F(FixesTest, theLossFixAloneChangesTheLossTrainingUses) {
  Project doc;
  loadData(doc, "plane");
  loadNetwork(doc, neurona::NetworkSpec::denseStack({4}, 1, ActivationKind::Tanh, ActivationKind::Linear));
  const Diagnostic* d = find(doc, DiagnosticCode::LossTaskMismatch);
  ASSERT_NE(d, nullptr);
  const auto fix = Fixes::forDiagnostic(*d, doc);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(Fixes::label(*fix, doc), QStringLiteral("Use the mean squared error loss"));
  ASSERT_TRUE(doc.applyFix(*fix));
  EXPECT_EQ(doc.settings().loss, LossKind::Mse);
  EXPECT_TRUE(doc.canTrain());
}

TEST_F(FixesTest, noHiddenLayerIsAWarningWithAnAddLayerFix) {
  Project doc;
  loadData(doc, "xor");
  loadNetwork(doc, NetworkTemplates::build(NetworkTemplate::LogisticRegression, 2));
  const Diagnostic* d = find(doc, DiagnosticCode::NoHiddenLayer);
  ASSERT_NE(d, nullptr);
  EXPECT_TRUE(doc.canTrain()); // a warning does not block training
  ASSERT_TRUE(doc.applyFix(*Fixes::forDiagnostic(*d, doc)));
  ASSERT_EQ(doc.layerCount(), 2);
  EXPECT_EQ(doc.network().layers.back().activation, ActivationKind::Sigmoid); // hidden went before the output
  EXPECT_TRUE(doc.diagnostics().empty());
}

TEST_F(FixesTest, aFixTouchingWhatALessonLocksIsRefused) {
  Project doc;
  ASSERT_TRUE(doc.openLesson(LessonLibrary::bundled().at(0)).ok()); // locks data and loss
  Fix useMae;
  useMae.kind = FixKind::UseLoss;
  useMae.loss = LossKind::Mae;
  const int steps = doc.undoStack()->count();
  EXPECT_FALSE(doc.applyFix(useMae));
  EXPECT_EQ(doc.undoStack()->count(), steps);
  EXPECT_NE(doc.settings().loss, LossKind::Mae);
}
