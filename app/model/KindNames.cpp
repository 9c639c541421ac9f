#include "model/KindNames.h"

#include <QHash>

using neurona::ActivationKind;
using neurona::InitKind;
using neurona::LayerType;
using neurona::LossKind;
using neurona::TaskKind;

QString KindNames::layerType(LayerType t) {
  switch (t) {
  case LayerType::Dense: return tr("Dense");
  case LayerType::Add: return tr("Add");
  case LayerType::Concat: return tr("Concat");
  case LayerType::Dropout: return tr("Dropout");
  case LayerType::BatchNorm: return tr("BatchNorm");
  case LayerType::Conv2d: return tr("Conv2D");
  case LayerType::MaxPool2d: return tr("MaxPool2D");
  case LayerType::AvgPool2d: return tr("AvgPool2D");
  case LayerType::Flatten: return tr("Flatten");
  }
  return {};
}

QString KindNames::activation(ActivationKind a) {
  switch (a) {
  case ActivationKind::Linear: return tr("linear");
  case ActivationKind::Sigmoid: return tr("sigmoid");
  case ActivationKind::Tanh: return tr("tanh");
  case ActivationKind::Relu: return tr("ReLU");
  case ActivationKind::LeakyRelu: return tr("leaky ReLU");
  case ActivationKind::Elu: return tr("ELU");
  case ActivationKind::Selu: return tr("SELU");
  case ActivationKind::Gelu: return tr("GELU");
  case ActivationKind::Swish: return tr("swish");
  case ActivationKind::Softplus: return tr("softplus");
  case ActivationKind::Softmax: return tr("softmax");
  }
  return {};
}

QString KindNames::activationHelp(ActivationKind a) {
  switch (a) {
  case ActivationKind::Linear:
    return tr("Linear: passes the weighted sum through unchanged. Use it on the output for regression.");
  case ActivationKind::Sigmoid:
    return tr("Sigmoid: squashes any number into 0…1. One sigmoid output gives the probability of a "
              "yes/no answer.");
  case ActivationKind::Tanh:
    return tr("tanh: an S-shaped curve from −1 to 1, centred on zero. A good choice for small hidden "
              "layers.");
  case ActivationKind::Relu:
    return tr("ReLU: keeps positive values and turns negative ones into 0. Fast and the usual default "
              "for hidden layers.");
  case ActivationKind::LeakyRelu:
    return tr("Leaky ReLU: like ReLU, but negative values keep a small slope (alpha), so neurons never "
              "go completely silent.");
  case ActivationKind::Elu:
    return tr("ELU: like ReLU for positive values, a smooth curve towards −alpha for negative ones.");
  case ActivationKind::Selu:
    return tr("SELU: a scaled ELU that keeps the signal's mean and spread stable in deep stacks.");
  case ActivationKind::Gelu:
    return tr("GELU: a smooth ReLU that weighs each value by how likely it is to be positive.");
  case ActivationKind::Swish:
    return tr("Swish: x · sigmoid(x), a smooth curve that dips slightly below zero.");
  case ActivationKind::Softplus: return tr("Softplus: a smooth version of ReLU, log(1 + eˣ).");
  case ActivationKind::Softmax:
    return tr("Softmax: turns the output layer into probabilities that add up to 1, one per class. "
              "Only for the last layer.");
  }
  return {};
}

QString KindNames::init(InitKind k) {
  switch (k) {
  case InitKind::Uniform: return tr("uniform (−0.5…0.5)");
  case InitKind::GlorotUniform: return tr("Glorot uniform");
  case InitKind::GlorotNormal: return tr("Glorot normal");
  case InitKind::HeUniform: return tr("He uniform");
  case InitKind::HeNormal: return tr("He normal");
  case InitKind::Zeros: return tr("zeros");
  }
  return {};
}

QString KindNames::loss(LossKind k) {
  switch (k) {
  case LossKind::Mse: return tr("mean squared error");
  case LossKind::Mae: return tr("mean absolute error");
  case LossKind::Huber: return tr("Huber");
  case LossKind::Bce: return tr("binary cross-entropy");
  case LossKind::Cce: return tr("categorical cross-entropy");
  }
  return {};
}

QString KindNames::task(TaskKind k) {
  switch (k) {
  case TaskKind::BinaryClassification: return tr("binary classification");
  case TaskKind::MulticlassClassification: return tr("multi-class classification");
  case TaskKind::Regression: return tr("regression");
  }
  return {};
}

QString KindNames::generator(const QString& name) {
  // The engine's generator names are a file contract ("circles" in a project file); these are what a
  // person reads.
  static const QHash<QString, const char*> titles = {
      {QStringLiteral("gaussian-quantiles"), QT_TR_NOOP("Gaussian quantiles")},
      {QStringLiteral("circles"), QT_TR_NOOP("circles")},
      {QStringLiteral("moons"), QT_TR_NOOP("moons")},
      {QStringLiteral("xor"), QT_TR_NOOP("XOR")},
      {QStringLiteral("blobs"), QT_TR_NOOP("blobs")},
      {QStringLiteral("spiral"), QT_TR_NOOP("spiral")},
      {QStringLiteral("checkerboard"), QT_TR_NOOP("checkerboard")},
      {QStringLiteral("stripes"), QT_TR_NOOP("stripes")},
      {QStringLiteral("plane"), QT_TR_NOOP("plane")},
      {QStringLiteral("multi-gaussian"), QT_TR_NOOP("Gaussian mixture")},
      {QStringLiteral("sine"), QT_TR_NOOP("sine")},
      {QStringLiteral("shapes"), QT_TR_NOOP("shapes")},
      {QStringLiteral("bars"), QT_TR_NOOP("bars")},
      {QStringLiteral("glyphs"), QT_TR_NOOP("digits")},
  };
  const auto it = titles.constFind(name);
  return it == titles.constEnd() ? name : tr(*it);
}

QString KindNames::generatorParam(const QString& name) {
  // File names ("cov", "w1") are a contract; these are the labels beside the fields.
  static const QHash<QString, const char*> titles = {
      {QStringLiteral("cov"), QT_TR_NOOP("Spread (variance)")},
      {QStringLiteral("factor"), QT_TR_NOOP("Inner circle size")},
      {QStringLiteral("gap"), QT_TR_NOOP("Gap")},
      {QStringLiteral("spread"), QT_TR_NOOP("Spread")},
      {QStringLiteral("turns"), QT_TR_NOOP("Turns")},
      {QStringLiteral("cells"), QT_TR_NOOP("Cells per side")},
      {QStringLiteral("bands"), QT_TR_NOOP("Bands")},
      {QStringLiteral("angle"), QT_TR_NOOP("Angle (degrees)")},
      {QStringLiteral("w1"), QT_TR_NOOP("Weight of x₁")},
      {QStringLiteral("w2"), QT_TR_NOOP("Weight of x₂")},
      {QStringLiteral("bumps"), QT_TR_NOOP("Bumps")},
      {QStringLiteral("width"), QT_TR_NOOP("Bump width")},
      {QStringLiteral("size"), QT_TR_NOOP("Picture size (pixels)")},
      {QStringLiteral("shift"), QT_TR_NOOP("Shift (pixels)")},
  };
  const auto it = titles.constFind(name);
  return it == titles.constEnd() ? name : tr(*it);
}

QString KindNames::generatorParamHelp(const QString& name) {
  static const QHash<QString, const char*> help = {
      {QStringLiteral("cov"),
       QT_TR_NOOP("How far the points spread around the centre; the classes are rings of "
                  "equal share at any spread.")},
      {QStringLiteral("factor"),
       QT_TR_NOOP("The inner circle's radius as a share of the outer one's: near 1 the "
                  "two circles almost touch.")},
      {QStringLiteral("gap"), QT_TR_NOOP("The empty margin along the axes between the four quarters.")},
      {QStringLiteral("spread"), QT_TR_NOOP("How wide each blob is: wide blobs overlap and are harder to "
                                            "separate.")},
      {QStringLiteral("turns"), QT_TR_NOOP("How many times each arm winds around the centre: more turns need "
                                           "a more curved boundary.")},
      {QStringLiteral("cells"), QT_TR_NOOP("How many squares along each side of the board.")},
      {QStringLiteral("bands"), QT_TR_NOOP("How many parallel bands cross the plane.")},
      {QStringLiteral("angle"), QT_TR_NOOP("The direction of the bands, in degrees.")},
      {QStringLiteral("w1"), QT_TR_NOOP("How strongly the value follows x₁.")},
      {QStringLiteral("w2"), QT_TR_NOOP("How strongly the value follows x₂.")},
      {QStringLiteral("bumps"), QT_TR_NOOP("How many bumps the surface has.")},
      {QStringLiteral("width"), QT_TR_NOOP("How wide each bump is.")},
      {QStringLiteral("size"), QT_TR_NOOP("The pictures' height and width: 16 makes 256 pixels, one input "
                                          "each.")},
      {QStringLiteral("shift"), QT_TR_NOOP("How far each picture may be moved from the centre, in pixels.")},
  };
  const auto it = help.constFind(name);
  return it == help.constEnd() ? QString() : tr(*it);
}
