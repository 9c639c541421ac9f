#pragma once
// The texts of the Concepts dock: one entry per activation, loss, optimizer, regularisation, layer type
// and training idea, each under a stable key ("activation/relu", "loss/bce", "optimizer/adam",
// "regularization/l2", "layer/dropout", "concept/learning-rate"). Other panels ask for the key of
// what the user selected and call ConceptsPanel::showConcept(key). Texts are built in the current
// language each time they are asked for, so a language change only needs a rebuild.
#include "neurona/core/graph/Kinds.h"
#include "neurona/core/graph/NetworkSpec.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

struct ConceptEntry {
  QString key;
  QString group; // the key's prefix: "activation", "loss", "optimizer", "regularization", "layer", "concept"
  QString title; // translated
  QString html;  // translated body (rich text, formulas in HTML/Unicode)
  QStringList related;                               // keys of the "See also" links
  std::optional<neurona::ActivationKind> activation; // set when the entry has a plot of f and f′
};

class ConceptLibrary {
  Q_DECLARE_TR_FUNCTIONS(ConceptLibrary)
public:
  // Every key, in the order the dock lists them (grouped, groups in groups() order).
  static const QStringList& keys();
  static const QStringList& groups();
  static bool contains(const QString& key) { return keys().contains(key); }
  static QString groupTitle(const QString& group); // translated
  static std::optional<ConceptEntry> entry(const QString& key);
  static QString title(const QString& key); // empty for an unknown key

  // Keys of the things other panels show. Optimizer names as OptimizerConfig::name ("sgd", "adam" …).
  static QString keyFor(neurona::ActivationKind kind);
  static QString keyFor(neurona::LossKind kind);
  static QString keyFor(neurona::LayerType type);
  static QString optimizerKey(const QString& name);
  // What a selected layer is about: its activation for a dense layer, the layer type otherwise.
  static QString keyForLayer(const neurona::LayerSpec& layer);

  // f(z) and f′(z) sampled at n evenly spaced z in [from, to], computed by the engine's own
  // activation code, so the curve is exactly what training uses. Softmax is shown as its first
  // output for the two logits (z, 0), which equals σ(z).
  struct Curve {
    QVector<double> z, value, derivative;
  };
  static Curve activationCurve(neurona::ActivationKind kind, double from = -4.0, double to = 4.0,
                               int n = 161);
};
