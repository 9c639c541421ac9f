#pragma once
// The decision boundary of a trained 2-input model as a picture: every pixel coloured by the class the
// model predicts there (blended with the background by its confidence; a regression's prediction on a
// blue-red ramp), the data's points as dots in their class colour with a dark outline. QtGui only, no
// QGuiApplication: a QImage filled pixel by pixel and dots painted on it (no text, which needs fonts).
// neurona-cli sweep --images writes these; the app's thumbnails use them too.
#include "neurona/core/data/Dataset.h"
#include "neurona/core/io/Model.h"

#include <QColor>
#include <QImage>
#include <QSize>

#include <vector>

struct BoundaryColors {
  // Class colours in class order (repeated when there are more classes): the app's standard palette.
  std::vector<QColor> classes{QColor(0x1f77b4), QColor(0xd62728), QColor(0x2ca02c), QColor(0xff7f0e),
                              QColor(0x9467bd), QColor(0x8c564b), QColor(0xe377c2), QColor(0x7f7f7f)};
  QColor background{Qt::white};
  QColor outline{0x33, 0x33, 0x33}; // the dots' outline
};

class BoundaryImage {
public:
  // The picture of `model` over the raw data's bounds (+10% margin on each side; x = first input to
  // the right, y = second input upwards). A null QImage when the model does not have exactly 2 inputs,
  // `raw` has not 2 features, or `size` is empty.
  static QImage render(const neurona::Model& model, const neurona::Dataset& raw, QSize size,
                       const BoundaryColors& colors = {});
  // Tiles in a grid of `columns` columns (rows as needed), each cell the size of the largest tile,
  // `gap` pixels between cells and around them, on `background`.
  static QImage grid(const std::vector<QImage>& tiles, int columns, int gap, QColor background);
  // Whether render() can draw this model and data (2 raw inputs).
  static bool canRender(const neurona::Model& model, const neurona::Dataset& raw);
};
