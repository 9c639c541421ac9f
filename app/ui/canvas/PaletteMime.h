#pragma once
// What a palette entry carries while it is dragged: a custom mime type, so only Neurona's canvas
// accepts it. The palette writes it, the canvas reads it.
#include "neurona/core/graph/NetworkSpec.h"

#include <QString>

#include <optional>

class QMimeData;
class Project;

enum class PaletteBlock {
  Input,
  Dense,
  Dropout,
  BatchNorm,
  Output,
  Add,
  Concat,
  Conv2d,
  MaxPool2d,
  AvgPool2d,
  Flatten
};

// Every entry, in the palette's order.
inline constexpr PaletteBlock kPaletteBlocks[] = {
    PaletteBlock::Input,     PaletteBlock::Dense,     PaletteBlock::Dropout, PaletteBlock::BatchNorm,
    PaletteBlock::Output,    PaletteBlock::Add,       PaletteBlock::Concat,  PaletteBlock::Conv2d,
    PaletteBlock::MaxPool2d, PaletteBlock::AvgPool2d, PaletteBlock::Flatten};

struct PaletteItem {
  bool isActivation = false;
  PaletteBlock block = PaletteBlock::Dense;
  neurona::ActivationKind activation = neurona::ActivationKind::Relu;
};

class PaletteMime {
public:
  static QString mimeType() { return QStringLiteral("application/x-neurona-palette"); }
  static QMimeData* forBlock(PaletteBlock b);
  static QMimeData* forActivation(neurona::ActivationKind a);
  static std::optional<PaletteItem> parse(const QMimeData* mime);
  // The layer a dropped block becomes; empty for Input, which is always there.
  static std::optional<neurona::LayerSpec> layerFor(PaletteBlock b, const Project& doc);
};
