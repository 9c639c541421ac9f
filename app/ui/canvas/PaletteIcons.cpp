#include "ui/canvas/PaletteIcons.h"

#include "ui/canvas/CanvasStyle.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

#include <cmath>

using neurona::ActivationKind;
using namespace CanvasStyle;

namespace {

constexpr int kSize = 64;

QPixmap canvas() {
  QPixmap pm(kSize, kSize);
  pm.fill(Qt::transparent);
  return pm;
}

BlockKind kindOfBlock(PaletteBlock b) {
  switch (b) {
  case PaletteBlock::Input: return BlockKind::Input;
  case PaletteBlock::Dense: return BlockKind::Dense;
  case PaletteBlock::Dropout: return BlockKind::Dropout;
  case PaletteBlock::BatchNorm: return BlockKind::BatchNorm;
  case PaletteBlock::Output: return BlockKind::Output;
  case PaletteBlock::Add:
  case PaletteBlock::Concat: return BlockKind::Merge;
  case PaletteBlock::Conv2d: return BlockKind::Conv;
  case PaletteBlock::MaxPool2d:
  case PaletteBlock::AvgPool2d: return BlockKind::Pool;
  case PaletteBlock::Flatten: return BlockKind::Flatten;
  }
  return BlockKind::Dense;
}

} // namespace

double PaletteIcons::curve(ActivationKind a, double x) {
  const double sig = 1.0 / (1.0 + std::exp(-x));
  switch (a) {
  case ActivationKind::Linear: return x;
  case ActivationKind::Sigmoid:
  case ActivationKind::Softmax: return sig;
  case ActivationKind::Tanh: return std::tanh(x);
  case ActivationKind::Relu: return std::max(0.0, x);
  case ActivationKind::LeakyRelu: return x > 0 ? x : 0.15 * x; // exaggerated slope so it shows
  case ActivationKind::Elu: return x > 0 ? x : std::expm1(x);
  case ActivationKind::Selu: return 1.0507 * (x > 0 ? x : 1.67326 * std::expm1(x));
  case ActivationKind::Gelu: return 0.5 * x * (1.0 + std::tanh(0.7978845608 * (x + 0.044715 * x * x * x)));
  case ActivationKind::Swish: return x * sig;
  case ActivationKind::Softplus: return std::log1p(std::exp(x));
  }
  return x;
}

QIcon PaletteIcons::block(PaletteBlock b) {
  QPixmap pm = canvas();
  QPainter p(&pm);
  p.setRenderHint(QPainter::Antialiasing);
  const QColor acc = accent(kindOfBlock(b));
  const QRectF card(6, 4, 52, 56);
  p.setPen(Qt::NoPen);
  p.setBrush(acc);
  p.drawRoundedRect(card, 12, 12);
  p.setBrush(Qt::white);
  p.setPen(QPen(Qt::white, 3.0, Qt::SolidLine, Qt::RoundCap));
  const QPointF c = card.center();
  switch (b) {
  case PaletteBlock::Input:
    // Two features flowing in.
    for (double y : {-10.0, 10.0}) {
      p.drawLine(c + QPointF(-16, y), c + QPointF(2, y));
      p.drawEllipse(c + QPointF(10, y), 6, 6);
    }
    break;
  case PaletteBlock::Dense:
    for (double y : {-16.0, 0.0, 16.0}) p.drawEllipse(c + QPointF(0, y), 6, 6);
    break;
  case PaletteBlock::Dropout:
    p.drawEllipse(c + QPointF(0, -16), 6, 6);
    p.drawEllipse(c + QPointF(0, 16), 6, 6);
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::white, 2.0, Qt::DashLine));
    p.drawEllipse(c, 6, 6); // the dropped neuron
    break;
  case PaletteBlock::BatchNorm: {
    QPainterPath bell;
    for (int i = 0; i <= 40; ++i) {
      const double x = -3.0 + 6.0 * i / 40.0;
      const QPointF pt = c + QPointF(x * 7.0, 12.0 - 26.0 * std::exp(-x * x / 2.0));
      i == 0 ? bell.moveTo(pt) : bell.lineTo(pt);
    }
    p.setBrush(Qt::NoBrush);
    p.drawPath(bell);
    break;
  }
  case PaletteBlock::Output:
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(c, 13, 13);
    p.setBrush(Qt::white);
    p.drawEllipse(c, 6, 6);
    break;
  case PaletteBlock::Add:
    // Two branches meeting in a plus.
    p.drawLine(c + QPointF(-18, -13), c + QPointF(-7, -3));
    p.drawLine(c + QPointF(-18, 13), c + QPointF(-7, 3));
    p.setBrush(Qt::NoBrush);
    p.drawEllipse(c + QPointF(4, 0), 11, 11);
    p.drawLine(c + QPointF(-2, 0), c + QPointF(10, 0));
    p.drawLine(c + QPointF(4, -6), c + QPointF(4, 6));
    break;
  case PaletteBlock::Concat:
    // Two short columns of neurons joined into one tall one.
    for (double y : {-14.0, -4.0}) p.drawEllipse(c + QPointF(-12, y), 4, 4);
    for (double y : {6.0, 16.0}) p.drawEllipse(c + QPointF(-12, y), 4, 4);
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(c + QPointF(4, -20), QSizeF(14, 40)), 6, 6);
    p.setBrush(Qt::white);
    for (double y : {-13.0, -4.5, 4.5, 13.0}) p.drawEllipse(c + QPointF(11, y), 3, 3);
    break;
  case PaletteBlock::Conv2d: {
    // A picture with a 3 × 3 window on it, and the window's one output value beside it.
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::white, 2.0));
    const QRectF picture(c.x() - 20, c.y() - 16, 26, 32);
    p.drawRect(picture);
    p.setBrush(Qt::white);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 3; ++i)
      for (int j = 0; j < 3; ++j)
        p.drawRect(QRectF(picture.left() + 4 + 6 * j, picture.top() + 6 + 6 * i, 4, 4));
    p.drawRect(QRectF(c.x() + 12, c.y() - 3, 7, 7));
    break;
  }
  case PaletteBlock::MaxPool2d:
  case PaletteBlock::AvgPool2d: {
    // Four cells become one: the largest (max) or a half-filled one (average).
    p.setBrush(Qt::NoBrush);
    p.setPen(QPen(Qt::white, 2.0));
    for (int i = 0; i < 2; ++i)
      for (int j = 0; j < 2; ++j) p.drawRect(QRectF(c.x() - 20 + 11 * j, c.y() - 11 + 11 * i, 9, 9));
    p.setBrush(Qt::white);
    if (b == PaletteBlock::MaxPool2d) p.drawRect(QRectF(c.x() - 9, c.y() - 11, 9, 9));
    p.drawLine(c + QPointF(5, 0), c + QPointF(10, 0));
    p.drawRect(QRectF(c.x() + 11, c.y() - 6, 12, 12));
    break;
  }
  case PaletteBlock::Flatten:
    // A 2 × 2 picture unrolled into a column.
    p.setBrush(Qt::white);
    p.setPen(Qt::NoPen);
    for (int i = 0; i < 2; ++i)
      for (int j = 0; j < 2; ++j) p.drawRect(QRectF(c.x() - 20 + 9 * j, c.y() - 8 + 9 * i, 7, 7));
    for (int k = 0; k < 4; ++k) p.drawEllipse(c + QPointF(14, -15 + 10 * k), 3.5, 3.5);
    p.setPen(QPen(Qt::white, 2.0, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(c + QPointF(0, 0), c + QPointF(6, 0));
    break;
  }
  p.end();
  return QIcon(pm);
}

QIcon PaletteIcons::activation(ActivationKind a) {
  QPixmap pm = canvas();
  QPainter p(&pm);
  p.setRenderHint(QPainter::Antialiasing);
  const QRectF box(3, 3, 58, 58);
  p.setPen(QPen(QColor(0xd8, 0xde, 0xe8), 1.5));
  p.setBrush(Qt::white);
  p.drawRoundedRect(box, 12, 12);
  // Axes through the origin; x and y both span −3…3 (y clipped).
  const auto map = [&](double x, double y) {
    return QPointF(box.center().x() + x * 8.0, box.center().y() - std::clamp(y, -3.2, 3.2) * 8.0);
  };
  p.setPen(QPen(QColor(0xcb, 0xd5, 0xe1), 1.5));
  p.drawLine(map(-3.2, 0), map(3.2, 0));
  p.drawLine(map(0, -3.2), map(0, 3.2));
  QPainterPath path;
  for (int i = 0; i <= 60; ++i) {
    const double x = -3.0 + 6.0 * i / 60.0;
    const double y = curve(a, x) * (a == ActivationKind::Sigmoid || a == ActivationKind::Softmax ? 2.5 : 1.0);
    i == 0 ? path.moveTo(map(x, y)) : path.lineTo(map(x, y));
  }
  p.setBrush(Qt::NoBrush);
  p.setPen(QPen(a == ActivationKind::Softmax ? accent(BlockKind::Output) : accent(BlockKind::Dense), 4.0,
                Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
  p.drawPath(path);
  p.end();
  return QIcon(pm);
}
