#pragma once
// User-facing names and one-line explanations of the core's kinds (layer types, activations,
// initialisers, losses). The core only knows file names; every sentence shown to a person lives here.
#include "neurona/core/graph/Kinds.h"

#include <QCoreApplication>
#include <QString>

class KindNames {
  Q_DECLARE_TR_FUNCTIONS(KindNames)
public:
  static QString layerType(neurona::LayerType t);
  static QString activation(neurona::ActivationKind a);
  static QString activationHelp(neurona::ActivationKind a);
  static QString init(neurona::InitKind k);
  static QString loss(neurona::LossKind k);
  static QString task(neurona::TaskKind k);
  static QString generator(const QString& name); // "circles" → "círculos" in Spanish
  // A generator's own setting ("turns" → "Turns", "Vueltas") and what it changes in the picture.
  static QString generatorParam(const QString& name);
  static QString generatorParamHelp(const QString& name);
};
