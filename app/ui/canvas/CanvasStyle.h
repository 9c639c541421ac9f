#pragma once
// Colours and fonts of the network canvas, in one place so the blocks, the palette icons and the
// exported pictures agree (the sizes are worked out by NetworkScene, see BlockMetrics). The neutral colours
// turn to black paper and white ink in high contrast, and the weight colours follow the Theme's
// diverging map, so items read them at paint time and the scene repaints on Theme::changed.
#include "neurona/core/graph/NetworkSpec.h"

#include <QColor>
#include <QFont>

namespace CanvasStyle {

inline constexpr int kMaxDrawnNeurons = 12; // beyond this a column collapses to 5 + "…N" + 5

enum class BlockKind { Input, Dense, Output, Dropout, BatchNorm, Merge, Conv, Pool, Flatten };

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
// The application's font at `px` pixels (rounded), unhinted so that zoomed text keeps its shape and its
// measured width.
QFont font(double px, QFont::Weight weight = QFont::Normal);
// Lines `text` takes in `font` when wrapped between words at `width` (0 for no text).
int wrappedLines(const QFont& font, const QString& text, double width);
// The application font's size in pixels (12 for 9 pt at 96 dpi; larger in presentation mode).
double applicationTextPx();

} // namespace CanvasStyle
