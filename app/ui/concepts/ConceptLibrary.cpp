#include "ui/concepts/ConceptLibrary.h"

#include "neurona/core/nn/Activation.h"
#include "neurona/core/optim/OptimizerConfig.h"

#include <QtGlobal>

using neurona::ActivationKind;
using neurona::LayerType;
using neurona::LossKind;

namespace {

QString fromView(std::string_view s) { return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size())); }

QString section(const QString& heading, const QString& body) {
  return QStringLiteral("<h4>%1</h4>%2").arg(heading, body);
}

QString formula(const QString& text) {
  return QStringLiteral("<p style=\"margin-left:12px\"><b>%1</b></p>").arg(text);
}

QString paragraph(const QString& text) { return QStringLiteral("<p>%1</p>").arg(text); }

QString list(const QString& items) { return QStringLiteral("<ul>%1</ul>").arg(items); }

// The body of an entry: a summary, then titled parts.
struct Body {
  QString html;
  Body& text(const QString& t) {
    html += paragraph(t);
    return *this;
  }
  Body& part(const QString& heading, const QString& body) {
    html += section(heading, body);
    return *this;
  }
};

} // namespace

const QStringList& ConceptLibrary::groups() {
  static const QStringList g{QStringLiteral("concept"),        QStringLiteral("activation"),
                             QStringLiteral("loss"),           QStringLiteral("optimizer"),
                             QStringLiteral("regularization"), QStringLiteral("layer")};
  return g;
}

const QStringList& ConceptLibrary::keys() {
  static const QStringList k = [] {
    QStringList out{
        QStringLiteral("concept/training-loop"),       QStringLiteral("concept/epoch"),
        QStringLiteral("concept/batch-size"),          QStringLiteral("concept/learning-rate"),
        QStringLiteral("concept/overfitting"),         QStringLiteral("concept/underfitting"),
        QStringLiteral("concept/vanishing-gradients"), QStringLiteral("concept/exploding-gradients"),
        QStringLiteral("concept/dead-neurons"),        QStringLiteral("concept/loss-curves"),
        QStringLiteral("concept/decision-boundary"),   QStringLiteral("concept/dataset"),
        QStringLiteral("concept/preprocessing"),       QStringLiteral("concept/pictures")};
    for (ActivationKind a : neurona::allActivations()) out << keyFor(a);
    for (LossKind l : neurona::allLosses()) out << keyFor(l);
    for (std::string_view o : neurona::optimizerNames()) out << optimizerKey(fromView(o));
    out << QStringLiteral("regularization/l1") << QStringLiteral("regularization/l2");
    for (LayerType t :
         {LayerType::Dense, LayerType::Dropout, LayerType::BatchNorm, LayerType::Add, LayerType::Concat,
          LayerType::Conv2d, LayerType::MaxPool2d, LayerType::AvgPool2d, LayerType::Flatten})
      out << keyFor(t);
    return out;
  }();
  return k;
}

QString ConceptLibrary::keyFor(ActivationKind kind) {
  return QStringLiteral("activation/") + fromView(neurona::toString(kind));
}
QString ConceptLibrary::keyFor(LossKind kind) {
  return QStringLiteral("loss/") + fromView(neurona::toString(kind));
}
QString ConceptLibrary::keyFor(LayerType type) {
  return QStringLiteral("layer/") + fromView(neurona::toString(type));
}
QString ConceptLibrary::optimizerKey(const QString& name) {
  return QStringLiteral("optimizer/") + name.toLower();
}

QString ConceptLibrary::keyForLayer(const neurona::LayerSpec& layer) {
  return layer.type == LayerType::Dense ? keyFor(layer.activation) : keyFor(layer.type);
}

QString ConceptLibrary::groupTitle(const QString& group) {
  if (group == QLatin1String("concept")) return tr("Training");
  if (group == QLatin1String("activation")) return tr("Activation functions");
  if (group == QLatin1String("loss")) return tr("Loss functions");
  if (group == QLatin1String("optimizer")) return tr("Optimizers");
  if (group == QLatin1String("regularization")) return tr("Regularisation");
  if (group == QLatin1String("layer")) return tr("Layers");
  return {};
}

QString ConceptLibrary::title(const QString& key) {
  const auto e = entry(key);
  return e ? e->title : QString();
}

ConceptLibrary::Curve ConceptLibrary::activationCurve(ActivationKind kind, double from, double to, int n) {
  n = qMax(n, 2);
  Curve c;
  // One sample per row; softmax gets a second column of zero logits (rows are samples, columns units).
  const bool softmax = kind == ActivationKind::Softmax;
  neurona::MatrixD z = neurona::MatrixD::Zero(n, softmax ? 2 : 1);
  for (int i = 0; i < n; ++i) z(i, 0) = from + (to - from) * i / (n - 1);
  neurona::MatrixD a, dz;
  const double alpha = neurona::defaultActivationAlpha(kind);
  neurona::activationForward<double>(kind, alpha, z, a);
  // da = e₁ per sample gives dz₁ = ∂a₁/∂z₁, the slope of the plotted curve.
  neurona::MatrixD da = neurona::MatrixD::Zero(n, z.cols());
  da.col(0).setOnes();
  neurona::activationBackward<double>(kind, alpha, z, a, da, dz);
  c.z.resize(n);
  c.value.resize(n);
  c.derivative.resize(n);
  for (int i = 0; i < n; ++i) {
    c.z[i] = z(i, 0);
    c.value[i] = a(i, 0);
    c.derivative[i] = dz(i, 0);
  }
  return c;
}

namespace {

// --- activations -----------------------------------------------------------------------------

struct ActivationText {
  QString title, summary, formula, derivative, use, pros, cons;
};

ActivationText activationText(ActivationKind kind) {
  switch (kind) {
  case ActivationKind::Linear:
    return {
        ConceptLibrary::tr("Linear (identity)"),
        ConceptLibrary::tr("The neuron passes on its weighted sum unchanged."),
        QStringLiteral("f(z) = z"),
        QStringLiteral("f′(z) = 1"),
        ConceptLibrary::tr("In the output layer of a regression, where the answer can be any real number."),
        ConceptLibrary::tr("<li>Nothing is squashed: the output can take any value.</li>"
                           "<li>Its gradient is always 1, so it never slows learning down.</li>"),
        ConceptLibrary::tr(
            "<li>Layers that are all linear add up to a single linear function: extra hidden layers "
            "learn nothing new, and a linear network cannot solve XOR.</li>")};
  case ActivationKind::Sigmoid:
    return {ConceptLibrary::tr("Sigmoid (logistic)"),
            ConceptLibrary::tr(
                "Squashes any number into the interval (0, 1), so the output can be read as a probability."),
            QStringLiteral("σ(z) = 1 / (1 + e<sup>−z</sup>)"),
            ConceptLibrary::tr("σ′(z) = σ(z) · (1 − σ(z)), at most 0.25 (at z = 0)"),
            ConceptLibrary::tr(
                "In the output layer of a binary classification, together with the binary cross-entropy "
                "loss. Avoid it in hidden layers of deep networks."),
            ConceptLibrary::tr("<li>The output is a probability between 0 and 1.</li>"
                               "<li>Smooth, with a simple derivative.</li>"),
            ConceptLibrary::tr(
                "<li>It saturates: for large |z| the curve is flat and the derivative is almost 0, so the "
                "gradient vanishes in deep networks.</li>"
                "<li>Its output is not centred on 0, which slows learning in hidden layers.</li>")};
  case ActivationKind::Tanh:
    return {ConceptLibrary::tr("Hyperbolic tangent (tanh)"),
            ConceptLibrary::tr("An S-shaped curve like the sigmoid, but from −1 to 1 and centred on 0."),
            QStringLiteral("tanh(z) = (e<sup>z</sup> − e<sup>−z</sup>) / (e<sup>z</sup> + e<sup>−z</sup>)"),
            QStringLiteral("tanh′(z) = 1 − tanh²(z)"),
            ConceptLibrary::tr(
                "In the hidden layers of small networks such as the ones in this app; it often learns "
                "the 2D examples faster than the sigmoid."),
            ConceptLibrary::tr("<li>Centred on 0: the next layer receives positive and negative values.</li>"
                               "<li>Its derivative reaches 1 at z = 0, four times the sigmoid's.</li>"),
            ConceptLibrary::tr(
                "<li>It also saturates for large |z|, so gradients can vanish in deep networks.</li>")};
  case ActivationKind::Relu:
    return {ConceptLibrary::tr("ReLU (rectified linear unit)"),
            ConceptLibrary::tr("Lets positive values through and turns negative values into 0."),
            QStringLiteral("f(z) = max(0, z)"),
            ConceptLibrary::tr("f′(z) = 1 if z &gt; 0, and 0 if z &lt; 0"),
            ConceptLibrary::tr("The usual first choice for hidden layers, with He initialisation."),
            ConceptLibrary::tr(
                "<li>Very cheap to compute.</li>"
                "<li>It does not saturate for positive z, so deep networks keep learning.</li>"
                "<li>Many neurons output exactly 0, which gives simple, sparse representations.</li>"),
            ConceptLibrary::tr(
                "<li>“Dead” neurons: if z is negative for every example, the gradient is 0 and the neuron "
                "never learns again. A learning rate that is too high makes this more likely.</li>"
                "<li>It has a corner at 0, so the boundaries it draws are made of straight pieces.</li>")};
  case ActivationKind::LeakyRelu:
    return {ConceptLibrary::tr("Leaky ReLU"),
            ConceptLibrary::tr("Like ReLU, but negative values keep a small slope α instead of becoming 0."),
            ConceptLibrary::tr("f(z) = z if z &gt; 0, and α·z otherwise (α = 0.01 unless you change it)"),
            ConceptLibrary::tr("f′(z) = 1 if z &gt; 0, and α otherwise"),
            ConceptLibrary::tr("In hidden layers, when you see many dead ReLU neurons."),
            ConceptLibrary::tr("<li>No dead neurons: some gradient always flows.</li>"
                               "<li>As cheap as ReLU.</li>"),
            ConceptLibrary::tr("<li>One more setting (α) to choose.</li>"
                               "<li>With a very small α it behaves almost like ReLU.</li>")};
  case ActivationKind::Elu:
    return {ConceptLibrary::tr("ELU (exponential linear unit)"),
            ConceptLibrary::tr(
                "Like ReLU for positive values; for negative values it curves smoothly towards −α."),
            ConceptLibrary::tr("f(z) = z if z &gt; 0, and α·(e<sup>z</sup> − 1) otherwise (α = 1)"),
            ConceptLibrary::tr("f′(z) = 1 if z &gt; 0, and f(z) + α otherwise"),
            ConceptLibrary::tr("In hidden layers, as a smooth alternative to ReLU."),
            ConceptLibrary::tr("<li>Smooth for negative values, and no dead neurons.</li>"
                               "<li>Its outputs have a mean closer to 0, which can speed up learning.</li>"),
            ConceptLibrary::tr("<li>The exponential costs more to compute than ReLU.</li>")};
  case ActivationKind::Selu:
    return {ConceptLibrary::tr("SELU (scaled ELU)"),
            ConceptLibrary::tr(
                "An ELU multiplied by fixed constants chosen so that, layer after layer, the outputs keep "
                "a mean of 0 and a variance of 1 (“self-normalising” networks)."),
            ConceptLibrary::tr(
                "f(z) = λ·z if z &gt; 0, and λ·α·(e<sup>z</sup> − 1) otherwise, with λ ≈ 1.0507 and "
                "α ≈ 1.6733"),
            ConceptLibrary::tr("f′(z) = λ if z &gt; 0, and f(z) + λ·α otherwise"),
            ConceptLibrary::tr(
                "In deep stacks of dense layers, with LeCun normal initialisation and standardised inputs."),
            ConceptLibrary::tr("<li>Deep dense networks train without batch normalisation.</li>"),
            ConceptLibrary::tr(
                "<li>Its guarantee only holds with the right initialisation and inputs; ordinary dropout "
                "and batch normalisation break it.</li>")};
  case ActivationKind::Gelu:
    return {ConceptLibrary::tr("GELU (Gaussian error linear unit)"),
            ConceptLibrary::tr(
                "Multiplies z by the probability that a standard normal variable is smaller than z: a "
                "smooth version of ReLU with a small dip below 0."),
            ConceptLibrary::tr(
                "f(z) = z·Φ(z), where Φ is the cumulative distribution function of the standard normal"),
            ConceptLibrary::tr("f′(z) = Φ(z) + z·φ(z), where φ is the standard normal density"),
            ConceptLibrary::tr(
                "The activation of Transformer models (BERT, GPT); in small networks it behaves much like "
                "ReLU."),
            ConceptLibrary::tr("<li>Smooth everywhere, which gives rounder decision boundaries.</li>"
                               "<li>Often slightly better than ReLU in large models.</li>"),
            ConceptLibrary::tr("<li>More expensive to compute.</li>"
                               "<li>Harder to explain than ReLU.</li>")};
  case ActivationKind::Swish:
    return {ConceptLibrary::tr("Swish (SiLU)"),
            ConceptLibrary::tr("Multiplies z by its own sigmoid: another smooth version of ReLU."),
            QStringLiteral("f(z) = z·σ(z)"),
            QStringLiteral("f′(z) = σ(z) + z·σ(z)·(1 − σ(z))"),
            ConceptLibrary::tr("In hidden layers of deep networks, as an alternative to ReLU."),
            ConceptLibrary::tr("<li>Smooth and without dead neurons.</li>"
                               "<li>Often matches or beats ReLU in deep networks.</li>"),
            ConceptLibrary::tr("<li>More expensive to compute than ReLU.</li>")};
  case ActivationKind::Softplus:
    return {ConceptLibrary::tr("Softplus"),
            ConceptLibrary::tr(
                "A smooth ReLU: always positive, close to 0 for negative z and close to z for positive z."),
            QStringLiteral("f(z) = ln(1 + e<sup>z</sup>)"),
            QStringLiteral("f′(z) = σ(z)"),
            ConceptLibrary::tr(
                "When an output must be positive (a price, a standard deviation), or as a smooth ReLU."),
            ConceptLibrary::tr("<li>Smooth everywhere; its derivative is the sigmoid.</li>"
                               "<li>The output is always positive.</li>"),
            ConceptLibrary::tr("<li>It never outputs exactly 0, and it is slower to compute than ReLU.</li>"
                               "<li>For very negative z its gradient almost vanishes.</li>")};
  case ActivationKind::Softmax:
    return {
        ConceptLibrary::tr("Softmax"),
        ConceptLibrary::tr(
            "Turns the K outputs of the last layer into K probabilities that add up to 1. The plot "
            "shows the first output for the two inputs (z, 0), which is exactly the sigmoid."),
        ConceptLibrary::tr(
            "softmax(z)<sub>k</sub> = e<sup>z<sub>k</sub></sup> / Σ<sub>j</sub> e<sup>z<sub>j</sub></sup>"),
        ConceptLibrary::tr(
            "∂a<sub>k</sub>/∂z<sub>j</sub> = a<sub>k</sub>·(δ<sub>kj</sub> − a<sub>j</sub>), where "
            "δ<sub>kj</sub> is 1 when k = j and 0 otherwise"),
        ConceptLibrary::tr(
            "Only in the output layer of a classification with three or more classes, together with "
            "the categorical cross-entropy loss."),
        ConceptLibrary::tr(
            "<li>It gives one probability per class, and the largest one is the prediction.</li>"
            "<li>With cross-entropy its gradient is simply p − y.</li>"),
        ConceptLibrary::tr("<li>It makes no sense in a hidden layer.</li>"
                           "<li>Each output depends on all the others, so it is not element-wise.</li>")};
  }
  return {};
}

// --- losses ----------------------------------------------------------------------------------

ConceptEntry lossEntry(LossKind kind) {
  ConceptEntry e;
  Body b;
  const QString notation =
      ConceptLibrary::tr("Here n is the number of values, ŷ the prediction and y the target.");
  switch (kind) {
  case LossKind::Mse:
    e.title = ConceptLibrary::tr("Mean squared error (MSE)");
    b.text(ConceptLibrary::tr("The average of the squared differences between prediction and target."))
        .part(ConceptLibrary::tr("Formula"),
              formula(QStringLiteral("L = (1/n) Σ (ŷ − y)²")) + paragraph(notation))
        .part(ConceptLibrary::tr("When to use it"),
              paragraph(ConceptLibrary::tr("Regression with a linear output layer.")))
        .part(ConceptLibrary::tr("Advantages"),
              list(ConceptLibrary::tr("<li>Smooth, with a gradient proportional to the error: large "
                                      "errors are corrected fastest.</li>")))
        .part(ConceptLibrary::tr("Drawbacks"),
              list(ConceptLibrary::tr("<li>Squaring makes it very sensitive to outliers.</li>"
                                      "<li>It is measured in squared units of the target.</li>")));
    e.related = {QStringLiteral("loss/mae"), QStringLiteral("loss/huber"),
                 QStringLiteral("activation/linear")};
    break;
  case LossKind::Mae:
    e.title = ConceptLibrary::tr("Mean absolute error (MAE)");
    b.text(ConceptLibrary::tr("The average of the absolute differences between prediction and target."))
        .part(ConceptLibrary::tr("Formula"),
              formula(QStringLiteral("L = (1/n) Σ |ŷ − y|")) + paragraph(notation))
        .part(ConceptLibrary::tr("When to use it"),
              paragraph(ConceptLibrary::tr("Regression when the data have outliers.")))
        .part(ConceptLibrary::tr("Advantages"),
              list(ConceptLibrary::tr("<li>Robust to outliers.</li>"
                                      "<li>Measured in the same units as the target.</li>")))
        .part(ConceptLibrary::tr("Drawbacks"),
              list(ConceptLibrary::tr("<li>The gradient has the same size however small the error "
                                      "is, so training can wobble around the minimum.</li>")));
    e.related = {QStringLiteral("loss/mse"), QStringLiteral("loss/huber")};
    break;
  case LossKind::Huber:
    e.title = ConceptLibrary::tr("Huber loss");
    b.text(ConceptLibrary::tr(
               "Squared error for small errors and absolute error for large ones: the best of MSE and MAE."))
        .part(ConceptLibrary::tr("Formula"),
              formula(ConceptLibrary::tr(
                  "ℓ(d) = ½·d² if |d| ≤ δ, and δ·(|d| − ½·δ) otherwise; d = ŷ − y, δ = 1")) +
                  formula(QStringLiteral("L = (1/n) Σ ℓ(ŷ − y)")))
        .part(ConceptLibrary::tr("When to use it"),
              paragraph(ConceptLibrary::tr("Regression with a few outliers.")))
        .part(ConceptLibrary::tr("Advantages"),
              list(ConceptLibrary::tr("<li>Smooth near the minimum like MSE, robust to outliers like "
                                      "MAE.</li>")))
        .part(ConceptLibrary::tr("Drawbacks"),
              list(ConceptLibrary::tr("<li>The threshold δ depends on the scale of the target.</li>")));
    e.related = {QStringLiteral("loss/mse"), QStringLiteral("loss/mae")};
    break;
  case LossKind::Bce:
    e.title = ConceptLibrary::tr("Binary cross-entropy (BCE)");
    b.text(ConceptLibrary::tr(
               "Measures how surprised the network is by the true class when it predicts the probability "
               "p = σ(z) for class 1."))
        .part(ConceptLibrary::tr("Formula"),
              formula(QStringLiteral("L = −(1/n) Σ [ y·ln p + (1 − y)·ln(1 − p) ]")) +
                  paragraph(ConceptLibrary::tr(
                      "Neurona computes it directly from z, which never overflows; its gradient with "
                      "respect to z is simply p − y.")))
        .part(ConceptLibrary::tr("When to use it"),
              paragraph(ConceptLibrary::tr("Two classes, with one output neuron and a sigmoid activation.")))
        .part(ConceptLibrary::tr("Advantages"),
              list(ConceptLibrary::tr("<li>A confident wrong answer costs a lot, so the network learns "
                                      "quickly from its mistakes.</li>")))
        .part(ConceptLibrary::tr("Drawbacks"),
              list(ConceptLibrary::tr("<li>It needs a sigmoid output and labels 0 and 1.</li>")));
    e.related = {QStringLiteral("activation/sigmoid"), QStringLiteral("loss/cce")};
    break;
  case LossKind::Cce:
    e.title = ConceptLibrary::tr("Categorical cross-entropy (CCE)");
    b.text(ConceptLibrary::tr(
               "Cross-entropy for K classes: it looks at the probability the softmax gives to the true "
               "class."))
        .part(ConceptLibrary::tr("Formula"),
              formula(
                  QStringLiteral("L = −(1/n) Σ<sub>i</sub> Σ<sub>k</sub> y<sub>ik</sub>·ln p<sub>ik</sub>")) +
                  paragraph(ConceptLibrary::tr(
                      "y<sub>ik</sub> is 1 for the true class of example i and 0 for the others "
                      "(one-hot). With a softmax output the gradient is p − y.")))
        .part(ConceptLibrary::tr("When to use it"),
              paragraph(
                  ConceptLibrary::tr("Three or more classes, with one output neuron per class and softmax.")))
        .part(ConceptLibrary::tr("Advantages"),
              list(ConceptLibrary::tr("<li>It gives a probability for every class.</li>")))
        .part(
            ConceptLibrary::tr("Drawbacks"),
            list(ConceptLibrary::tr("<li>It needs a softmax output with as many neurons as classes.</li>")));
    e.related = {QStringLiteral("activation/softmax"), QStringLiteral("loss/bce")};
    break;
  }
  e.html = b.html;
  return e;
}

// --- optimizers ------------------------------------------------------------------------------

QString optimizerNotation() {
  return ConceptLibrary::tr("θ: a weight or bias; g: its gradient ∂L/∂θ; η: the learning rate; t: the step "
                            "number; λ: the weight decay. All operations are element-wise.");
}

std::optional<ConceptEntry> optimizerEntry(const QString& name) {
  ConceptEntry e;
  Body b;
  const QString rule = ConceptLibrary::tr("Update rule (as in PyTorch)");
  if (name == QLatin1String("sgd")) {
    e.title = ConceptLibrary::tr("SGD (stochastic gradient descent)");
    b.text(ConceptLibrary::tr(
               "The basic step of gradient descent: move each parameter a little against its gradient. "
               "“Stochastic” because the gradient comes from one mini-batch, not from all the data."))
        .part(rule, formula(QStringLiteral("θ ← θ − η·g")) +
                        paragraph(ConceptLibrary::tr(
                            "With momentum μ the steps build up speed in a consistent direction, "
                            "like a ball rolling downhill:")) +
                        formula(QStringLiteral("b ← μ·b + g;&nbsp;&nbsp; θ ← θ − η·b")) +
                        paragraph(ConceptLibrary::tr("Nesterov momentum looks one step ahead:")) +
                        formula(QStringLiteral("b ← μ·b + g;&nbsp;&nbsp; θ ← θ − η·(g + μ·b)")) +
                        paragraph(ConceptLibrary::tr("With weight decay, g is replaced by g + λ·θ first.")) +
                        paragraph(optimizerNotation()))
        .part(ConceptLibrary::tr("Advantages"),
              list(ConceptLibrary::tr("<li>Simple and easy to understand.</li>"
                                      "<li>With momentum and a well-chosen learning rate it often "
                                      "generalises very well.</li>")))
        .part(ConceptLibrary::tr("Drawbacks"),
              list(ConceptLibrary::tr("<li>Very sensitive to the learning rate.</li>"
                                      "<li>Without momentum it is slow in long, narrow valleys.</li>")));
    e.related = {QStringLiteral("concept/learning-rate"), QStringLiteral("optimizer/adam")};
  } else if (name == QLatin1String("adam")) {
    e.title = ConceptLibrary::tr("Adam");
    b.text(ConceptLibrary::tr(
               "Keeps a running mean of the gradient (the momentum) and of its square, and gives each "
               "parameter its own step size."))
        .part(rule, formula(QStringLiteral("m ← β<sub>1</sub>·m + (1 − β<sub>1</sub>)·g<br>"
                                           "v ← β<sub>2</sub>·v + (1 − β<sub>2</sub>)·g²<br>"
                                           "m̂ = m / (1 − β<sub>1</sub><sup>t</sup>);&nbsp;&nbsp; "
                                           "v̂ = v / (1 − β<sub>2</sub><sup>t</sup>)<br>"
                                           "θ ← θ − η·m̂ / (√v̂ + ε)")) +
                        paragraph(ConceptLibrary::tr(
                            "Defaults: η = 0.001, β<sub>1</sub> = 0.9, β<sub>2</sub> = 0.999, "
                            "ε = 10<sup>−8</sup>. The division by 1 − β<sup>t</sup> corrects the "
                            "start, when m and v are still near 0. Weight decay adds λ·θ to g.")) +
                        paragraph(optimizerNotation()))
        .part(ConceptLibrary::tr("Advantages"),
              list(ConceptLibrary::tr("<li>Works well with its default settings on most problems.</li>"
                                      "<li>Copes with gradients of very different sizes.</li>")))
        .part(ConceptLibrary::tr("Drawbacks"),
              list(ConceptLibrary::tr("<li>Keeps two extra values per parameter.</li>"
                                      "<li>Its weight decay is not true L2 shrinkage; use AdamW for "
                                      "that.</li>")));
    e.related = {QStringLiteral("optimizer/adamw"), QStringLiteral("optimizer/rmsprop")};
  } else if (name == QLatin1String("adamw")) {
    e.title = ConceptLibrary::tr("AdamW");
    b.text(ConceptLibrary::tr(
               "Adam with decoupled weight decay: the weights shrink directly, separately from the "
               "adaptive step."))
        .part(rule, formula(QStringLiteral("θ ← θ − η·λ·θ")) +
                        paragraph(ConceptLibrary::tr("then the same step as Adam:")) +
                        formula(QStringLiteral("m ← β<sub>1</sub>·m + (1 − β<sub>1</sub>)·g;&nbsp;&nbsp; "
                                               "v ← β<sub>2</sub>·v + (1 − β<sub>2</sub>)·g²<br>"
                                               "θ ← θ − η·m̂ / (√v̂ + ε)")) +
                        paragraph(ConceptLibrary::tr("Default weight decay λ = 0.01.")) +
                        paragraph(optimizerNotation()))
        .part(ConceptLibrary::tr("Advantages"),
              list(ConceptLibrary::tr("<li>The weight decay really regularises, whatever the size of "
                                      "the gradients.</li>")))
        .part(ConceptLibrary::tr("Drawbacks"),
              list(ConceptLibrary::tr("<li>One more setting (λ) to tune.</li>")));
    e.related = {QStringLiteral("optimizer/adam"), QStringLiteral("regularization/l2")};
  } else if (name == QLatin1String("rmsprop")) {
    e.title = ConceptLibrary::tr("RMSprop");
    b.text(ConceptLibrary::tr(
               "Divides each step by a running average of the recent squared gradients, so parameters with "
               "large gradients take smaller steps."))
        .part(rule, formula(QStringLiteral("v ← α·v + (1 − α)·g²<br>θ ← θ − η·g / (√v + ε)")) +
                        paragraph(ConceptLibrary::tr(
                            "Defaults: η = 0.01, α = 0.99, ε = 10<sup>−8</sup>. With momentum μ: "
                            "b ← μ·b + g / (√v + ε) and θ ← θ − η·b. The centred variant uses "
                            "v minus the square of the mean gradient.")) +
                        paragraph(optimizerNotation()))
        .part(ConceptLibrary::tr("Advantages"),
              list(ConceptLibrary::tr("<li>Adapts the step of each parameter; robust on noisy "
                                      "problems.</li>")))
        .part(ConceptLibrary::tr("Drawbacks"),
              list(ConceptLibrary::tr("<li>No correction of the start, unlike Adam.</li>")));
    e.related = {QStringLiteral("optimizer/adam"), QStringLiteral("optimizer/adagrad")};
  } else if (name == QLatin1String("adagrad")) {
    e.title = ConceptLibrary::tr("Adagrad");
    b.text(ConceptLibrary::tr(
               "Adds up all past squared gradients: parameters that have changed a lot take ever smaller "
               "steps."))
        .part(rule, formula(QStringLiteral("s ← s + g²<br>θ ← θ − η·g / (√s + ε)")) +
                        paragraph(ConceptLibrary::tr(
                            "Defaults: η = 0.01, ε = 10<sup>−10</sup>. With learning-rate decay d, "
                            "η is divided by 1 + (t − 1)·d.")) +
                        paragraph(optimizerNotation()))
        .part(ConceptLibrary::tr("Advantages"),
              list(ConceptLibrary::tr("<li>Little tuning; good when some inputs are rare.</li>")))
        .part(ConceptLibrary::tr("Drawbacks"),
              list(ConceptLibrary::tr("<li>The sum only grows, so the steps shrink until learning "
                                      "stops.</li>")));
    e.related = {QStringLiteral("optimizer/rmsprop"), QStringLiteral("concept/learning-rate")};
  } else {
    return std::nullopt;
  }
  e.html = b.html;
  return e;
}

// --- regularisation and layers -------------------------------------------------------------------

std::optional<ConceptEntry> otherEntry(const QString& key) {
  ConceptEntry e;
  Body b;
  if (key == QLatin1String("regularization/l1")) {
    e.title = ConceptLibrary::tr("L1 regularisation");
    b.text(ConceptLibrary::tr(
               "Adds to the loss the sum of the absolute values of the weights, so that the network prefers "
               "small weights and sets the useless ones to exactly 0."))
        .part(ConceptLibrary::tr("Formula"),
              formula(QStringLiteral("L′ = L + λ·Σ |w|")) +
                  paragraph(ConceptLibrary::tr("Each step pushes every weight towards 0 by the same amount "
                                               "η·λ·sign(w). Biases are not penalised.")))
        .part(ConceptLibrary::tr("When to use it"),
              paragraph(
                  ConceptLibrary::tr("Against overfitting, when you suspect that only a few inputs matter.")))
        .part(ConceptLibrary::tr("Advantages"),
              list(ConceptLibrary::tr("<li>Sparse networks: many weights become 0.</li>")))
        .part(ConceptLibrary::tr("Drawbacks"),
              list(ConceptLibrary::tr("<li>Too large a λ sets every weight to 0 (underfitting).</li>")));
    e.related = {QStringLiteral("regularization/l2"), QStringLiteral("concept/overfitting")};
  } else if (key == QLatin1String("regularization/l2")) {
    e.title = ConceptLibrary::tr("L2 regularisation (weight decay)");
    b.text(ConceptLibrary::tr(
               "Adds to the loss the sum of the squared weights, so that large weights are expensive and "
               "the decision boundary becomes smoother."))
        .part(ConceptLibrary::tr("Formula"),
              formula(QStringLiteral("L′ = L + λ·Σ w²")) +
                  paragraph(ConceptLibrary::tr("Its gradient 2·λ·w shrinks each weight in proportion to "
                                               "its size. Biases are not penalised.")))
        .part(ConceptLibrary::tr("When to use it"),
              paragraph(ConceptLibrary::tr("The usual first remedy for overfitting.")))
        .part(ConceptLibrary::tr("Advantages"),
              list(ConceptLibrary::tr("<li>Smoother boundaries that generalise better.</li>")))
        .part(ConceptLibrary::tr("Drawbacks"),
              list(ConceptLibrary::tr("<li>Too large a λ makes the model too simple (underfitting).</li>")));
    e.related = {QStringLiteral("regularization/l1"), QStringLiteral("optimizer/adamw"),
                 QStringLiteral("concept/overfitting")};
  } else if (key == QLatin1String("layer/dense")) {
    e.title = ConceptLibrary::tr("Dense layer");
    b.text(ConceptLibrary::tr(
               "Every neuron of the layer receives every output of the previous layer. Each neuron "
               "multiplies its inputs by its weights, adds its bias and applies the activation function."))
        .part(ConceptLibrary::tr("Formula"),
              formula(QStringLiteral("a = f(x·W + b)")) +
                  paragraph(ConceptLibrary::tr("x: the inputs; W: the weights (one column per neuron); b: "
                                               "the biases; f: the activation function.")))
        .part(ConceptLibrary::tr("When to use it"),
              paragraph(ConceptLibrary::tr(
                  "It is the building block of every network in this app. More neurons draw more "
                  "complex boundaries; more layers combine simple shapes into complex ones.")));
    e.related = {QStringLiteral("activation/relu"), QStringLiteral("concept/training-loop")};
  } else if (key == QLatin1String("layer/dropout")) {
    e.title = ConceptLibrary::tr("Dropout");
    b.text(ConceptLibrary::tr(
               "During training, switches off each neuron of the previous layer at random with probability p "
               "(the rate), so that the network cannot rely on any single neuron."))
        .part(ConceptLibrary::tr("Formula"),
              formula(ConceptLibrary::tr(
                  "a = x·m / (1 − p), where each m is 1 with probability 1 − p and 0 otherwise")) +
                  paragraph(ConceptLibrary::tr(
                      "Dividing by 1 − p keeps the average the same, so at prediction time the layer "
                      "does nothing.")))
        .part(ConceptLibrary::tr("When to use it"),
              paragraph(ConceptLibrary::tr(
                  "Against overfitting in networks with many neurons; rates from 0.1 to 0.5.")))
        .part(ConceptLibrary::tr("Advantages"),
              list(ConceptLibrary::tr("<li>Acts like training many thinner networks and averaging "
                                      "them.</li>")))
        .part(ConceptLibrary::tr("Drawbacks"),
              list(ConceptLibrary::tr("<li>Training is noisier and needs more epochs.</li>"
                                      "<li>Pointless in very small networks, which already underfit.</li>")));
    e.related = {QStringLiteral("concept/overfitting"), QStringLiteral("regularization/l2")};
  } else if (key == QLatin1String("layer/batchnorm")) {
    e.title = ConceptLibrary::tr("Batch normalisation");
    b.text(ConceptLibrary::tr(
               "Standardises each input of the layer over the mini-batch (mean 0, variance 1) and then lets "
               "the network choose its own scale γ and shift β."))
        .part(ConceptLibrary::tr("Formula"),
              formula(QStringLiteral(
                  "x̂ = (x − μ<sub>B</sub>) / √(σ²<sub>B</sub> + ε);&nbsp;&nbsp; y = γ·x̂ + β")) +
                  paragraph(ConceptLibrary::tr(
                      "μ<sub>B</sub> and σ²<sub>B</sub> are the mean and variance of the mini-batch. "
                      "For predictions it uses running averages collected during training.")))
        .part(ConceptLibrary::tr("When to use it"),
              paragraph(ConceptLibrary::tr(
                  "Between a dense layer and the next one in deeper networks that learn slowly.")))
        .part(ConceptLibrary::tr("Advantages"),
              list(ConceptLibrary::tr("<li>Allows higher learning rates and faster training.</li>"
                                      "<li>Reduces vanishing and exploding gradients.</li>")))
        .part(ConceptLibrary::tr("Drawbacks"),
              list(ConceptLibrary::tr("<li>It behaves differently in training and in prediction.</li>"
                                      "<li>Very small batches give noisy statistics.</li>")));
    e.related = {QStringLiteral("concept/batch-size"), QStringLiteral("concept/vanishing-gradients")};
  } else if (key == QLatin1String("layer/add")) {
    e.title = ConceptLibrary::tr("Add layer");
    b.text(ConceptLibrary::tr(
               "Joins two or more branches of the network by adding their outputs, neuron by neuron. The "
               "branches must have the same number of neurons."))
        .part(ConceptLibrary::tr("Formula"),
              formula(QStringLiteral("a = f(x<sub>1</sub> + x<sub>2</sub> + …)")) +
                  paragraph(
                      ConceptLibrary::tr("x₁, x₂, …: the outputs of the layers it reads; f: its activation "
                                         "(linear unless you choose another). It has no weights.")))
        .part(ConceptLibrary::tr("When to use it"),
              paragraph(ConceptLibrary::tr(
                  "For skip connections: a block that adds its result to its own input, h + f(h), passes "
                  "the gradient back unchanged as well as through its layers, so deep networks still learn "
                  "(residual networks).")))
        .part(ConceptLibrary::tr("Drawbacks"),
              list(ConceptLibrary::tr("<li>Adding outputs that are always positive, such as sigmoids, makes "
                                      "the sum grow with every block.</li>")));
    e.related = {QStringLiteral("concept/vanishing-gradients"), QStringLiteral("layer/concat")};
  } else if (key == QLatin1String("layer/concat")) {
    e.title = ConceptLibrary::tr("Concat layer");
    b.text(ConceptLibrary::tr(
               "Joins two or more branches by putting their outputs side by side: the next layer sees all "
               "of their neurons, in the order of the layer's inputs."))
        .part(ConceptLibrary::tr("Formula"),
              formula(QStringLiteral("a = f([x<sub>1</sub>, x<sub>2</sub>, …])")) +
                  paragraph(ConceptLibrary::tr("Its width is the sum of the widths it reads. It has no "
                                               "weights.")))
        .part(ConceptLibrary::tr("When to use it"),
              paragraph(ConceptLibrary::tr(
                  "When branches look at the data in different ways (for example a wide shallow branch and a "
                  "deep narrow one) and a later layer should use both.")));
    e.related = {QStringLiteral("layer/add"), QStringLiteral("layer/dense")};
  } else if (key == QLatin1String("layer/conv2d")) {
    e.title = ConceptLibrary::tr("Conv2D layer (convolution)");
    b.text(ConceptLibrary::tr(
               "For pictures. Each filter is a small window of weights (3 × 3, say) that slides over the "
               "picture; at every position it multiplies the pixels under it by its weights and adds them "
               "up. The result is a feature map: bright where the filter's pattern (an edge, a corner, a "
               "stroke) appears."))
        .part(ConceptLibrary::tr("Formula"),
              formula(QStringLiteral("a<sub>i,j,f</sub> = g(b<sub>f</sub> + Σ<sub>u,v,c</sub> "
                                     "w<sub>u,v,c,f</sub> · x<sub>i+u, j+v, c</sub>)")) +
                  paragraph(ConceptLibrary::tr(
                      "f: the filter; u, v: the position inside the window; c: the input channel; g: the "
                      "activation. \"same\" padding adds zeros around the picture so the map keeps its "
                      "size; \"valid\" does not, and the map shrinks by the window less one.")))
        .part(ConceptLibrary::tr("Why it works"),
              list(ConceptLibrary::tr(
                  "<li>The same weights are used at every position, so a pattern is found wherever it is: a "
                  "digit moved two pixels is still the same digit.</li>"
                  "<li>Far fewer parameters than a Dense layer on the same picture: 8 filters of 3 × 3 "
                  "have 80, a Dense layer of 8 neurons on 16 × 16 pixels has 2,056.</li>")))
        .part(ConceptLibrary::tr("Drawbacks"),
              list(ConceptLibrary::tr("<li>It needs image data (the input's height, width and "
                                      "channels).</li><li>Each layer sees only a small window; pooling and "
                                      "more layers widen what later filters see.</li>")));
    e.related = {QStringLiteral("layer/maxpool2d"), QStringLiteral("layer/flatten")};
  } else if (key == QLatin1String("layer/maxpool2d") || key == QLatin1String("layer/avgpool2d")) {
    const bool max = key == QLatin1String("layer/maxpool2d");
    e.title = max ? ConceptLibrary::tr("MaxPool2D layer (max pooling)")
                  : ConceptLibrary::tr("AvgPool2D layer (average pooling)");
    b.text(
         max ? ConceptLibrary::tr("Shrinks each feature map: of every window (2 × 2, say) it keeps only the "
                                  "largest value. A 16 × 16 map becomes 8 × 8.")
             : ConceptLibrary::tr(
                   "Shrinks each feature map: every window (2 × 2, say) becomes the average of "
                   "its values. A 16 × 16 map becomes 8 × 8."))
        .part(ConceptLibrary::tr("Why it works"),
              list(ConceptLibrary::tr(
                  "<li>A pattern that moves by a pixel inside a window gives the same result, so the network "
                  "cares less about exact positions.</li><li>Smaller maps mean less work, and the next "
                  "filters see a wider part of the picture.</li><li>It has no weights.</li>")));
    e.related = {QStringLiteral("layer/conv2d"),
                 max ? QStringLiteral("layer/avgpool2d") : QStringLiteral("layer/maxpool2d")};
  } else if (key == QLatin1String("layer/flatten")) {
    e.title = ConceptLibrary::tr("Flatten layer");
    b.text(ConceptLibrary::tr(
        "Unrolls the feature maps into one long column of values, row by row with the channels last "
        "(as Keras does), so that Dense layers can read them. 4 × 4 maps of 16 channels become 256 "
        "values. It has no weights."));
    e.related = {QStringLiteral("layer/conv2d"), QStringLiteral("layer/dense")};
  } else {
    return std::nullopt;
  }
  e.html = b.html;
  return e;
}

// --- training ideas ----------------------------------------------------------------------------

std::optional<ConceptEntry> trainingEntry(const QString& key) {
  ConceptEntry e;
  if (key == QLatin1String("concept/training-loop")) {
    e.title = ConceptLibrary::tr("The training loop");
    e.html = ConceptLibrary::tr(
        "<p>A network learns by repeating four steps for every mini-batch:</p>"
        "<ol><li><b>Forward pass:</b> the inputs go through the layers, one after another, to "
        "produce a prediction.</li>"
        "<li><b>Loss:</b> the loss function measures how far the predictions are from the "
        "targets.</li>"
        "<li><b>Backpropagation:</b> the chain rule carries the error backwards, from the output "
        "layer to the first one, and gives the gradient ∂L/∂θ of the loss with respect to every "
        "weight and bias.</li>"
        "<li><b>Update:</b> the optimizer moves every parameter a little against its gradient, "
        "for example θ ← θ − η·∂L/∂θ (gradient descent).</li></ol>"
        "<p>Going once through all the training data is one epoch.</p>");
    e.related = {QStringLiteral("concept/epoch"), QStringLiteral("concept/learning-rate"),
                 QStringLiteral("optimizer/sgd")};
  } else if (key == QLatin1String("concept/epoch")) {
    e.title = ConceptLibrary::tr("Epoch");
    e.html = ConceptLibrary::tr(
        "<p>One epoch is one pass through the whole training set. With 200 examples and a batch "
        "size of 20, an epoch has 10 steps of the optimizer.</p>"
        "<p>Too few epochs leave the network underfitted; too many can lead to overfitting. Watch the "
        "validation loss: when it stops going down, more epochs do not help.</p>");
    e.related = {QStringLiteral("concept/batch-size"), QStringLiteral("concept/overfitting")};
  } else if (key == QLatin1String("concept/batch-size")) {
    e.title = ConceptLibrary::tr("Batch size");
    e.html = ConceptLibrary::tr(
        "<p>The number of examples used to compute one gradient and take one step. The training "
        "set is shuffled and cut into mini-batches of this size.</p>"
        "<ul><li><b>Small batches</b> (1–32): many cheap, noisy steps; the noise can help escape "
        "poor solutions.</li>"
        "<li><b>Large batches</b> (or the whole set): fewer, smoother steps, but each one costs "
        "more.</li></ul>"
        "<p>If you change the batch size a lot, the best learning rate usually changes too.</p>");
    e.related = {QStringLiteral("concept/epoch"), QStringLiteral("concept/learning-rate"),
                 QStringLiteral("layer/batchnorm")};
  } else if (key == QLatin1String("concept/learning-rate")) {
    e.title = ConceptLibrary::tr("Learning rate");
    e.html = ConceptLibrary::tr(
        "<p>The learning rate η sets the size of each step the optimizer takes against the "
        "gradient: θ ← θ − η·∂L/∂θ.</p>"
        "<ul><li><b>Too high:</b> the loss jumps around or grows (it diverges).</li>"
        "<li><b>Too low:</b> the loss goes down very slowly.</li>"
        "<li><b>About right:</b> the loss falls quickly at first and then steadily.</li></ul>"
        "<p>Try values 10 times apart (0.1, 0.01, 0.001) and watch the loss curve. It is the most "
        "important setting of all.</p>");
    e.related = {QStringLiteral("optimizer/sgd"), QStringLiteral("concept/exploding-gradients")};
  } else if (key == QLatin1String("concept/overfitting")) {
    e.title = ConceptLibrary::tr("Overfitting");
    e.html = ConceptLibrary::tr(
        "<p>The network learns the training examples by heart, noise included, instead of the "
        "general pattern. It does very well on the training data and worse on new data.</p>"
        "<p><b>How to recognise it:</b> the training loss keeps going down while the validation loss "
        "goes up; the decision boundary twists around single points.</p>"
        "<p><b>What to do:</b> more data, a smaller network, L2 or L1 regularisation, dropout, or "
        "stopping earlier.</p>");
    e.related = {QStringLiteral("concept/underfitting"), QStringLiteral("regularization/l2"),
                 QStringLiteral("layer/dropout")};
  } else if (key == QLatin1String("concept/underfitting")) {
    e.title = ConceptLibrary::tr("Underfitting");
    e.html = ConceptLibrary::tr(
        "<p>The model is too simple, or has not trained enough, to capture the pattern in the "
        "data. It does badly on the training data and on new data alike.</p>"
        "<p><b>How to recognise it:</b> both losses stay high; the boundary is too simple, for "
        "example a straight line through a spiral.</p>"
        "<p><b>What to do:</b> more neurons or layers, a non-linear activation, more epochs, a "
        "better learning rate, or less regularisation.</p>");
    e.related = {QStringLiteral("concept/overfitting"), QStringLiteral("layer/dense")};
  } else if (key == QLatin1String("concept/vanishing-gradients")) {
    e.title = ConceptLibrary::tr("Vanishing gradients");
    e.html = ConceptLibrary::tr(
        "<p>Backpropagation multiplies one derivative per layer. When these factors are small (the "
        "sigmoid's is at most 0.25), the product shrinks layer after layer and the first layers "
        "barely learn.</p>"
        "<p><b>How to recognise it:</b> the loss hardly moves, and the weights near the input stay "
        "as they started.</p>"
        "<p><b>What to do:</b> ReLU-like activations in hidden layers, a suitable initialisation "
        "(He for ReLU, Glorot for tanh), batch normalisation, or fewer layers.</p>");
    e.related = {QStringLiteral("concept/exploding-gradients"), QStringLiteral("activation/sigmoid"),
                 QStringLiteral("activation/relu")};
  } else if (key == QLatin1String("concept/dead-neurons")) {
    e.title = ConceptLibrary::tr("Dead neurons");
    e.html = ConceptLibrary::tr(
        "<p>A ReLU neuron whose weighted sum z is negative for every example outputs 0 for all of them. "
        "Its gradient is then 0 too, so its weights never change again: the neuron has died, and the "
        "layer works with fewer neurons than it has.</p>"
        "<p><b>How to recognise it:</b> the Training health plots show a large share of a layer's "
        "neurons that never activate; the boundary stops improving.</p>"
        "<p><b>What to do:</b> leaky ReLU or ELU, which keep a small gradient for negative z; a smaller "
        "learning rate; He initialisation; batch normalisation before the activation.</p>");
    e.related = {QStringLiteral("activation/relu"), QStringLiteral("activation/leaky_relu"),
                 QStringLiteral("concept/vanishing-gradients"), QStringLiteral("concept/learning-rate")};
  } else if (key == QLatin1String("concept/exploding-gradients")) {
    e.title = ConceptLibrary::tr("Exploding gradients");
    e.html = ConceptLibrary::tr(
        "<p>The opposite problem: when the factors of the chain rule are larger than 1, the "
        "gradient grows layer after layer, the steps become huge and the weights blow up.</p>"
        "<p><b>How to recognise it:</b> the loss jumps to very large values or becomes NaN (not a "
        "number).</p>"
        "<p><b>What to do:</b> a lower learning rate, gradient clipping, a suitable "
        "initialisation, batch normalisation, or L2 regularisation.</p>");
    e.related = {QStringLiteral("concept/vanishing-gradients"), QStringLiteral("concept/learning-rate")};
  } else if (key == QLatin1String("concept/loss-curves")) {
    e.title = ConceptLibrary::tr("Loss curves");
    e.html = ConceptLibrary::tr(
        "<p>The loss after every epoch, on the training examples (solid line) and on the validation "
        "examples (dashed line), with the accuracy, or R² for regression, beside it.</p>"
        "<ul><li><b>Both fall and then level off:</b> the network is learning.</li>"
        "<li><b>Both stay high:</b> underfitting; try a bigger network, another learning rate or more "
        "epochs.</li>"
        "<li><b>The training loss falls while the validation loss rises:</b> overfitting.</li>"
        "<li><b>The loss jumps up and down or shoots up:</b> the learning rate is too high.</li></ul>"
        "<p>On a logarithmic scale each step down the axis is 10 times smaller, so the small "
        "improvements of the late epochs stay visible.</p>");
    e.related = {QStringLiteral("concept/overfitting"), QStringLiteral("concept/underfitting"),
                 QStringLiteral("concept/learning-rate")};
  } else if (key == QLatin1String("concept/decision-boundary")) {
    e.title = ConceptLibrary::tr("Decision boundary");
    e.html = ConceptLibrary::tr(
        "<p>The line where the network's answer changes from one class to another. To draw it, the "
        "network is asked about every point of a grid over the plane, and each point is coloured by the "
        "class it predicts; for regression, by the value it predicts.</p>"
        "<p>The strength of the colour shows how sure the network is: pale near the boundary, strong "
        "far from it. <b>Discretize</b> shows only the predicted class.</p>"
        "<p>Without hidden layers a network can only draw a straight boundary; hidden layers with a "
        "non-linear activation bend it. A boundary that twists around single points is a sign of "
        "overfitting.</p>");
    e.related = {QStringLiteral("layer/dense"), QStringLiteral("concept/overfitting")};
  } else if (key == QLatin1String("concept/dataset")) {
    e.title = ConceptLibrary::tr("Data set");
    e.html = ConceptLibrary::tr(
        "<p>The examples the network learns from. Here each example is a point with two inputs, x₁ and "
        "x₂ (its position), and a target: the class it belongs to (its colour) or, for regression, a "
        "number.</p>"
        "<ul><li><b>Samples:</b> more examples show the pattern more clearly and make it harder to "
        "learn them by heart.</li>"
        "<li><b>Noise:</b> moves the points away from the clean pattern; the network should learn the "
        "pattern, not the noise.</li>"
        "<li><b>Seed:</b> the same seed draws exactly the same points, so a whole class can work with "
        "the same data.</li></ul>"
        "<p>Part of the examples can be kept out of training (validation and test) to check how the "
        "network does on data it has not seen.</p>");
    e.related = {QStringLiteral("concept/preprocessing"), QStringLiteral("concept/overfitting")};
  } else if (key == QLatin1String("concept/pictures")) {
    e.title = ConceptLibrary::tr("Pictures as data");
    e.html = ConceptLibrary::tr(
        "<p>A picture is a grid of pixels, each a number from 0 (dark) to 1 (bright): a 16 × 16 grey "
        "picture is 256 inputs. A Dense layer treats them as 256 unrelated numbers; a convolution knows "
        "which pixels are neighbours, so it learns strokes and edges that can appear anywhere.</p>"
        "<ul><li><b>Samples:</b> every picture with the class the network gives it and how sure it is; "
        "the mistakes are marked. Look at the mistakes to see what the network confuses.</li>"
        "<li><b>Draw:</b> add pictures of your own to a class, or test the network on a drawing: a "
        "network that only learned its training pictures by heart fails on yours.</li>"
        "<li>Choosing a picture shows, on the canvas, what each filter finds in it.</li></ul>");
    e.related = {QStringLiteral("layer/conv2d"), QStringLiteral("concept/overfitting")};
  } else if (key == QLatin1String("concept/preprocessing")) {
    e.title = ConceptLibrary::tr("Preparing the inputs");
    e.html = ConceptLibrary::tr(
        "<p>Before training, the inputs can be rescaled and extended. Gradient descent works best when "
        "all the inputs have similar sizes.</p>"
        "<ul><li><b>Standardize:</b> subtracts the mean of each input and divides by its standard "
        "deviation, so that it has mean 0 and deviation 1.</li>"
        "<li><b>Min–max:</b> stretches each input to the range from 0 to 1.</li></ul>"
        "<p>The scaling is computed on the training examples only and then applied to every point, so "
        "the validation and test examples tell the network nothing in advance.</p>"
        "<p><b>Extra inputs</b> such as x₁², x₁·x₂ or sin(x₁) are computed from the original ones. With "
        "x₁² and x₂², even a network without hidden layers can draw a circle.</p>");
    e.related = {QStringLiteral("concept/dataset"), QStringLiteral("layer/batchnorm")};
  } else {
    return std::nullopt;
  }
  return e;
}

} // namespace

std::optional<ConceptEntry> ConceptLibrary::entry(const QString& key) {
  const qsizetype slash = key.indexOf(QLatin1Char('/'));
  if (slash <= 0) return std::nullopt;
  const QString group = key.left(slash);
  const QString name = key.mid(slash + 1);
  std::optional<ConceptEntry> e;
  if (group == QLatin1String("activation")) {
    const auto kind = neurona::activationFromString(name.toStdString());
    if (!kind) return std::nullopt;
    const ActivationText t = activationText(*kind);
    ConceptEntry a;
    a.title = t.title;
    a.activation = *kind;
    a.html = Body{}
                 .text(t.summary)
                 .part(tr("Formula"), formula(t.formula))
                 .part(tr("Derivative"), formula(t.derivative))
                 .part(tr("When to use it"), paragraph(t.use))
                 .part(tr("Advantages"), list(t.pros))
                 .part(tr("Drawbacks"), list(t.cons))
                 .html;
    a.related = {QStringLiteral("concept/vanishing-gradients"), QStringLiteral("layer/dense")};
    e = a;
  } else if (group == QLatin1String("loss")) {
    const auto kind = neurona::lossFromString(name.toStdString());
    if (!kind) return std::nullopt;
    e = lossEntry(*kind);
  } else if (group == QLatin1String("optimizer")) {
    e = optimizerEntry(name);
  } else if (group == QLatin1String("concept")) {
    e = trainingEntry(key);
  } else if (group == QLatin1String("regularization") || group == QLatin1String("layer")) {
    e = otherEntry(key);
  }
  if (!e) return std::nullopt;
  e->key = key;
  e->group = group;
  return e;
}
