#include "ui/problems/DiagnosticText.h"

#include "model/KindNames.h"
#include "model/Project.h"

#include <QLocale>

#include <algorithm>

using neurona::ActivationKind;
using neurona::Diagnostic;
using neurona::DiagnosticCode;
using neurona::LossKind;
using neurona::TaskKind;

QString DiagnosticText::describe(const Diagnostic& d, const Project& project) {
  const QString layer = project.layerName(d.layer);
  const auto& ctx = project.validationContext();
  const auto act = [](std::int64_t v) { return KindNames::activation(static_cast<ActivationKind>(v)); };
  const auto loss = [](std::int64_t v) { return KindNames::loss(static_cast<LossKind>(v)); };
  switch (d.code) {
  case DiagnosticCode::NoLayers:
    return tr("The network has no output layer yet. Drag a Dense layer onto the canvas.");
  case DiagnosticCode::NoInputs: return tr("The data set has no input columns.");
  case DiagnosticCode::ZeroUnits: return tr("%1 has no neurons; a layer needs at least one.").arg(layer);
  case DiagnosticCode::TooManyUnits: {
    // Quoted so that "too many" comes with a size one can judge; the rows are the boundary plot's
    // 128 × 128 grid, the largest block of samples the app pushes through the network at once.
    const std::int64_t bytes =
        neurona::estimateMemoryBytes(project.runnableNetwork(), std::max(1, ctx.inputs), 128 * 128);
    return tr("%1 has %2 neurons; the limit is %3. Training it would take about %4 of memory.")
        .arg(layer, QString::number(d.actual), QString::number(d.expected),
             QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeSIFormat));
  }
  case DiagnosticCode::OutputSizeMismatch:
    switch (ctx.task) {
    case TaskKind::BinaryClassification:
      return tr("The output has %1 neurons, but a yes/no task needs 1 with sigmoid (or 2 with softmax).")
          .arg(d.actual);
    case TaskKind::MulticlassClassification:
      return tr("The output has %1 neurons, but the data has %2 classes: it needs one neuron per class.")
          .arg(d.actual)
          .arg(d.expected);
    case TaskKind::Regression:
      if (d.expected > 1)
        return tr("The output has %1 neurons, but the data has %2 targets: it needs one neuron per target.")
            .arg(d.actual)
            .arg(d.expected);
      return tr("The output has %1 neurons, but regression predicts a single number: it needs 1.")
          .arg(d.actual);
    }
    break;
  case DiagnosticCode::OutputActivationMismatch:
    return tr("The output uses %1, but %2 needs %3.")
        .arg(act(d.actual), KindNames::task(ctx.task), act(d.expected));
  case DiagnosticCode::LossActivationMismatch:
    return tr("The %1 loss needs a %2 output, but the output uses %3.")
        .arg(loss(d.actual), act(d.expected),
             KindNames::activation(project.layer(d.layer) ? project.layer(d.layer)->activation
                                                          : ActivationKind::Linear));
  case DiagnosticCode::LossTaskMismatch:
    return tr("The %1 loss is meant for classification, but this task is regression.").arg(loss(d.actual));
  case DiagnosticCode::SoftmaxNotLast:
    return tr("%1 uses softmax, which only makes sense on the output layer.").arg(layer);
  case DiagnosticCode::DropoutOnOutput:
    return tr("%1 comes after the output layer, where it would hide part of the answer.").arg(layer);
  case DiagnosticCode::DropoutRateOutOfRange:
    return tr("%1 must drop at least 0% and less than 100% of the values.").arg(layer);
  case DiagnosticCode::BatchNormAfterOutput:
    return tr("%1 comes after the output layer; it belongs between hidden layers.").arg(layer);
  case DiagnosticCode::BadLayerParameter:
    return tr("%1 has a setting out of range (alpha, L1, L2, momentum or epsilon).").arg(layer);
  case DiagnosticCode::NoHiddenLayer:
    return tr("These data cannot be split by a straight line: add a hidden layer so the network can bend its "
              "boundary.");
  case DiagnosticCode::VanishingGradients:
    if (d.actual == 0)
      return tr("No gradient reaches %1: it has stopped learning. A layer after it may have no live neurons.")
          .arg(layer);
    return tr("The gradient reaching %1 is %2 times smaller than at the output layer, so it hardly learns. "
              "ReLU or tanh instead of sigmoid in the hidden layers, or fewer layers, let more of it "
              "through.")
        .arg(layer, QLocale().toString(static_cast<qlonglong>(d.actual)));
  case DiagnosticCode::DeadUnits:
    return tr("%1 of the %2 neurons of %3 output 0 for every example, so they have stopped learning. A "
              "smaller "
              "learning rate, or leaky ReLU, keeps neurons alive.")
        .arg(QString::number(d.actual), QString::number(d.expected), layer);
  case DiagnosticCode::GraphCycle:
    return tr("%1 reads %2, which comes after it: the connections go round in a circle.")
        .arg(layer, project.layerName(static_cast<neurona::LayerId>(d.actual)));
  case DiagnosticCode::MissingInput:
    return tr("%1 reads a layer that is no longer in the network.").arg(layer);
  case DiagnosticCode::DuplicateName: return tr("%1 has the same name as another layer.").arg(layer);
  case DiagnosticCode::AddWidthMismatch:
    return tr("%1 adds layers of different widths (%2 and %3 neurons); they must be equal.")
        .arg(layer, QString::number(d.expected), QString::number(d.actual));
  case DiagnosticCode::UnconnectedLayer:
    return tr("%1 is not connected: connect its input and its output, or remove it.").arg(layer);
  case DiagnosticCode::MergeNeedsTwoInputs:
    return tr("%1 joins branches and needs at least 2 connections into it; it has %2.")
        .arg(layer, QString::number(d.actual));
  case DiagnosticCode::TooManyInputs:
    return tr("%1 reads %2 layers; only Add and Concat join several. Put one of them before it.")
        .arg(layer, QString::number(d.actual));
  case DiagnosticCode::OutputNotDense:
    return tr("The last layer, %1, is the output and must be a Dense layer. Connect it to a Dense layer.")
        .arg(layer);
  case DiagnosticCode::InputShapeMismatch:
    return tr("The image shape holds %1 values per example, but the data has %2 input columns. They must "
              "match.")
        .arg(QString::number(d.actual), QString::number(d.expected));
  case DiagnosticCode::NeedsImageInput:
    return tr("%1 looks at images, but what reaches it is a flat list of numbers. Give the input an image "
              "shape, and keep Flatten and Dense layers after it.")
        .arg(layer);
  case DiagnosticCode::BadWindowSize:
    return tr("%1 has a window or step size below 1; each must be at least 1.").arg(layer);
  case DiagnosticCode::WindowLargerThanInput:
    return tr("%1 slides a window of %2 pixels over an image only %3 pixels across. Use a smaller window, "
              "or \"same\" padding.")
        .arg(layer, QString::number(d.actual), QString::number(d.expected));
  case DiagnosticCode::DenseReadsImage:
    return tr("%1 is a Dense layer reading an image. Put a Flatten layer before it.").arg(layer);
  }
  return {};
}

QString DiagnosticText::conceptKey(const Diagnostic& d) {
  switch (d.code) {
  case DiagnosticCode::VanishingGradients: return QStringLiteral("concept/vanishing-gradients");
  case DiagnosticCode::DeadUnits: return QStringLiteral("concept/dead-neurons");
  default: return {};
  }
}

QString DiagnosticText::describeLayer(neurona::LayerId id, const Project& project) {
  QStringList lines;
  for (const Diagnostic& d : project.diagnosticsFor(id)) lines << describe(d, project);
  return lines.join(QLatin1Char('\n'));
}
