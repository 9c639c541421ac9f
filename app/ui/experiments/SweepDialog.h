#pragma once
// Chooses a sweep: one or two settings (learning rate, batch size, units or activation of a layer,
// hidden layers, optimizer, L2, dropout rate, seed), the values of each, and the epochs of every run.
// The result is the file keys and values a SweepPlan takes, so the app and `neurona-cli sweep` name
// settings alike.
#include "neurona/core/sweep/SweepPlan.h"

#include <QDialog>

#include <optional>
#include <vector>

class Project;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

class SweepDialog : public QDialog {
  Q_OBJECT
public:
  explicit SweepDialog(const Project* project, QWidget* parent = nullptr);

  std::vector<neurona::SweepSetting> settings() const;
  std::optional<int> epochs() const;
  // Preset rows (tests, lessons): kind index as in the combo (see Kind), values as typed.
  enum class Kind {
    LearningRate,
    BatchSize,
    Units,
    HiddenLayers,
    Activation,
    Optimizer,
    L2,
    DropoutRate,
    Seed
  };
  void setRow(int row, Kind kind, const QString& values, int layerIndex = 0);
  void setSecondRowEnabled(bool on);

private:
  struct Row {
    QComboBox* kind = nullptr;
    QComboBox* layer = nullptr; // for units, activation, dropout rate
    QLineEdit* values = nullptr;
  };
  Row makeRow(int index);
  void updateRow(const Row& row, bool resetValues);
  std::optional<neurona::SweepSetting> settingOf(const Row& row) const;
  void updateCount();

  const Project* m_project;
  Row m_rows[2];
  QCheckBox* m_second = nullptr;
  QSpinBox* m_epochs = nullptr;
  QLabel* m_count = nullptr;
};
