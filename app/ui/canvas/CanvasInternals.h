#pragma once
// The network's internals drawn live on the canvas from training snapshots, through the canvas items'
// extension points: each dense layer's incoming edges coloured by the sign of the weight and as thick
// as its magnitude (ConnectionItem::setWeights), and each neuron a small heatmap of its output over
// the input plane (LayerBlockItem::setNeuronImages). Hovering an edge shows its weight; hovering a
// neuron reports it, so the boundary plot can show that neuron's map large.
#include "training/ImageProbe.h"
#include "training/Snapshot.h"

#include <QImage>
#include <QObject>
#include <QVector>

#include <optional>

class NetworkView;
class Project;

class CanvasInternals : public QObject {
  Q_OBJECT
public:
  static constexpr int kImageSize = 48; // sharp enough for a neuron drawn 50 px wide

  CanvasInternals(NetworkView* view, Project* doc, QObject* parent = nullptr);

  void showSnapshot(const SnapshotPtr& snapshot);
  void clear();
  void setEnabled(bool on);
  // While the explained step draws on the edges, snapshots leave them alone; false shows the latest again.
  void setHoldEdges(bool hold);
  bool isEnabled() const { return m_enabled; }

  // How a neuron's outputs map to colours: a probability (sigmoid, softmax) on the boundary map, so
  // 0.5 is the neutral middle; any other output on the diverging map scaled by its largest magnitude,
  // so 0 (a ReLU that is off) is neutral and the sign picks the side.
  enum class Scale { Signed, Probability };
  // One unit's output over the plane: outputs of the grid (nx·ny × units), column `unit`, as an image
  // (row 0 at the top = the largest x2), in the Theme's diverging map.
  static QImage neuronImage(const neurona::GridResult& grid, int layer, int unit, Scale scale = Scale::Signed,
                            int size = kImageSize);

  // An edge of the canvas: the weight from unit `from` of the column before to unit `to` of `layer`.
  struct Edge {
    neurona::LayerId layer = neurona::kNoLayer;
    int from = -1;
    int to = -1;
  };
  // The edge under a scene point (within a few pixels), when the snapshot has its weight.
  std::optional<Edge> edgeAt(const QPointF& scenePos) const;
  // The weight under a scene point, for the hover text; false when no edge is near.
  bool weightAt(const QPointF& scenePos, QString* text) const;
  // The learned values the canvas shows (the latest snapshot's), or null.
  std::shared_ptr<const neurona::ModelParams> shownParams() const;

  // Image networks: the picture whose feature maps the canvas shows (raw pixels, as a row of the data
  // set): a sample chosen in the gallery, or a drawing. Empty: the data set's first sample.
  void setFocus(const neurona::VectorD& rawPixels);
  const neurona::VectorD& focus() const { return m_focus; }
  // One picture (channels-last values) of the map of `channel` in an H × W × C output, each cell a pixel,
  // in the diverging map scaled by `magnitude` (0 = neutral); grey from black to white when `grey`.
  static QImage mapImage(const float* values, int height, int width, int channels, int channel,
                         double magnitude, bool grey);

signals:
  // A click on an edge (not on a block): the weight editor opens there.
  void edgeClicked(const CanvasInternals::Edge& edge, const QPoint& globalPos);
  void neuronHovered(int layerIndex, int unit);
  void neuronHoverEnded();

protected:
  bool eventFilter(QObject* watched, QEvent* e) override;

private:
  void showImageLayers(const Snapshot& snapshot);

  NetworkView* m_view;
  Project* m_doc;
  SnapshotPtr m_snapshot;
  bool m_enabled = true;
  bool m_holdEdges = false;
  int m_hoverLayer = -1;
  int m_hoverUnit = -1;
  neurona::VectorD m_focus;
  ImageProbe m_probe;
};
