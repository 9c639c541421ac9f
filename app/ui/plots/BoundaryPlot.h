#pragma once
// The decision boundary: the network's output over the plane of the first two raw inputs, drawn as a
// QCPColorMap under the data points.
//   binary:     a diverging two-colour map of P(class 1); the paler, the less confident
//   K classes:  the most likely class's colour, paler as its probability falls towards 1/K
//   regression: the predicted value on the same diverging map, low to high; the points are coloured by
//               their target on that same scale (its range is the targets'), shown by a colour bar
//               (several targets: the first output and the first target)
//   reconstruction (the targets are the two inputs, an autoencoder): no map; the points in one colour
//               and, once a snapshot comes, each point's reconstruction (the network's output, read from
//               the grid between its four nearest points and scaled back to the data's units) as a cross
// The colours come from the Theme (class palette, diverging map, high contrast) and follow it live.
// Training points are filled discs, validation/test points rings; a legend names the classes. When a
// paint class is set, a click adds a point of that class and a right-click removes the nearest point
// (as requests: the plot does not own the data). Otherwise a right-click offers to save the plot.
#include "training/Snapshot.h"

#include "neurona/core/data/Preprocessing.h"
#include "neurona/core/data/Split.h"

#include <qcustomplot.h>

#include <vector>

class BoundaryPlot : public QCustomPlot {
  Q_OBJECT
public:
  explicit BoundaryPlot(QWidget* parent = nullptr);

  // The points to draw, the parts they belong to, and the plane to show (the data's range plus a margin).
  void setData(const neurona::Dataset& raw, const neurona::DatasetSplit& split, const QRectF& plane);
  void showSnapshot(const SnapshotPtr& snapshot);
  // The preprocessing of the inputs, which targets that are the inputs share (PreparedData): a
  // reconstruction is drawn back in the data's units. Set before setData.
  void setTargetScaling(const neurona::Preprocessing& scaling) { m_targetScaling = scaling; }
  // The data's targets are its two inputs: the plot shows the reconstructed points over the data.
  bool showsReconstruction() const;
  QCPGraph* reconstructionGraph() const { return m_reconstruction; } // null unless showsReconstruction
  void clearBoundary();

  void setDiscretize(bool on);
  bool discretize() const { return m_discretize; }
  void setShowHeldOut(bool on);
  bool showHeldOut() const { return m_showHeldOut; }
  void setPaintClass(int classIndex); // -1: painting off
  int paintClass() const { return m_paintClass; }

  // Shows one neuron's output (spec layer index, unit) instead of the network's output, until cleared.
  void showNeuronMap(int layerIndex, int unit);
  void clearNeuronMap();
  bool showingNeuronMap() const { return m_neuronLayer >= 0; }

  QCPColorMap* colorMap() const { return m_map; }
  QCPColorScale* colorScale() const { return m_scale; } // in the layout for regression data only
  // The targets' range, shared by the map and the points' colours (regression).
  QCPRange valueRange() const { return m_valueRange; }
  // The value behind the colour of cell (ix, iy): P(class 1), class + confidence, or the prediction.
  double cellValue(int ix, int iy) const;
  int pointCount(bool heldOut) const;
  // The points of one class; null when there is no such class. For regression data the points are
  // grouped in kValueLevels bands of the target, band k drawn in the map's colour of its middle.
  QCPGraph* classGraph(int classIndex, bool heldOut) const;
  static constexpr int kValueLevels = 24;
  // A ring around one data point (the sample a step is explained on); -1 removes it.
  void setMarkedRow(int rawRow);
  int markedRow() const { return m_markedRow; }

signals:
  void addPointRequested(double x1, double x2, int classIndex);
  // A left click on the plane while painting is off (x1, x2 in the data's coordinates).
  void planeClicked(double x1, double x2);
  void removePointRequested(double x1, double x2, double maxDistance);

protected:
  void mousePressEvent(QMouseEvent* e) override;
  void changeEvent(QEvent* e) override;

private:
  void restyle(); // after a change of palette, contrast or scale
  void rebuildGraphs();
  void refreshMap();
  void retranslateUi();
  void placeColorScale(bool shown);
  void drawReconstruction();

  QCPColorMap* m_map;
  QCPColorScale* m_scale = nullptr;
  QCPMarginGroup* m_margins = nullptr;
  QCPRange m_valueRange{0.0, 1.0};
  std::vector<QCPGraph*> m_trainGraphs, m_heldOutGraphs;
  QCPGraph* m_heldOutLegend = nullptr;
  QCPGraph* m_reconstruction = nullptr;
  neurona::Preprocessing m_targetScaling;
  neurona::Dataset m_raw;
  neurona::DatasetSplit m_split;
  QRectF m_plane;
  SnapshotPtr m_snapshot;
  bool m_discretize = false;
  bool m_showHeldOut = true;
  int m_paintClass = -1;
  int m_neuronLayer = -1;
  int m_neuronUnit = -1;
  int m_markedRow = -1;
  QCPGraph* m_marker = nullptr;
};
