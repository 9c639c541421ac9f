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
  for (PaletteBlock b :
       {PaletteBlock::Input, PaletteBlock::Dense, PaletteBlock::Dropout, PaletteBlock::BatchNorm,
        PaletteBlock::Output, PaletteBlock::Add, PaletteBlock::Concat})
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
  }
  return std::nullopt;
}
