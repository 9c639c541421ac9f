#include "ui/canvas/PaletteMime.h"

#include "model/Project.h"

#include <QMimeData>

namespace {

QString blockKey(PaletteBlock b) {
  switch (b) {
  case PaletteBlock::Input: return QStringLiteral("input");
  case PaletteBlock::Dense: return QStringLiteral("dense");
  case PaletteBlock::Dropout: return QStringLiteral("dropout");
  case PaletteBlock::BatchNorm: return QStringLiteral("batchnorm");
  case PaletteBlock::Output: return QStringLiteral("output");
  case PaletteBlock::Add: return QStringLiteral("add");
  case PaletteBlock::Concat: return QStringLiteral("concat");
  case PaletteBlock::Conv2d: return QStringLiteral("conv2d");
  case PaletteBlock::MaxPool2d: return QStringLiteral("maxpool2d");
  case PaletteBlock::AvgPool2d: return QStringLiteral("avgpool2d");
  case PaletteBlock::Flatten: return QStringLiteral("flatten");
  }
  return {};
}

} // namespace

QMimeData* PaletteMime::forBlock(PaletteBlock b) {
  auto* m = new QMimeData;
  m->setData(mimeType(), (QStringLiteral("layer:") + blockKey(b)).toUtf8());
  return m;
}

QMimeData* PaletteMime::forActivation(neurona::ActivationKind a) {
  auto* m = new QMimeData;
  m->setData(mimeType(),
             QByteArray("activation:") + QByteArray(neurona::toString(a).data(),
                                                    static_cast<qsizetype>(neurona::toString(a).size())));
  return m;
}

std::optional<PaletteItem> PaletteMime::parse(const QMimeData* mime) {
  if (!mime || !mime->hasFormat(mimeType())) return std::nullopt;
  const QString payload = QString::fromUtf8(mime->data(mimeType()));
  const QString kind = payload.section(QLatin1Char(':'), 0, 0);
  const QString name = payload.section(QLatin1Char(':'), 1);
  PaletteItem item;
  if (kind == QStringLiteral("activation")) {
    const auto a = neurona::activationFromString(name.toStdString());
    if (!a) return std::nullopt;
    item.isActivation = true;
    item.activation = *a;
    return item;
  }
  if (kind != QStringLiteral("layer")) return std::nullopt;
  for (PaletteBlock b : kPaletteBlocks)
    if (blockKey(b) == name) {
      item.block = b;
      return item;
    }
  return std::nullopt;
}

std::optional<neurona::LayerSpec> PaletteMime::layerFor(PaletteBlock b, const Project& doc) {
  neurona::LayerSpec l;
  switch (b) {
  case PaletteBlock::Input: return std::nullopt;
  case PaletteBlock::Dense:
    l.units = 4;
    l.activation = neurona::ActivationKind::Relu;
    l.weightInit = neurona::InitKind::HeUniform;
    return l;
  case PaletteBlock::Dropout:
    l.type = neurona::LayerType::Dropout;
    l.rate = 0.2;
    return l;
  case PaletteBlock::BatchNorm: l.type = neurona::LayerType::BatchNorm; return l;
  case PaletteBlock::Output: return doc.outputLayerForTask();
  case PaletteBlock::Add: return neurona::LayerSpec::merge(neurona::LayerType::Add);
  case PaletteBlock::Concat: return neurona::LayerSpec::merge(neurona::LayerType::Concat);
  case PaletteBlock::Conv2d:
    // Keras' first example: 3 × 3 filters, ReLU; "same" keeps the picture's size, so stacking is easy.
    l.type = neurona::LayerType::Conv2d;
    l.filters = 8;
    l.kernel = {3, 3};
    l.padding = neurona::PaddingKind::Same;
    l.activation = neurona::ActivationKind::Relu;
    l.weightInit = neurona::InitKind::HeUniform;
    return l;
  case PaletteBlock::MaxPool2d:
  case PaletteBlock::AvgPool2d:
    l.type = b == PaletteBlock::MaxPool2d ? neurona::LayerType::MaxPool2d : neurona::LayerType::AvgPool2d;
    l.pool = {2, 2};
    return l;
  case PaletteBlock::Flatten: l.type = neurona::LayerType::Flatten; return l;
  }
  return std::nullopt;
}
