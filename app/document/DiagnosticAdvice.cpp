#include "document/DiagnosticAdvice.h"

#include "document/KindNames.h"
#include "document/ProjectDocument.h"

#include <QLocale>

using neurona::ActivationKind;
using neurona::Diagnostic;
using neurona::DiagnosticCode;
using neurona::LayerSpec;
using neurona::LossKind;
using neurona::TaskKind;

namespace {

// The output layer the task and loss ask for, keeping the layer's other settings.
LayerSpec fittingOutput(const LayerSpec& current, const ProjectDocument& doc) {
  LayerSpec target = current;
  const auto& ctx = doc.validationContext();
  switch (ctx.task) {
  case TaskKind::BinaryClassification:
    if (ctx.loss == LossKind::Cce) {
      target.units = 2;
      target.activation = ActivationKind::Softmax;
    } else {
      target.units = 1;
      target.activation = ActivationKind::Sigmoid;
    }
    break;
  case TaskKind::MulticlassClassification:
    target.units = std::max(2, ctx.classes);
    target.activation = ActivationKind::Softmax;
    break;
  case TaskKind::Regression:
    target.units = 1;
    target.activation = ActivationKind::Linear;
    break;
  }
  return target;
}

LossKind lossFor(ActivationKind outputActivation) {
  switch (outputActivation) {
  case ActivationKind::Sigmoid: return LossKind::Bce;
  case ActivationKind::Softmax: return LossKind::Cce;
  default: return LossKind::Mse;
  }
}

} // namespace

QString DiagnosticAdvice::describe(const Diagnostic& d, const ProjectDocument& doc) {
  const QString layer = doc.layerName(d.layer);
  const auto& ctx = doc.validationContext();
  const auto act = [](std::int64_t v) { return KindNames::activation(static_cast<ActivationKind>(v)); };
  const auto loss = [](std::int64_t v) { return KindNames::loss(static_cast<LossKind>(v)); };
  switch (d.code) {
  case DiagnosticCode::NoLayers:
    return tr("The network has no output layer yet. Drag a Dense layer onto the canvas.");
  case DiagnosticCode::NoInputs: return tr("The data set has no input columns.");
  case DiagnosticCode::ZeroUnits: return tr("%1 has no neurons; a layer needs at least one.").arg(layer);
  case DiagnosticCode::TooManyUnits:
  {
    // Quoted so that "too many" comes with a size one can judge; the rows are the boundary plot's
    // 128 × 128 grid, the largest block of samples the app pushes through the network at once.
    const std::int64_t bytes = neurona::estimateMemoryBytes(doc.network(), std::max(1, ctx.inputs), 128 * 128);
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
             KindNames::activation(doc.layer(d.layer) ? doc.layer(d.layer)->activation
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
  }
  return {};
}

std::optional<DiagnosticFix> DiagnosticAdvice::fix(const Diagnostic& d, const ProjectDocument& doc) {
  const neurona::LayerId id = d.layer;
  const LayerSpec* layer = doc.layer(id);
  const QString name = doc.layerName(id);
  switch (d.code) {
  case DiagnosticCode::NoLayers: {
    const LayerSpec out = doc.outputLayerForTask();
    return DiagnosticFix{tr("Add an output layer"), [out](ProjectDocument& dd) { dd.appendLayer(out); }};
  }
  case DiagnosticCode::NoInputs: return std::nullopt;
  case DiagnosticCode::ZeroUnits:
  case DiagnosticCode::TooManyUnits: {
    if (!layer) return std::nullopt;
    const int units = d.code == DiagnosticCode::ZeroUnits ? 1 : neurona::kMaxUnits;
    return DiagnosticFix{
        (units == 1 ? tr("Set %1 to 1 neuron").arg(name) : tr("Set %1 to %2 neurons").arg(name).arg(units)),
        [id, units](ProjectDocument& dd) { dd.setLayerProperty(id, LayerProperty::Units, units); }};
  }
  case DiagnosticCode::OutputSizeMismatch:
  case DiagnosticCode::OutputActivationMismatch: {
    if (!layer) return std::nullopt;
    const LayerSpec target = fittingOutput(*layer, doc);
    const QString text =
        target.units == 1 ? tr("Set output to 1 unit with %1").arg(KindNames::activation(target.activation))
                          : tr("Set output to %1 units with %2")
                                .arg(target.units)
                                .arg(KindNames::activation(target.activation));
    return DiagnosticFix{text,
                         [id, target, text](ProjectDocument& dd) { dd.setLayerSpec(id, target, text); }};
  }
  case DiagnosticCode::LossActivationMismatch: {
    if (!layer) return std::nullopt;
    const LossKind l = lossFor(layer->activation);
    return DiagnosticFix{tr("Use the %1 loss").arg(KindNames::loss(l)),
                         [l](ProjectDocument& dd) { dd.setLoss(l); }};
  }
  case DiagnosticCode::LossTaskMismatch:
    return DiagnosticFix{tr("Use the %1 loss").arg(KindNames::loss(LossKind::Mse)),
                         [](ProjectDocument& dd) { dd.setLoss(LossKind::Mse); }};
  case DiagnosticCode::SoftmaxNotLast:
    return DiagnosticFix{tr("Use ReLU in %1").arg(name), [id](ProjectDocument& dd) {
                           dd.setLayerProperty(id, LayerProperty::Activation,
                                               static_cast<int>(ActivationKind::Relu));
                         }};
  case DiagnosticCode::DropoutOnOutput:
  case DiagnosticCode::BatchNormAfterOutput:
    return DiagnosticFix{tr("Remove %1").arg(name), [id](ProjectDocument& dd) { dd.removeLayers({id}); }};
  case DiagnosticCode::DropoutRateOutOfRange:
    return DiagnosticFix{tr("Set the rate of %1 to 0.5").arg(name),
                         [id](ProjectDocument& dd) { dd.setLayerProperty(id, LayerProperty::Rate, 0.5); }};
  case DiagnosticCode::BadLayerParameter: {
    if (!layer) return std::nullopt;
    LayerSpec reset;
    reset.type = layer->type;
    reset.units = layer->units;
    reset.activation = layer->activation;
    reset.weightInit = layer->weightInit;
    reset.biasInit = layer->biasInit;
    reset.rate = layer->rate;
    const QString text = tr("Reset the settings of %1").arg(name);
    return DiagnosticFix{text, [id, reset, text](ProjectDocument& dd) { dd.setLayerSpec(id, reset, text); }};
  }
  case DiagnosticCode::NoHiddenLayer: {
    LayerSpec hidden;
    hidden.units = 8;
    hidden.activation = ActivationKind::Tanh;
    return DiagnosticFix{tr("Add a hidden layer of 8 tanh neurons"), [hidden](ProjectDocument& dd) {
                           const int out = dd.network().outputIndex();
                           dd.insertLayer(out < 0 ? dd.layerCount() : out, hidden);
                         }};
  }
  }
  return std::nullopt;
}

QString DiagnosticAdvice::describeLayer(neurona::LayerId id, const ProjectDocument& doc) {
  QStringList lines;
  for (const Diagnostic& d : doc.diagnosticsFor(id)) lines << describe(d, doc);
  return lines.join(QLatin1Char('\n'));
}
