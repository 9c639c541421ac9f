#include "document/DiagnosticAdvice.h"
#include "document/NetworkTemplates.h"
#include "document/ProjectDocument.h"

#include <QLocale>

#include <gtest/gtest.h>

using neurona::ActivationKind;
using neurona::Diagnostic;
using neurona::DiagnosticCode;
using neurona::LayerSpec;
using neurona::TaskKind;

namespace {

const Diagnostic* find(const ProjectDocument& doc, DiagnosticCode code) {
  for (const Diagnostic& d : doc.diagnostics())
    if (d.code == code) return &d;
  return nullptr;
}

} // namespace

TEST(DiagnosticAdvice, wrongOutputSizeForThreeClassesIsFixedInOneClick) {
  ProjectDocument doc;
  doc.resetNetwork(NetworkTemplates::build(NetworkTemplate::Tutorial, 2));
  doc.setTask(TaskKind::MulticlassClassification);
  doc.setClasses(3);
  doc.setLoss(neurona::LossKind::Cce);

  const Diagnostic* d = find(doc, DiagnosticCode::OutputSizeMismatch);
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->expected, 3);
  EXPECT_TRUE(DiagnosticAdvice::describe(*d, doc).contains(QStringLiteral("3 classes")));
  const auto fix = DiagnosticAdvice::fix(*d, doc);
  ASSERT_TRUE(fix.has_value());
  EXPECT_EQ(fix->text, QStringLiteral("Set output to 3 units with softmax"));

  fix->apply(doc);
  EXPECT_TRUE(doc.diagnostics().empty());
  EXPECT_TRUE(doc.canTrain());
  const LayerSpec& out = doc.network().layers.back();
  EXPECT_EQ(out.units, 3);
  EXPECT_EQ(out.activation, ActivationKind::Softmax);
  EXPECT_EQ(doc.undoStack()->undoText(), fix->text);
  doc.undoStack()->undo();
  EXPECT_FALSE(doc.canTrain());
}

TEST(DiagnosticAdvice, everyDiagnosticHasASentenceAndFixesResolveTheirCase) {
  ProjectDocument doc;
  doc.resetNetwork(NetworkTemplates::build(NetworkTemplate::Xor, 2));
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
    EXPECT_FALSE(DiagnosticAdvice::describe(*d, doc).isEmpty());
    EXPECT_FALSE(DiagnosticAdvice::describeLayer(d->layer, doc).isEmpty());
    const auto fix = DiagnosticAdvice::fix(*d, doc);
    ASSERT_TRUE(fix.has_value());
    fix->apply(doc);
    EXPECT_EQ(find(doc, code), nullptr) << fix->text.toStdString();
  }
  EXPECT_TRUE(doc.canTrain());
}

TEST(DiagnosticAdvice, regressionWithACrossEntropyLossOffersMse) {
  ProjectDocument doc;
  doc.resetNetwork(NetworkTemplates::build(NetworkTemplate::Xor, 2));
  doc.setTask(TaskKind::Regression);
  const Diagnostic* act = find(doc, DiagnosticCode::OutputActivationMismatch);
  ASSERT_NE(act, nullptr);
  DiagnosticAdvice::fix(*act, doc)->apply(doc);
  EXPECT_EQ(doc.network().layers.back().activation, ActivationKind::Linear);
  const Diagnostic* loss = find(doc, DiagnosticCode::LossTaskMismatch);
  ASSERT_NE(loss, nullptr);
  DiagnosticAdvice::fix(*loss, doc)->apply(doc);
  EXPECT_EQ(doc.validationContext().loss, neurona::LossKind::Mse);
  EXPECT_TRUE(doc.canTrain());
}

TEST(DiagnosticAdvice, noHiddenLayerIsAWarningWithAnAddLayerFix) {
  ProjectDocument doc;
  doc.resetNetwork(NetworkTemplates::build(NetworkTemplate::LogisticRegression, 2));
  doc.setLinearlySeparable(false);
  const Diagnostic* d = find(doc, DiagnosticCode::NoHiddenLayer);
  ASSERT_NE(d, nullptr);
  EXPECT_TRUE(doc.canTrain()); // a warning does not block training
  DiagnosticAdvice::fix(*d, doc)->apply(doc);
  ASSERT_EQ(doc.layerCount(), 2);
  EXPECT_EQ(doc.network().layers.back().activation, ActivationKind::Sigmoid); // hidden went before the output
  EXPECT_TRUE(doc.diagnostics().empty());
}

TEST(DiagnosticAdvice, aHugeLayerIsRefusedWithTheMemoryItWouldTake) {
  ProjectDocument doc;
  doc.setInputs(2);
  doc.setTask(TaskKind::BinaryClassification);
  doc.resetNetwork(neurona::NetworkSpec::denseStack({100000}, 1, ActivationKind::Relu, ActivationKind::Sigmoid));
  const Diagnostic* d = nullptr;
  for (const Diagnostic& x : doc.diagnostics())
    if (x.code == DiagnosticCode::TooManyUnits) d = &x;
  ASSERT_NE(d, nullptr);
  const QString text = DiagnosticAdvice::describe(*d, doc);
  // 100,000 units over a 16,384-row grid: about 20 GB of activations, so the estimate is in gigabytes.
  EXPECT_TRUE(text.contains(QStringLiteral("100000 neurons; the limit is 4096"))) << text.toStdString();
  EXPECT_TRUE(text.contains(QStringLiteral("GB of memory"))) << text.toStdString();
  const std::int64_t bytes = neurona::estimateMemoryBytes(doc.network(), 2, 128 * 128);
  EXPECT_TRUE(text.contains(QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeSIFormat))) << text.toStdString();
}
