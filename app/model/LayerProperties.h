#pragma once
// The editable settings of a layer, as keys the undo commands and the properties panel share.
#include "neurona/core/graph/NetworkSpec.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

// Kernel, Pool and Stride travel as QSize (width, height), the files' [height, width] turned round.
enum class LayerProperty {
  Units,
  Activation,
  Alpha,
  WeightInit,
  BiasInit,
  L1,
  L2,
  Rate,
  Momentum,
  Epsilon,
  Filters,
  Kernel,
  Pool,
  Stride,
  Padding
};

class LayerProperties {
  Q_DECLARE_TR_FUNCTIONS(LayerProperties)
public:
  // Enums travel as int in the QVariant (the core's enum value).
  static QVariant value(const neurona::LayerSpec& layer, LayerProperty p);
  static void setValue(neurona::LayerSpec& layer, LayerProperty p, const QVariant& v);
  static QString name(LayerProperty p); // "units", "activation", … for command texts
};
