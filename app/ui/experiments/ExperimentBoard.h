#pragma once
// The experiment board: the project's kept runs side by side. A table of every run (its status, epochs,
// final metrics and the settings in which it differs from the others; sortable by any column; rename by
// editing the name, pin, delete, restore as the current model), the pinned runs as cards with their
// decision boundary, and their loss and accuracy curves overlaid in one plot. A second page runs sweeps
// and shows their grid (SweepGrid). A view of the project: every change goes through it as an undo step.
#include "neurona/core/io/KeptRun.h"

#include <QHash>
#include <QPixmap>
#include <QWidget>

#include <map>
#include <string>
#include <vector>

class Project;
class QComboBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTabWidget;
class QWidget;
class SweepController;
class SweepGrid;

class ExperimentBoard : public QWidget {
  Q_OBJECT
public:
  ExperimentBoard(Project* project, SweepController* sweeps, QWidget* parent = nullptr);

  // The boundary of a kept run as a small picture (cached by run id; a grey square without a picture).
  QPixmap thumbnail(const neurona::KeptRun& run, int size);
  // A run's settings, flattened (SettingKeys::flatten of its setup).
  using Settings = std::map<std::string, std::string>;
  // Keys whose values differ among these runs (SettingKeys names), "training.epochs" included.
  static QStringList differingKeys(const std::vector<const Settings*>& runs);
  QTableWidget* table() const { return m_table; }
  SweepGrid* sweepGrid() const { return m_grid; }

public slots:
  void newSweep(); // the sweep dialog, then the sweep page

signals:
  void statusMessage(const QString& text);

protected:
  void changeEvent(QEvent* event) override;

private:
  void rebuild(); // the table, the cards and the plot from the project's runs
  // `settings`: each kept run's, in the project's order.
  void fillTable(const QStringList& differing, const std::vector<Settings>& settings);
  void fillCards(const QStringList& differing, const std::vector<Settings>& settings);
  void fillPlot();
  void retranslate();
  std::vector<std::uint64_t> selectedRuns() const;
  void updateButtons();
  void updateSweepProgress();

  Project* m_project;
  SweepController* m_sweeps;
  QTabWidget* m_tabs = nullptr;
  QTableWidget* m_table = nullptr;
  QPushButton* m_restore = nullptr;
  QPushButton* m_pin = nullptr;
  QPushButton* m_delete = nullptr;
  QLabel* m_limitLabel = nullptr;
  QSpinBox* m_limit = nullptr;
  QWidget* m_cards = nullptr;
  QLabel* m_noCards = nullptr;
  QCustomPlot* m_plot = nullptr;
  QPushButton* m_sweepButton = nullptr;
  QPushButton* m_cancelSweep = nullptr;
  QProgressBar* m_progress = nullptr;
  QLabel* m_sweepState = nullptr;
  SweepGrid* m_grid = nullptr;
  QHash<quint64, QPixmap> m_thumbnails;
  bool m_filling = false;
};
