#pragma once
// The main window: the network canvas in the middle, dockable panels around it, the menus. It creates
// the one Project and the TrainingController, and gives each view the project (and the controller) to
// observe; it holds no project data of its own and never relays data between views.
#include <QMainWindow>

class BoundaryView;
class ImagesView;
class QStackedWidget;
class CanvasInternals;
class ConceptsPanel;
class CurvesView;
class DatasetPanel;
class ExperimentBoard;
class SweepController;
class FileActions;
class QToolBar;
class ModelExport;
class IssuesPanel;
class LanguageManager;
class LessonController;
class LossPlot;
class MetricsView;
class NetworkView;
class WeightEditor;
class ExplainPanel;
class CodeView;
class HealthMonitor;
class LayerMapView;
class LossLandscapeView;
class ExplainOverlay;
class PalettePanel;
class PresentationController;
class Project;
class PropertiesPanel;
class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class RunMessages;
class StatusSummary;
class TrainingController;
class TrainingPanel;

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(LanguageManager* languages, QWidget* parent = nullptr);
  ~MainWindow() override;

  Project* project() const { return m_project; }
  TrainingController* controller() const { return m_controller; }
  FileActions* files() const { return m_files; }
  ModelExport* modelExport() const { return m_modelExport; }
  LessonController* lessons() const { return m_lessons; }
  PresentationController* presentation() const { return m_presentation; }

  NetworkView* canvas() const { return m_canvas; }
  CanvasInternals* canvasInternals() const { return m_internals; }
  WeightEditor* weightEditor() const { return m_weightEditor; }
  PalettePanel* palette() const { return m_palette; }
  PropertiesPanel* properties() const { return m_properties; }
  IssuesPanel* issues() const { return m_issues; }
  DatasetPanel* datasetPanel() const { return m_datasetPanel; }
  TrainingPanel* trainingPanel() const { return m_trainingPanel; }
  BoundaryView* boundaryView() const { return m_boundary; }
  ImagesView* imagesView() const { return m_images; } // in the boundary's dock when the data are pictures
  CurvesView* curvesView() const { return m_curves; }
  LossPlot* lossPlot() const;
  MetricsView* metricsView() const;
  ConceptsPanel* conceptsPanel() const { return m_conceptsPanel; }

  QDockWidget* paletteDock() const { return m_paletteDock; }
  QDockWidget* propertiesDock() const { return m_propertiesDock; }
  QDockWidget* datasetDock() const { return m_datasetDock; }
  QDockWidget* trainingDock() const { return m_trainingDock; }
  QDockWidget* lossDock() const { return m_lossDock; }
  QDockWidget* boundaryDock() const { return m_boundaryDock; }
  QDockWidget* issuesDock() const { return m_issuesDock; }
  QDockWidget* conceptsDock() const { return m_conceptsDock; }

  QAction* undoAction() const { return m_undoAction; }
  QAction* redoAction() const { return m_redoAction; }
  QAction* playAction() const { return m_playAction; }
  QAction* stepAction() const { return m_stepAction; }
  QAction* resetAction() const { return m_resetAction; }
  QAction* experimentBoardAction() const { return m_boardAction; }
  QAction* sweepAction() const { return m_sweepAction; }
  QAction* explainAction() const { return m_explainAction; }
  ExplainPanel* explainPanel() const { return m_explain; }
  QDockWidget* explainDock() const { return m_explainDock; }
  QDockWidget* codeDock() const { return m_codeDock; }
  CodeView* codeView() const { return m_codeView; }
  HealthMonitor* healthMonitor() const { return m_health; }
  QDockWidget* healthDock() const { return m_healthDock; }
  QDockWidget* layerMapDock() const { return m_layerMapDock; }
  QDockWidget* landscapeDock() const { return m_landscapeDock; }
  LayerMapView* layerMapView() const { return m_layerMap; }
  LossLandscapeView* landscapeView() const { return m_landscape; }
  ExplainOverlay* explainOverlay() const { return m_explainOverlay; }
  // The experiment board window, created on first use and shown.
  ExperimentBoard* showExperimentBoard();
  SweepController* sweeps() const { return m_sweeps; }
  QMenu* lessonsMenu() const { return m_lessonsMenu; }
  QMenu* templatesMenu() const { return m_templatesMenu; }

  // Restores the window geometry and dock layout saved by the last session; false on a first start.
  bool restoreLayout();

protected:
  void changeEvent(QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;
  // A .neurona or .csv file dropped anywhere on the window opens it.
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

private:
  QDockWidget* addDock(const QString& objectName, Qt::DockWidgetArea area, QWidget* content);
  void createActions();
  void createMenus();
  void createViews();
  void arrangeDocks();
  int leftColumnNeeds() const; // the left column's width at which no tab title or panel is cut
  void fitColumnsToText();
  // A lesson's text needs more of the left column than the data panel it shares a place with: the Lesson
  // dock takes most of the column while it is up, and the arranged shares come back when it closes.
  void shareLeftColumn(bool lesson);
  void showDataPage(); // the boundary for points, the gallery and pad for pictures
  void makeRoomForMessage(const QString& message);
  void buildFileMenu();
  void retranslateUi();
  void showAbout();
  void updateUndoTexts();
  void updateEditActions(); // what a lesson's lock allows
  void showLayerProperties(unsigned layerId);

  LanguageManager* m_languages;
  Project* m_project = nullptr;
  TrainingController* m_controller = nullptr;
  FileActions* m_files = nullptr;
  QToolBar* m_runToolBar = nullptr;
  QAction* m_resetLayoutAction = nullptr;
  QPair<int, int> m_arrangedColumns{300, 300}; // the side columns' widths Reset Layout chose
  ModelExport* m_modelExport = nullptr;
  LessonController* m_lessons = nullptr;
  PresentationController* m_presentation = nullptr;
  StatusSummary* m_summary = nullptr;
  RunMessages* m_runMessages = nullptr;

  NetworkView* m_canvas = nullptr;
  CanvasInternals* m_internals = nullptr;
  WeightEditor* m_weightEditor = nullptr;
  PalettePanel* m_palette = nullptr;
  PropertiesPanel* m_properties = nullptr;
  IssuesPanel* m_issues = nullptr;
  DatasetPanel* m_datasetPanel = nullptr;
  TrainingPanel* m_trainingPanel = nullptr;
  BoundaryView* m_boundary = nullptr;
  ImagesView* m_images = nullptr;
  QStackedWidget* m_boundaryStack = nullptr;
  CurvesView* m_curves = nullptr;
  ConceptsPanel* m_conceptsPanel = nullptr;

  QDockWidget* m_paletteDock = nullptr;
  QDockWidget* m_propertiesDock = nullptr;
  QDockWidget* m_datasetDock = nullptr;
  QDockWidget* m_trainingDock = nullptr;
  QDockWidget* m_lossDock = nullptr;
  QDockWidget* m_boundaryDock = nullptr;
  QDockWidget* m_issuesDock = nullptr;
  QDockWidget* m_conceptsDock = nullptr;

  QMenu* m_fileMenu = nullptr;
  QMenu* m_editMenu = nullptr;
  QMenu* m_viewMenu = nullptr;
  QMenu* m_trainMenu = nullptr;
  QMenu* m_languageMenu = nullptr;
  QMenu* m_helpMenu = nullptr;
  QMenu* m_lessonsMenu = nullptr;
  QMenu* m_templatesMenu = nullptr;

  QAction* m_quitAction = nullptr;
  QAction* m_playAction = nullptr;
  QAction* m_stepAction = nullptr;
  QAction* m_resetAction = nullptr;
  QAction* m_boardAction = nullptr;
  QAction* m_sweepAction = nullptr;
  QAction* m_explainAction = nullptr;
  QAction* m_explainBackAction = nullptr;
  QAction* m_explainNextAction = nullptr;
  ExplainPanel* m_explain = nullptr;
  QDockWidget* m_explainDock = nullptr;
  CodeView* m_codeView = nullptr;
  QDockWidget* m_codeDock = nullptr;
  HealthMonitor* m_health = nullptr;
  QDockWidget* m_healthDock = nullptr;
  LayerMapView* m_layerMap = nullptr;
  QDockWidget* m_layerMapDock = nullptr;
  LossLandscapeView* m_landscape = nullptr;
  QDockWidget* m_landscapeDock = nullptr;
  // The glass box's docks: in the loss curves' place, shown only when asked for.
  QList<QDockWidget*> m_onDemandDocks;
  ExplainOverlay* m_explainOverlay = nullptr;
  SweepController* m_sweeps = nullptr;
  ExperimentBoard* m_board = nullptr;
  QAction* m_englishAction = nullptr;
  QAction* m_spanishAction = nullptr;
  QAction* m_aboutAction = nullptr;
  QAction* m_whatsThisAction = nullptr;
  QAction* m_aboutQtAction = nullptr;
  QAction* m_undoAction = nullptr;
  QAction* m_redoAction = nullptr;
  QAction* m_deleteAction = nullptr;
  QAction* m_duplicateAction = nullptr;
  QAction* m_zoomInAction = nullptr;
  QAction* m_zoomOutAction = nullptr;
  QAction* m_fitAction = nullptr;
  QAction* m_exportCanvasAction = nullptr;
  QList<QAction*> m_templateActions;
  QLabel* m_statusLabel = nullptr;
};
