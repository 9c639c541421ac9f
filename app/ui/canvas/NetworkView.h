#pragma once
// The network canvas widget: shows a NetworkScene, accepts palette drops, zooms with Ctrl+wheel,
// pans by dragging the background, fits with F, and exports the drawing as PNG or SVG.
#include "ui/canvas/PaletteMime.h"

#include "neurona/core/Types.h"

#include <QGraphicsView>

class NetworkScene;
class Project;
class QAction;
class QMenu;

class NetworkView : public QGraphicsView {
  Q_OBJECT
public:
  explicit NetworkView(Project* doc, QWidget* parent = nullptr);

  NetworkScene* networkScene() const { return m_scene; }
  Project* document() const { return m_doc; }
  double zoom() const;

  // The whole network, as drawn, on the canvas's background (black in high contrast) at `scale` × scene
  // size.
  QImage renderImage(double scale = 2.0) const;
  // While true, ← and → are left to the window (the explained step walks its stages with them) instead
  // of selecting the neighbouring layer.
  void setArrowKeysFree(bool free) { m_arrowKeysFree = free; }
  bool exportPng(const QString& path, double scale = 2.0) const;
  bool exportSvg(const QString& path) const;
  // Arrange (the graph laid out in columns, one undo step): for the window's menu and toolbar. Enabled
  // while the network is a graph; its shortcut is the window's to give.
  QAction* arrangeAction() const { return m_arrange; }

public slots:
  void fitNetwork();
  void zoomBy(double factor);
  void deleteSelection();
  void duplicateSelection();
  void selectNeighbour(int step); // -1 left, +1 right
  // ↑ and ↓ on a graph: the wires into the selected block, one after another (-1 up, +1 down), so that
  // a wire can be removed without a mouse; the status bar names each.
  void selectWire(int step);
  void exportWithDialog(); // asks for a .png or .svg file name
  void arrange();          // Project::arrange
  // A palette block chosen without dragging (a double click): before the output, on a straight network
  // as on a graph (there on the wire into the output); an output block last. Selects it; kNoLayer when
  // it cannot be added (the input block, a locked network).
  neurona::LayerId addFromPalette(int paletteBlock);

signals:
  void layerActivated(neurona::LayerId id);
  void statusMessage(const QString& text);

protected:
  bool event(QEvent* e) override;
  void keyPressEvent(QKeyEvent* e) override;
  void wheelEvent(QWheelEvent* e) override;
  void resizeEvent(QResizeEvent* e) override;
  void contextMenuEvent(QContextMenuEvent* e) override;
  void fillWiringMenus(QMenu* menu, neurona::LayerId id); // Read From ▸ and Stop Reading ▸
  void dragEnterEvent(QDragEnterEvent* e) override;
  void dragMoveEvent(QDragMoveEvent* e) override;
  void dragLeaveEvent(QDragLeaveEvent* e) override;
  void dropEvent(QDropEvent* e) override;
  void drawBackground(QPainter* p, const QRectF& rect) override;
  void changeEvent(QEvent* e) override;

private:
  void renderScene(QPainter* p, const QRectF& target, const QRectF& source) const;
  QRectF contentRect() const; // every drawn item, for the exported pictures
  void applyFit();
  void fillActivationMenu(QMenu* menu, neurona::LayerId id);
  void retranslate();
  // Where a palette block dropped at scenePos lands on a graph's canvas (layout units, card centred).
  QPointF dropGrid(const QPointF& scenePos) const;
  // A palette block put at scenePos: between the columns of a straight network; on the wire under it,
  // or loose where it is, on a graph.
  neurona::LayerId addAt(PaletteBlock b, const neurona::LayerSpec& spec, const QPointF& scenePos);

  Project* m_doc;
  NetworkScene* m_scene;
  bool ownsKey(const QKeyEvent* e) const;

  QAction* m_arrange = nullptr;
  bool m_arrowKeysFree = false;
  bool m_autoFit = true;            // until the user zooms, the view keeps the whole network in sight
  double m_presentationScale = 1.0; // the Theme's scale the current zoom was set for
};
