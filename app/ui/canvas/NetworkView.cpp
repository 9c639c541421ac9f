#include "ui/canvas/NetworkView.h"

#include "model/KindNames.h"
#include "model/Project.h"
#include "ui/canvas/CanvasStyle.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/PaletteMime.h"
#include "ui/canvas/WireItem.h"
#include "ui/style/Theme.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QPainter>
#include <QScrollBar>
#include <QSvgGenerator>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using neurona::LayerId;

namespace {

bool isCanvasKey(const QKeyEvent* k) {
  switch (k->key()) {
  case Qt::Key_Delete:
  case Qt::Key_Backspace:
  case Qt::Key_Left:
  case Qt::Key_Right:
  case Qt::Key_Up:
  case Qt::Key_Down:
  case Qt::Key_Escape:
  case Qt::Key_F:
  case Qt::Key_Plus:
  case Qt::Key_Minus: return k->modifiers() == Qt::NoModifier || k->modifiers() == Qt::KeypadModifier;
  case Qt::Key_D: return k->modifiers() == Qt::ControlModifier;
  default: return false;
  }
}

} // namespace

NetworkView::NetworkView(Project* doc, QWidget* parent)
    : QGraphicsView(parent), m_doc(doc), m_scene(new NetworkScene(doc, this)) {
  setObjectName(QStringLiteral("networkView"));
  setScene(m_scene);
  setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
  setDragMode(ScrollHandDrag);
  setTransformationAnchor(AnchorUnderMouse);
  setResizeAnchor(AnchorViewCenter);
  setViewportUpdateMode(FullViewportUpdate); // curved edges span the whole view; partial updates smear
  setAcceptDrops(true);
  setFrameShape(QFrame::NoFrame);
  // Panning is a drag on the background; without scroll bars the viewport never changes size behind
  // the fit's back, and the canvas looks clean on a projector.
  setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
  setFocusPolicy(Qt::StrongFocus);
  connect(m_scene, &NetworkScene::layerActivated, this, &NetworkView::layerActivated);
  connect(m_scene, &NetworkScene::statusMessage, this, &NetworkView::statusMessage);
  m_arrange = new QAction(this);
  m_arrange->setObjectName(QStringLiteral("arrangeAction"));
  connect(m_arrange, &QAction::triggered, this, &NetworkView::arrange);
  const auto graphChanged = [this] { m_arrange->setEnabled(m_doc->network().isGraph()); };
  connect(doc, &Project::networkChanged, this, graphChanged);
  connect(doc, &Project::loaded, this, graphChanged);
  graphChanged();
  retranslate();
  // The scene lays the network out for the room this view has; while the view follows the fit, it
  // takes the scene's zoom and centre after every layout (a layer added, a font enlarged). The layout
  // fills the view whatever the network, so a changed layer keeps the view still and the + button
  // stays under the mouse while it is clicked again and again.
  connect(m_scene, &NetworkScene::layoutChanged, this, [this] {
    if (m_autoFit) applyFit();
  });
  connect(doc, &Project::loaded, this, [this] {
    if (m_autoFit) fitNetwork();
  });
  // Presentation scaling (Ctrl+= / Ctrl+-) enlarges the canvas with the text: a fitted view lays the
  // network out again in the new text size, a zoomed one grows by the same factor.
  m_presentationScale = Theme::instance().scale();
  connect(&Theme::instance(), &Theme::scaleChanged, this, [this](double s) {
    const double factor = s / m_presentationScale;
    m_presentationScale = s;
    if (m_autoFit) {
      fitNetwork();
    } else {
      m_scene->relayoutAll();
      const double target = std::clamp(zoom() * factor, 0.15, 4.0);
      scale(target / zoom(), target / zoom());
    }
  });
}

double NetworkView::zoom() const { return transform().m11(); }

QRectF NetworkView::contentRect() const {
  QRectF r;
  for (QGraphicsItem* item : m_scene->items())
    if (item->isVisible()) r = r.united(item->sceneBoundingRect());
  const double margin = 0.8 * m_scene->metrics().body.pixelSize();
  return r.adjusted(-margin, -margin, margin, margin);
}

void NetworkView::fitNetwork() {
  m_autoFit = true;
  if (viewport()->width() < 10 || viewport()->height() < 10) return;
  m_scene->setAvailableSize(viewport()->size()); // lays out, then applyFit() through layoutChanged
}

void NetworkView::applyFit() {
  const double s = m_scene->fitZoom();
  setTransform(QTransform::fromScale(s, s));
  centerOn(m_scene->contentRect().center());
}

void NetworkView::zoomBy(double factor) {
  const double target = std::clamp(zoom() * factor, 0.15, 4.0);
  scale(target / zoom(), target / zoom());
  m_autoFit = false;
}

void NetworkView::deleteSelection() {
  const QList<LayerId> ids = m_scene->selectedLayers();
  if (!ids.isEmpty()) {
    m_doc->removeLayers(ids);
    return;
  }
  // A selected wire: the reader stops reading that source.
  const QList<WireItem*> wires = m_scene->selectedWires();
  if (wires.size() == 1) m_doc->disconnectLayers(wires.front()->fromLayer(), wires.front()->toLayer());
}

void NetworkView::arrange() {
  if (m_doc->arrange())
    emit statusMessage(tr("Arranged the network in columns, from the input on the left."));
}

void NetworkView::retranslate() {
  m_arrange->setText(tr("&Arrange Network"));
  m_arrange->setToolTip(tr("Lay the network out in columns, left to right, with few crossing wires"));
  m_arrange->setStatusTip(m_arrange->toolTip());
  m_arrange->setWhatsThis(tr("<p>Places every block of a network with branches in columns: each block one "
                             "column right of the furthest block it reads, and the blocks of a column in the "
                             "order of what they read, so few wires cross. One step to undo.</p>"));
}

LayerId NetworkView::addAt(PaletteBlock b, const neurona::LayerSpec& spec, const QPointF& scenePos) {
  if (!m_scene->isGraphMode()) return m_doc->insertLayer(m_scene->insertionIndexAt(scenePos.x()), spec);
  if (WireItem* wire = m_scene->wireAt(scenePos))
    return m_doc->insertOnWire(wire->fromLayer(), wire->toLayer(), spec, dropGrid(scenePos));
  // Connected to nothing yet: before the output, so the output stays the last layer (an output block
  // goes last and becomes the output).
  const int out = m_doc->network().outputIndex();
  const int index = b == PaletteBlock::Output || out < 0 ? m_doc->layerCount() : out;
  return m_doc->addLooseLayer(index, spec, dropGrid(scenePos));
}

LayerId NetworkView::addFromPalette(int paletteBlock) {
  const auto b = static_cast<PaletteBlock>(paletteBlock);
  const auto spec = PaletteMime::layerFor(b, *m_doc);
  if (!spec) return neurona::kNoLayer;
  const neurona::NetworkSpec& net = m_doc->network();
  const int out = net.outputIndex();
  LayerId id = neurona::kNoLayer;
  if (!m_scene->isGraphMode() || b == PaletteBlock::Output || out < 0) {
    // Hidden layers go just before the output; an output layer goes last (and reads the last layer).
    int index = b == PaletteBlock::Output || out < 0 ? m_doc->layerCount() : out;
    // A convolution or a pool works on pictures: before the flatten that turns them into a column.
    if (b == PaletteBlock::Conv2d || b == PaletteBlock::MaxPool2d || b == PaletteBlock::AvgPool2d)
      for (int i = 0; i < index; ++i)
        if (net.layers[static_cast<std::size_t>(i)].type == neurona::LayerType::Flatten) {
          index = i;
          break;
        }
    id = m_doc->insertLayer(index, *spec);
  } else {
    // On a graph: on the wire into the output from its first source, or else loose beside it.
    const std::vector<int> sources = net.sourcesOf(out);
    const LayerId output = net.layers[static_cast<std::size_t>(out)].id;
    const QPointF at = m_doc->blockPositions().at(output) + QPointF(0.0, 1.0);
    if (!sources.empty()) {
      const LayerId from = sources.front() < 0 ? neurona::kNetworkInput
                                               : net.layers[static_cast<std::size_t>(sources.front())].id;
      id = m_doc->insertOnWire(from, output, *spec, at);
    } else {
      id = m_doc->addLooseLayer(out, *spec, at);
    }
  }
  if (id != neurona::kNoLayer) m_scene->selectOnly(id);
  return id;
}

QPointF NetworkView::dropGrid(const QPointF& scenePos) const {
  // The card's top-left corner so that its header is under the mouse.
  const double width = m_scene->metrics().stepperWidth + 2.0 * m_scene->metrics().pad;
  return m_scene->gridAt(scenePos - QPointF(width / 2.0, m_scene->metrics().headerHeight / 2.0));
}

void NetworkView::duplicateSelection() {
  const QList<LayerId> copies = m_doc->duplicateLayers(m_scene->selectedLayers());
  if (!copies.isEmpty()) m_scene->selectOnly(copies.back());
}

void NetworkView::selectNeighbour(int step) {
  const auto& layers = m_doc->network().layers;
  if (layers.empty()) return;
  // From a selected wire, ← and → go on from the block it goes into.
  const QList<WireItem*> wires = m_scene->selectedWires();
  const LayerId from = wires.size() == 1 ? wires.front()->toLayer() : m_scene->currentLayer();
  const int current = m_doc->indexOf(from);
  const int next = current < 0 ? (step > 0 ? 0 : static_cast<int>(layers.size()) - 1)
                               : std::clamp(current + step, 0, static_cast<int>(layers.size()) - 1);
  const LayerId id = layers[static_cast<std::size_t>(next)].id;
  m_scene->selectOnly(id);
  if (LayerBlockItem* b = m_scene->block(id)) ensureVisible(b, 40, 40);
}

void NetworkView::selectWire(int step) {
  const QList<WireItem*> selected = m_scene->selectedWires();
  const LayerId reader = selected.size() == 1 ? selected.front()->toLayer() : m_scene->currentLayer();
  if (reader == neurona::kNoLayer || !m_doc->layer(reader)) {
    emit statusMessage(tr("Select a block first (← →); ↑ and ↓ then pick the wires into it."));
    return;
  }
  const QList<LayerId> sources = m_doc->sourcesOf(reader);
  if (sources.isEmpty()) {
    emit statusMessage(tr("%1 reads nothing yet: draw a wire into it, or choose Read From in its menu.")
                           .arg(m_doc->layerName(reader)));
    return;
  }
  const int n = static_cast<int>(sources.size());
  const int at = selected.size() == 1 ? static_cast<int>(sources.indexOf(selected.front()->fromLayer())) : -1;
  const int next = at < 0 ? (step > 0 ? 0 : n - 1) : ((at + step) % n + n) % n;
  WireItem* wire = m_scene->wire(sources[next], reader);
  if (!wire) return;
  m_scene->selectWireOnly(wire);
  ensureVisible(wire->path().boundingRect(), 40, 40);
  emit statusMessage(tr("Wire %1 of %2 into %3, from %4. Delete removes it; Escape goes back to the block.")
                         .arg(next + 1)
                         .arg(n)
                         .arg(m_doc->layerName(reader), m_doc->blockName(sources[next])));
}

bool NetworkView::event(QEvent* e) {
  // The canvas keeps its own keys while it has focus (window shortcuts such as Right = step epoch
  // must not steal them).
  if (e->type() == QEvent::ShortcutOverride && ownsKey(static_cast<QKeyEvent*>(e))) {
    e->accept();
    return true;
  }
  return QGraphicsView::event(e);
}

bool NetworkView::ownsKey(const QKeyEvent* e) const {
  if (m_arrowKeysFree && (e->key() == Qt::Key_Left || e->key() == Qt::Key_Right)) return false;
  // ↑ ↓ walk a graph's wires; Escape is the canvas's only while it has something to cancel, else the
  // window's (leaving presentation mode).
  if (e->key() == Qt::Key_Up || e->key() == Qt::Key_Down) return m_scene->isGraphMode() && isCanvasKey(e);
  if (e->key() == Qt::Key_Escape)
    return (m_scene->isDrawingWire() || !m_scene->selectedWires().isEmpty()) && isCanvasKey(e);
  return isCanvasKey(e);
}

void NetworkView::keyPressEvent(QKeyEvent* e) {
  if (!ownsKey(e)) {
    QGraphicsView::keyPressEvent(e);
    return;
  }
  switch (e->key()) {
  case Qt::Key_Delete:
  case Qt::Key_Backspace: deleteSelection(); break;
  case Qt::Key_D: duplicateSelection(); break;
  case Qt::Key_Left: selectNeighbour(-1); break;
  case Qt::Key_Right: selectNeighbour(1); break;
  case Qt::Key_Up: selectWire(-1); break;
  case Qt::Key_Down: selectWire(1); break;
  case Qt::Key_Escape:
    if (m_scene->isDrawingWire()) {
      m_scene->cancelWire();
      emit statusMessage(tr("No wire drawn."));
    } else if (const QList<WireItem*> wires = m_scene->selectedWires(); !wires.isEmpty()) {
      m_scene->selectOnly(wires.front()->toLayer()); // back to the block the wire goes into
    }
    break;
  case Qt::Key_F: fitNetwork(); break;
  case Qt::Key_Plus:
  case Qt::Key_Minus:
    for (LayerId id : m_scene->selectedLayers()) m_scene->stepLayer(id, e->key() == Qt::Key_Plus ? 1 : -1);
    break;
  default: break;
  }
  e->accept();
}

void NetworkView::wheelEvent(QWheelEvent* e) {
  if (e->modifiers() & Qt::ControlModifier) {
    const double steps = e->angleDelta().y() / 120.0;
    if (steps != 0.0) zoomBy(std::pow(1.15, steps));
    e->accept();
    return;
  }
  QGraphicsView::wheelEvent(e);
}

void NetworkView::resizeEvent(QResizeEvent* e) {
  QGraphicsView::resizeEvent(e);
  if (m_autoFit) fitNetwork();
}

void NetworkView::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) {
    m_scene->sync();
    retranslate();
  }
  QGraphicsView::changeEvent(e);
}

void NetworkView::fillActivationMenu(QMenu* menu, LayerId id) {
  const neurona::LayerSpec* l = m_doc->layer(id);
  for (neurona::ActivationKind a : neurona::allActivations()) {
    QAction* act = menu->addAction(KindNames::activation(a));
    act->setCheckable(true);
    act->setChecked(l && l->activation == a);
    connect(act, &QAction::triggered, this,
            [this, id, a] { m_doc->setLayerProperty(id, LayerProperty::Activation, static_cast<int>(a)); });
  }
}

void NetworkView::contextMenuEvent(QContextMenuEvent* e) {
  QPointF scenePos = mapToScene(e->pos());
  LayerBlockItem* block = m_scene->blockAt(scenePos);
  QPoint globalPos = e->globalPos();
  // The menu key (or Shift+F10) opens the selected block's menu, or the selected wire's, beside it.
  if (e->reason() == QContextMenuEvent::Keyboard) {
    const QList<WireItem*> wires = m_scene->selectedWires();
    if (LayerBlockItem* current = m_scene->block(m_scene->currentLayer())) {
      block = current;
      scenePos = current->sceneBoundingRect().center();
    } else if (wires.size() == 1) {
      block = nullptr;
      scenePos = wires.front()->path().pointAtPercent(0.5);
    }
    globalPos = viewport()->mapToGlobal(mapFromScene(scenePos));
  }
  QMenu menu(this);
  if (block) {
    const LayerId id = block->layerId();
    if (!block->isSelected()) m_scene->selectOnly(id);
    menu.addAction(tr("Properties…"), this, [this, id] { emit layerActivated(id); });
    const neurona::LayerSpec* l = m_doc->layer(id);
    if (l && neurona::isMerge(l->type)) fillActivationMenu(menu.addMenu(tr("Activation")), id);
    if (l && l->type == neurona::LayerType::Dense) {
      fillActivationMenu(menu.addMenu(tr("Activation")), id);
      menu.addAction(tr("More neurons"), this, [this, id] { m_scene->stepUnits(id, 1); });
      menu.addAction(tr("Fewer neurons"), this, [this, id] { m_scene->stepUnits(id, -1); });
    }
    fillWiringMenus(&menu, id);
    menu.addSeparator();
    // A graph's order follows its wires: its blocks move freely instead.
    if (!m_scene->isGraphMode()) {
      const int index = m_doc->indexOf(id);
      menu.addAction(tr("Move Left"), this, [this, id, index] { m_doc->moveLayer(id, index - 1); })
          ->setEnabled(index > 0);
      menu.addAction(tr("Move Right"), this, [this, id, index] { m_doc->moveLayer(id, index + 1); })
          ->setEnabled(index + 1 < m_doc->layerCount());
    }
    menu.addAction(tr("Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D), this,
                   &NetworkView::duplicateSelection);
    menu.addAction(tr("Delete"), QKeySequence(QKeySequence::Delete), this, &NetworkView::deleteSelection);
  } else if (WireItem* wire = !m_scene->isGraphMode()                      ? nullptr
                              : e->reason() == QContextMenuEvent::Keyboard ? m_scene->selectedWires().value(0)
                                                                           : m_scene->wireAt(scenePos)) {
    m_scene->selectWireOnly(wire);
    menu.addAction(tr("Remove Wire"), QKeySequence(QKeySequence::Delete), this,
                   &NetworkView::deleteSelection);
  } else {
    const auto add = [this, scenePos](PaletteBlock b) {
      if (auto spec = PaletteMime::layerFor(b, *m_doc)) m_scene->selectOnly(addAt(b, *spec, scenePos));
    };
    menu.addAction(tr("Add Dense Layer Here"), this, [add] { add(PaletteBlock::Dense); });
    menu.addAction(tr("Add Dropout Here"), this, [add] { add(PaletteBlock::Dropout); });
    menu.addAction(tr("Add BatchNorm Here"), this, [add] { add(PaletteBlock::BatchNorm); });
    menu.addSeparator();
    if (m_arrange->isEnabled()) menu.addAction(m_arrange);
    menu.addAction(tr("Fit to View"), QKeySequence(Qt::Key_F), this, &NetworkView::fitNetwork);
    menu.addAction(tr("Export Picture…"), this, &NetworkView::exportWithDialog);
  }
  menu.exec(globalPos);
}

void NetworkView::fillWiringMenus(QMenu* menu, LayerId id) {
  // Wires without the mouse: what the block could read, and what it reads.
  if (m_doc->isLocked(Lock::Network) || !m_doc->layer(id)) return;
  QMenu* readFrom = menu->addMenu(tr("Read From"));
  for (LayerId from : m_doc->possibleSources(id))
    readFrom->addAction(m_doc->blockName(from), this, [this, from, id] { m_doc->connectLayers(from, id); });
  readFrom->setEnabled(!readFrom->isEmpty());
  if (!m_scene->isGraphMode()) return; // a straight network's one wire per block stays
  QMenu* stop = menu->addMenu(tr("Stop Reading"));
  for (LayerId from : m_doc->sourcesOf(id))
    stop->addAction(m_doc->blockName(from), this, [this, from, id] { m_doc->disconnectLayers(from, id); });
  stop->setEnabled(!stop->isEmpty());
}

void NetworkView::dragEnterEvent(QDragEnterEvent* e) {
  if (m_doc->isLocked(Lock::Network)) {
    emit statusMessage(tr("This lesson keeps the network as it is."));
    e->ignore();
    return;
  }
  if (PaletteMime::parse(e->mimeData()))
    e->acceptProposedAction();
  else
    e->ignore();
}

void NetworkView::dragMoveEvent(QDragMoveEvent* e) {
  const auto item = PaletteMime::parse(e->mimeData());
  if (!item) {
    e->ignore();
    return;
  }
  const QPointF scenePos = mapToScene(e->position().toPoint());
  if (item->isActivation) {
    // Activation chips only land on dense layers (and on Add and Concat, which take one too).
    LayerBlockItem* b = m_scene->blockAt(scenePos);
    const neurona::LayerSpec* l = b ? m_doc->layer(b->layerId()) : nullptr;
    if (l && (l->type == neurona::LayerType::Dense || neurona::isMerge(l->type))) {
      m_scene->selectOnly(b->layerId());
      e->acceptProposedAction();
    } else {
      e->ignore();
    }
    return;
  }
  if (item->block == PaletteBlock::Input) {
    emit statusMessage(tr("The input layer is always there: its size comes from the data set."));
    e->ignore();
    return;
  }
  if (m_scene->isGraphMode()) {
    // On a graph the block lands where it is dropped, or on the wire under the mouse.
    WireItem* wire = m_scene->wireAt(scenePos);
    for (WireItem* w : m_scene->wires()) w->setHighlighted(w == wire);
    e->acceptProposedAction();
    return;
  }
  m_scene->showInsertionMarker(m_scene->insertionIndexAt(scenePos.x()));
  e->acceptProposedAction();
}

void NetworkView::dragLeaveEvent(QDragLeaveEvent* e) {
  m_scene->hideInsertionMarker();
  for (WireItem* w : m_scene->wires()) w->setHighlighted(false);
  QGraphicsView::dragLeaveEvent(e);
}

void NetworkView::dropEvent(QDropEvent* e) {
  m_scene->hideInsertionMarker();
  for (WireItem* w : m_scene->wires()) w->setHighlighted(false);
  const auto item = PaletteMime::parse(e->mimeData());
  if (!item) {
    e->ignore();
    return;
  }
  const QPointF scenePos = mapToScene(e->position().toPoint());
  if (item->isActivation) {
    LayerBlockItem* b = m_scene->blockAt(scenePos);
    const neurona::LayerSpec* l = b ? m_doc->layer(b->layerId()) : nullptr;
    if (!l || (l->type != neurona::LayerType::Dense && !neurona::isMerge(l->type))) {
      e->ignore();
      return;
    }
    m_doc->setLayerProperty(l->id, LayerProperty::Activation, static_cast<int>(item->activation));
    m_scene->selectOnly(b->layerId());
    e->acceptProposedAction();
    return;
  }
  const auto spec = PaletteMime::layerFor(item->block, *m_doc);
  if (!spec) {
    e->ignore();
    return;
  }
  const LayerId id = addAt(item->block, *spec, scenePos);
  m_scene->selectOnly(id);
  setFocus();
  e->acceptProposedAction();
}

void NetworkView::drawBackground(QPainter* p, const QRectF& rect) {
  p->fillRect(rect, CanvasStyle::canvasBackground());
  // A faint dot grid gives the canvas depth without competing with the blocks.
  const double step = 24.0;
  const double r = 1.1;
  p->setPen(Qt::NoPen);
  p->setBrush(CanvasStyle::gridDotColour());
  if (zoom() < 0.35) return;
  for (double x = std::floor(rect.left() / step) * step; x < rect.right(); x += step)
    for (double y = std::floor(rect.top() / step) * step; y < rect.bottom(); y += step)
      p->drawEllipse(QPointF(x, y), r, r);
}

void NetworkView::renderScene(QPainter* p, const QRectF& target, const QRectF& source) const {
  // Exports draw every item afresh, as vectors in an SVG and sharp at the export's own scale, not the
  // pictures the cards keep for the view.
  QList<QPair<QGraphicsItem*, QGraphicsItem::CacheMode>> cached;
  for (QGraphicsItem* item : m_scene->items())
    if (item->cacheMode() != QGraphicsItem::NoCache) {
      cached.append({item, item->cacheMode()});
      item->setCacheMode(QGraphicsItem::NoCache);
    }
  m_scene->render(p, target, source);
  for (const auto& [item, mode] : cached) item->setCacheMode(mode);
}

QImage NetworkView::renderImage(double scale) const {
  const QRectF source = contentRect();
  QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
  // The canvas's own paper: white ink on black in high contrast would vanish on white.
  image.fill(CanvasStyle::canvasBackground());
  QPainter p(&image);
  p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
  renderScene(&p, QRectF(QPointF(0, 0), image.size()), source);
  return image;
}

bool NetworkView::exportPng(const QString& path, double scale) const {
  return renderImage(scale).save(path, "PNG");
}

bool NetworkView::exportSvg(const QString& path) const {
  const QRectF source = contentRect();
  QSvgGenerator svg;
  svg.setFileName(path);
  svg.setSize(source.size().toSize());
  svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
  svg.setTitle(tr("Neurona network"));
  QPainter p;
  if (!p.begin(&svg)) return false;
  p.fillRect(QRectF(QPointF(0, 0), source.size()), CanvasStyle::canvasBackground());
  renderScene(&p, QRectF(QPointF(0, 0), source.size()), source);
  return p.end();
}

void NetworkView::exportWithDialog() {
  QString selected;
  const QString path = QFileDialog::getSaveFileName(this, tr("Export Network Picture"), tr("network.png"),
                                                    tr("PNG image (*.png);;SVG drawing (*.svg)"), &selected);
  if (path.isEmpty()) return;
  const bool ok =
      path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive) ? exportSvg(path) : exportPng(path);
  emit statusMessage(ok ? tr("Saved %1").arg(path) : tr("Could not save %1").arg(path));
}
