#pragma once
// Watches a training run's health: after every snapshot with new learned values it measures each dense
// layer (LayerHealth: weight gradient norm, activation mean and spread, dead relu units) on the first
// LayerHealth::kMaxRows training rows, appends one point per layer to that layer's series, and keeps the
// problems the newest measurement shows (vanishing gradients, dead units). These are about the learned
// values, not the design, so they stay out of the project's validation: the Problems dock shows them
// beside it. A measurement costs one forward and one backward pass on 256 rows (about 13 µs).
//
//   HealthMonitor health(&project, &controller);
//   connect(&health, &HealthMonitor::updated, view, &TrainingHealthView::refresh);
//   connect(&health, &HealthMonitor::diagnosticsChanged, ...);
#include "neurona/core/graph/Validation.h"
#include "neurona/core/nn/Network.h"

#include <QObject>

#include <memory>
#include <vector>

class Project;
class TrainingController;

class HealthMonitor : public QObject {
  Q_OBJECT
public:
  static constexpr int kMaxPoints = 2000; // per series; past it every other point goes (the last stays)

  struct Point {
    int epoch = 0;
    double gradNorm = 0.0;
    double activationMean = 0.0;
    double activationSpread = 0.0;
    double deadFraction = -1.0; // LayerHealth::kNotApplicable for a layer that is not relu
  };
  struct Series {
    neurona::LayerId layer = neurona::kNoLayer;
    bool relu = false;
    std::vector<Point> points; // epochs increasing
  };

  // `controller` may be null (tests measure by hand with measure()).
  HealthMonitor(Project* project, TrainingController* controller, QObject* parent = nullptr);

  // One series per dense layer of the network measured, in network order (the last is the output layer).
  const std::vector<Series>& series() const { return m_series; }
  const Series* seriesFor(neurona::LayerId id) const;
  const std::vector<neurona::Diagnostic>& diagnostics() const { return m_diagnostics; }
  int measurements() const { return m_measurements; }

  // Measures `params` of the project's network as the values after `epoch` epochs. A point at an epoch
  // not after the series' last replaces the points from that epoch on (a reset, an undo, values set by
  // hand). False when nothing could be measured (the network has errors, no training data, values of
  // another network, a loss that does not fit the output).
  bool measure(const std::shared_ptr<const neurona::ModelParams>& params, int epoch);
  void clear();

signals:
  void updated();            // the series changed (a point, a clear)
  void diagnosticsChanged(); // the problems changed (which layers, or a ratio by more than a factor 2)

private:
  void setDiagnostics(std::vector<neurona::Diagnostic> diagnostics);
  void forgetBatch(); // the data changed: the rows are taken again at the next measurement
  static void thin(std::vector<Point>& points);

  Project* m_project;
  std::shared_ptr<const neurona::ModelParams> m_lastParams;
  quint64 m_run = 0;
  std::vector<Series> m_series;
  std::vector<neurona::Diagnostic> m_diagnostics;
  int m_measurements = 0;
  // The first rows of the training data and their targets, for `m_outputs` outputs.
  neurona::MatrixD m_x, m_y;
  int m_outputs = -1;
};
