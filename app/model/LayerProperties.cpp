#include "model/LayerProperties.h"

using neurona::ActivationKind;
using neurona::InitKind;

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
  }
  return {};
}
