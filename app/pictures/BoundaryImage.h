#pragma once
// The decision boundary of a trained 2-input model as a QImage, for the app (thumbnails of runs): the
// picture BoundaryRaster draws (the one neurona-cli sweep --images writes), in the app's colours. QtGui
// only; no QGuiApplication is needed.
#include "pictures/BoundaryRaster.h"

#include <QColor>
#include <QImage>
#include <QSize>

#include <vector>

struct BoundaryColors {
  // Class colours in class order (repeated when there are more classes): the app's standard palette
  // (ColorPalettes::standardClass), on the light theme's white.
  std::vector<QColor> classes{QColor(0x1f77b4), QColor(0xd62728), QColor(0x2ca02c), QColor(0xff7f0e),
                              QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x7f7f7f)};
  QColor background{Qt::white};
  QColor outline{0x33, 0x33, 0x33}; // the dots' outline
};

class BoundaryImage {
public:
  // The picture of `model` over the raw data's bounds (plus 10% on each side; x = the first input to the
  // right, y = the second upwards): each pixel in the predicted class's colour, paler where the model is
  // less sure (a regression: a blue-red ramp of the prediction), the points as dots in their class colour
  // with a dark outline. A null QImage when the model or data has not exactly 2 inputs, or `size` is
  // empty.
  static QImage render(const neurona::Model& model, const neurona::Dataset& raw, QSize size,
                       const BoundaryColors& colors = {});
  // Tiles in a grid of `columns` columns (rows as needed), each cell the size of the largest tile, `gap`
  // pixels between the cells and around them, on `background`.
  static QImage grid(const std::vector<QImage>& tiles, int columns, int gap, QColor background);
  // Whether render() can draw this model and data.
  static bool canRender(const neurona::Model& model, const neurona::Dataset& raw) {
    return BoundaryRaster::canRender(model, raw);
  }
};
