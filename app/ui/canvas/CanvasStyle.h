#pragma once
// Colours, fonts and sizes of the network canvas, in one place so the blocks, the palette icons and
// the exported pictures agree. Sizes are scene units (1 unit = 1 px at 100% zoom).
#include "neurona/core/graph/NetworkSpec.h"

#include <QColor>
#include <QFont>

namespace CanvasStyle {

inline constexpr double kBlockWidth = 168.0;
inline constexpr double kHeaderHeight = 52.0;
inline constexpr double kNeuronSlot = 30.0; // vertical distance between two neuron centres
inline constexpr double kNeuronRadius = 10.5;
inline constexpr double kStepperBand = 44.0;  // under the header, so +/− never moves while units change
inline constexpr double kFooterHeight = 52.0; // shape and parameters
inline constexpr double kCorner = 14.0;
inline constexpr int kMaxDrawnNeurons = 12; // beyond this a column collapses to 5 + "…N" + 5

enum class BlockKind { Input, Dense, Output, Dropout, BatchNorm };

BlockKind kindOf(const neurona::LayerSpec& l, bool isOutput);
QColor accent(BlockKind k);
QColor errorColour();
QColor warningColour();
QColor textColour();
QColor mutedTextColour();
QColor canvasBackground();
QColor edgeColour();
QColor positiveWeight();
QColor negativeWeight();
QFont titleFont();
QFont bodyFont();
QFont smallFont();

} // namespace CanvasStyle
