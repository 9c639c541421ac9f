#pragma once
// "How each layer bends space" (issue #22): for data with two inputs, a grid of lines over the raw plane
// and the training points, pushed through the network and drawn in the coordinates of the layer chosen
// ("Input", then each dense layer). The projection of each layer to 2-D (LayerMaps) is fitted once per run
// on the training points and reused for every snapshot, so the animation does not jump.
//
// The grid is built in raw coordinates (the plane the boundary plot shows) and every point goes through
// the project's feature pipeline before the network, so the "Input" entry is exactly the raw plane, and
// the other entries are what the network makes of it whatever the scaling. With data of another width,
// or extra inputs (the network does not see a plane), a sentence says so instead.
//
// Typical use:
//   auto* view = new LayerMapView(project);
//   connect(controller, &TrainingController::snapshotReady, view, &LayerMapView::showSnapshot);
#include "training/Snapshot.h"

#include "neurona/core/train/LayerMaps.h"

#include <QElapsedTimer>
#include <QWidget>

#include <vector>

class Project;
class QComboBox;
class QCPCurve;
class QCPGraph;
class QCustomPlot;
class QLabel;
class QTimer;

class LayerMapView : public QWidget {
  Q_OBJECT
public:
  static constexpr int kLines = 11;         // grid lines each way
  static constexpr int kPointsPerLine = 41; // points along each line
  static constexpr int kMaxFps = 15;        // redraws per second at most while training

  explicit LayerMapView(Project* project, QWidget* parent = nullptr);

  // For tests.
  QComboBox* chooser() const { return m_chooser; }
  QCustomPlot* plot() const { return m_plot; }
  QLabel* sentence() const { return m_sentence; }
  bool isShowingMap() const; // false: the sentence (data not 2-D) is shown
  int entryCount() const;
  const std::vector<QCPCurve*>& curves() const { return m_curves; }
  const std::vector<QCPGraph*>& pointGraphs() const { return m_pointGraphs; }
  int drawnPoints() const; // points drawn over all classes
  void redrawNow();        // the pending redraw at once

public slots:
  void showSnapshot(const SnapshotPtr& snapshot);
  void setEntry(int entry);

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void updateAxisLabels();
  void onProjectChanged();
  void rebuildInputs(); // the raw grid, the raw training points and their network inputs
  void rebuildChooser();
  void rebuildPointGraphs();
  void restyle();
  void scheduleRedraw();
  void redraw();

  Project* m_project;
  QLabel* m_sentence;
  QLabel* m_chooserLabel;
  QComboBox* m_chooser;
  QCustomPlot* m_plot;
  std::vector<QCPCurve*> m_curves;
  std::vector<QCPGraph*> m_pointGraphs; // one per class (one for regression)
  QTimer* m_timer;
  QElapsedTimer m_sinceRedraw;

  SnapshotPtr m_snapshot;
  bool m_planar = false;     // 2 raw inputs and a network input of width 2
  neurona::MatrixD m_raw;    // grid rows (kLines·2·kPointsPerLine) then training rows, raw coordinates
  neurona::MatrixD m_input;  // the same rows through the pipeline (network inputs)
  Eigen::VectorXi m_classes; // class (or band) of each training row
  Eigen::Index m_gridRows = 0;
  bool m_projectionValid = false;
  quint64 m_projectionRun = 0;
  neurona::LayerMapProjection m_projection;
};
