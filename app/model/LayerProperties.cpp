#include "model/LayerProperties.h"

#include <QSize>

using neurona::ActivationKind;
using neurona::InitKind;

namespace {
QSize toSize(const std::array<int, 2>& hw) { return {hw[1], hw[0]}; }
std::array<int, 2> fromSize(const QSize& s) { return {s.height(), s.width()}; }
} // namespace

QVariant LayerProperties::value(const neurona::LayerSpec& l, LayerProperty p) {
  switch (p) {
  case LayerProperty::Units: return l.units;
  case LayerProperty::Activation: return static_cast<int>(l.activation);
  case LayerProperty::Alpha: return l.alpha;
  case LayerProperty::WeightInit: return static_cast<int>(l.weightInit);
  case LayerProperty::BiasInit: return static_cast<int>(l.biasInit);
  case LayerProperty::L1: return l.l1;
  case LayerProperty::L2: return l.l2;
  case LayerProperty::Rate: return l.rate;
  case LayerProperty::Momentum: return l.momentum;
  case LayerProperty::Epsilon: return l.epsilon;
  case LayerProperty::Filters: return l.filters;
  case LayerProperty::Kernel: return toSize(l.kernel);
  case LayerProperty::Pool: return toSize(l.pool);
  case LayerProperty::Stride: return toSize(l.effectiveStride());
  case LayerProperty::Padding: return static_cast<int>(l.padding);
  }
  return {};
}

void LayerProperties::setValue(neurona::LayerSpec& l, LayerProperty p, const QVariant& v) {
  switch (p) {
  case LayerProperty::Units: l.units = v.toInt(); break;
  case LayerProperty::Activation: l.activation = static_cast<ActivationKind>(v.toInt()); break;
  case LayerProperty::Alpha: l.alpha = v.toDouble(); break;
  case LayerProperty::WeightInit: l.weightInit = static_cast<InitKind>(v.toInt()); break;
  case LayerProperty::BiasInit: l.biasInit = static_cast<InitKind>(v.toInt()); break;
  case LayerProperty::L1: l.l1 = v.toDouble(); break;
  case LayerProperty::L2: l.l2 = v.toDouble(); break;
  case LayerProperty::Rate: l.rate = v.toDouble(); break;
  case LayerProperty::Momentum: l.momentum = v.toDouble(); break;
  case LayerProperty::Epsilon: l.epsilon = v.toDouble(); break;
  case LayerProperty::Filters: l.filters = v.toInt(); break;
  case LayerProperty::Kernel: l.kernel = fromSize(v.toSize()); break;
  case LayerProperty::Pool: l.pool = fromSize(v.toSize()); break;
  case LayerProperty::Stride:
    // The default stride stays unset, so the file keeps following the pool when the pool changes.
    if (fromSize(v.toSize()) == l.effectiveStride()) break;
    l.stride = fromSize(v.toSize());
    break;
  case LayerProperty::Padding: l.padding = static_cast<neurona::PaddingKind>(v.toInt()); break;
  }
}

QString LayerProperties::name(LayerProperty p) {
  switch (p) {
  case LayerProperty::Units: return tr("units");
  case LayerProperty::Activation: return tr("activation");
  case LayerProperty::Alpha: return tr("alpha");
  case LayerProperty::WeightInit: return tr("weight initialisation");
  case LayerProperty::BiasInit: return tr("bias initialisation");
  case LayerProperty::L1: return tr("L1 penalty");
  case LayerProperty::L2: return tr("L2 penalty");
  case LayerProperty::Rate: return tr("dropout rate");
  case LayerProperty::Momentum: return tr("momentum");
  case LayerProperty::Epsilon: return tr("epsilon");
  case LayerProperty::Filters: return tr("filters");
  case LayerProperty::Kernel: return tr("filter size");
  case LayerProperty::Pool: return tr("pool size");
  case LayerProperty::Stride: return tr("stride");
  case LayerProperty::Padding: return tr("padding");
  }
  return {};
}
