#pragma once
// The training curves: the loss (train and validation, linear or log scale) and the accuracy — or R²
// for regression — side by side where the width allows, one above the other in a narrow column or
// with presentation mode's large text. Hovering shows the values of the nearest epoch. It appends the
// epochs it is given, so a long run costs nothing per frame beyond the new points. Training curves
// are solid and validation curves dashed, in the Theme's first two class colours; one legend under
// both plots names them, so no legend covers a curve or an axis.
#include "neurona/core/train/TrainingObserver.h"

#include <QWidget>

#include <vector>

class QBoxLayout;
class QCheckBox;
class QCustomPlot;
class QCPGraph;
class QCPItemTracer;
class QLabel;

class LossPlot : public QWidget {
  Q_OBJECT
public:
  int recordCount() const { return static_cast<int>(m_records.size()); }
  explicit LossPlot(QWidget* parent = nullptr);

  void setRegression(bool regression);
  // Appends history[first..]; history is the run's whole history so far.
  void appendEpochs(const std::vector<neurona::EpochRecord>& history, int first);
  void clear();

  void setLogScale(bool on);
  bool logScale() const;

  QCustomPlot* lossPlot() const { return m_loss; }
  QCustomPlot* metricPlot() const { return m_metric; }
  QCPGraph* trainLoss() const { return m_trainLoss; }
  QCPGraph* validationLoss() const { return m_valLoss; }
  QCPGraph* trainMetric() const { return m_trainMetric; }
  QCPGraph* validationMetric() const { return m_valMetric; }
  // The text the hover shows at `epoch` (empty when there is no such epoch).
  QString hoverText(double epoch) const;
  // The legend under the plots (or, while the mouse is over a plot, the values there).
  QLabel* legendLabel() const { return m_hover; }
  bool sideBySide() const;

protected:
  void changeEvent(QEvent* e) override;
  bool eventFilter(QObject* watched, QEvent* e) override;
  void resizeEvent(QResizeEvent* e) override;

private:
  void arrange(); // side by side or stacked, and the plots' smallest size, from the width and the font
  void showLegend();
  void retranslateUi();
  void restyle(); // pens and paper from the Theme; tick numbers in the current locale
  void rescale();

  QCustomPlot* m_loss;
  QCustomPlot* m_metric;
  QCPGraph* m_trainLoss;
  QCPGraph* m_valLoss;
  QCPGraph* m_trainMetric;
  QCPGraph* m_valMetric;
  QCPItemTracer* m_tracer;
  QCheckBox* m_log;
  QLabel* m_hover; // the legend, or the hovered epoch's values
  QBoxLayout* m_plots;
  bool m_regression = false;
  std::vector<neurona::EpochRecord> m_records;
};
