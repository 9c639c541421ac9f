#pragma once
// The main window: the network canvas in the middle and dockable panels around it.
// It wires panels to the document; it holds no network data of its own.
#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class IssuesPanel;
class LanguageManager;
class NetworkView;
class PalettePanel;
class ProjectDocument;
class PropertiesPanel;
class ConceptsPanel;
class PresentationController;
class ProjectSession;
class TrainingWorkspace;

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(LanguageManager* languages, QWidget* parent = nullptr);
  ~MainWindow() override;

  QDockWidget* paletteDock() const { return m_paletteDock; }
  QDockWidget* propertiesDock() const { return m_propertiesDock; }
  QDockWidget* datasetDock() const { return m_datasetDock; }
  QDockWidget* trainingDock() const { return m_trainingDock; }
  QDockWidget* lossDock() const { return m_lossDock; }
  QDockWidget* boundaryDock() const { return m_boundaryDock; }
  QDockWidget* issuesDock() const { return m_issuesDock; }

  ProjectDocument* document() const { return m_document; }
  NetworkView* canvas() const { return m_canvas; }
  PalettePanel* palette() const { return m_palette; }
  PropertiesPanel* properties() const { return m_properties; }
  IssuesPanel* issues() const { return m_issues; }
  QAction* undoAction() const { return m_undoAction; }
  QAction* redoAction() const { return m_redoAction; }
  QDockWidget* conceptsDock() const { return m_conceptsDock; }
  ConceptsPanel* conceptsPanel() const { return m_conceptsPanel; }
  PresentationController* presentation() const { return m_presentation; }
  TrainingWorkspace* training() const { return m_training; }
  ProjectSession* session() const { return m_session; }

  // Restores the window geometry and dock layout saved by the last session; false on a first start.
  bool restoreLayout();

  // File ▸ Lessons; the lesson controller fills it.
  QMenu* lessonsMenu() const { return m_lessonsMenu; }
  // Opens a project after offering to save unsaved changes. A bundled file (":/…") opens as an
  // untitled copy, so Save asks where to put it. False when the user cancels or the file is bad (the
  // reason is shown to the user).
  bool openProjectFile(const QString& path);

signals:
  // After a project was opened or a new one started (path empty for New; the ":/…" path for bundled).
  void projectOpened(const QString& path);

protected:
  void changeEvent(QEvent* event) override;
  void closeEvent(QCloseEvent* event) override;
  // A .neurona or .csv file dropped anywhere on the window opens it.
  void dragEnterEvent(QDragEnterEvent* event) override;
  void dropEvent(QDropEvent* event) override;

private:
  void arrangeDocks();
  void buildFileMenu();
  void createActions();
  void createMenus();
  void createDocks();
  void retranslateUi();
  void showAbout();
  QDockWidget* addDock(const QString& objectName, Qt::DockWidgetArea area);
  // The network canvas, its palette, properties and issues docks, and the Edit/View/Templates wiring.
  void createCanvasUi();
  void retranslateCanvasUi();
  void updateUndoTexts();
  void addLayerFromPalette(int paletteBlock);
  void showLayerProperties(unsigned layerId);

  LanguageManager* m_languages;

  QMenu* m_fileMenu = nullptr;
  QMenu* m_editMenu = nullptr;
  QMenu* m_viewMenu = nullptr;
  QMenu* m_trainMenu = nullptr;
  QMenu* m_languageMenu = nullptr;
  QMenu* m_helpMenu = nullptr;
  QMenu* m_lessonsMenu = nullptr;

  QAction* m_quitAction = nullptr;
  QAction* m_playAction = nullptr;
  QAction* m_stepAction = nullptr;
  QAction* m_resetAction = nullptr;
  QAction* m_englishAction = nullptr;
  QAction* m_spanishAction = nullptr;
  QAction* m_aboutAction = nullptr;
  QAction* m_whatsThisAction = nullptr;
  QAction* m_aboutQtAction = nullptr;

  QDockWidget* m_paletteDock = nullptr;
  QDockWidget* m_propertiesDock = nullptr;
  QDockWidget* m_datasetDock = nullptr;
  QDockWidget* m_trainingDock = nullptr;
  QDockWidget* m_lossDock = nullptr;
  QDockWidget* m_boundaryDock = nullptr;
  QDockWidget* m_conceptsDock = nullptr;
  ConceptsPanel* m_conceptsPanel = nullptr;
  PresentationController* m_presentation = nullptr;
  TrainingWorkspace* m_training = nullptr;
  ProjectSession* m_session = nullptr;
  QDockWidget* m_issuesDock = nullptr;

  ProjectDocument* m_document = nullptr;
  NetworkView* m_canvas = nullptr;
  PalettePanel* m_palette = nullptr;
  PropertiesPanel* m_properties = nullptr;
  IssuesPanel* m_issues = nullptr;
  QMenu* m_templatesMenu = nullptr;
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
