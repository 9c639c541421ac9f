#pragma once
// The training side of the main window in one place: it owns the dataset document, the training
// settings and the TrainingController, fills the Data, Training, Loss and Decision Boundary docks, draws
// the network's internals on the canvas, and opens project files. MainWindow creates it once and hands
// it its docks and Train actions; everything else is wired here, so the window file stays small.
#include "training/TrainingController.h"

#include "neurona/core/io/Project.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>

class BoundaryView;
class CanvasInternals;
class DatasetDocument;
class DatasetPanel;
class LossPlot;
class MetricsView;
class NetworkView;
class ProjectDocument;
class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMessageBox;
class TrainingPanel;
class TrainingSettings;

class TrainingWorkspace : public QObject {
  Q_OBJECT
public:
  struct Docks {
    QDockWidget* dataset = nullptr;
    QDockWidget* training = nullptr;
    QDockWidget* loss = nullptr;
    QDockWidget* boundary = nullptr;
  };
  struct Actions {
    QAction* play = nullptr;
    QAction* step = nullptr;
    QAction* reset = nullptr;
  };

  TrainingWorkspace(QMainWindow* window, ProjectDocument* doc, NetworkView* canvas, Docks docks, Actions actions);
  ~TrainingWorkspace() override;

  DatasetDocument* dataset() const { return m_dataset; }
  TrainingSettings* settings() const { return m_settings; }
  TrainingController* controller() const { return m_controller; }
  DatasetPanel* datasetPanel() const { return m_datasetPanel; }
  TrainingPanel* trainingPanel() const { return m_trainingPanel; }
  LossPlot* lossPlot() const { return m_lossPlot; }
  MetricsView* metricsView() const { return m_metrics; }
  BoundaryView* boundaryView() const { return m_boundary; }
  CanvasInternals* canvasInternals() const { return m_internals; }

  // Loads a .neurona file (a path on disk, or a ":/examples/…" resource). False with a sentence, and
  // then nothing changed. Titles, recent files and unsaved changes are ProjectSession's.
  bool openProject(const QString& path, QString* error = nullptr);
  bool loadProject(const neurona::Project& project, const QString& projectDir, QString* error = nullptr);
  // A new project: the tutorial network on generated data.
  bool newProject(QString* error = nullptr);
  // The open workspace as a project: data settings, network, training settings, and when trained, the
  // model (newest snapshot's weights) with its history. A CSV data path is made relative to
  // `projectDir`, the folder of the file it is written to.
  neurona::Project currentProject(const QString& projectDir = QString()) const;
  // Writes currentProject() through QSaveFile. `note` gets a sentence worth showing even on success
  // (the data file had been deleted and was written back).
  bool saveProject(const QString& path, QString* error = nullptr, QString* note = nullptr);
  static QString bundledExample(const QString& name) { return QStringLiteral(":/examples/%1.neurona").arg(name); }

  // Whether a change of network, data or optimizer asks before resetting a trained run (QSettings
  // "training/askBeforeReset"); the remembered answer is "training/resetAnswer".
  static void setAskBeforeReset(bool ask, bool answerWhenNotAsking = true);

  // After a language change: texts this object shows outside the docks (the status bar summary).
  void retranslate();

  // A user-facing sentence for a core error code of a run that could not start.
  static QString startErrorText(neurona::ErrorCode code);

private:
  TrainingJobPtr makeJob(QString* why) const;
  LiveSettings liveSettings() const;
  void onDataChanged();
  void onSnapshot(const SnapshotPtr& s);
  void onDiverged(int epoch, double learningRate);
  void onStartFailed(neurona::ErrorCode code, const QString& why);
  void structureChanged(const QString& what);
  void updateValidationContext();
  void updateActions();
  void updateSummary();

  QMainWindow* m_window;
  ProjectDocument* m_doc;
  NetworkView* m_canvas;
  Actions m_actions;
  DatasetDocument* m_dataset;
  TrainingSettings* m_settings;
  TrainingController* m_controller;
  DatasetPanel* m_datasetPanel;
  TrainingPanel* m_trainingPanel;
  LossPlot* m_lossPlot;
  MetricsView* m_metrics;
  BoundaryView* m_boundary;
  CanvasInternals* m_internals;
  QLabel* m_statusSummary;
  SnapshotPtr m_summarySnapshot; // the snapshot the status bar summary shows
  QPointer<QMessageBox> m_divergedBox;
  neurona::Project m_baseProject;
  std::optional<neurona::Model> m_resumeModel; // set only while a freshly opened project builds its run
  mutable bool m_runFromSaved = false;          // the current run started from the project's saved weights
  bool m_loading = false;
  bool m_asking = false;
  static constexpr int kCanvasIntervalMs = 90;
  static constexpr int kTableIntervalMs = 250;
  QElapsedTimer m_canvasClock, m_tableClock;
};
