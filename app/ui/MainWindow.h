#pragma once
// The main window: the network canvas in the middle and dockable panels around it.
// It wires panels to the document; it holds no network data of its own.
#include <QMainWindow>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class LanguageManager;

class MainWindow : public QMainWindow {
  Q_OBJECT
public:
  explicit MainWindow(LanguageManager* languages, QWidget* parent = nullptr);

  QDockWidget* paletteDock() const { return m_paletteDock; }
  QDockWidget* propertiesDock() const { return m_propertiesDock; }
  QDockWidget* datasetDock() const { return m_datasetDock; }
  QDockWidget* trainingDock() const { return m_trainingDock; }
  QDockWidget* lossDock() const { return m_lossDock; }
  QDockWidget* boundaryDock() const { return m_boundaryDock; }

protected:
  void changeEvent(QEvent* event) override;

private:
  void createActions();
  void createMenus();
  void createDocks();
  void retranslateUi();
  void showAbout();
  QDockWidget* addDock(const QString& objectName, Qt::DockWidgetArea area);

  LanguageManager* m_languages;

  QMenu* m_fileMenu = nullptr;
  QMenu* m_editMenu = nullptr;
  QMenu* m_viewMenu = nullptr;
  QMenu* m_trainMenu = nullptr;
  QMenu* m_languageMenu = nullptr;
  QMenu* m_helpMenu = nullptr;

  QAction* m_quitAction = nullptr;
  QAction* m_playAction = nullptr;
  QAction* m_stepAction = nullptr;
  QAction* m_resetAction = nullptr;
  QAction* m_englishAction = nullptr;
  QAction* m_spanishAction = nullptr;
  QAction* m_aboutAction = nullptr;
  QAction* m_aboutQtAction = nullptr;

  QDockWidget* m_paletteDock = nullptr;
  QDockWidget* m_propertiesDock = nullptr;
  QDockWidget* m_datasetDock = nullptr;
  QDockWidget* m_trainingDock = nullptr;
  QDockWidget* m_lossDock = nullptr;
  QDockWidget* m_boundaryDock = nullptr;
  QLabel* m_canvasPlaceholder = nullptr;
  QLabel* m_statusLabel = nullptr;
};
