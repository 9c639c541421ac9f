#include "model/Fixes.h"

#include "model/KindNames.h"
#include "model/Project.h"

#include "neurona/core/nn/Loss.h"

#include <algorithm>

using neurona::ActivationKind;
using neurona::Diagnostic;
using neurona::DiagnosticCode;
using neurona::LayerSpec;
using neurona::LossKind;
using neurona::TaskKind;

namespace {

// The output layer the task and loss ask for, keeping the layer's other settings.
LayerSpec fittingOutput(const LayerSpec& current, const Project& project) {
  LayerSpec target = current;
  const auto& ctx = project.validationContext();
  switch (ctx.task) {
  case TaskKind::BinaryClassification:
    // Two softmax units suit a categorical loss; otherwise one sigmoid unit.
    target.units = ctx.loss == LossKind::Cce ? 2 : 1;
    target.activation = ctx.loss == LossKind::Cce ? ActivationKind::Softmax : ActivationKind::Sigmoid;
    break;
  case TaskKind::MulticlassClassification:
    target.units = std::max(2, ctx.classes);
    target.activation = ActivationKind::Softmax;
    break;
  case TaskKind::Regression:
    target.units = std::max(1, ctx.targets); // one per target column
    target.activation = ActivationKind::Linear;
    break;
  }
  return target;
}

bool isSaturatingDense(const LayerSpec& l) {
  return l.type == neurona::LayerType::Dense &&
         (l.activation == ActivationKind::Sigmoid || l.activation == ActivationKind::Tanh);
}

} // namespace

LossKind Fixes::lossFor(ActivationKind outputActivation, LossKind current) {
  switch (outputActivation) {
  case ActivationKind::Sigmoid: return LossKind::Bce;
  case ActivationKind::Softmax: return LossKind::Cce;
  default: return current == LossKind::Bce || current == LossKind::Cce ? LossKind::Mse : current;
  }
}

std::optional<Fix> Fixes::forDiagnostic(const Diagnostic& d, const Project& project) {
  const LayerSpec* layer = project.layer(d.layer);
  Fix f;
  f.layer = d.layer;
  switch (d.code) {
  case DiagnosticCode::NoLayers:
    f.kind = FixKind::AddOutput;
    f.spec = project.outputLayerForTask();
    f.loss = lossFor(f.spec->activation, project.settings().loss);
    return f;
  case DiagnosticCode::NoInputs: return std::nullopt;
  // A training run's health. The first remedy the sentence names is the click; the others (fewer layers,
  // a smaller learning rate) stay the user's judgement.
  case DiagnosticCode::VanishingGradients: {
    // Saturating activations in the hidden layers shrink the gradient on its way back.
    const int out = project.network().outputIndex();
    for (int i = 0; i < project.layerCount(); ++i) {
      const LayerSpec& l = project.network().layers[static_cast<std::size_t>(i)];
      if (i != out && isSaturatingDense(l)) {
        f.kind = FixKind::ReluInHidden;
        return f;
      }
    }
    return std::nullopt;
  }
  case DiagnosticCode::DeadUnits:
    if (!layer || layer->activation != ActivationKind::Relu) return std::nullopt;
    f.kind = FixKind::UseLeakyRelu;
    f.spec = *layer;
    f.spec->activation = ActivationKind::LeakyRelu;
    return f;
  case DiagnosticCode::ZeroUnits:
  case DiagnosticCode::TooManyUnits:
    if (!layer) return std::nullopt;
    f.kind = FixKind::SetUnits;
    f.spec = *layer;
    f.spec->units = d.code == DiagnosticCode::ZeroUnits ? 1 : neurona::kMaxUnits;
    return f;
  case DiagnosticCode::OutputSizeMismatch:
  case DiagnosticCode::OutputActivationMismatch:
    if (!layer) return std::nullopt;
    f.kind = FixKind::FitOutput;
    f.spec = fittingOutput(*layer, project);
    // The loss goes with the new output in the same step, so that the fix leaves nothing to fix.
    if (!neurona::lossFitsOutput(project.settings().loss, f.spec->activation) ||
        (project.validationContext().task == TaskKind::Regression &&
         (project.settings().loss == LossKind::Bce || project.settings().loss == LossKind::Cce)))
      f.loss = lossFor(f.spec->activation, project.settings().loss);
    return f;
  case DiagnosticCode::LossActivationMismatch:
    if (!layer) return std::nullopt;
    f.kind = FixKind::UseLoss;
    f.loss = lossFor(layer->activation, project.settings().loss);
    return f;
  case DiagnosticCode::LossTaskMismatch:
    f.kind = FixKind::UseLoss;
    f.loss = LossKind::Mse;
    return f;
  case DiagnosticCode::SoftmaxNotLast:
    if (!layer) return std::nullopt;
    f.kind = FixKind::UseRelu;
    f.spec = *layer;
    f.spec->activation = ActivationKind::Relu;
    return f;
  case DiagnosticCode::DropoutOnOutput:
  case DiagnosticCode::BatchNormAfterOutput:
    if (!layer) return std::nullopt;
    f.kind = FixKind::RemoveLayer;
    return f;
  case DiagnosticCode::DropoutRateOutOfRange:
    if (!layer) return std::nullopt;
    f.kind = FixKind::SetDropoutRate;
    f.spec = *layer;
    f.spec->rate = 0.5;
    return f;
  case DiagnosticCode::BadLayerParameter: {
    if (!layer) return std::nullopt;
    LayerSpec reset;
    reset.id = layer->id;
    reset.type = layer->type;
    reset.units = layer->units;
    reset.activation = layer->activation;
    reset.weightInit = layer->weightInit;
    reset.biasInit = layer->biasInit;
    reset.rate = layer->rate;
    f.kind = FixKind::ResetLayerSettings;
    f.spec = reset;
    return f;
  }
  case DiagnosticCode::AddWidthMismatch: {
    // The first input of the add that is not of the expected width gets a linear dense layer that maps
    // it to that width.
    if (!layer) return std::nullopt;
    const neurona::NetworkSpec& net = project.network();
    const int at = net.indexOf(layer->id);
    const neurona::NetworkSummary shapes = neurona::summarize(net, project.validationContext().inputs);
    for (int s : net.sourcesOf(at)) {
      const int width =
          s < 0 ? project.validationContext().inputs : shapes.layers[static_cast<std::size_t>(s)].outputs;
      if (width == d.expected) continue;
      f.kind = FixKind::MatchAddWidth;
      f.source = s < 0 ? neurona::kNetworkInput : net.layers[static_cast<std::size_t>(s)].id;
      LayerSpec widen;
      widen.units = static_cast<int>(d.expected);
      widen.activation = ActivationKind::Linear;
      f.spec = widen;
      return f;
    }
    return std::nullopt;
  }
  case DiagnosticCode::UnconnectedLayer: {
    if (!layer) return std::nullopt;
    const neurona::NetworkSpec& net = project.network();
    const int at = net.indexOf(layer->id);
    if (net.sourcesOf(at).empty()) {
      f.kind = FixKind::ConnectInput;
      f.source = at == 0 ? neurona::kNetworkInput : net.layers[static_cast<std::size_t>(at - 1)].id;
      return f;
    }
    // Nothing reads it: a later concat takes it, or a later add of its width.
    const neurona::NetworkSummary shapes = neurona::summarize(net, project.validationContext().inputs);
    const int width = shapes.layers[static_cast<std::size_t>(at)].outputs;
    for (int j = at + 1; j < static_cast<int>(net.layers.size()); ++j) {
      const LayerSpec& m = net.layers[static_cast<std::size_t>(j)];
      if (m.type == neurona::LayerType::Concat ||
          (m.type == neurona::LayerType::Add &&
           shapes.layers[static_cast<std::size_t>(j)].outputs == width)) {
        f.kind = FixKind::ConnectOutput;
        f.target = m.id;
        return f;
      }
    }
    f.kind = FixKind::RemoveLayer;
    return f;
  }
  case DiagnosticCode::GraphCycle:
  case DiagnosticCode::MissingInput:
    if (!layer) return std::nullopt;
    f.kind = FixKind::RemoveInput;
    f.source = static_cast<neurona::LayerId>(d.actual);
    return f;
  case DiagnosticCode::DuplicateName:
    if (!layer) return std::nullopt;
    f.kind = FixKind::UseDefaultName;
    return f;
  case DiagnosticCode::MergeNeedsTwoInputs:
  case DiagnosticCode::TooManyInputs:
  case DiagnosticCode::OutputNotDense:
  case DiagnosticCode::InputShapeMismatch:
  case DiagnosticCode::NeedsImageInput:
  case DiagnosticCode::BadWindowSize:
  case DiagnosticCode::WindowLargerThanInput:
  case DiagnosticCode::DenseReadsImage: return std::nullopt;
  case DiagnosticCode::NoHiddenLayer: {
    LayerSpec hidden;
    hidden.units = 8;
    hidden.activation = ActivationKind::Tanh;
    f.kind = FixKind::AddHiddenLayer;
    f.spec = hidden;
    const int out = project.network().outputIndex();
    f.insertAt = out < 0 ? project.layerCount() : out;
    return f;
  }
  }
  return std::nullopt;
}

QString Fixes::label(const Fix& f, const Project& project) {
  const QString name = project.layerName(f.layer);
  switch (f.kind) {
  case FixKind::AddOutput: return tr("Add an output layer");
  case FixKind::SetUnits:
    return f.spec->units == 1 ? tr("Set %1 to 1 neuron").arg(name)
                              : tr("Set %1 to %2 neurons").arg(name).arg(f.spec->units);
  case FixKind::FitOutput: {
    const QString act = KindNames::activation(f.spec->activation);
    const QString units = f.spec->units == 1
                              ? tr("Set output to 1 unit with %1").arg(act)
                              : tr("Set output to %1 units with %2").arg(f.spec->units).arg(act);
    return f.loss ? tr("%1 and the %2 loss").arg(units, KindNames::loss(*f.loss)) : units;
  }
  case FixKind::UseLoss: return tr("Use the %1 loss").arg(KindNames::loss(f.loss.value_or(LossKind::Mse)));
  case FixKind::UseRelu: return tr("Use ReLU in %1").arg(name);
  case FixKind::RemoveLayer: return tr("Remove %1").arg(name);
  case FixKind::SetDropoutRate: return tr("Set the rate of %1 to 0.5").arg(name);
  case FixKind::ResetLayerSettings: return tr("Reset the settings of %1").arg(name);
  case FixKind::AddHiddenLayer: return tr("Add a hidden layer of 8 tanh neurons");
  case FixKind::ReluInHidden: return tr("Use ReLU in the hidden layers");
  case FixKind::UseLeakyRelu: return tr("Use leaky ReLU in %1").arg(name);
  case FixKind::MatchAddWidth:
    return tr("Insert a Dense layer of %1 neurons before %2").arg(f.spec->units).arg(name);
  case FixKind::ConnectInput:
    return f.source == neurona::kNetworkInput ? tr("Connect the input to %1").arg(name)
                                              : tr("Connect %1 to %2").arg(project.layerName(f.source), name);
  case FixKind::ConnectOutput: return tr("Connect %1 to %2").arg(name, project.layerName(f.target));
  case FixKind::RemoveInput: return tr("Remove the connection into %1").arg(name);
  case FixKind::UseDefaultName: return tr("Give %1 its default name").arg(name);
  }
  return {};
}

void Fixes::applyToNetwork(const Fix& f, neurona::NetworkSpec& network) {
  switch (f.kind) {
  case FixKind::AddOutput: network.append(*f.spec); break;
  case FixKind::AddHiddenLayer:
    network.insert(std::clamp(f.insertAt, 0, static_cast<int>(network.layers.size())), *f.spec);
    break;
  case FixKind::RemoveLayer: network.remove(f.layer); break;
  case FixKind::UseLoss: break;
  case FixKind::ReluInHidden: {
    const int out = network.outputIndex();
    for (int i = 0; i < static_cast<int>(network.layers.size()); ++i) {
      LayerSpec& l = network.layers[static_cast<std::size_t>(i)];
      if (i == out || !isSaturatingDense(l)) continue;
      l.activation = ActivationKind::Relu;
      // Glorot's scale suits sigmoid and tanh; He's keeps a ReLU layer's signal from fading.
      if (l.weightInit == neurona::InitKind::GlorotUniform) l.weightInit = neurona::InitKind::HeUniform;
      if (l.weightInit == neurona::InitKind::GlorotNormal) l.weightInit = neurona::InitKind::HeNormal;
    }
    break;
  }
  case FixKind::MatchAddWidth: {
    const int at = network.indexOf(f.layer);
    if (at < 0) break;
    network.makeInputsExplicit();
    LayerSpec widen = *f.spec;
    widen.inputs = std::vector<neurona::LayerId>{f.source};
    const neurona::LayerId inserted = network.insert(at, widen); // just before the add, after its source
    for (neurona::LayerId& src : *network.find(f.layer)->inputs)
      if (src == f.source) {
        src = inserted;
        break;
      }
    break;
  }
  case FixKind::ConnectInput:
    if (LayerSpec* l = network.find(f.layer)) l->inputs = std::vector<neurona::LayerId>{f.source};
    break;
  case FixKind::ConnectOutput:
    network.makeInputsExplicit();
    if (LayerSpec* m = network.find(f.target)) m->inputs->push_back(f.layer);
    break;
  case FixKind::RemoveInput:
    network.makeInputsExplicit();
    if (LayerSpec* l = network.find(f.layer)) std::erase(*l->inputs, f.source);
    break;
  case FixKind::UseDefaultName:
    if (LayerSpec* l = network.find(f.layer)) l->name.clear();
    break;
  case FixKind::SetUnits:
  case FixKind::FitOutput:
  case FixKind::UseRelu:
  case FixKind::SetDropoutRate:
  case FixKind::ResetLayerSettings:
  case FixKind::UseLeakyRelu:
    if (LayerSpec* l = network.find(f.layer)) {
      *l = *f.spec;
      l->id = f.layer;
    }
    break;
  }
}
