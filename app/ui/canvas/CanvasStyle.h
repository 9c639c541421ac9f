#pragma once
// Colours, fonts and sizes of the network canvas, in one place so the blocks, the palette icons and
// the exported pictures agree. Sizes are scene units (1 unit = 1 px at 100% zoom). The neutral colours
// turn to black paper and white ink in high contrast, and the weight colours follow the Theme's
// diverging map, so items read them at paint time and the scene repaints on Theme::changed.
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
QColor gridDotColour();
QColor cardColour();       // the body of a block
QColor cardErrorColour();  // the body of a block with an error
QColor cardBorderColour(); // border, stepper outline, footer rule
QColor stepperColour();    // the − units + pill
QColor edgeColour();
// A weight's sign, drawn as the two ends of the Theme's diverging map (the same sides as the neuron
// maps): positive towards class 1's colour, negative towards class 0's.
QColor positiveWeight();
QColor negativeWeight();
// Lines are thicker in high contrast.
double lineScale();
QFont titleFont();
QFont bodyFont();
QFont smallFont();

} // namespace CanvasStyle
