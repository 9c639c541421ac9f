#include "ui/canvas/CanvasStyle.h"

#include "ui/style/Theme.h"

#include <QFontMetricsF>
#include <QGuiApplication>
#include <QScreen>

#include <algorithm>
#include <cmath>

namespace CanvasStyle {

BlockKind kindOf(const neurona::LayerSpec& l, bool isOutput) {
  switch (l.type) {
  case neurona::LayerType::Dense: return isOutput ? BlockKind::Output : BlockKind::Dense;
  case neurona::LayerType::Dropout: return BlockKind::Dropout;
  case neurona::LayerType::BatchNorm: return BlockKind::BatchNorm;
  case neurona::LayerType::Add:
  case neurona::LayerType::Concat: return isOutput ? BlockKind::Output : BlockKind::Merge;
  case neurona::LayerType::Conv2d: return BlockKind::Conv;
  case neurona::LayerType::MaxPool2d:
  case neurona::LayerType::AvgPool2d: return BlockKind::Pool;
  case neurona::LayerType::Flatten: return BlockKind::Flatten;
  }
  return BlockKind::Dense;
}

QColor accent(BlockKind k) {
  switch (k) {
  case BlockKind::Input: return QColor(0x0d, 0x94, 0x88);     // teal
  case BlockKind::Dense: return QColor(0x25, 0x63, 0xeb);     // blue
  case BlockKind::Output: return QColor(0x7c, 0x3a, 0xed);    // violet
  case BlockKind::Dropout: return QColor(0xd9, 0x77, 0x06);   // amber
  case BlockKind::BatchNorm: return QColor(0x05, 0x96, 0x69); // emerald
  case BlockKind::Merge: return QColor(0xdb, 0x27, 0x77);     // pink
  case BlockKind::Conv: return QColor(0x08, 0x91, 0xb2);      // cyan
  case BlockKind::Pool: return QColor(0x4d, 0x7c, 0x0f);      // olive
  case BlockKind::Flatten: return QColor(0x47, 0x55, 0x69);   // slate
  }
  return Qt::gray;
}

QColor errorColour() { return QColor(0xdc, 0x26, 0x26); }
QColor warningColour() { return QColor(0xea, 0x8a, 0x00); }
namespace {
bool highContrast() { return Theme::instance().highContrast(); }
} // namespace

QColor textColour() { return highContrast() ? QColor(Qt::white) : QColor(0x1f, 0x29, 0x37); }
QColor mutedTextColour() { return highContrast() ? QColor(0xd0, 0xd0, 0xd0) : QColor(0x6b, 0x72, 0x80); }
QColor canvasBackground() { return highContrast() ? QColor(Qt::black) : QColor(0xf4, 0xf6, 0xfa); }
QColor gridDotColour() { return highContrast() ? QColor(0x50, 0x50, 0x50) : QColor(0xcb, 0xd5, 0xe1); }
QColor cardColour() { return highContrast() ? QColor(Qt::black) : QColor(Qt::white); }
QColor cardErrorColour() { return highContrast() ? QColor(0x40, 0x00, 0x00) : QColor(0xfe, 0xf2, 0xf2); }
QColor cardBorderColour() { return highContrast() ? QColor(Qt::white) : QColor(0xd8, 0xde, 0xe8); }
QColor stepperColour() { return highContrast() ? QColor(Qt::black) : QColor(0xf5, 0xf7, 0xfb); }
QColor edgeColour() { return highContrast() ? QColor(0xc0, 0xc0, 0xc0) : QColor(0x94, 0xa3, 0xb8); }
QColor positiveWeight() { return Theme::instance().signColor(true); }
QColor negativeWeight() { return Theme::instance().signColor(false); }
double lineScale() { return highContrast() ? 1.8 : 1.0; }

QFont font(double px, QFont::Weight weight) {
  QFont f = QGuiApplication::font();
  // In pixels, not points: scene units are pixels on the screen, in a PNG and in an SVG alike.
  f.setPixelSize(std::max(1, static_cast<int>(std::lround(px))));
  f.setWeight(weight);
  f.setHintingPreference(QFont::PreferNoHinting); // zoomed text keeps its shape
  return f;
}

int wrappedLines(const QFont& font, const QString& text, double width) {
  if (text.isEmpty()) return 0;
  const QFontMetricsF fm(font);
  const QRectF r = fm.boundingRect(QRectF(0, 0, std::max(1.0, width), 1e6), Qt::TextWordWrap, text);
  return std::max(1, static_cast<int>(std::lround(r.height() / fm.lineSpacing())));
}

double applicationTextPx() {
  const QFont f = QGuiApplication::font();
  if (f.pixelSize() > 0) return f.pixelSize();
  const QScreen* screen = QGuiApplication::primaryScreen();
  return f.pointSizeF() * (screen ? screen->logicalDotsPerInchY() : 96.0) / 72.0;
}

} // namespace CanvasStyle
