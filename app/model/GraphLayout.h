#pragma once
// Where the blocks of a graph network sit on the canvas, in layout units: x counts columns, y rows (the
// canvas turns them into pixels from its block sizes, so a layout survives another font or window size).
// The input block is kNetworkInput. Arrange lays the graph out in columns by the longest path from the
// input, left to right, and orders each column by the barycentre of its blocks' sources (the mean row of
// what they read), which removes most crossings in one sweep (Sugiyama's layering without the costly
// parts). QtCore only.
#include "neurona/core/graph/NetworkSpec.h"

#include <QPointF>

#include <map>

using BlockPositions = std::map<neurona::LayerId, QPointF>;

class GraphLayout {
public:
  static BlockPositions arrange(const neurona::NetworkSpec& spec);
  // The column of each layer (index in the list), the input's being 0: 1 + the longest path from the input.
  static std::vector<int> columns(const neurona::NetworkSpec& spec);
};
