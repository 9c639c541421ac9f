#pragma once
// The sizes every block on the canvas shares, in scene units (1 unit is 1 pixel when the view does not
// zoom). NetworkScene works them out from the network and the room the view has (see
// NetworkScene::setAvailableSize): the text follows the application's font, so presentation mode
// enlarges it; the neurons grow to fill the height and width left over. Only a block's width is its
// own (LayerBlockItem::width()), so a long word widens one column, not all of them.
#include <QFont>

struct BlockMetrics {
  QFont title;      // the layer's name in the header
  QFont body;       // every other text on a block, and the line above the network: the smallest text
  QFont total;      // the parameter count above the network
  double pad = 8.0; // inside a card, left and right of its texts
  double headerHeight = 52.0; // title and subtitle lines
  double stepperBand = 44.0;  // under the header, so − / + never move while the units change
  double stepperHeight = 28.0;
  double stepperWidth = 112.0;
  double neuronRadius = 10.5;
  double neuronSlot = 30.0; // vertical distance between two neuron centres
  double neuronArea = 140.0;
  double footerHeight = 52.0; // shape and parameters
  double labelsLeft = 30.0;   // beside the input's neurons, outside the card (x₁ …)
  double labelsRight = 30.0;  // beside the output's neurons, outside the card (ŷ …)
  double corner = 14.0;
  int subtitleLines = 1;
  int paramsLines = 1;

  double cardHeight() const { return headerHeight + stepperBand + neuronArea + footerHeight; }
};
