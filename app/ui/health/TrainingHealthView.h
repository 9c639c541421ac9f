#pragma once
// The training's health, layer by layer over the epochs, as three small plots one above the other (they
// stay readable in a 300 px dock): the weight gradient norm on a log scale, the activations' mean with a
// band of ± one standard deviation, and the share of dead units of each ReLU layer (0–100 %). One colour
// per dense layer in all three; one legend under the plots names the layers. It draws what a
// HealthMonitor measured, and redraws at most once per event loop turn however many points arrive.
#include "neurona/core/Types.h"

#include <QWidget>

#include <vector>

class HealthMonitor;
class Project;
class QCustomPlot;
class QCPGraph;
class QLabel;

class TrainingHealthView : public QWidget {
  Q_OBJECT
public:
  TrainingHealthView(Project* project, HealthMonitor* monitor, QWidget* parent = nullptr);

  QCustomPlot* gradientPlot() const { return m_gradient; }
  QCustomPlot* activationPlot() const { return m_activation; }
  QCustomPlot* deadPlot() const { return m_dead; }
  QLabel* legendLabel() const { return m_legend; }
  int gradientCurveCount() const { return static_cast<int>(m_gradCurves.size()); }
  int deadCurveCount() const;

public slots:
  void refresh(); // the curves from the monitor's series, now

protected:
  void changeEvent(QEvent* e) override;

private:
  void scheduleRefresh();
  void rebuildCurves(); // one set of graphs per series
  void restyle();
  void retranslateUi();
  void showLegend();

  Project* m_project;
  HealthMonitor* m_monitor;
  QLabel* m_empty;
  QCustomPlot* m_gradient;
  QCustomPlot* m_activation;
  QCustomPlot* m_dead;
  QLabel* m_noRelu;
  QLabel* m_legend;
  // Per series (network order): its gradient curve, mean curve, band edges and dead curve (null when not
  // relu).
  std::vector<QCPGraph*> m_gradCurves, m_meanCurves, m_upper, m_lower, m_deadCurves;
  std::vector<neurona::LayerId> m_layers; // the series' layer ids the graphs were made for
  bool m_pending = false;
};
