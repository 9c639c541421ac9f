#include "ui/explain/ExplainText.h"

#include "ui/style/NumberFormat.h"

#include <algorithm>
#include <cmath>
#include <tuple>

using neurona::ActivationKind;
using neurona::LayerStep;
using neurona::LayerType;
using neurona::LossKind;
using neurona::StepTrace;

namespace {

constexpr int kShownUnits = 6; // neurons written out in full; the canvas shows every one
constexpr int kShownTerms = 4; // terms of a sum before "…"

QString num(double v) { return NumberFormat::number(v, 4).toHtmlEscaped(); }
// A factor in a product: negative numbers in parentheses.
QString factor(double v) { return v < 0 ? QStringLiteral("(%1)").arg(num(v)) : num(v); }
QString sub(const QString& base, int index) {
  return QStringLiteral("<i>%1</i><sub>%2</sub>").arg(base).arg(index);
}
QString sub2(const QString& base, int i, int j) {
  return QStringLiteral("<i>%1</i><sub>%2%3</sub>").arg(base).arg(i).arg(j);
}
QString formula(const QString& text) {
  return QStringLiteral("<p style=\"margin-left:12px; font-size:large\">%1</p>").arg(text);
}
QString para(const QString& text) { return QStringLiteral("<p>%1</p>").arg(text); }

int nextDense(const StepTrace& t, int layer) {
  for (int i = layer + 1; i < static_cast<int>(t.layers.size()); ++i)
    if (t.layers[static_cast<std::size_t>(i)].type == LayerType::Dense) return i;
  return -1;
}

} // namespace

std::vector<ExplainText::Stage> ExplainText::stages(const StepTrace& trace) {
  std::vector<Stage> out;
  const int n = static_cast<int>(trace.layers.size());
  for (int i = 0; i < n; ++i) out.push_back({Stage::Kind::Forward, i});
  out.push_back({Stage::Kind::Loss, -1});
  for (int i = n - 1; i >= 0; --i) out.push_back({Stage::Kind::Backward, i});
  out.push_back({Stage::Kind::Update, -1});
  return out;
}

QString ExplainText::title(const StepTrace& trace, const Stage& stage, const LayerNames& names) {
  switch (stage.kind) {
  case Stage::Kind::Forward:
    return tr("Forward: %1").arg(names(trace.layers[static_cast<std::size_t>(stage.layer)].id));
  case Stage::Kind::Loss: return tr("The loss of this sample");
  case Stage::Kind::Backward:
    return tr("Backward: %1").arg(names(trace.layers[static_cast<std::size_t>(stage.layer)].id));
  case Stage::Kind::Update: return tr("The update");
  }
  return {};
}

QString ExplainText::html(const StepTrace& trace, const Stage& stage, const LayerNames& names) {
  switch (stage.kind) {
  case Stage::Kind::Forward: return forward(trace, stage.layer, names);
  case Stage::Kind::Loss: return loss(trace);
  case Stage::Kind::Backward: return backward(trace, stage.layer, names);
  case Stage::Kind::Update: return update(trace, names);
  }
  return {};
}

QString ExplainText::activationFormula(ActivationKind kind) {
  switch (kind) {
  case ActivationKind::Linear: return QStringLiteral("<i>f</i>(<i>z</i>) = <i>z</i>");
  case ActivationKind::Sigmoid: return QStringLiteral("σ(<i>z</i>) = 1 / (1 + <i>e</i><sup>−<i>z</i></sup>)");
  case ActivationKind::Tanh:
    return QStringLiteral("tanh(<i>z</i>) = (<i>e</i><sup><i>z</i></sup> − <i>e</i><sup>−<i>z</i></sup>) / "
                          "(<i>e</i><sup><i>z</i></sup> + <i>e</i><sup>−<i>z</i></sup>)");
  case ActivationKind::Relu: return QStringLiteral("relu(<i>z</i>) = max(0, <i>z</i>)");
  case ActivationKind::LeakyRelu: return QStringLiteral("<i>f</i>(<i>z</i>) = max(α<i>z</i>, <i>z</i>)");
  case ActivationKind::Softmax:
    return QStringLiteral("softmax(<i>z</i>)<sub><i>j</i></sub> = <i>e</i><sup><i>z<sub>j</sub></i></sup> / "
                          "Σ<sub><i>k</i></sub> <i>e</i><sup><i>z<sub>k</sub></i></sup>");
  default: return tr("<i>f</i>(<i>z</i>), the layer's activation");
  }
}

QString ExplainText::derivativeFormula(ActivationKind kind) {
  switch (kind) {
  case ActivationKind::Linear: return QStringLiteral("<i>f</i>′(<i>z</i>) = 1");
  case ActivationKind::Sigmoid: return QStringLiteral("σ′(<i>z</i>) = <i>a</i>(1 − <i>a</i>)");
  case ActivationKind::Tanh: return QStringLiteral("tanh′(<i>z</i>) = 1 − <i>a</i><sup>2</sup>");
  case ActivationKind::Relu: return tr("relu′(<i>z</i>) = 1 when <i>z</i> &gt; 0, else 0");
  case ActivationKind::LeakyRelu: return tr("<i>f</i>′(<i>z</i>) = 1 when <i>z</i> &gt; 0, else α");
  default: return tr("<i>f</i>′(<i>z</i>), the slope of the activation at <i>z</i>");
  }
}

std::optional<double> ExplainText::derivative(ActivationKind kind, double z, double a) {
  switch (kind) {
  case ActivationKind::Linear: return 1.0;
  case ActivationKind::Sigmoid: return a * (1.0 - a); // σ′ = σ(1 − σ)
  case ActivationKind::Tanh: return 1.0 - a * a;      // tanh′ = 1 − tanh²
  case ActivationKind::Relu: return z > 0.0 ? 1.0 : 0.0;
  default: return std::nullopt;
  }
}

QString ExplainText::forward(const StepTrace& t, int layer, const LayerNames& names) {
  const LayerStep& l = t.layers[static_cast<std::size_t>(layer)];
  QString out;
  if (l.type == LayerType::Dropout) {
    out += para(tr("Dropout switches neurons off only while training. When the network predicts, as here, it "
                   "passes its inputs on unchanged: <i>a</i> = <i>x</i>."));
    return out;
  }
  if (l.type == LayerType::BatchNorm) {
    out += para(tr("Batch normalisation rescales each input with the mean and variance it learned over the "
                   "training batches, then applies its own scale γ and shift β:"));
    out += formula(QStringLiteral("<i>a</i> = γ (<i>x</i> − μ) / √(σ<sup>2</sup> + ε) + β"));
    const int n = std::min<int>(kShownUnits, static_cast<int>(l.a.size()));
    for (int j = 0; j < n; ++j)
      out += para(tr("Input %1: μ = %2, σ² = %3, x = %4 → a = %5")
                      .arg(j + 1)
                      .arg(num(l.mean.size() > j ? l.mean(j) : 0.0),
                           num(l.variance.size() > j ? l.variance(j) : 0.0), num(l.input(j)), num(l.a(j))));
    return out;
  }
  out +=
      para(tr("Each neuron multiplies every input by the weight of its edge, adds its bias, and passes the "
              "sum <i>z</i> through the activation <i>f</i>:"));
  out += formula(
      QStringLiteral("%1 = Σ<sub><i>i</i></sub> %2 %3 + %4 &nbsp;&nbsp;&nbsp; %5 = <i>f</i>(%6)")
          .arg(QStringLiteral("<i>z</i><sub><i>j</i></sub>"), QStringLiteral("<i>w</i><sub><i>ij</i></sub>"),
               QStringLiteral("<i>x</i><sub><i>i</i></sub>"), QStringLiteral("<i>b</i><sub><i>j</i></sub>"),
               QStringLiteral("<i>a</i><sub><i>j</i></sub>"), QStringLiteral("<i>z</i><sub><i>j</i></sub>")));
  out += formula(activationFormula(l.activation));
  const int units = static_cast<int>(l.z.size());
  const int inputs = static_cast<int>(l.input.size());
  for (int j = 0; j < std::min(units, kShownUnits); ++j) {
    QString sum;
    for (int i = 0; i < std::min(inputs, kShownTerms); ++i)
      sum += QStringLiteral("%1·%2 + ").arg(factor(l.weights(i, j)), factor(l.input(i)));
    if (inputs > kShownTerms) sum += tr("… (%1 terms) + ").arg(inputs);
    sum += factor(l.bias(j));
    out += para(QStringLiteral("%1 = %2 = <b>%3</b> &nbsp;→&nbsp; %4 = <b>%5</b>")
                    .arg(sub(QStringLiteral("z"), j + 1), sum, num(l.z(j)), sub(QStringLiteral("a"), j + 1),
                         num(l.a(j))));
  }
  if (units > kShownUnits)
    out += para(tr("The other %1 neurons work the same way; the canvas shows each one's numbers.")
                    .arg(units - kShownUnits));
  (void)names;
  return out;
}

QString ExplainText::loss(const StepTrace& t) {
  QString out;
  const auto& y = t.target;
  const auto& yhat = t.output;
  switch (t.lossKind) {
  case LossKind::Bce:
    out +=
        para(tr("Binary cross-entropy compares the predicted probability ŷ with the true class y (0 or 1); "
                "it grows without bound as a confident prediction turns out wrong:"));
    out += formula(QStringLiteral("<i>L</i> = −[<i>y</i> log ŷ + (1 − <i>y</i>) log(1 − ŷ)]"));
    if (yhat.size() > 0 && y.size() > 0)
      out += para(QStringLiteral("<i>y</i> = %1, ŷ = %2 &nbsp;→&nbsp; <i>L</i> = <b>%3</b>")
                      .arg(num(y(0)), num(yhat(0)), num(t.loss)));
    break;
  case LossKind::Cce: {
    out += para(tr("Cross-entropy looks only at the probability the network gives the true class c:"));
    out += formula(QStringLiteral(
        "<i>L</i> = −Σ<sub><i>k</i></sub> <i>y</i><sub><i>k</i></sub> log ŷ<sub><i>k</i></sub> "
        "= −log ŷ<sub><i>c</i></sub>"));
    Eigen::Index c = 0;
    if (y.size() > 0) y.maxCoeff(&c);
    if (c < yhat.size())
      out += para(tr("True class %1: ŷ<sub>%1</sub> = %2 &nbsp;→&nbsp; <i>L</i> = −log %2 = <b>%3</b>")
                      .arg(c + 1)
                      .arg(num(yhat(c)), num(t.loss)));
    break;
  }
  case LossKind::Mse:
    out += para(tr("Mean squared error averages the squared differences between prediction and target:"));
    out += formula(QStringLiteral("<i>L</i> = (1/<i>K</i>) Σ<sub><i>k</i></sub> (ŷ<sub><i>k</i></sub> − "
                                  "<i>y</i><sub><i>k</i></sub>)<sup>2</sup>"));
    break;
  case LossKind::Mae:
    out += para(tr("Mean absolute error averages the distances between prediction and target:"));
    out += formula(QStringLiteral("<i>L</i> = (1/<i>K</i>) Σ<sub><i>k</i></sub> |ŷ<sub><i>k</i></sub> − "
                                  "<i>y</i><sub><i>k</i></sub>|"));
    break;
  case LossKind::Huber:
    out += para(tr("The Huber loss is squared for small differences and linear for large ones (d = ŷ − y):"));
    out += formula(tr("<i>L</i> = ½<i>d</i><sup>2</sup> when |<i>d</i>| &lt; 1, else |<i>d</i>| − ½"));
    break;
  }
  if (t.lossKind == LossKind::Mse || t.lossKind == LossKind::Mae || t.lossKind == LossKind::Huber) {
    for (int k = 0; k < std::min<int>(kShownUnits, static_cast<int>(yhat.size())); ++k)
      out += para(QStringLiteral("ŷ<sub>%1</sub> = %2, <i>y</i><sub>%1</sub> = %3")
                      .arg(k + 1)
                      .arg(num(yhat(k)), num(y(k))));
    out += para(QStringLiteral("<i>L</i> = <b>%1</b>").arg(num(t.loss)));
  }
  return out;
}

QString ExplainText::backward(const StepTrace& t, int layer, const LayerNames& names) {
  const LayerStep& l = t.layers[static_cast<std::size_t>(layer)];
  QString out;
  if (l.type == LayerType::Dropout) {
    out +=
        para(tr("At a prediction dropout passes values on unchanged, so the gradient passes back unchanged "
                "too."));
    return out;
  }
  if (l.type == LayerType::BatchNorm) {
    out += para(tr("The scale γ and the shift β learn from the gradient that reaches this layer:"));
    out += formula(QStringLiteral("∂<i>L</i>/∂γ = ∂<i>L</i>/∂<i>a</i> · (<i>x</i> − μ) / √(σ<sup>2</sup> + ε)"
                                  " &nbsp;&nbsp; ∂<i>L</i>/∂β = ∂<i>L</i>/∂<i>a</i>"));
    for (int j = 0; j < std::min<int>(kShownUnits, static_cast<int>(l.gradGamma.size())); ++j)
      out += para(QStringLiteral("∂<i>L</i>/∂γ<sub>%1</sub> = %2, ∂<i>L</i>/∂β<sub>%1</sub> = %3")
                      .arg(j + 1)
                      .arg(num(l.gradGamma(j)), num(l.gradBeta.size() > j ? l.gradBeta(j) : 0.0)));
    return out;
  }
  const bool last = nextDense(t, layer) < 0 && layer == static_cast<int>(t.layers.size()) - 1;
  const bool fused = t.lossKind == LossKind::Bce || t.lossKind == LossKind::Cce;
  out += para(
      tr("δ is how much the loss changes when a neuron's sum <i>z</i> changes: δ = ∂<i>L</i>/∂<i>z</i>."));
  if (last && fused) {
    out += para(tr("At the output, the derivatives of the activation and of the loss cancel out to a simple "
                   "difference:"));
    out +=
        formula(QStringLiteral("δ<sub><i>j</i></sub> = ŷ<sub><i>j</i></sub> − <i>y</i><sub><i>j</i></sub>"));
  } else if (last) {
    out += para(tr("At the output, the derivative of the loss times the slope of the activation:"));
    out += formula(QStringLiteral(
        "δ<sub><i>j</i></sub> = ∂<i>L</i>/∂ŷ<sub><i>j</i></sub> · <i>f</i>′(<i>z</i><sub><i>j</i></sub>)"));
    out += formula(derivativeFormula(l.activation));
  } else {
    out += para(tr("A hidden neuron collects the δ of every neuron it feeds, each through the weight of that "
                   "edge (the chain rule), times the slope of its own activation:"));
    out += formula(QStringLiteral("δ<sub><i>j</i></sub> = (Σ<sub><i>k</i></sub> <i>w</i><sub><i>jk</i></sub> "
                                  "δ<sub><i>k</i></sub>) · <i>f</i>′(<i>z</i><sub><i>j</i></sub>)"));
    out += formula(derivativeFormula(l.activation));
  }
  const int units = static_cast<int>(l.delta.size());
  const int next = nextDense(t, layer);
  for (int j = 0; j < std::min(units, kShownUnits); ++j) {
    const std::optional<double> slope =
        l.z.size() > j ? derivative(l.activation, l.z(j), l.a(j)) : std::nullopt;
    if (last && fused) {
      out += para(QStringLiteral("δ<sub>%1</sub> = %2 − %3 = <b>%4</b>")
                      .arg(j + 1)
                      .arg(num(l.a(j)), num(t.target.size() > j ? t.target(j) : 0.0), num(l.delta(j))));
    } else if (next == layer + 1 && slope) {
      const LayerStep& n = t.layers[static_cast<std::size_t>(next)];
      const double upstream = n.weights.row(j).dot(n.delta); // Σ_k w_jk δ_k
      out += para(QStringLiteral("δ<sub>%1</sub> = %2 · %3 = <b>%4</b>")
                      .arg(j + 1)
                      .arg(factor(upstream), factor(*slope), num(l.delta(j))));
    } else {
      out += para(QStringLiteral("δ<sub>%1</sub> = <b>%2</b>").arg(j + 1).arg(num(l.delta(j))));
    }
  }
  out += para(tr("Each weight's gradient is the input it multiplies times the δ of the neuron it enters; a "
                 "bias's gradient is that δ:"));
  out += formula(
      QStringLiteral("∂<i>L</i>/∂<i>w</i><sub><i>ij</i></sub> = <i>x</i><sub><i>i</i></sub> "
                     "δ<sub><i>j</i></sub> &nbsp;&nbsp;&nbsp; ∂<i>L</i>/∂<i>b</i><sub><i>j</i></sub> = "
                     "δ<sub><i>j</i></sub>"));
  // The largest gradients, where the edges on the canvas are thickest.
  std::vector<std::tuple<double, int, int>> largest;
  for (int i = 0; i < l.gradWeights.rows(); ++i)
    for (int j = 0; j < l.gradWeights.cols(); ++j) largest.emplace_back(std::abs(l.gradWeights(i, j)), i, j);
  std::sort(largest.begin(), largest.end(),
            [](const auto& a, const auto& b) { return std::get<0>(a) > std::get<0>(b); });
  for (std::size_t k = 0; k < std::min<std::size_t>(4, largest.size()); ++k) {
    const auto [mag, i, j] = largest[k];
    (void)mag;
    out += para(QStringLiteral("∂<i>L</i>/∂%1 = %2 · %3 = <b>%4</b>")
                    .arg(sub2(QStringLiteral("w"), i + 1, j + 1), factor(l.input(i)), factor(l.delta(j)),
                         num(l.gradWeights(i, j))));
  }
  out +=
      para(tr("On the canvas, the edges into %1 now show these gradients: colour for the sign, width for the "
              "size.")
               .arg(names(l.id).toHtmlEscaped()));
  return out;
}

QString ExplainText::update(const StepTrace& t, const LayerNames& names) {
  QString out;
  out += para(tr("Gradient descent moves every weight a small step against its gradient, scaled by the "
                 "learning rate η = %1:")
                  .arg(num(t.learningRate)));
  out += formula(QStringLiteral("<i>w</i> ← <i>w</i> − η · ∂<i>L</i>/∂<i>w</i>"));
  // The biggest changes over every layer.
  struct Change {
    double size;
    int layer, i, j;
  };
  std::vector<Change> changes;
  for (int k = 0; k < static_cast<int>(t.layers.size()); ++k) {
    const LayerStep& l = t.layers[static_cast<std::size_t>(k)];
    for (int i = 0; i < l.gradWeights.rows(); ++i)
      for (int j = 0; j < l.gradWeights.cols(); ++j)
        changes.push_back({std::abs(l.gradWeights(i, j)), k, i, j});
  }
  std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) { return a.size > b.size; });
  for (std::size_t c = 0; c < std::min<std::size_t>(4, changes.size()); ++c) {
    const Change& ch = changes[c];
    const LayerStep& l = t.layers[static_cast<std::size_t>(ch.layer)];
    out += para(QStringLiteral("%1, %2: %3 − %4 · %5 = <b>%6</b>")
                    .arg(names(l.id).toHtmlEscaped(), sub2(QStringLiteral("w"), ch.i + 1, ch.j + 1),
                         num(l.weights(ch.i, ch.j)), num(t.learningRate), factor(l.gradWeights(ch.i, ch.j)),
                         num(l.weightsAfter(ch.i, ch.j))));
  }
  out += para(tr("On the canvas every edge now shows how its weight would change."));
  // With another optimizer, what it would do with the same gradients on its first step.
  if (!changes.empty()) {
    const Change& top = changes.front();
    const LayerStep& l = t.layers[static_cast<std::size_t>(top.layer)];
    if (l.optimizerWeightsAfter.size() > 0) {
      const QString w = sub2(QStringLiteral("w"), top.i + 1, top.j + 1);
      QString state;
      if (l.optimizerM.size() > 0)
        state += QStringLiteral("<i>m</i> = %1 &nbsp; ").arg(num(l.optimizerM(top.i, top.j)));
      if (l.optimizerV.size() > 0)
        state += QStringLiteral("<i>v</i> = %1 &nbsp; ").arg(num(l.optimizerV(top.i, top.j)));
      out += para(tr("Training uses %1, which keeps a memory of past gradients. On a first step from a fresh "
                     "start, for %2 of %3: %4 step = %5, new value = <b>%6</b>.")
                      .arg(QString::fromStdString(t.optimizer).toHtmlEscaped(), w,
                           names(l.id).toHtmlEscaped(), state, num(l.optimizerStepW(top.i, top.j)),
                           num(l.optimizerWeightsAfter(top.i, top.j))));
      if (t.optimizer == "adam" || t.optimizer == "adamw")
        out += formula(
            QStringLiteral("<i>m</i> ← β<sub>1</sub><i>m</i> + (1 − β<sub>1</sub>)<i>g</i> &nbsp; "
                           "<i>v</i> ← β<sub>2</sub><i>v</i> + (1 − β<sub>2</sub>)<i>g</i><sup>2</sup> "
                           "&nbsp; <i>w</i> ← <i>w</i> − η <i>m̂</i> / (√<i>v̂</i> + ε)"));
    }
  }
  return out;
}
