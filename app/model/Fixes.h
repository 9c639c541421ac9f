#pragma once
// One-click fixes for the problems validation (or a training run's health) finds, where the remedy is obvious
// ("Set output to 3 units with softmax"). A fix is a value: what it changes in the network and which loss it
// sets; the project applies it as one undo step (Project::applyFix), whatever parts it touches.
#include "neurona/core/graph/Validation.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class Project;

enum class FixKind {
  AddOutput,   // append `spec` as the output layer
  SetUnits,    // `layer` becomes `spec`
  FitOutput,   // the output layer becomes `spec` (units and activation for the task), with `loss` if needed
  UseLoss,     // only `loss`
  UseRelu,     // a hidden softmax layer becomes ReLU
  RemoveLayer, // remove `layer`
  SetDropoutRate,     // `layer` becomes `spec`
  ResetLayerSettings, // `layer` becomes `spec` (its parameters at their defaults)
  AddHiddenLayer,     // insert `spec` at `insertAt`
  ReluInHidden,       // every hidden sigmoid or tanh dense layer becomes ReLU (He initialisation)
  UseLeakyRelu,       // `layer` becomes `spec` (a ReLU layer, now leaky ReLU)
  // Graph networks:
  MatchAddWidth,  // insert `spec` (a linear dense of the add's width) on the wire from `source` into `layer`
  ConnectInput,   // `layer`, which reads nothing, reads the layer before it (`source`; kNetworkInput: the
                  // input)
  ConnectOutput,  // `layer`, which nothing reads, becomes an input of the merge layer `target`
  RemoveInput,    // `layer` stops reading `source` (an edge that closes a cycle, or a missing layer)
  UseDefaultName, // `layer` loses its own name and takes its default one
};

struct Fix {
  FixKind kind = FixKind::UseLoss;
  neurona::LayerId layer = neurona::kNoLayer;
  std::optional<neurona::LayerSpec> spec;
  int insertAt = -1;
  std::optional<neurona::LossKind> loss;
  neurona::LayerId source = neurona::kNoLayer; // graph fixes: the other end of the wire
  neurona::LayerId target = neurona::kNoLayer; // ConnectOutput: the merge layer that will read `layer`

  bool touchesNetwork() const { return kind != FixKind::UseLoss; }
};

class Fixes {
  Q_DECLARE_TR_FUNCTIONS(Fixes)
public:
  static std::optional<Fix> forDiagnostic(const neurona::Diagnostic& d, const Project& project);
  // The button text, which is also the undo step's name.
  static QString label(const Fix& fix, const Project& project);
  // The fix's change of the network (nothing for UseLoss).
  static void applyToNetwork(const Fix& fix, neurona::NetworkSpec& network);
  // The loss that fits an output with this activation, keeping `current` when it already fits.
  static neurona::LossKind lossFor(neurona::ActivationKind outputActivation, neurona::LossKind current);
};
