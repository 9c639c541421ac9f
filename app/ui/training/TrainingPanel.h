#pragma once
// The training dock: Play/Pause, Step and Reset, the epoch counter and speed, and every training
// hyperparameter. Each control edits one setting of the Project (one key, one undo step) and shows it
// again when the project says it changed; the buttons drive the TrainingController. It keeps no
// settings of its own, and disables the controls a lesson locks. The learning rate has a log-scale
// slider (1e-5 … 10) and an exact field.
#include "model/TrainingSettings.h"
#include "training/TrainingController.h"

#include <QHash>

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QPushButton;
class QSlider;
class Project;
class QSpinBox;
class RunBar;

class TrainingPanel : public QWidget {
  Q_OBJECT
public:
  TrainingPanel(Project* project, TrainingController* controller, QWidget* parent = nullptr);

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
  QWidget* editor(SettingKey key) const { return m_editors.value(key); }
  // Play, Step, Reset, the epoch, epochs/s and the speed: the main window moves it into its toolbar.
  RunBar* runBar() const { return m_runBar; }

protected:
  void changeEvent(QEvent* e) override;

private:
  void retranslateUi();
  void bind(SettingKey key, QWidget* editor);
  void edit(SettingKey key, const QVariant& value);
  void showSetting(SettingKey key); // the project's value in its editor
  void showAllSettings();
  void applyLocks();
  void updateRunState();
  void showSnapshot(const SnapshotPtr& s);
  void updateOptimizerRows();
  void attachChoiceConcepts();

  Project* m_project;
  TrainingController* m_controller;
  bool m_loading = false;
  QHash<SettingKey, QWidget*> m_editors;

  QPushButton* m_play;
  QPushButton* m_step;
  QPushButton* m_reset;
  QLabel* m_epoch;
  QLabel* m_speedLabel;
  QLabel* m_speedName;
  RunBar* m_runBar;
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
