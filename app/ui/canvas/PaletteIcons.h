#pragma once
// Icons of the palette, painted in code so they share the canvas colours: a small card per layer
// type, and the curve of each activation function.
#include "ui/canvas/PaletteMime.h"

#include <QIcon>

class PaletteIcons {
public:
  static QIcon block(PaletteBlock b);
  static QIcon activation(neurona::ActivationKind a);
  // f(x) of an activation, for drawing only (softmax is drawn as its two-class case, the sigmoid).
  static double curve(neurona::ActivationKind a, double x);
};
