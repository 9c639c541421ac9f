#include "ui/canvas/NetworkScene.h"

#include "model/KindNames.h"
#include "model/Project.h"
#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/ConnectionItem.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/PortItem.h"
#include "ui/canvas/WireItem.h"
#include "ui/problems/DiagnosticText.h"
#include "ui/style/Theme.h"

#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QPainterPathStroker>
#include <QPen>
#include <QSet>
#include <QTextDocument>

#include <algorithm>
#include <cmath>

using neurona::LayerId;
using neurona::LayerSpec;
using neurona::LayerType;
using namespace CanvasStyle;

namespace {
// Lines from every unit to every unit: a dense layer's weights, a convolution's filters (each reads
// every channel), and flatten (each map becomes a slice of the column). Pools, dropout and batchnorm
// work channel by channel, so their lines join unit k to unit k.
bool joinsEveryUnit(LayerType t) {
  return t == LayerType::Dense || t == LayerType::Conv2d || t == LayerType::Flatten;
}
} // namespace

NetworkScene::NetworkScene(Project* doc, QObject* parent) : QGraphicsScene(parent), m_doc(doc) {
  setItemIndexMethod(NoIndex); // few items, often moved
  m_input = new LayerBlockItem(this, neurona::kNoLayer);
  addItem(m_input);

  m_total = new QGraphicsSimpleTextItem;
  m_total->setBrush(textColour());
  addItem(m_total);
  m_status = new QGraphicsTextItem;
  m_status->document()->setDocumentMargin(0.0);
  addItem(m_status);

  m_marker = new QGraphicsPathItem;
  m_marker->setPen(Qt::NoPen);
  m_marker->setBrush(accent(BlockKind::Dense));
  m_marker->setZValue(20.0);
  m_marker->hide();
  addItem(m_marker);

  m_rubber = new QGraphicsPathItem;
  m_rubber->setZValue(20.0);
  m_rubber->hide();
  addItem(m_rubber);

  // Blocks come and go with their layers; every network change refreshes the texts once (a layer's name,
  // shape and parameters depend on the layers before it); diagnostics only touch the marks.
  connect(doc, &Project::layerInserted, this, &NetworkScene::addBlock);
  connect(doc, &Project::layerRemoved, this, &NetworkScene::removeBlock);
  // Contents first: a block's height follows its neuron count.
  connect(doc, &Project::networkChanged, this, [this] {
    refreshContents();
    relayout();
  });
  connect(doc, &Project::blockPositionsChanged, this, &NetworkScene::relayout);
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
    for (QGraphicsItem* i : items()) i->update(); // also the pictures the blocks keep of themselves
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
  m_mergeLines.clear();
  m_wires.clear();
  clear();
}

QString NetworkScene::totalText() const { return m_total->text(); }
QString NetworkScene::statusText() const { return m_status->toPlainText(); }

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
  for (WireItem* w : std::as_const(m_wires)) w->setSelected(false);
  for (LayerBlockItem* b : std::as_const(m_blocks)) b->setSelected(b->layerId() == id);
}

double NetworkScene::columnX(LayerId id) const {
  const int column = m_doc->indexOf(id) + 1;
  if (m_columnX.isEmpty()) return column * m_pitch;
  if (column < m_columnX.size()) return m_columnX[column];
  return m_columnX.back() + (column - m_columnX.size() + 1) * m_pitch;
}

double NetworkScene::columnCentre(int column, LayerId ignoring) const {
  // Column 0 is the input; the others are the layers except `ignoring` (the one being dragged).
  if (column == 0) return m_columnX.isEmpty() ? 0.0 : m_columnX.front();
  int c = 0;
  double last = m_columnX.isEmpty() ? 0.0 : m_columnX.front();
  for (const LayerSpec& l : m_doc->network().layers) {
    if (l.id == ignoring) continue;
    last = columnX(l.id);
    if (++c == column) return last;
  }
  return last + m_pitch;
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
  for (ConnectionItem* c : std::as_const(m_mergeLines))
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
  if (m_wireSource == b) {
    m_wireSource = nullptr;
    m_rubber->hide();
  }
  if (m_wireTarget == b) m_wireTarget = nullptr;
  for (auto it = m_wires.begin(); it != m_wires.end();) {
    if (it.key().first == id || it.key().second == id) {
      delete it.value();
      it = m_wires.erase(it);
    } else {
      ++it;
    }
  }
  // Connections touching the block go first, so none keeps a dangling end.
  const auto dropLinesOf = [b](auto& lines) {
    for (auto it = lines.begin(); it != lines.end();) {
      if (it.value()->from() == b || it.value()->to() == b) {
        delete it.value();
        it = lines.erase(it);
      } else {
        ++it;
      }
    }
  };
  dropLinesOf(m_connections);
  dropLinesOf(m_mergeLines);
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
  in.map = QSize();
  const auto imageText = [this](const neurona::TensorShape& t) {
    return tr("%1 × %2 × %3").arg(t.height).arg(t.width).arg(t.channels);
  };
  if (const auto image = m_doc->runnableNetwork().inputShape) {
    const auto [h, w, channels] = *image;
    // A picture comes in as its channels: one map each (one for grey, three for colour).
    in.subtitle = channels == 1 ? tr("%1 × %2 pixels, grey").arg(h).arg(w)
                                : tr("%1 × %2 pixels, %3 channels").arg(h).arg(w).arg(channels);
    in.neurons = channels;
    in.map = QSize(w, h);
    in.shape = imageText(neurona::TensorShape::imageOf(h, w, channels));
    in.toolTip = tr("The input layer: the picture, one map per colour channel. It shows the sample chosen in "
                    "the gallery, or what you draw on the pad.");
  }
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
    case LayerType::Add:
      c.subtitle = tr("adds its inputs");
      c.neurons = shape ? shape->outputs : 0;
      break;
    case LayerType::Concat:
      c.subtitle = tr("joins its inputs");
      c.neurons = shape ? shape->outputs : 0;
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
    case LayerType::Conv2d:
      c.subtitle = tr("%1 filters %2 × %3, %4")
                       .arg(l.filters)
                       .arg(l.kernel[0])
                       .arg(l.kernel[1])
                       .arg(KindNames::activation(l.activation));
      c.neurons = l.filters;
      break;
    case LayerType::MaxPool2d:
    case LayerType::AvgPool2d:
      c.subtitle = (l.type == LayerType::MaxPool2d ? tr("largest of %1 × %2") : tr("average of %1 × %2"))
                       .arg(l.pool[0])
                       .arg(l.pool[1]);
      c.neurons = shape && shape->outputShape.image ? shape->outputShape.channels : 0;
      break;
    case LayerType::Flatten:
      c.subtitle = tr("unrolls the maps");
      c.neurons = shape ? shape->outputs : 0;
      break;
    }
    // Maps for the layers whose output is a picture; their shape as height × width × channels.
    c.map = QSize();
    if (shape && shape->outputShape.image && l.type != LayerType::Flatten) {
      c.map = QSize(shape->outputShape.width, shape->outputShape.height);
      c.neurons = shape->outputShape.channels;
    }
    c.shape =
        !shape ? QString()
        : shape->inputShape.image || shape->outputShape.image
            ? tr("%1 → %2").arg(
                  shape->inputShape.image ? imageText(shape->inputShape) : QString::number(shape->inputs),
                  shape->outputShape.image ? imageText(shape->outputShape) : QString::number(shape->outputs))
            : tr("%1 → %2").arg(shape->inputs).arg(shape->outputs);
    c.params = !shape               ? QString()
               : shape->params == 1 ? tr("1 parameter")
                                    : tr("%1 parameters").arg(locale.toString(shape->params));
    b->setContent(c);
  }
  refreshMarks();
  relayout();
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
            ? (m_doc->network().isGraph()
                   ? tr("%1: %2. Drag to move, drag from its right port to another block to connect, "
                        "double-click for all settings.")
                   : tr("%1: %2. Drag to reorder, wheel or +/− to change the units, double-click for all "
                        "settings."))
                  .arg(c.title, c.subtitle)
            : problems;
    b->setContent(c);
  }

  // Total parameters and whether the network can train, above the input block.
  const auto total = m_doc->summary().totalParams;
  m_total->setText(total == 1 ? tr("1 parameter") : tr("%1 parameters").arg(locale.toString(total)));
  int errors = 0, warnings = 0;
  for (const auto& d : m_doc->diagnostics()) (d.severity == neurona::Severity::Error ? errors : warnings)++;
  QColor colour = accent(BlockKind::BatchNorm);
  if (errors > 0) {
    m_status->setPlainText(errors == 1 ? tr("1 problem to fix before training")
                                       : tr("%1 problems to fix before training").arg(errors));
    colour = errorColour();
  } else if (warnings > 0) {
    m_status->setPlainText(tr("Ready to train · see the hint"));
    colour = warningColour();
  } else if (m_doc->trainedEpoch() > 0) {
    m_status->setPlainText(tr("Trained to epoch %1").arg(locale.toString(m_doc->trainedEpoch())));
  } else {
    m_status->setPlainText(tr("Ready to train"));
  }
  m_status->setDefaultTextColor(colour);
  // A status that now wraps to another number of lines moves the blocks; otherwise only the texts.
  const int lines = wrappedLines(m_metrics.body, m_status->toPlainText(), m_status->textWidth());
  if (lines != m_statusLines && !m_columnX.isEmpty())
    relayout();
  else
    placeTexts();
}

struct NetworkScene::Plan {
  BlockMetrics m;
  QVector<double> widths;
  double margin = 0.0;
  double gap = 0.0;
  double offset = 0.0; // the network centred in a page wider than it needs
  double topArea = 0.0;
  double statusWidth = 0.0;
  int statusLines = 1;
  double zoom = 1.0;
  QSizeF page;
  double narrowest = 0.0;   // the page's width at the smallest cards, at zoom 1
  double fixedHeight = 0.0; // the page's height without the neurons
};

NetworkScene::Plan NetworkScene::plan(double px, const QSizeF& available) const {
  Plan p;
  BlockMetrics& m = p.m;
  m.title = CanvasStyle::font(px * 1.15, QFont::DemiBold);
  m.body = CanvasStyle::font(px);
  m.total = CanvasStyle::font(px * 1.5, QFont::Bold);
  const QFontMetricsF body(m.body), title(m.title), total(m.total);
  QFont demi = m.body;
  demi.setWeight(QFont::DemiBold);
  const QFontMetricsF stepperText(demi);
  const double line = body.lineSpacing();
  const QList<LayerBlockItem*> cols = columns();
  const int n = static_cast<int>(cols.size());

  m.pad = 0.5 * px;
  m.corner = 0.9 * px;
  m.stepperHeight = 1.6 * px;
  // Room for two digits, or for the widest value shown: + and − move only past 99 units.
  double value = stepperText.horizontalAdvance(QStringLiteral("00"));
  for (const LayerBlockItem* b : cols)
    if (b->content().stepper)
      value = std::max(value, stepperText.horizontalAdvance(b->content().stepperText.isEmpty()
                                                                ? QString::number(b->content().units)
                                                                : b->content().stepperText));
  m.stepperWidth = 2.0 * m.stepperHeight + value + 0.6 * px;
  m.stepperBand = m.stepperHeight + 0.6 * px;
  // Room for the longest x₁ … beside the input and ŷ … beside the output.
  const auto labels = [&](const LayerBlockItem* b) {
    double widest = 0.0;
    for (int unit : {0, b->content().neurons - 1})
      widest = std::max(widest,
                        body.horizontalAdvance(LayerBlockItem::neuronLabel(b->content(), std::max(0, unit))));
    return widest + 0.3 * line;
  };
  m.labelsLeft = labels(cols.front());
  m.labelsRight = cols.back()->content().kind == BlockKind::Output ? labels(cols.back()) : 0.3 * line;
  p.margin = 0.3 * px;
  const double gapMin = 0.6 * px;
  const double dMin = 1.4 * px, dMax = 6.0 * px;

  QVector<double> minW(n);
  double sumMin = 0.0;
  for (int i = 0; i < n; ++i) {
    minW[i] = std::max(LayerBlockItem::minimumWidth(cols[i]->content(), m), dMin + 2.0 * m.pad);
    sumMin += minW[i];
  }
  int slotTotal = 3;
  for (const LayerBlockItem* b : cols) slotTotal = std::max(slotTotal, b->slotCount());
  const double fixedW = 2.0 * p.margin + (m.labelsLeft + m.labelsRight) + (n - 1) * gapMin;
  p.narrowest = fixedW + sumMin;

  // Heights from the lines the texts wrap to. At the smallest widths first (an upper bound), which fixes
  // the zoom; then again at the final widths.
  const auto heights = [&](const QVector<double>& widths) {
    m.subtitleLines = 1;
    m.paramsLines = 1;
    for (int i = 0; i < n; ++i) {
      m.subtitleLines =
          std::max(m.subtitleLines, LayerBlockItem::subtitleLines(cols[i]->content(), m, widths[i]));
      m.paramsLines = std::max(m.paramsLines, LayerBlockItem::paramsLines(cols[i]->content(), m, widths[i]));
    }
    m.headerHeight = title.lineSpacing() + m.subtitleLines * line + 0.7 * line;
    m.footerHeight = (1 + m.paramsLines) * line + 0.7 * line;
    p.statusWidth = std::max(sumMin, p.narrowest - 2.0 * p.margin - (m.labelsLeft + m.labelsRight));
    p.statusLines = std::max(1, wrappedLines(m.body, m_status->toPlainText(), p.statusWidth));
    p.topArea = total.lineSpacing() + p.statusLines * line + 0.4 * line;
    // Below the cards, room for their shadow.
    p.fixedHeight =
        2.0 * p.margin + 8.0 + p.topArea + m.headerHeight + m.stepperBand + m.footerHeight + 0.8 * line;
  };
  heights(minW);
  const double tallest = p.fixedHeight + slotTotal * 1.25 * dMin;
  p.zoom = std::min({1.0, available.width() / p.narrowest, available.height() / tallest});
  p.page = QSizeF(available.width() / p.zoom, available.height() / p.zoom);

  // The cards widen together, up to the widest that still leaves every gap its minimum (and no wider
  // than the largest neuron needs); a card whose words need more keeps its own width.
  const double budget = p.page.width() - fixedW;
  double lo = 0.0, hi = dMax + 2.0 * m.pad;
  const auto sumAt = [&](double t) {
    double sum = 0.0;
    for (double w : minW) sum += std::max(w, t);
    return sum;
  };
  if (sumAt(hi) <= budget) lo = hi;
  for (int k = 0; k < 40 && hi - lo > 0.25; ++k)
    ((sumAt(0.5 * (lo + hi)) <= budget) ? lo : hi) = 0.5 * (lo + hi);
  p.widths.resize(n);
  double sum = 0.0, narrowest = 1e9;
  for (int i = 0; i < n; ++i) {
    p.widths[i] = std::floor(std::max(minW[i], lo));
    sum += p.widths[i];
    narrowest = std::min(narrowest, p.widths[i]);
  }
  heights(p.widths);

  // The neurons fill the height left over (their gaps a quarter of their size, or up to 80% when the
  // width keeps them small), and are never wider than the narrowest card.
  m.neuronArea = p.page.height() - p.fixedHeight + 0.8 * line;
  const double diameter =
      std::clamp(std::min((m.neuronArea - 0.8 * line) / (1.25 * slotTotal), narrowest - 2.0 * m.pad),
                 std::min(dMin, narrowest - 2.0 * m.pad), dMax);
  m.neuronRadius = diameter / 2.0;
  m.neuronSlot = std::max(1.25 * diameter, std::min((m.neuronArea - 0.8 * line) / slotTotal, 1.8 * diameter));

  // The gaps share the width left over, up to a card and a half; beyond that the network is centred.
  const double spare = p.page.width() - 2.0 * p.margin - (m.labelsLeft + m.labelsRight) - sum;
  p.gap = n > 1 ? std::clamp(spare / (n - 1), gapMin, std::max(gapMin, 1.5 * sum / n)) : 0.0;
  p.offset = std::max(0.0, (spare - (n - 1) * p.gap) / 2.0);
  return p;
}

QList<LayerBlockItem*> NetworkScene::columns() const {
  QList<LayerBlockItem*> cols{m_input};
  for (const LayerSpec& l : m_doc->network().layers)
    if (LayerBlockItem* b = m_blocks.value(l.id)) cols << b;
  return cols;
}

void NetworkScene::setAvailableSize(const QSizeF& size) {
  if (size.width() < 10.0 || size.height() < 10.0) return;
  m_available = size;
  relayout();
}

NetworkScene::Plan NetworkScene::textPlan(const QSizeF& available) const {
  // The application's text size, and larger where the canvas has room for it: the network at its
  // narrowest takes at most 80% of the width, and four neurons 2.7 text heights across fit in the height.
  // Neither depends on the number of units, so + and − stay under the mouse while they are clicked.
  const double base = applicationTextPx();
  Plan p = plan(base, available);
  for (double k : {1.4, 1.3, 1.2, 1.1}) {
    Plan larger = plan(base * k, available);
    if (larger.narrowest <= 0.8 * available.width() &&
        larger.fixedHeight + 4 * 1.25 * 2.7 * base * k <= available.height()) {
      p = larger;
      break;
    }
  }
  return p;
}

void NetworkScene::relayout() {
  if (isGraphMode()) {
    relayoutGraph();
    return;
  }
  const Plan p = textPlan(m_available);

  m_metrics = p.m;
  m_fitZoom = p.zoom;
  m_content = QRectF(QPointF(0.0, 0.0), p.page);
  m_gap = p.gap;
  m_statusLines = p.statusLines;
  const QList<LayerBlockItem*> cols = columns();
  const double top = p.margin + p.topArea;
  double x = p.margin + m_metrics.labelsLeft + p.offset;
  m_columnX.resize(cols.size());
  double widths = 0.0;
  for (int i = 0; i < cols.size(); ++i) {
    LayerBlockItem* b = cols[i];
    b->setWidth(p.widths[i]);
    b->metricsChanged();
    if (b != m_dragged) b->setPos(x, top);
    m_columnX[i] = x + p.widths[i] / 2.0;
    x += p.widths[i] + p.gap;
    widths += p.widths[i];
    if (!b->isUnderMouse()) b->setPortsVisible(false); // ports show on a straight network under the mouse
  }
  m_textCorner = m_input->pos();
  m_pitch = widths / std::max<qsizetype>(1, cols.size()) + p.gap;
  m_status->setTextWidth(p.statusWidth);
  placeTexts();
  updateConnections();
  setSceneRect(m_content.adjusted(-p.page.width(), -p.page.height(), p.page.width(), p.page.height()));
  emit layoutChanged();
}

void NetworkScene::placeTexts() {
  // The parameter count and the status above the input block (a graph's: above its top-left block).
  const QPointF corner = m_textCorner;
  const double line = QFontMetricsF(m_metrics.body).lineSpacing();
  m_total->setFont(m_metrics.total);
  m_status->setFont(m_metrics.body);
  const double totalLine = QFontMetricsF(m_metrics.total).lineSpacing();
  const double statusTop = corner.y() - 0.4 * line - m_statusLines * line;
  m_status->setPos(corner.x(), statusTop);
  m_total->setPos(corner.x(), statusTop - totalLine);
}

void NetworkScene::updateConnections() {
  if (isGraphMode()) {
    updateGraphConnections();
    return;
  }
  qDeleteAll(m_wires);
  m_wires.clear();
  qDeleteAll(m_mergeLines);
  m_mergeLines.clear();
  const auto& layers = m_doc->network().layers;
  QHash<LayerId, ConnectionItem*> kept;
  LayerBlockItem* prev = m_input;
  for (const LayerSpec& l : layers) {
    LayerBlockItem* b = m_blocks.value(l.id);
    ConnectionItem* c = m_connections.take(l.id);
    if (!c) {
      c = new ConnectionItem(prev, b, joinsEveryUnit(l.type));
      addItem(c);
    } else {
      c->setEnds(prev, b, joinsEveryUnit(l.type));
    }
    kept.insert(l.id, c);
    prev = b;
  }
  qDeleteAll(m_connections);
  m_connections = kept;
}

// --- graph networks ---

bool NetworkScene::isGraphMode() const { return m_doc->network().isGraph(); }

LayerBlockItem* NetworkScene::blockOf(LayerId modelId) const {
  return modelId == neurona::kNetworkInput ? m_input : m_blocks.value(modelId);
}

LayerId NetworkScene::modelIdOf(const LayerBlockItem* block) {
  return block->isInput() ? neurona::kNetworkInput : block->layerId();
}

QList<WireItem*> NetworkScene::selectedWires() const {
  QList<WireItem*> out;
  for (WireItem* w : m_wires)
    if (w->isSelected()) out << w;
  return out;
}

WireItem* NetworkScene::wireAt(const QPointF& scenePos) const {
  for (QGraphicsItem* item : items(QRectF(scenePos - QPointF(5, 5), QSizeF(10, 10))))
    if (item->type() == WireItem::Type) {
      auto* w = static_cast<WireItem*>(item);
      if (w->shape().intersects(QRectF(scenePos - QPointF(3, 3), QSizeF(6, 6)))) return w;
    }
  return nullptr;
}

void NetworkScene::selectWireOnly(WireItem* wire) {
  clearSelection();
  if (wire) wire->setSelected(true);
}

QPointF NetworkScene::gridAt(const QPointF& scenePos) const {
  const QPointF d = scenePos - m_graphOrigin;
  return {d.x() / m_graphPitch.width(), d.y() / m_graphPitch.height()};
}

QPointF NetworkScene::sceneAtGrid(const QPointF& grid) const {
  return m_graphOrigin + QPointF(grid.x() * m_graphPitch.width(), grid.y() * m_graphPitch.height());
}

void NetworkScene::relayoutGraph() {
  // Each block where the project keeps it, in columns and rows of one pitch each. The cards get the sizes
  // a straight network would have with as many columns as the graph's and a row's share of the height,
  // so a graph one block high looks like a straight network.
  const BlockPositions grid = m_doc->blockPositions();
  const QList<LayerBlockItem*> cols = columns();
  double minX = 0.0, maxX = 0.0, minY = 0.0, maxY = 0.0;
  bool first = true;
  for (const LayerBlockItem* b : cols) {
    const auto it = grid.find(modelIdOf(b));
    if (it == grid.end()) continue;
    const QPointF g = it->second;
    minX = first ? g.x() : std::min(minX, g.x());
    maxX = first ? g.x() : std::max(maxX, g.x());
    minY = first ? g.y() : std::min(minY, g.y());
    maxY = first ? g.y() : std::max(maxY, g.y());
    first = false;
  }
  const double columnCount = std::max(1.0, std::ceil(maxX - minX - 0.25) + 1.0);
  const double rowCount = std::max(1.0, std::ceil(maxY - minY - 0.25) + 1.0);
  const QSizeF share(m_available.width() * static_cast<double>(cols.size()) / columnCount,
                     m_available.height() / rowCount);
  const Plan p = textPlan(share);
  m_metrics = p.m;
  m_gap = p.gap;
  m_statusLines = p.statusLines;
  const double line = QFontMetricsF(m_metrics.body).lineSpacing();
  double widest = 0.0;
  for (int i = 0; i < cols.size(); ++i) {
    cols[i]->setWidth(p.widths[i]);
    cols[i]->metricsChanged();
    widest = std::max(widest, p.widths[i]);
  }
  m_graphWidest = widest;
  m_graphPitch = QSizeF(widest + std::max(p.gap, 3.0 * line), m_metrics.cardHeight() + 2.2 * line);
  m_graphOrigin = QPointF(p.margin + m_metrics.labelsLeft, p.margin + p.topArea);
  m_columnX.resize(cols.size());
  QRectF blocks;
  double top = 1e300, left = 1e300;
  for (int i = 0; i < cols.size(); ++i) {
    LayerBlockItem* b = cols[i];
    const auto it = grid.find(modelIdOf(b));
    const QPointF g = it == grid.end() ? QPointF(maxX + 1.0, 0.0) : it->second;
    if (b != m_dragged) b->setPos(sceneAtGrid(g) + QPointF((widest - b->width()) / 2.0, 0.0));
    b->setPortsVisible(true);
    m_columnX[i] = b->pos().x() + b->width() / 2.0;
    blocks = blocks.united(b->mapRectToScene(b->boundingRect()));
    top = std::min(top, b->pos().y());
    left = std::min(left, b->pos().x());
  }
  m_pitch = m_graphPitch.width();
  m_status->setTextWidth(std::max(p.statusWidth, widest));
  updateConnections();
  // The parameter count and status above the top-left block, and above the wires that arc over it.
  double highest = top;
  for (const WireItem* w : std::as_const(m_wires))
    highest = std::min(highest, w->path().boundingRect().top());
  m_textCorner = QPointF(left, highest - (highest < top ? 0.4 * line : 0.0));
  placeTexts();
  const QRectF content = blocks.united(m_total->sceneBoundingRect())
                             .united(m_status->sceneBoundingRect())
                             .adjusted(-p.margin - line, -p.margin, p.margin + line, p.margin);
  m_fitZoom = std::min({1.0, m_available.width() / content.width(), m_available.height() / content.height()});
  const QSizeF page(std::max(content.width(), m_available.width() / m_fitZoom),
                    std::max(content.height(), m_available.height() / m_fitZoom));
  m_content = QRectF(content.center() - QPointF(page.width() / 2.0, page.height() / 2.0), page);
  setSceneRect(m_content.adjusted(-page.width(), -page.height(), page.width(), page.height()));
  emit layoutChanged();
}

void NetworkScene::updateGraphConnections() {
  const neurona::NetworkSpec& net = m_doc->network();
  // The neurons' lines join a layer that reads one block to that block (dense: each to each, with the
  // weights' colours while training; dropout, batchnorm: one to one). A merge layer's neurons are joined
  // one to one to each source's: an add sums neuron k of every source into its neuron k, a concat puts
  // each source's neurons on its own slice, in the order of its inputs.
  QHash<LayerId, ConnectionItem*> kept;
  QHash<QPair<LayerId, LayerId>, WireItem*> keptWires;
  QHash<QPair<LayerId, LayerId>, ConnectionItem*> keptMergeLines;
  for (int i = 0; i < static_cast<int>(net.layers.size()); ++i) {
    const LayerSpec& l = net.layers[static_cast<std::size_t>(i)];
    LayerBlockItem* b = m_blocks.value(l.id);
    if (!b) continue;
    const std::vector<int> sources = net.sourcesOf(i);
    for (int j : sources) {
      const LayerId from = j < 0 ? neurona::kNetworkInput : net.layers[static_cast<std::size_t>(j)].id;
      WireItem* w = m_wires.take({from, l.id});
      if (!w) {
        w = new WireItem(from, l.id);
        addItem(w);
      }
      w->setToolTip(tr("A wire from %1 to %2. Click it and press Delete to remove it; drop a layer on it to "
                       "insert the layer here. From the keyboard: select %2, then ↓ picks its wires.")
                        .arg(j < 0 ? tr("Input") : m_doc->layerName(from), m_doc->layerName(l.id)));
      keptWires.insert({from, l.id}, w);
    }
    if (neurona::isMerge(l.type)) {
      int offset = 0;
      for (int j : sources) {
        const LayerId from = j < 0 ? neurona::kNetworkInput : net.layers[static_cast<std::size_t>(j)].id;
        LayerBlockItem* source = j < 0 ? m_input : m_blocks.value(from);
        if (!source) continue;
        const int start = offset;
        offset += source->content().neurons;
        if (keptMergeLines.contains({from, l.id})) continue; // a source read twice: its first slice
        ConnectionItem* c = m_mergeLines.take({from, l.id});
        if (!c) {
          c = new ConnectionItem(source, b, false);
          addItem(c);
        } else {
          c->setEnds(source, b, false);
        }
        c->setUnitOffset(l.type == LayerType::Concat ? start : 0);
        keptMergeLines.insert({from, l.id}, c);
      }
      continue;
    }
    if (sources.size() != 1) continue;
    LayerBlockItem* source = sources.front() < 0
                                 ? m_input
                                 : m_blocks.value(net.layers[static_cast<std::size_t>(sources.front())].id);
    if (!source) continue;
    ConnectionItem* c = m_connections.take(l.id);
    if (!c) {
      c = new ConnectionItem(source, b, joinsEveryUnit(l.type));
      addItem(c);
    } else {
      c->setEnds(source, b, joinsEveryUnit(l.type));
    }
    kept.insert(l.id, c);
  }
  qDeleteAll(m_connections);
  m_connections = kept;
  qDeleteAll(m_mergeLines);
  m_mergeLines = keptMergeLines;
  qDeleteAll(m_wires);
  m_wires = keptWires;
  updateWirePaths();
}

namespace {
// Whether a wire's line (not the area it encloses, which QPainterPath::intersects would test) meets a rect.
bool crosses(const QPainterPath& wire, const QRectF& rect) {
  QPainterPathStroker stroker;
  stroker.setWidth(2.0);
  return stroker.createStroke(wire).intersects(rect);
}
} // namespace

QPainterPath NetworkScene::wirePath(const LayerBlockItem* from, const LayerBlockItem* to, int lane) const {
  const QPointF a = from->outputPort()->scenePos();
  const QPointF b = to->inputPort()->scenePos();
  const double reach = std::max(40.0, std::abs(b.x() - a.x()) * 0.45);
  QPainterPath direct(a);
  direct.cubicTo(a + QPointF(reach, 0.0), b - QPointF(reach, 0.0), b);
  // A wire that would pass under another block arcs over every block between its ends, in a lane of its
  // own so that two arcs never run on one line.
  bool blocked = false;
  double over = 1e300;
  for (const LayerBlockItem* other : columns()) {
    if (other == from || other == to) continue;
    const QRectF card = other->mapRectToScene(other->shape().boundingRect());
    blocked = blocked || crosses(direct, card);
    if (card.right() > std::min(a.x(), b.x()) && card.left() < std::max(a.x(), b.x()))
      over = std::min(over, card.top());
  }
  if (!blocked || lane < 0) return direct;
  const double line = QFontMetricsF(m_metrics.body).lineSpacing();
  const double y = over - (0.9 + 0.7 * lane) * line;
  const double bend = std::max(30.0, 1.5 * line);
  QPainterPath arc(a);
  arc.cubicTo(a + QPointF(bend, 0.0), QPointF(a.x() + bend, y), QPointF(a.x() + 2.0 * bend, y));
  arc.lineTo(b.x() - 2.0 * bend, y);
  arc.cubicTo(QPointF(b.x() - bend, y), b - QPointF(bend, 0.0), b);
  return arc;
}

void NetworkScene::updateWirePaths() {
  // Arcs get lanes in order of their length (the shortest lowest), each the lowest lane free over its span.
  struct Routed {
    WireItem* wire;
    LayerBlockItem* from;
    LayerBlockItem* to;
    double left, right;
  };
  std::vector<Routed> arcs;
  for (WireItem* w : std::as_const(m_wires)) {
    LayerBlockItem* from = blockOf(w->fromLayer());
    LayerBlockItem* to = blockOf(w->toLayer());
    if (!from || !to || !from->outputPort() || !to->inputPort()) continue;
    const QPainterPath direct = wirePath(from, to, -1);
    const QPainterPath arc = wirePath(from, to, 0);
    if (arc == direct) {
      w->setPath(direct);
      continue;
    }
    const double x0 = from->outputPort()->scenePos().x(), x1 = to->inputPort()->scenePos().x();
    arcs.push_back({w, from, to, std::min(x0, x1), std::max(x0, x1)});
  }
  std::sort(arcs.begin(), arcs.end(),
            [](const Routed& p, const Routed& q) { return p.right - p.left < q.right - q.left; });
  std::vector<std::vector<std::pair<double, double>>> lanes;
  for (const Routed& r : arcs) {
    std::size_t lane = 0;
    for (; lane < lanes.size(); ++lane) {
      bool free = true;
      for (const auto& [l, rr] : lanes[lane]) free = free && (r.right <= l || r.left >= rr);
      if (free) break;
    }
    if (lane == lanes.size()) lanes.emplace_back();
    lanes[lane].emplace_back(r.left, r.right);
    r.wire->setPath(wirePath(r.from, r.to, static_cast<int>(lane)));
  }
}

void NetworkScene::freeDragMoved(LayerBlockItem* item) {
  m_dragged = item;
  blockMoved(item);
  updateWirePaths();
}

void NetworkScene::freeDragFinished(LayerBlockItem* item) {
  m_dragged = nullptr;
  const QPointF at = gridAt(item->pos() - QPointF((m_graphWidest - item->width()) / 2.0, 0.0));
  if (!m_doc->moveBlocks({{modelIdOf(item), at}})) relayout(); // snap back
}

LayerBlockItem* NetworkScene::wireTargetAt(const QPointF& scenePos) const {
  for (LayerBlockItem* b : std::as_const(m_blocks)) {
    if (b == m_wireSource) continue;
    if (b->contains(b->mapFromScene(scenePos))) return b;
    const PortItem* in = b->inputPort();
    if (in && in->contains(in->mapFromScene(scenePos))) return b;
  }
  return nullptr;
}

void NetworkScene::startWire(LayerBlockItem* from) {
  m_wireSource = from;
  m_wireTarget = nullptr;
  QPen pen(accent(BlockKind::Dense), 2.5 * lineScale(), Qt::DashLine, Qt::RoundCap);
  m_rubber->setPen(pen);
  m_rubber->setPath({});
  m_rubber->show();
  // Every block shows where a wire can end.
  for (LayerBlockItem* b : std::as_const(m_blocks)) b->setPortsVisible(true);
}

void NetworkScene::moveWire(const QPointF& scenePos) {
  if (!m_wireSource) return;
  LayerBlockItem* target = wireTargetAt(scenePos);
  if (target != m_wireTarget) {
    if (m_wireTarget && m_wireTarget->inputPort()) m_wireTarget->inputPort()->setHighlighted(false);
    m_wireTarget = target;
    if (m_wireTarget && m_wireTarget->inputPort()) m_wireTarget->inputPort()->setHighlighted(true);
  }
  const QPointF a = m_wireSource->outputPort()->scenePos();
  const QPointF b = target ? target->inputPort()->scenePos() : scenePos;
  const double reach = std::max(30.0, std::abs(b.x() - a.x()) * 0.45);
  QPainterPath path(a);
  path.cubicTo(a + QPointF(reach, 0.0), b - QPointF(reach, 0.0), b);
  m_rubber->setPath(path);
}

void NetworkScene::cancelWire() {
  if (!m_wireSource) return;
  if (m_wireTarget && m_wireTarget->inputPort()) m_wireTarget->inputPort()->setHighlighted(false);
  m_wireSource = nullptr;
  m_wireTarget = nullptr;
  m_rubber->hide();
  relayout(); // a straight network's ports hide again
}

void NetworkScene::finishWire(const QPointF& scenePos) {
  LayerBlockItem* source = m_wireSource;
  LayerBlockItem* target = source ? wireTargetAt(scenePos) : nullptr;
  if (m_wireTarget && m_wireTarget->inputPort()) m_wireTarget->inputPort()->setHighlighted(false);
  m_wireSource = nullptr;
  m_wireTarget = nullptr;
  m_rubber->hide();
  if (source && target && m_doc->connectLayers(modelIdOf(source), target->layerId())) return;
  if (source && target) {
    // Say why nothing happened.
    const LayerId from = modelIdOf(source), to = target->layerId();
    const QString fromName = from == neurona::kNetworkInput ? tr("Input") : m_doc->layerName(from);
    neurona::NetworkSpec trial = m_doc->network();
    trial.makeInputsExplicit();
    const std::vector<LayerId>& inputs = *trial.find(to)->inputs;
    if (std::find(inputs.begin(), inputs.end(), from) != inputs.end()) {
      emit statusMessage(tr("%1 already reads %2.").arg(m_doc->layerName(to), fromName));
    } else if (!m_doc->isLocked(Lock::Network)) {
      emit statusMessage(tr("A wire from %1 to %2 would make a loop: values flow through a network one way "
                            "only.")
                             .arg(fromName, m_doc->layerName(to)));
    }
  }
  relayout(); // nothing changed: the ports of a straight network hide again
}
