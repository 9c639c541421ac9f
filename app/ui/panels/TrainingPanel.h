#pragma once
// The training dock: Play/Pause, Step and Reset, the epoch counter and speed, and every training
// hyperparameter. It edits TrainingSettings and drives a TrainingController; it keeps no settings of
// its own. The learning rate has a log-scale slider (1e-5 … 10) and an exact field.
#include "training/TrainingController.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class TrainingSettings;

class TrainingPanel : public QWidget {
  Q_OBJECT
public:
  TrainingPanel(TrainingSettings* settings, TrainingController* controller, QWidget* parent = nullptr);

  // Slider position ↔ learning rate: 20 steps per decade from 1e-5 to 10.
  static int sliderForRate(double lr);
  static double rateForSlider(int position);

  QPushButton* playButton() const { return m_play; }
  QPushButton* stepButton() const { return m_step; }
  QPushButton* resetButton() const { return m_reset; }
  QLabel* epochLabel() const { return m_epoch; }
  QSlider* rateSlider() const { return m_rateSlider; }
  QDoubleSpinBox* rateField() const { return m_rate; }
  QComboBox* optimizerBox() const { return m_optimizer; }

protected:
  void changeEvent(QEvent* e) override;

private:
  void retranslateUi();
  void loadFromSettings();
  void storeToSettings();
  void updateRunState();
  void showSnapshot(const SnapshotPtr& s);
  void updateOptimizerRows();
  void attachChoiceConcepts();

  TrainingSettings* m_settings;
  TrainingController* m_controller;
  bool m_loading = false;

  QPushButton* m_play;
  QPushButton* m_step;
  QPushButton* m_reset;
  QLabel* m_epoch;
  QLabel* m_speedLabel;
  QSpinBox* m_stopAt;
  QComboBox* m_perFrame;
  QComboBox* m_loss;
  QComboBox* m_optimizer;
  QDoubleSpinBox* m_momentum;
  QDoubleSpinBox* m_beta1;
  QDoubleSpinBox* m_beta2;
  QDoubleSpinBox* m_weightDecay;
  QSlider* m_rateSlider;
  QDoubleSpinBox* m_rate;
  QComboBox* m_schedule;
  QSpinBox* m_stepSize;
  QDoubleSpinBox* m_gamma;
  QSpinBox* m_tMax;
  QSpinBox* m_batch;
  QDoubleSpinBox* m_l1;
  QDoubleSpinBox* m_l2;
  QSpinBox* m_seed;
  QSpinBox* m_patience;
  QCheckBox* m_restoreBest;
  QFormLayout* m_runForm;
  QFormLayout* m_form;
  QGroupBox* m_runBox;
  QGroupBox* m_hyperBox;
};
