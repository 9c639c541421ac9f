#include "ui/canvas/PropertiesPanel.h"

#include "model/KindNames.h"
#include "model/Project.h"
#include "ui/canvas/PaletteIcons.h"
#include "ui/concepts/ConceptLibrary.h"
#include "ui/concepts/ControlHelp.h"
#include "ui/forms/FormRows.h"
#include "ui/forms/SizePairEditor.h"
#include "ui/style/NumberFormat.h"
#include "ui/style/RelativeFont.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

using neurona::ActivationKind;
using neurona::InitKind;
using neurona::LayerSpec;
using neurona::LayerType;

namespace {

QDoubleSpinBox* doubleBox(QWidget* parent, double lo, double hi, double step, int decimals) {
  auto* box = new QDoubleSpinBox(parent);
  box->setRange(lo, hi);
  box->setSingleStep(step);
  box->setDecimals(decimals);
  box->setKeyboardTracking(false); // typing "0.25" is one edit, not four
  box->setAccelerated(true);
  return box;
}

void setPairToolTip(SizePairEditor* pair, const QString& tip) {
  for (QWidget* w : {static_cast<QWidget*>(pair), static_cast<QWidget*>(pair->heightBox()),
                     static_cast<QWidget*>(pair->widthBox())})
    w->setToolTip(tip);
}

void fillInits(QComboBox* box) {
  for (InitKind k : neurona::allInits()) box->addItem(QString(), static_cast<int>(k));
}

} // namespace

PropertiesPanel::PropertiesPanel(Project* doc, QWidget* parent) : QWidget(parent), m_doc(doc) {
  setObjectName(QStringLiteral("propertiesPanel"));
  auto* outer = new QVBoxLayout(this);
  outer->setContentsMargins(10, 8, 10, 8);
  m_stack = new QStackedWidget(this);
  outer->addWidget(m_stack);

  m_empty = new QLabel(m_stack);
  m_empty->setAlignment(Qt::AlignCenter);
  m_empty->setWordWrap(true);
  m_empty->setForegroundRole(QPalette::PlaceholderText);
  m_stack->addWidget(m_empty);

  auto* page = new QWidget(m_stack);
  auto* pageLayout = new QVBoxLayout(page);
  pageLayout->setContentsMargins(0, 0, 0, 0);
  m_title = new QLabel(page);
  RelativeFont::apply(m_title, 1.25, QFont::Bold);
  m_summary = new QLabel(page);
  m_summary->setForegroundRole(QPalette::PlaceholderText);
  pageLayout->addWidget(m_title);
  pageLayout->addWidget(m_summary);
  m_form = new QFormLayout;
  m_form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a label above its field in a narrow column
  m_form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
  m_form->setLabelAlignment(Qt::AlignRight | Qt::AlignVCenter);
  pageLayout->addLayout(m_form);
  pageLayout->addStretch(1);
  m_stack->addWidget(page);

  m_units = new QSpinBox(page);
  m_units->setObjectName(QStringLiteral("unitsEditor"));
  m_units->setRange(1, neurona::kMaxUnits);
  m_units->setKeyboardTracking(false);
  m_units->setAccelerated(true);
  m_activation = new QComboBox(page);
  m_activation->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows a new language or text size
  m_activation->setObjectName(QStringLiteral("activationEditor"));
  for (ActivationKind a : neurona::allActivations())
    m_activation->addItem(PaletteIcons::activation(a), QString(), static_cast<int>(a));
  m_alpha = doubleBox(page, 0.0, 10.0, 0.01, 3);
  m_weightInit = new QComboBox(page);
  m_weightInit->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows a new language or text size
  fillInits(m_weightInit);
  m_biasInit = new QComboBox(page);
  m_biasInit->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows a new language or text size
  fillInits(m_biasInit);
  m_l1 = doubleBox(page, 0.0, 1.0, 0.0001, 5);
  m_l2 = doubleBox(page, 0.0, 1.0, 0.0001, 5);
  m_rate = doubleBox(page, 0.0, 0.95, 0.05, 2);
  m_rate->setObjectName(QStringLiteral("rateEditor"));
  m_momentum = doubleBox(page, 0.0, 1.0, 0.01, 3);
  m_epsilon = doubleBox(page, 1e-8, 0.1, 1e-5, 8);
  m_alpha->setObjectName(QStringLiteral("alphaEditor"));
  m_weightInit->setObjectName(QStringLiteral("weightInitEditor"));
  m_biasInit->setObjectName(QStringLiteral("biasInitEditor"));
  m_l1->setObjectName(QStringLiteral("l1Editor"));
  m_l2->setObjectName(QStringLiteral("l2Editor"));
  m_momentum->setObjectName(QStringLiteral("momentumEditor"));
  m_epsilon->setObjectName(QStringLiteral("epsilonEditor"));
  m_filters = new QSpinBox(page);
  m_filters->setObjectName(QStringLiteral("filtersEditor"));
  m_filters->setRange(1, 512);
  m_filters->setKeyboardTracking(false);
  m_kernel = new SizePairEditor(page);
  m_kernel->setObjectName(QStringLiteral("kernelEditor"));
  m_kernel->setRange(1, 15);
  m_pool = new SizePairEditor(page);
  m_pool->setObjectName(QStringLiteral("poolEditor"));
  m_pool->setRange(1, 15);
  m_stride = new SizePairEditor(page);
  m_stride->setObjectName(QStringLiteral("strideEditor"));
  m_stride->setRange(1, 15);
  m_padding = new QComboBox(page);
  m_padding->setObjectName(QStringLiteral("paddingEditor"));
  m_padding->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  for (neurona::PaddingKind k : {neurona::PaddingKind::Valid, neurona::PaddingKind::Same})
    m_padding->addItem(QString(), static_cast<int>(k));

  for (LayerProperty p :
       {LayerProperty::Units, LayerProperty::Filters, LayerProperty::Kernel, LayerProperty::Pool,
        LayerProperty::Stride, LayerProperty::Padding, LayerProperty::Activation, LayerProperty::Alpha,
        LayerProperty::WeightInit, LayerProperty::BiasInit, LayerProperty::L1, LayerProperty::L2,
        LayerProperty::Rate, LayerProperty::Momentum, LayerProperty::Epsilon})
    m_form->addRow(QString(), editor(p));

  connect(m_units, &QSpinBox::valueChanged, this, [this](int v) { edit(LayerProperty::Units, v); });
  connect(m_filters, &QSpinBox::valueChanged, this, [this](int v) { edit(LayerProperty::Filters, v); });
  const std::pair<SizePairEditor*, LayerProperty> sizes[] = {
      {m_kernel, LayerProperty::Kernel}, {m_pool, LayerProperty::Pool}, {m_stride, LayerProperty::Stride}};
  for (const auto& [box, prop] : sizes) {
    const LayerProperty p = prop;
    connect(box, &SizePairEditor::valueChanged, this, [this, p](const QSize& v) { edit(p, v); });
  }
  connect(m_padding, &QComboBox::currentIndexChanged, this,
          [this] { edit(LayerProperty::Padding, m_padding->currentData()); });
  connect(m_activation, &QComboBox::currentIndexChanged, this,
          [this] { edit(LayerProperty::Activation, m_activation->currentData()); });
  connect(m_weightInit, &QComboBox::currentIndexChanged, this,
          [this] { edit(LayerProperty::WeightInit, m_weightInit->currentData()); });
  connect(m_biasInit, &QComboBox::currentIndexChanged, this,
          [this] { edit(LayerProperty::BiasInit, m_biasInit->currentData()); });
  const std::pair<QDoubleSpinBox*, LayerProperty> doubles[] = {{m_alpha, LayerProperty::Alpha},
                                                               {m_l1, LayerProperty::L1},
                                                               {m_l2, LayerProperty::L2},
                                                               {m_rate, LayerProperty::Rate},
                                                               {m_momentum, LayerProperty::Momentum},
                                                               {m_epsilon, LayerProperty::Epsilon}};
  for (const auto& [box, prop] : doubles) {
    const LayerProperty p = prop;
    connect(box, &QDoubleSpinBox::valueChanged, this, [this, p](double v) { edit(p, v); });
  }

  connect(doc, &Project::layerChanged, this, [this](neurona::LayerId id) {
    if (id == m_layer) refresh();
  });
  connect(doc, &Project::networkChanged, this, &PropertiesPanel::refresh);
  connect(doc, &Project::contextChanged, this, &PropertiesPanel::refresh);
  connect(doc, &Project::loaded, this, &PropertiesPanel::refresh);
  connect(doc, &Project::locksChanged, this, [this] {
    setEnabled(!m_doc->isLocked(Lock::Network));
    setToolTip(m_doc->isLocked(Lock::Network) ? tr("Locked by this lesson") : QString());
  });
  retranslateUi();
  // After retranslateUi, so that the tooltips written there count as the editors' own. The activation
  // and alpha editors follow the layer's activation (refresh).
  const std::pair<QWidget*, const char*> fixed[] = {
      {m_units, "layer/dense"},
      {m_biasInit, "layer/dense"},
      {m_weightInit, "concept/vanishing-gradients"}, // the initialisation that keeps gradients alive
      {m_l1, "regularization/l1"},
      {m_l2, "regularization/l2"},
      {m_rate, "layer/dropout"},
      {m_momentum, "layer/batchnorm"},
      {m_epsilon, "layer/batchnorm"},
      {m_filters, "layer/conv2d"},
      {m_kernel, "layer/conv2d"},
      {m_padding, "layer/conv2d"},
      {m_pool, "layer/maxpool2d"}};
  for (const auto& [control, key] : fixed) ControlHelp::attach(control, QLatin1String(key));
  // The window editors are two boxes each; each box is a control of its own for help and screen readers.
  const std::tuple<SizePairEditor*, const char*, const char*> pairs[] = {
      {m_kernel, "kernel", "layer/conv2d"},
      {m_pool, "pool", "layer/maxpool2d"},
      {m_stride, "stride", "layer/conv2d"}};
  for (const auto& [pair, name, key] : pairs) {
    pair->heightBox()->setObjectName(QLatin1String(name) + QStringLiteral("HeightEditor"));
    pair->widthBox()->setObjectName(QLatin1String(name) + QStringLiteral("WidthEditor"));
    for (QSpinBox* box : {pair->heightBox(), pair->widthBox()}) ControlHelp::attach(box, QLatin1String(key));
  }
  for (QWidget* w : {static_cast<QWidget*>(m_activation), static_cast<QWidget*>(m_alpha)})
    if (ControlHelp::conceptOf(w).isEmpty())
      ControlHelp::attach(w, ConceptLibrary::keyFor(ActivationKind::Relu));
  refresh();
}

QWidget* PropertiesPanel::editor(LayerProperty p) const {
  switch (p) {
  case LayerProperty::Units: return m_units;
  case LayerProperty::Activation: return m_activation;
  case LayerProperty::Alpha: return m_alpha;
  case LayerProperty::WeightInit: return m_weightInit;
  case LayerProperty::BiasInit: return m_biasInit;
  case LayerProperty::L1: return m_l1;
  case LayerProperty::L2: return m_l2;
  case LayerProperty::Rate: return m_rate;
  case LayerProperty::Momentum: return m_momentum;
  case LayerProperty::Epsilon: return m_epsilon;
  case LayerProperty::Filters: return m_filters;
  case LayerProperty::Kernel: return m_kernel;
  case LayerProperty::Pool: return m_pool;
  case LayerProperty::Stride: return m_stride;
  case LayerProperty::Padding: return m_padding;
  }
  return nullptr;
}

bool PropertiesPanel::isRowShown(LayerProperty p) const {
  return m_stack->currentIndex() == 1 && m_form->isRowVisible(editor(p));
}

void PropertiesPanel::setLayer(neurona::LayerId id) {
  m_layer = id;
  refresh();
}

void PropertiesPanel::focusFirstEditor() {
  const LayerSpec* l = m_doc->layer(m_layer);
  if (!l) return;
  QWidget* w = l->type == LayerType::Dense     ? static_cast<QWidget*>(m_units)
               : l->type == LayerType::Dropout ? static_cast<QWidget*>(m_rate)
               : l->type == LayerType::Conv2d  ? static_cast<QWidget*>(m_filters)
               : l->type == LayerType::MaxPool2d || l->type == LayerType::AvgPool2d ? m_pool->heightBox()
               : neurona::isMerge(l->type)       ? static_cast<QWidget*>(m_activation)
               : l->type == LayerType::BatchNorm ? static_cast<QWidget*>(m_momentum)
                                                 : nullptr;
  if (!w) return; // flatten: nothing to set
  w->setFocus(Qt::OtherFocusReason);
  if (auto* box = qobject_cast<QAbstractSpinBox*>(w)) box->selectAll();
}

void PropertiesPanel::edit(LayerProperty p, const QVariant& value) {
  if (m_doc->layer(m_layer)) m_doc->setLayerProperty(m_layer, p, value);
}

void PropertiesPanel::refresh() {
  const LayerSpec* l = m_doc->layer(m_layer);
  if (!l) {
    m_layer = neurona::kNoLayer;
    m_stack->setCurrentIndex(0);
    return;
  }
  m_stack->setCurrentIndex(1);
  m_title->setText(m_doc->layerName(l->id));
  if (const neurona::LayerShape* s = m_doc->shapeOf(l->id)) {
    // Pictures are told as height × width × channels, flat values as a count.
    const auto shapeText = [](const neurona::TensorShape& shape, int width) {
      if (!shape.image) return NumberFormat::integer(width);
      return tr("%1 × %2 × %3").arg(shape.height).arg(shape.width).arg(shape.channels);
    };
    m_summary->setText(tr("%1 in, %2 out · %3 parameters")
                           .arg(shapeText(s->inputShape, s->inputs), shapeText(s->outputShape, s->outputs),
                                NumberFormat::integer(s->params)));
  }

  const bool conv = l->type == LayerType::Conv2d;
  const bool pool = l->type == LayerType::MaxPool2d || l->type == LayerType::AvgPool2d;
  const bool dense = l->type == LayerType::Dense;
  const bool parametric = l->activation == ActivationKind::LeakyRelu || l->activation == ActivationKind::Elu;
  m_form->setRowVisible(m_units, dense);
  m_form->setRowVisible(m_filters, conv);
  m_form->setRowVisible(m_kernel, conv);
  m_form->setRowVisible(m_pool, pool);
  m_form->setRowVisible(m_stride, conv || pool);
  m_form->setRowVisible(m_padding, conv || pool);
  // Add and Concat take an activation too (linear by default); a convolution has weights as Dense has.
  const bool weighted = dense || conv;
  const bool activated = weighted || neurona::isMerge(l->type);
  m_form->setRowVisible(m_activation, activated);
  m_form->setRowVisible(m_alpha, activated && parametric);
  m_form->setRowVisible(m_weightInit, weighted);
  m_form->setRowVisible(m_biasInit, weighted);
  m_form->setRowVisible(m_l1, weighted);
  m_form->setRowVisible(m_l2, weighted);
  m_form->setRowVisible(m_rate, l->type == LayerType::Dropout);
  m_form->setRowVisible(m_momentum, l->type == LayerType::BatchNorm);
  m_form->setRowVisible(m_epsilon, l->type == LayerType::BatchNorm);

  const QSignalBlocker b1(m_units), b2(m_activation), b3(m_alpha), b4(m_weightInit), b5(m_biasInit), b6(m_l1),
      b7(m_l2), b8(m_rate), b9(m_momentum), b10(m_epsilon), b11(m_filters), b12(m_padding);
  m_units->setValue(l->units);
  m_filters->setValue(l->filters);
  m_kernel->setValue(LayerProperties::value(*l, LayerProperty::Kernel).toSize());
  m_pool->setValue(LayerProperties::value(*l, LayerProperty::Pool).toSize());
  m_stride->setValue(LayerProperties::value(*l, LayerProperty::Stride).toSize());
  m_padding->setCurrentIndex(m_padding->findData(static_cast<int>(l->padding)));
  m_activation->setCurrentIndex(m_activation->findData(static_cast<int>(l->activation)));
  m_alpha->setValue(l->alpha);
  m_weightInit->setCurrentIndex(m_weightInit->findData(static_cast<int>(l->weightInit)));
  m_biasInit->setCurrentIndex(m_biasInit->findData(static_cast<int>(l->biasInit)));
  m_l1->setValue(l->l1);
  m_l2->setValue(l->l2);
  m_rate->setValue(l->rate);
  m_momentum->setValue(l->momentum);
  m_epsilon->setValue(l->epsilon);
  ControlHelp::attach(m_activation, ConceptLibrary::keyFor(l->activation));
  ControlHelp::attach(m_alpha, ConceptLibrary::keyFor(l->activation));
}

void PropertiesPanel::retranslateUi() {
  m_empty->setText(tr("Select a layer on the canvas to see and change its settings."));
  const auto label = [this](QWidget* w, const QString& text, const QString& tip) {
    FormRows::setLabel(m_form, w, text);
    w->setToolTip(tip);
  };
  label(m_units, tr("Neurons:"),
        tr("How many neurons this layer has. More neurons can draw more complex "
           "boundaries, but learn more slowly and overfit more easily."));
  label(m_activation, tr("Activation:"),
        tr("The function each neuron applies to its weighted sum. Without one, stacked layers would be "
           "no better than a single layer."));
  label(m_alpha, tr("Alpha:"),
        tr("Slope for negative inputs (leaky ReLU) or the negative limit (ELU). "
           "0 uses the usual default."));
  label(m_weightInit, tr("Weight initialisation:"),
        tr("How the weights are chosen before training. Glorot suits tanh and sigmoid; He suits ReLU."));
  label(m_biasInit, tr("Bias initialisation:"), tr("How the biases start. Zeros is the usual choice."));
  label(m_l1, tr("L1 penalty:"),
        tr("Pushes weights to exactly zero, keeping only the useful connections. "
           "Added to the training run's own L1."));
  label(m_l2, tr("L2 penalty:"),
        tr("Keeps weights small, which smooths the decision boundary. Added to the "
           "training run's own L2."));
  label(m_rate, tr("Dropout rate:"),
        tr("The share of values switched off at random in each training step. "
           "0.2 to 0.5 is typical."));
  label(m_momentum, tr("Momentum:"),
        tr("How fast the running mean and variance follow each batch "
           "(PyTorch convention: 0.1 means 10% of the new batch)."));
  label(m_epsilon, tr("Epsilon:"),
        tr("A tiny number added to the variance so the division never hits zero."));
  label(m_filters, tr("Filters:"),
        tr("How many filters slide over the picture. Each one learns its own pattern and gives its own "
           "feature map."));
  FormRows::setLabel(m_form, m_kernel, tr("Filter size:"), m_kernel->heightBox());
  setPairToolTip(m_kernel, tr("The window each filter sees, height × width: 3 × 3 is the usual choice."));
  m_kernel->setNames(tr("Filter height"), tr("Filter width"));
  FormRows::setLabel(m_form, m_pool, tr("Pool size:"), m_pool->heightBox());
  setPairToolTip(m_pool, tr("The window that becomes one value, height × width: 2 × 2 halves the picture."));
  m_pool->setNames(tr("Pool height"), tr("Pool width"));
  FormRows::setLabel(m_form, m_stride, tr("Stride:"), m_stride->heightBox());
  setPairToolTip(m_stride, tr("How far the window moves each time, down × across. A pool moves by its own "
                              "size unless you change it."));
  m_stride->setNames(tr("Stride down"), tr("Stride across"));
  label(m_padding, tr("Padding:"),
        tr("Same: zeros around the picture keep its size (a stride of 2 halves it). Valid: the window stays "
           "inside the picture, so the map shrinks."));
  m_padding->setItemText(0, tr("Valid (no padding)"));
  m_padding->setItemText(1, tr("Same (keep the size)"));
  m_filters->setSuffix(tr(" filters"));
  m_units->setSuffix(tr(" neurons"));
  m_rate->setSuffix(QString());
  m_alpha->setSpecialValueText(tr("default"));
  m_l1->setSpecialValueText(tr("off"));
  m_l2->setSpecialValueText(tr("off"));
  {
    const QSignalBlocker block(m_activation);
    for (int i = 0; i < m_activation->count(); ++i) {
      const auto a = static_cast<ActivationKind>(m_activation->itemData(i).toInt());
      m_activation->setItemText(i, KindNames::activation(a));
      m_activation->setItemData(i, KindNames::activationHelp(a), Qt::ToolTipRole);
    }
  }
  for (QComboBox* box : {m_weightInit, m_biasInit}) {
    const QSignalBlocker block(box);
    for (int i = 0; i < box->count(); ++i)
      box->setItemText(i, KindNames::init(static_cast<InitKind>(box->itemData(i).toInt())));
  }
  refresh();
}

void PropertiesPanel::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(e);
}
