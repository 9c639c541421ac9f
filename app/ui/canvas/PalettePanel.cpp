#include "ui/canvas/PalettePanel.h"

#include "model/KindNames.h"
#include "ui/canvas/PaletteIcons.h"
#include "ui/concepts/ConceptLibrary.h"
#include "ui/concepts/ControlHelp.h"
#include "ui/forms/IconGrid.h"

#include <QEvent>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QTimer>
#include <QVBoxLayout>

using neurona::ActivationKind;

namespace {

constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kConceptRole = Qt::UserRole + 2; // the ConceptLibrary key of an entry

QString blockConcept(PaletteBlock b) {
  switch (b) {
  case PaletteBlock::Input: return QStringLiteral("concept/dataset"); // one input neuron per data column
  case PaletteBlock::Dense:
  case PaletteBlock::Output: return ConceptLibrary::keyFor(neurona::LayerType::Dense);
  case PaletteBlock::Dropout: return ConceptLibrary::keyFor(neurona::LayerType::Dropout);
  case PaletteBlock::BatchNorm: return ConceptLibrary::keyFor(neurona::LayerType::BatchNorm);
  case PaletteBlock::Add:
  case PaletteBlock::Concat: {
    // Their own entries when the library has them; until then, the ideas they serve.
    const auto type = b == PaletteBlock::Add ? neurona::LayerType::Add : neurona::LayerType::Concat;
    if (ConceptLibrary::entry(ConceptLibrary::keyFor(type))) return ConceptLibrary::keyFor(type);
    return b == PaletteBlock::Add ? QStringLiteral("concept/vanishing-gradients")
                                  : ConceptLibrary::keyFor(neurona::LayerType::Dense);
  }
  case PaletteBlock::Conv2d:
  case PaletteBlock::MaxPool2d:
  case PaletteBlock::AvgPool2d:
  case PaletteBlock::Flatten: {
    const auto type = b == PaletteBlock::Conv2d      ? neurona::LayerType::Conv2d
                      : b == PaletteBlock::MaxPool2d ? neurona::LayerType::MaxPool2d
                      : b == PaletteBlock::AvgPool2d ? neurona::LayerType::AvgPool2d
                                                     : neurona::LayerType::Flatten;
    if (ConceptLibrary::entry(ConceptLibrary::keyFor(type))) return ConceptLibrary::keyFor(type);
    return QStringLiteral("concept/dataset");
  }
  }
  return {};
}

// A list whose drags carry the palette mime type instead of the list's own item format.
class PaletteList : public QListWidget {
public:
  PaletteList(bool activations, QWidget* parent) : QListWidget(parent), m_activations(activations) {
    setSelectionMode(SingleSelection);
    setFrameShape(QFrame::NoFrame);
    setUniformItemSizes(true);
    if (activations) {
      setViewMode(IconMode);
      setFlow(LeftToRight);
      setWrapping(true);
      setResizeMode(Adjust);
      setMovement(Static);
      setIconSize(QSize(36, 36));
      setWordWrap(true);
    } else {
      setIconSize(QSize(32, 32));
      setSpacing(2);
    }
    // After the view mode: setMovement(Static) switches dragging off, and the chips must be dragged.
    setDragEnabled(true);
    setDragDropMode(DragOnly);
    setDefaultDropAction(Qt::CopyAction);
  }

  QStringList mimeTypes() const override { return {PaletteMime::mimeType()}; }

  QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override {
    if (items.isEmpty()) return nullptr;
    const int kind = items.front()->data(kKindRole).toInt();
    return m_activations ? PaletteMime::forActivation(static_cast<ActivationKind>(kind))
                         : PaletteMime::forBlock(static_cast<PaletteBlock>(kind));
  }

private:
  bool m_activations;
};

} // namespace

PalettePanel::PalettePanel(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("palettePanel"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(8, 8, 8, 8);
  m_blocksTitle = new QLabel(this);
  m_activationsTitle = new QLabel(this);
  for (QLabel* l : {m_blocksTitle, m_activationsTitle}) {
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
  }
  m_blocks = new PaletteList(false, this);
  m_blocks->setObjectName(QStringLiteral("paletteBlocks"));
  m_activations = new PaletteList(true, this);
  m_activations->setObjectName(QStringLiteral("paletteActivations"));
  m_hint = new QLabel(this);
  m_hint->setWordWrap(true);
  m_hint->setForegroundRole(QPalette::PlaceholderText);

  for (PaletteBlock b : kPaletteBlocks) {
    auto* item = new QListWidgetItem(PaletteIcons::block(b), QString(), m_blocks);
    item->setData(kKindRole, static_cast<int>(b));
    item->setData(kConceptRole, blockConcept(b));
  }
  for (ActivationKind a : neurona::allActivations()) {
    auto* item = new QListWidgetItem(PaletteIcons::activation(a), QString(), m_activations);
    item->setData(kKindRole, static_cast<int>(a));
    item->setData(kConceptRole, ConceptLibrary::keyFor(a));
    item->setTextAlignment(Qt::AlignHCenter | Qt::AlignTop);
  }
  m_blocks->setFixedHeight(m_blocks->count() * 40 + 8);

  layout->addWidget(m_blocksTitle);
  layout->addWidget(m_blocks);
  layout->addWidget(m_activationsTitle);
  layout->addWidget(m_activations, 1);
  layout->addWidget(m_hint);

  connect(m_blocks, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* i) {
    emit blockChosen(static_cast<PaletteBlock>(i->data(kKindRole).toInt()));
  });
  connect(m_activations, &QListWidget::itemDoubleClicked, this, [this](QListWidgetItem* i) {
    emit activationChosen(static_cast<ActivationKind>(i->data(kKindRole).toInt()));
  });
  retranslateUi();
  // Each list explains the entry that is current; choosing another entry shows its Concepts page.
  for (QListWidget* list : {m_blocks, m_activations}) {
    ControlHelp::attach(list, list->item(0)->data(kConceptRole).toString());
    connect(list, &QListWidget::currentItemChanged, this, [list](QListWidgetItem* item) {
      if (!item) return;
      const QString key = item->data(kConceptRole).toString();
      ControlHelp::attach(list, key);
      emit ControlHelp::instance()->conceptRequested(key);
    });
  }
}

QMimeData* PalettePanel::mimeDataForBlockRow(int row) const {
  return m_blocks->model()->mimeData({m_blocks->model()->index(row, 0)});
}

QMimeData* PalettePanel::mimeDataForActivationRow(int row) const {
  return m_activations->model()->mimeData({m_activations->model()->index(row, 0)});
}

void PalettePanel::retranslateUi() {
  m_blocksTitle->setText(tr("Layers"));
  m_activationsTitle->setText(tr("Activations"));
  m_hint->setText(
      tr("Drag a layer onto the canvas, between the layers where it should go, or onto a wire. Drop an "
         "activation on a Dense layer to change it. Drag from a block's right port to another block to "
         "connect them."));
  for (int i = 0; i < m_blocks->count(); ++i) {
    QListWidgetItem* item = m_blocks->item(i);
    switch (static_cast<PaletteBlock>(item->data(kKindRole).toInt())) {
    case PaletteBlock::Input:
      item->setText(tr("Input"));
      item->setToolTip(tr("The input layer holds one neuron per column of your data (x₁, x₂, …). Every "
                          "network has exactly one, and its size comes from the data set."));
      break;
    case PaletteBlock::Dense:
      item->setText(tr("Dense"));
      item->setToolTip(tr("A fully connected layer: every neuron adds up all the values of the previous "
                          "layer, each times its own weight, plus a bias, then applies its activation."));
      break;
    case PaletteBlock::Dropout:
      item->setText(tr("Dropout"));
      item->setToolTip(tr("While training, switches off a random share of the values passing through, so "
                          "the network cannot rely on any single neuron. It reduces overfitting."));
      break;
    case PaletteBlock::BatchNorm:
      item->setText(tr("BatchNorm"));
      item->setToolTip(tr("Batch normalisation: rescales each value to mean 0 and spread 1 over the batch, "
                          "then lets the network learn a better scale. Deep networks train faster."));
      break;
    case PaletteBlock::Output:
      item->setText(tr("Output"));
      item->setToolTip(tr("The last Dense layer gives the answer: 1 sigmoid neuron for yes/no, one softmax "
                          "neuron per class, or 1 linear neuron for a number. Dropped here, it fits the data "
                          "set's task."));
      break;
    case PaletteBlock::Add:
      item->setText(tr("Add"));
      item->setToolTip(tr("Adds its inputs value by value (they must be equally wide). Wire a layer's input "
                          "past a few layers into an Add to make a shortcut, as in a residual network."));
      break;
    case PaletteBlock::Concat:
      item->setText(tr("Concat"));
      item->setToolTip(tr("Puts the values of its inputs side by side, in the order of its wires: two "
                          "branches of 4 and 3 give 7 values."));
      break;
    case PaletteBlock::Conv2d:
      item->setText(tr("Conv2D"));
      item->setToolTip(tr("For pictures: each filter, a small window of weights, slides over the picture "
                          "and gives a map of where its pattern appears. Needs image data."));
      break;
    case PaletteBlock::MaxPool2d:
      item->setText(tr("MaxPool2D"));
      item->setToolTip(tr("Shrinks each map by keeping the largest value of every small window (2 × 2 "
                          "halves the width and the height), so a pattern may move a little."));
      break;
    case PaletteBlock::AvgPool2d:
      item->setText(tr("AvgPool2D"));
      item->setToolTip(tr("Shrinks each map by averaging every small window (2 × 2 halves the width and "
                          "the height)."));
      break;
    case PaletteBlock::Flatten:
      item->setText(tr("Flatten"));
      item->setToolTip(tr("Unrolls the maps into one column of values (row by row, channels last), so "
                          "Dense layers can read them."));
      break;
    }
  }
  for (int i = 0; i < m_activations->count(); ++i) {
    QListWidgetItem* item = m_activations->item(i);
    const auto a = static_cast<ActivationKind>(item->data(kKindRole).toInt());
    item->setText(KindNames::activation(a));
    item->setToolTip(KindNames::activationHelp(a));
  }
  IconGrid::fitToNames(m_activations);
  // What's This over an entry explains that entry, not the list.
  for (QListWidget* list : {m_blocks, m_activations})
    for (int i = 0; i < list->count(); ++i) {
      QListWidgetItem* item = list->item(i);
      if (const auto e = ConceptLibrary::entry(item->data(kConceptRole).toString()))
        item->setWhatsThis(QStringLiteral("<h3>%1</h3>%2").arg(e->title.toHtmlEscaped(), e->html));
    }
}

void PalettePanel::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  if (e->type() == QEvent::FontChange || e->type() == QEvent::ApplicationFontChange)
    QTimer::singleShot(0, this, [this] { IconGrid::fitToNames(m_activations); }); // after the list's own

  QWidget::changeEvent(e);
}
