#pragma once
// The Loss dock: the training curves over the project's whole history (also after the project is opened
// again) above the confusion matrix and metrics of the run's newest picture (in a scroll area, so a
// short column squeezes the tables, not the curves).
#include <QSplitter>

class LossPlot;
class MetricsView;
class Project;
class TrainingController;

class CurvesView : public QSplitter {
  Q_OBJECT
public:
  CurvesView(Project* project, TrainingController* controller, QWidget* parent = nullptr);

  LossPlot* lossPlot() const { return m_loss; }
  MetricsView* metricsView() const { return m_metrics; }

private:
  void showData();
  void showHistory();

  Project* m_project;
  LossPlot* m_loss;
  MetricsView* m_metrics;
};
