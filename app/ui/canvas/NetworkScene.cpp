#include "ui/canvas/NetworkScene.h"

#include "model/KindNames.h"
#include "model/Project.h"
#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/ConnectionItem.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/problems/DiagnosticText.h"
#include "ui/style/Theme.h"

#include <QFontMetricsF>
#include <QGraphicsPathItem>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLocale>
#include <QPen>
#include <QSet>
#include <QTextDocument>

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
    case LayerType::Add: // GRAPH-TODO
    case LayerType::Concat: break; // GRAPH-TODO
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
            ? tr("%1: %2. Drag to reorder, wheel or +/− to change the units, double-click for all settings.")
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

NetworkScene::Plan NetworkScene::plan(double px) const {
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
  p.zoom = std::min({1.0, m_available.width() / p.narrowest, m_available.height() / tallest});
  p.page = QSizeF(m_available.width() / p.zoom, m_available.height() / p.zoom);

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

void NetworkScene::relayout() {
  // The application's text size, and larger where the canvas has room for it: the network at its
  // narrowest takes at most 80% of the width, and four neurons 2.7 text heights across fit in the height.
  // Neither depends on the number of units, so + and − stay under the mouse while they are clicked.
  const double base = applicationTextPx();
  Plan p = plan(base);
  for (double k : {1.4, 1.3, 1.2, 1.1}) {
    Plan larger = plan(base * k);
    if (larger.narrowest <= 0.8 * m_available.width() &&
        larger.fixedHeight + 4 * 1.25 * 2.7 * base * k <= m_available.height()) {
      p = larger;
      break;
    }
  }

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
  }
  m_pitch = widths / std::max<qsizetype>(1, cols.size()) + p.gap;
  m_status->setTextWidth(p.statusWidth);
  placeTexts();
  updateConnections();
  setSceneRect(m_content.adjusted(-p.page.width(), -p.page.height(), p.page.width(), p.page.height()));
  emit layoutChanged();
}

void NetworkScene::placeTexts() {
  // The parameter count and the status above the input block.
  const QPointF corner = m_input->pos();
  const double line = QFontMetricsF(m_metrics.body).lineSpacing();
  m_total->setFont(m_metrics.total);
  m_status->setFont(m_metrics.body);
  const double totalLine = QFontMetricsF(m_metrics.total).lineSpacing();
  const double statusTop = corner.y() - 0.4 * line - m_statusLines * line;
  m_status->setPos(corner.x(), statusTop);
  m_total->setPos(corner.x(), statusTop - totalLine);
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
