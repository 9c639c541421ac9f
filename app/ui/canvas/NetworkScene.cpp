#include "ui/canvas/NetworkScene.h"

#include "model/KindNames.h"
#include "model/Project.h"
#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/ConnectionItem.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/problems/DiagnosticText.h"
#include "ui/style/Theme.h"

#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QLocale>
#include <QPen>
#include <QSet>

#include <algorithm>
#include <cmath>

using neurona::LayerId;
using neurona::LayerSpec;
using neurona::LayerType;
using namespace CanvasStyle;

NetworkScene::NetworkScene(Project* doc, QObject* parent) : QGraphicsScene(parent), m_doc(doc) {
  setItemIndexMethod(NoIndex); // few items, often moved
  m_input = new LayerBlockItem(this, neurona::kNoLayer);
  addItem(m_input);

  m_total = new QGraphicsSimpleTextItem;
  QFont totalFont = titleFont();
  totalFont.setPixelSize(22);
  totalFont.setWeight(QFont::Bold);
  m_total->setFont(totalFont);
  m_total->setBrush(textColour());
  addItem(m_total);
  m_status = new QGraphicsSimpleTextItem;
  m_status->setFont(bodyFont());
  addItem(m_status);

  m_marker = new QGraphicsPathItem;
  m_marker->setPen(Qt::NoPen);
  m_marker->setBrush(accent(BlockKind::Dense));
  m_marker->setZValue(20.0);
  m_marker->hide();
  addItem(m_marker);

  // Blocks come and go with their layers; every network change refreshes the texts once (a layer's name,
  // shape and parameters depend on the layers before it); diagnostics only touch the marks.
  connect(doc, &Project::layerInserted, this, &NetworkScene::addBlock);
  connect(doc, &Project::layerRemoved, this, &NetworkScene::removeBlock);
  // Contents first: a block's height follows its neuron count.
  connect(doc, &Project::networkChanged, this, [this] {
    refreshContents();
    relayout();
  });
  connect(doc, &Project::contextChanged, this, &NetworkScene::refreshContents);
  connect(doc, &Project::diagnosticsChanged, this, &NetworkScene::refreshMarks);
  // The line above the input block says how far training got, so it follows the run too.
  connect(doc, &Project::trainingAppended, this, &NetworkScene::refreshMarks);
  connect(doc, &Project::trainingReplaced, this, &NetworkScene::refreshMarks);
  connect(doc, &Project::loaded, this, &NetworkScene::sync);
  // Every item reads its colours when it paints: a new palette or contrast needs only a repaint.
  connect(&Theme::instance(), &Theme::changed, this, [this] {
    m_total->setBrush(textColour());
    sync();
    update();
  });
  connect(this, &QGraphicsScene::selectionChanged, this, [this] {
    const LayerId current = currentLayer();
    if (current != m_lastCurrent) {
      m_lastCurrent = current;
      emit currentLayerChanged(current);
    }
  });
  sync();
}

NetworkScene::~NetworkScene() {
  // Deleting selected items emits selectionChanged; nobody must hear it from a half-destroyed scene.
  blockSignals(true);
  m_blocks.clear();
  m_connections.clear();
  clear();
}

QString NetworkScene::totalText() const { return m_total->text(); }
QString NetworkScene::statusText() const { return m_status->text(); }

QList<LayerId> NetworkScene::selectedLayers() const {
  QList<LayerId> ids;
  for (const LayerSpec& l : m_doc->network().layers)
    if (LayerBlockItem* b = m_blocks.value(l.id); b && b->isSelected()) ids << l.id;
  return ids;
}

LayerId NetworkScene::currentLayer() const {
  const QList<LayerId> ids = selectedLayers();
  return ids.isEmpty() ? neurona::kNoLayer : ids.front();
}

void NetworkScene::selectOnly(LayerId id) {
  for (LayerBlockItem* b : std::as_const(m_blocks)) b->setSelected(b->layerId() == id);
}

double NetworkScene::columnX(LayerId id) const {
  const int index = m_doc->indexOf(id);
  return index < 0 ? 0.0 : (index + 1) * kColumnSpacing;
}

double NetworkScene::columnCentre(int column, LayerId ignoring) const {
  // Column 0 is the input; the others are the layers except `ignoring` (the one being dragged).
  if (column == 0) return 0.0;
  int c = 0;
  double last = 0.0;
  for (const LayerSpec& l : m_doc->network().layers) {
    if (l.id == ignoring) continue;
    last = columnX(l.id);
    if (++c == column) return last;
  }
  return last + kColumnSpacing;
}

int NetworkScene::insertionIndexAt(double sceneX, LayerId ignoring) const {
  int index = 0;
  for (const LayerSpec& l : m_doc->network().layers) {
    if (l.id == ignoring) continue;
    if (columnX(l.id) < sceneX) ++index;
  }
  return index;
}

void NetworkScene::showInsertionMarker(int index, LayerId ignoring) {
  const double x = (columnCentre(index, ignoring) + columnCentre(index + 1, ignoring)) / 2.0;
  const QRectF card = m_input->mapRectToScene(m_input->shape().boundingRect());
  QPainterPath path;
  path.addRoundedRect(QRectF(x - 3.0, card.top() - 6.0, 6.0, card.height() + 12.0), 3.0, 3.0);
  m_marker->setPath(path);
  m_marker->show();
}

void NetworkScene::hideInsertionMarker() { m_marker->hide(); }

LayerBlockItem* NetworkScene::blockAt(const QPointF& scenePos) const {
  for (LayerBlockItem* b : m_blocks)
    if (b->contains(b->mapFromScene(scenePos))) return b;
  return nullptr;
}

void NetworkScene::stepUnits(LayerId id, int step) {
  const LayerSpec* l = m_doc->layer(id);
  if (!l || l->type != LayerType::Dense) return;
  m_doc->setLayerProperty(id, LayerProperty::Units, std::clamp(l->units + step, 1, neurona::kMaxUnits));
}

void NetworkScene::stepLayer(LayerId id, int step) {
  const LayerSpec* l = m_doc->layer(id);
  if (!l) return;
  if (l->type == LayerType::Dense) {
    stepUnits(id, step);
  } else if (l->type == LayerType::Dropout) {
    // Whole percent steps, so repeated clicks do not accumulate rounding noise.
    const double rate = std::clamp(std::round(l->rate * 20.0 + step) / 20.0, 0.0, 0.95);
    m_doc->setLayerProperty(id, LayerProperty::Rate, rate);
  }
}

void NetworkScene::reorderDragMoved(LayerBlockItem* item) {
  m_dragged = item;
  const double centre = item->mapToScene(QPointF(item->centreX(), 0)).x();
  showInsertionMarker(insertionIndexAt(centre, item->layerId()), item->layerId());
}

void NetworkScene::reorderDragFinished(LayerBlockItem* item) {
  m_dragged = nullptr;
  hideInsertionMarker();
  const double centre = item->mapToScene(QPointF(item->centreX(), 0)).x();
  const int index = insertionIndexAt(centre, item->layerId());
  if (!m_doc->moveLayer(item->layerId(), index)) relayout(); // snap back when the order is unchanged
}

void NetworkScene::blockMoved(LayerBlockItem* item) {
  for (ConnectionItem* c : std::as_const(m_connections))
    if (c->from() == item || c->to() == item) c->updateGeometry();
}

void NetworkScene::addBlock(LayerId id) {
  if (m_blocks.contains(id)) return;
  auto* b = new LayerBlockItem(this, id);
  addItem(b);
  m_blocks.insert(id, b);
}

void NetworkScene::removeBlock(LayerId id) {
  LayerBlockItem* b = m_blocks.take(id);
  if (!b) return;
  if (m_dragged == b) m_dragged = nullptr;
  // Connections touching the block go first, so none keeps a dangling end.
  for (auto it = m_connections.begin(); it != m_connections.end();) {
    if (it.value()->from() == b || it.value()->to() == b) {
      delete it.value();
      it = m_connections.erase(it);
    } else {
      ++it;
    }
  }
  delete b;
}

void NetworkScene::sync() {
  // Whatever the scene holds, afterwards it holds the project's network.
  QList<LayerId> gone;
  for (auto it = m_blocks.begin(); it != m_blocks.end(); ++it)
    if (!m_doc->layer(it.key())) gone << it.key();
  for (LayerId id : gone) removeBlock(id);
  for (const LayerSpec& l : m_doc->network().layers) addBlock(l.id);
  refreshContents();
  relayout();
}

void NetworkScene::refreshContents() {
  const auto& net = m_doc->network();
  const auto& ctx = m_doc->validationContext();
  const QLocale locale;
  LayerBlockItem::Content in;
  in.kind = BlockKind::Input;
  in.title = tr("Input");
  in.subtitle = ctx.inputs == 1 ? tr("1 feature") : tr("%1 features").arg(ctx.inputs);
  in.neurons = ctx.inputs;
  in.shape = tr("%1 → %2").arg(ctx.inputs).arg(ctx.inputs);
  in.params = tr("from the data set");
  in.toolTip = tr("The input layer: one neuron per column of the data set. Its size follows the data.");
  m_input->setContent(in);

  for (const LayerSpec& l : net.layers) {
    LayerBlockItem* b = m_blocks.value(l.id);
    if (!b) continue;
    const neurona::LayerShape* shape = m_doc->shapeOf(l.id);
    LayerBlockItem::Content c = b->content();
    c.kind = kindOf(l, m_doc->isOutputLayer(l.id));
    c.title = m_doc->layerName(l.id);
    c.stepper = false;
    c.stepperText.clear();
    switch (l.type) {
    case LayerType::Dense:
      c.subtitle = KindNames::activation(l.activation);
      c.neurons = std::max(0, l.units);
      c.stepper = true;
      c.units = l.units;
      break;
    case LayerType::Dropout:
      c.subtitle = tr("drops at random");
      c.neurons = shape ? shape->outputs : 0;
      c.stepper = true;
      c.stepperText = tr("%1%").arg(locale.toString(l.rate * 100.0, 'g', 3));
      break;
    case LayerType::BatchNorm:
      c.subtitle = tr("normalises");
      c.neurons = shape ? shape->outputs : 0;
      break;
    }
    c.shape = shape ? tr("%1 → %2").arg(shape->inputs).arg(shape->outputs) : QString();
    c.params = !shape               ? QString()
               : shape->params == 1 ? tr("1 parameter")
                                    : tr("%1 parameters").arg(locale.toString(shape->params));
    b->setContent(c);
  }
  relayoutHeights();
  refreshMarks();
}

void NetworkScene::refreshMarks() {
  const QLocale locale;
  for (const LayerSpec& l : m_doc->network().layers) {
    LayerBlockItem* b = m_blocks.value(l.id);
    if (!b) continue;
    LayerBlockItem::Content c = b->content();
    bool error = false, warning = false;
    for (const auto& d : m_doc->diagnosticsFor(l.id)) {
      error |= d.severity == neurona::Severity::Error;
      warning |= d.severity == neurona::Severity::Warning;
    }
    c.error = error;
    c.warning = warning && !error;
    const QString problems = DiagnosticText::describeLayer(l.id, *m_doc);
    c.toolTip =
        problems.isEmpty()
            ? tr("%1: %2. Drag to reorder, wheel or +/− to change the units, double-click for all settings.")
                  .arg(c.title, c.subtitle)
            : problems;
    b->setContent(c);
  }

  // Total parameters and whether the network can train, above the input block.
  const double half = kBlockWidth / 2.0;
  const auto total = m_doc->summary().totalParams;
  m_total->setText(total == 1 ? tr("1 parameter") : tr("%1 parameters").arg(locale.toString(total)));
  m_total->setPos(-half, -70.0);
  int errors = 0, warnings = 0;
  for (const auto& d : m_doc->diagnostics()) (d.severity == neurona::Severity::Error ? errors : warnings)++;
  if (errors > 0) {
    m_status->setText(errors == 1 ? tr("1 problem to fix before training")
                                  : tr("%1 problems to fix before training").arg(errors));
    m_status->setBrush(errorColour());
  } else if (warnings > 0) {
    m_status->setText(tr("Ready to train · see the hint"));
    m_status->setBrush(warningColour());
  } else if (m_doc->trainedEpoch() > 0) {
    m_status->setText(tr("Trained to epoch %1").arg(locale.toString(m_doc->trainedEpoch())));
    m_status->setBrush(accent(BlockKind::BatchNorm));
  } else {
    m_status->setText(tr("Ready to train"));
    m_status->setBrush(accent(BlockKind::BatchNorm));
  }
  m_status->setPos(-half, -38.0);
}

void NetworkScene::relayoutHeights() {
  // Equal heights, so the columns line up.
  int maxSlots = m_input->slotCount();
  for (LayerBlockItem* b : std::as_const(m_blocks)) maxSlots = std::max(maxSlots, b->slotCount());
  const double area = LayerBlockItem::neuronAreaHeightFor(std::max(maxSlots, 4));
  m_input->setNeuronAreaHeight(area);
  for (LayerBlockItem* b : std::as_const(m_blocks)) b->setNeuronAreaHeight(area);
  updateConnections();
  const QRectF content = itemsBoundingRect();
  setSceneRect(content.adjusted(-400, -300, 400, 300));
}

void NetworkScene::relayout() {
  // One column per layer, in the network's order.
  const double half = kBlockWidth / 2.0;
  m_input->setPos(-half, 0.0);
  for (const LayerSpec& l : m_doc->network().layers) {
    LayerBlockItem* b = m_blocks.value(l.id);
    if (b && b != m_dragged) b->setPos(columnX(l.id) - half, 0.0);
  }
  relayoutHeights();
}

void NetworkScene::updateConnections() {
  const auto& layers = m_doc->network().layers;
  QHash<LayerId, ConnectionItem*> kept;
  LayerBlockItem* prev = m_input;
  for (const LayerSpec& l : layers) {
    LayerBlockItem* b = m_blocks.value(l.id);
    ConnectionItem* c = m_connections.take(l.id);
    if (!c) {
      c = new ConnectionItem(prev, b, l.type == LayerType::Dense);
      addItem(c);
    } else {
      c->setEnds(prev, b, l.type == LayerType::Dense);
    }
    kept.insert(l.id, c);
    prev = b;
  }
  qDeleteAll(m_connections);
  m_connections = kept;
}
