#include "neurona/core/graph/Validation.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>

namespace neurona {
namespace {

bool finiteNonNegative(double v) { return std::isfinite(v) && v >= 0.0; }

// Does `loss` fit an output layer with this activation?
bool lossFitsActivation(LossKind loss, ActivationKind act) {
  switch (loss) {
  case LossKind::Bce: return act == ActivationKind::Sigmoid;
  case LossKind::Cce: return act == ActivationKind::Softmax;
  default: return true; // mse/mae/huber fit any output (the tutorial uses MSE on a sigmoid)
  }
}

// The diagnostics only a graph can have: its wiring, names and merge widths.
void validateGraph(const NetworkSpec& spec, const ValidationContext& ctx, std::vector<Diagnostic>& out) {
  const int n = static_cast<int>(spec.layers.size());
  const NetworkSummary shapes = summarize(spec, ctx.inputs);
  std::vector<int> readers(static_cast<std::size_t>(n), 0);
  for (int i = 0; i < n; ++i) {
    const LayerSpec& l = spec.layers[static_cast<std::size_t>(i)];
    for (int j = 0; j < i; ++j)
      if (spec.nameOf(j) == spec.nameOf(i)) {
        out.push_back({DiagnosticCode::DuplicateName, Severity::Error, l.id, 0, 0});
        break;
      }
    const std::vector<LayerId> ids =
        l.inputs
            ? *l.inputs
            : std::vector<LayerId>{i == 0 ? kNetworkInput : spec.layers[static_cast<std::size_t>(i - 1)].id};
    int connected = 0;
    int firstWidth = -1;
    for (LayerId src : ids) {
      if (src == kNetworkInput) {
        ++connected;
      } else if (const int j = spec.indexOf(src); j < 0) {
        out.push_back(
            {DiagnosticCode::MissingInput, Severity::Error, l.id, 0, static_cast<std::int64_t>(src)});
        continue;
      } else if (j >= i) {
        out.push_back({DiagnosticCode::GraphCycle, Severity::Error, l.id, 0, static_cast<std::int64_t>(src)});
        continue;
      } else {
        ++connected;
        ++readers[static_cast<std::size_t>(j)];
      }
      const int j = spec.indexOf(src);
      const int width =
          src == kNetworkInput ? ctx.inputs : shapes.layers[static_cast<std::size_t>(j)].outputs;
      if (l.type == LayerType::Add) {
        if (firstWidth < 0) {
          firstWidth = width;
        } else if (width != firstWidth) {
          out.push_back({DiagnosticCode::AddWidthMismatch, Severity::Error, l.id, firstWidth, width});
        }
      }
    }
    if (connected == 0) {
      out.push_back({DiagnosticCode::UnconnectedLayer, Severity::Error, l.id, 0, 0});
    } else if (isMerge(l.type) && connected < 2) {
      out.push_back({DiagnosticCode::MergeNeedsTwoInputs, Severity::Error, l.id, 2, connected});
    } else if (!isMerge(l.type) && connected > 1) {
      out.push_back({DiagnosticCode::TooManyInputs, Severity::Error, l.id, 1, connected});
    }
  }
  for (int i = 0; i + 1 < n; ++i)
    if (readers[static_cast<std::size_t>(i)] == 0)
      out.push_back({DiagnosticCode::UnconnectedLayer, Severity::Error,
                     spec.layers[static_cast<std::size_t>(i)].id, 0, 0});
  if (n > 0 && spec.layers.back().type != LayerType::Dense)
    out.push_back({DiagnosticCode::OutputNotDense, Severity::Error, spec.layers.back().id, 0, 0});
}

} // namespace

std::vector<Diagnostic> validate(const NetworkSpec& spec, const ValidationContext& ctx) {
  std::vector<Diagnostic> out;
  if (ctx.inputs < 1) out.push_back({DiagnosticCode::NoInputs, Severity::Error, kNoLayer, 1, ctx.inputs});

  const int outIdx = spec.outputIndex();
  if (outIdx < 0) {
    out.push_back({DiagnosticCode::NoLayers, Severity::Error, kNoLayer, 1, 0});
    return out;
  }
  if (spec.inputShape) {
    const std::array<int, 3>& d = *spec.inputShape;
    const std::int64_t pixels =
        d[0] >= 1 && d[1] >= 1 && d[2] >= 1 ? static_cast<std::int64_t>(d[0]) * d[1] * d[2] : 0;
    if (pixels != ctx.inputs)
      out.push_back({DiagnosticCode::InputShapeMismatch, Severity::Error, kNoLayer, ctx.inputs, pixels});
  }
  if (spec.isGraph()) validateGraph(spec, ctx, out);

  const std::vector<LayerTensorShape> shapes = inferShapes(spec, ctx.inputs);
  for (int i = 0; i < static_cast<int>(spec.layers.size()); ++i) {
    const LayerSpec& l = spec.layers[static_cast<std::size_t>(i)];
    const LayerTensorShape& shape = shapes[static_cast<std::size_t>(i)];
    switch (shape.issue) {
    case ShapeIssue::None: break;
    case ShapeIssue::NeedsImage:
      out.push_back({DiagnosticCode::NeedsImageInput, Severity::Error, l.id, 0, 0});
      break;
    case ShapeIssue::BadWindow: {
      const std::array<int, 2> w = l.window(), st = l.effectiveStride();
      out.push_back(
          {DiagnosticCode::BadWindowSize, Severity::Error, l.id, 1, std::min({w[0], w[1], st[0], st[1]})});
      break;
    }
    case ShapeIssue::WindowTooLarge:
      out.push_back(
          {DiagnosticCode::WindowLargerThanInput, Severity::Error, l.id, shape.expected, shape.actual});
      break;
    case ShapeIssue::DenseReadsImage:
      out.push_back({DiagnosticCode::DenseReadsImage, Severity::Error, l.id, 0, 0});
      break;
    case ShapeIssue::TooLarge:
      out.push_back({DiagnosticCode::TooManyUnits, Severity::Error, l.id, shape.expected, shape.actual});
      break;
    }
    switch (l.type) {
    case LayerType::Dense:
      if (l.units < 1) {
        out.push_back({DiagnosticCode::ZeroUnits, Severity::Error, l.id, 1, l.units});
      } else if (l.units > kMaxUnits) {
        // expected: the limit; actual: the units asked for. The UI adds the memory estimate.
        out.push_back({DiagnosticCode::TooManyUnits, Severity::Error, l.id, kMaxUnits, l.units});
      }
      if (l.activation == ActivationKind::Softmax && i != outIdx)
        out.push_back({DiagnosticCode::SoftmaxNotLast, Severity::Error, l.id, 0, 0});
      if (!finiteNonNegative(l.l1) || !finiteNonNegative(l.l2) || !std::isfinite(l.alpha))
        out.push_back({DiagnosticCode::BadLayerParameter, Severity::Error, l.id, 0, 0});
      break;
    case LayerType::Add:
    case LayerType::Concat:
      if (!finiteNonNegative(l.l1) || !finiteNonNegative(l.l2) || !std::isfinite(l.alpha))
        out.push_back({DiagnosticCode::BadLayerParameter, Severity::Error, l.id, 0, 0});
      if (l.activation == ActivationKind::Softmax)
        out.push_back({DiagnosticCode::SoftmaxNotLast, Severity::Error, l.id, 0, 0});
      break;
    case LayerType::Dropout:
      if (!(l.rate >= 0.0 && l.rate < 1.0))
        out.push_back({DiagnosticCode::DropoutRateOutOfRange, Severity::Error, l.id, 0, 0});
      if (i > outIdx) out.push_back({DiagnosticCode::DropoutOnOutput, Severity::Error, l.id, 0, 0});
      break;
    case LayerType::BatchNorm:
      if (!(l.momentum >= 0.0 && l.momentum <= 1.0) || !(l.epsilon > 0.0 && std::isfinite(l.epsilon)))
        out.push_back({DiagnosticCode::BadLayerParameter, Severity::Error, l.id, 0, 0});
      if (i > outIdx) out.push_back({DiagnosticCode::BatchNormAfterOutput, Severity::Error, l.id, 0, 0});
      break;
    case LayerType::Conv2d:
      if (l.filters < 1) {
        out.push_back({DiagnosticCode::ZeroUnits, Severity::Error, l.id, 1, l.filters});
      } else if (l.filters > kMaxUnits) {
        out.push_back({DiagnosticCode::TooManyUnits, Severity::Error, l.id, kMaxUnits, l.filters});
      }
      if (l.activation == ActivationKind::Softmax)
        out.push_back({DiagnosticCode::SoftmaxNotLast, Severity::Error, l.id, 0, 0});
      if (!finiteNonNegative(l.l1) || !finiteNonNegative(l.l2) || !std::isfinite(l.alpha))
        out.push_back({DiagnosticCode::BadLayerParameter, Severity::Error, l.id, 0, 0});
      break;
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d:
    case LayerType::Flatten: break; // their shapes are checked above
    }
  }
  const LayerSpec& o = spec.layers[static_cast<std::size_t>(outIdx)];
  switch (ctx.task) {
  case TaskKind::BinaryClassification:
    // 1 sigmoid unit, or 2 softmax units.
    if (o.activation == ActivationKind::Softmax) {
      if (o.units != 2)
        out.push_back({DiagnosticCode::OutputSizeMismatch, Severity::Error, o.id, 2, o.units});
    } else if (o.activation == ActivationKind::Sigmoid) {
      if (o.units != 1)
        out.push_back({DiagnosticCode::OutputSizeMismatch, Severity::Error, o.id, 1, o.units});
    } else {
      out.push_back({DiagnosticCode::OutputActivationMismatch, Severity::Error, o.id,
                     static_cast<int>(ActivationKind::Sigmoid), static_cast<int>(o.activation)});
      if (o.units != 1)
        out.push_back({DiagnosticCode::OutputSizeMismatch, Severity::Error, o.id, 1, o.units});
    }
    break;
  case TaskKind::MulticlassClassification:
    if (o.units != ctx.classes)
      out.push_back({DiagnosticCode::OutputSizeMismatch, Severity::Error, o.id, ctx.classes, o.units});
    if (o.activation != ActivationKind::Softmax)
      out.push_back({DiagnosticCode::OutputActivationMismatch, Severity::Error, o.id,
                     static_cast<int>(ActivationKind::Softmax), static_cast<int>(o.activation)});
    break;
  case TaskKind::Regression:
    if (o.units != ctx.targets)
      out.push_back({DiagnosticCode::OutputSizeMismatch, Severity::Error, o.id, ctx.targets, o.units});
    if (o.activation != ActivationKind::Linear)
      out.push_back({DiagnosticCode::OutputActivationMismatch, Severity::Error, o.id,
                     static_cast<int>(ActivationKind::Linear), static_cast<int>(o.activation)});
    break;
  }

  // bce/cce need class labels; mse, mae and huber may train either task.
  const bool classificationLoss = ctx.loss == LossKind::Bce || ctx.loss == LossKind::Cce;
  if (classificationLoss && ctx.task == TaskKind::Regression) {
    out.push_back({DiagnosticCode::LossTaskMismatch, Severity::Error, o.id, 0, static_cast<int>(ctx.loss)});
  } else if (!lossFitsActivation(ctx.loss, o.activation)) {
    out.push_back(
        {DiagnosticCode::LossActivationMismatch, Severity::Error, o.id,
         static_cast<int>(ctx.loss == LossKind::Bce ? ActivationKind::Sigmoid : ActivationKind::Softmax),
         static_cast<int>(ctx.loss)});
  }

  if (!ctx.linearlySeparable) {
    int dense = 0;
    for (const LayerSpec& l : spec.layers)
      dense +=
          l.type == LayerType::Dense || l.type == LayerType::Conv2d ? 1 : 0; // a conv2d is a hidden layer
    if (dense < 2) out.push_back({DiagnosticCode::NoHiddenLayer, Severity::Warning, o.id, 1, 0});
  }
  return out;
}

bool hasErrors(const std::vector<Diagnostic>& diagnostics) {
  for (const Diagnostic& d : diagnostics)
    if (d.severity == Severity::Error) return true;
  return false;
}

NetworkSummary summarize(const NetworkSpec& spec, int inputs) {
  NetworkSummary s;
  const std::vector<LayerTensorShape> shapes = inferShapes(spec, inputs);
  for (std::size_t i = 0; i < spec.layers.size(); ++i) {
    const LayerSpec& l = spec.layers[i];
    const LayerTensorShape& t = shapes[i];
    LayerShape shape{l.id, t.input.features, t.output.features, 0, t.input, t.output};
    if (l.type == LayerType::Dense) {
      shape.params = static_cast<std::int64_t>(shape.inputs) * l.units + l.units; // W (in x units) + b
    } else if (l.type == LayerType::BatchNorm) {
      shape.params = 2 * static_cast<std::int64_t>(shape.inputs); // gamma, beta
    } else if (l.type == LayerType::Conv2d && t.issue == ShapeIssue::None) {
      // kernel (KH·KW·C_in × filters) + bias
      const std::int64_t f = std::max(l.filters, 0);
      shape.params = static_cast<std::int64_t>(l.kernel[0]) * l.kernel[1] * t.input.channels * f + f;
    }
    s.totalParams += shape.params;
    s.layers.push_back(shape);
  }
  return s;
}

std::int64_t estimateMemoryBytes(const NetworkSpec& spec, int inputs, std::int64_t rows) {
  // In double: a million units times a million units overflows no intermediate.
  constexpr double kBytesPerParameter = 4.0 * 4.0 + 8.0;
  constexpr double kBytesPerActivation = 3.0 * 4.0;
  const NetworkSummary s = summarize(spec, inputs);
  double bytes = kBytesPerParameter * static_cast<double>(s.totalParams);
  const double samples = static_cast<double>(std::max<std::int64_t>(rows, 1));
  for (std::size_t i = 0; i < s.layers.size(); ++i) {
    const LayerShape& l = s.layers[i];
    bytes += kBytesPerActivation * samples * std::max(l.outputs, 0);
    // A conv2d also unfolds its input into patches (OH·OW·KH·KW·C_in a sample) and their gradient.
    if (spec.layers[i].type == LayerType::Conv2d && l.outputShape.image)
      bytes += 2.0 * 4.0 * samples * l.outputShape.height * l.outputShape.width * spec.layers[i].kernel[0] *
               spec.layers[i].kernel[1] * std::max(l.inputShape.channels, 0);
  }
  constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
  return bytes >= static_cast<double>(kMax) ? kMax : static_cast<std::int64_t>(bytes);
}

} // namespace neurona
