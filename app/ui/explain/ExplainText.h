#pragma once
// What the explained step says at each of its stages: the list of stages for a trace (forward through
// every layer, the loss, backward through every layer from the last, the update), and for each a title
// and the formula with this sample's numbers, as rich text in the interface language. Every number is
// ours and every name is escaped before it enters the text.
#include "neurona/core/train/StepTrace.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <vector>

class ExplainText {
  Q_DECLARE_TR_FUNCTIONS(ExplainText)
public:
  struct Stage {
    enum class Kind { Forward, Loss, Backward, Update };
    Kind kind = Kind::Forward;
    int layer = -1; // index into the trace's layers (Forward, Backward)
    bool operator==(const Stage&) const = default;
  };
  // Forward L1 … Ln, the loss, backward Ln … L1, the update.
  static std::vector<Stage> stages(const neurona::StepTrace& trace);

  // How the text names a layer ("Dense 2", "Output"): the project's names, by layer id.
  using LayerNames = std::function<QString(neurona::LayerId)>;

  static QString title(const neurona::StepTrace& trace, const Stage& stage, const LayerNames& names);
  static QString html(const neurona::StepTrace& trace, const Stage& stage, const LayerNames& names);

  // The activation as a formula of z (σ(z) = 1 / (1 + e⁻ᶻ)) and its derivative's, as rich text.
  static QString activationFormula(neurona::ActivationKind kind);
  static QString derivativeFormula(neurona::ActivationKind kind);
  // f′(z) from z and a = f(z) for the activations whose derivative reads simply; nullopt for the others.
  static std::optional<double> derivative(neurona::ActivationKind kind, double z, double a);

private:
  static QString forward(const neurona::StepTrace& t, int layer, const LayerNames& names);
  static QString loss(const neurona::StepTrace& t);
  static QString backward(const neurona::StepTrace& t, int layer, const LayerNames& names);
  static QString update(const neurona::StepTrace& t, const LayerNames& names);
};
