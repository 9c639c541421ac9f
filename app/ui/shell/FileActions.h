#pragma once
// The File menu's New, Open, Open Recent, Save and Save As for the one Project: the dialogs, the
// questions before unsaved work would be lost, the window title with its unsaved mark, the recent files,
// the autosave's recovery offer at start, and the sentences when a file cannot be read or written. The
// reading and writing itself is the Project's.
#include "model/files/Autosave.h"

#include "neurona/core/Error.h"

#include <QObject>
#include <QString>
#include <QStringList>

class Project;
class QAction;
class QMainWindow;
class QMenu;

class FileActions : public QObject {
  Q_OBJECT
public:
  static constexpr int kMaxRecentFiles = 8;

  FileActions(QMainWindow* window, Project* project, const QString& recoveryDir = QString());

  // New, Open…, Open Recent, then (after the menus the caller places) Save and Save As.
  void addOpenActionsTo(QMenu* menu);
  void addSaveActionsTo(QMenu* menu);
  QAction* newAction() const { return m_newAction; }
  QAction* openAction() const { return m_openAction; }
  QAction* saveAction() const { return m_saveAction; }
  QAction* saveAsAction() const { return m_saveAsAction; }
  QMenu* recentMenu() const { return m_recentMenu; }
  QStringList recentFiles() const;
  Autosave& autosave() { return *m_autosave; }

  // Each asks first when there are unsaved changes; false when the user cancels or it fails (the
  // reason was shown). `open` takes a .neurona project or a .csv data file (loaded as the data).
  bool newProject();
  bool open(const QString& path);
  bool openProject(const QString& path); // a project only; bundled ":/…" files open untitled
  bool save();                           // to the current path, or Save As when untitled
  bool saveAs();                         // asks for a path
  bool saveTo(const QString& path);      // no dialog: the path given
  // Save / Discard / Cancel when there are unsaved changes: true means go on.
  bool maybeSave();
  // Closing the window: false keeps it open. On a real close the recovery file is discarded.
  bool confirmClose();

  // What to open at start: the path given on the command line, else the last project, else the
  // bundled tutorial. Returns the path actually opened.
  QString openAtStartup(const QString& argument);

  // Asks whether to restore work left by an instance that ended without saving; true if restored.
  bool offerRecovery();
  bool restore(const RecoveryStore::Entry& entry);

  void retranslate();

signals:
  void projectOpened(const QString& path); // after New (empty path), Open or a restore

private:
  void remember(const QString& path); // recent files and the last folder
  void updateTitle();
  void rebuildRecentMenu();
  void showError(const QString& title, const neurona::Error& error);
  QString dialogFolder() const;

  QMainWindow* m_window;
  Project* m_project;
  Autosave* m_autosave;
  QAction* m_newAction;
  QAction* m_openAction;
  QAction* m_saveAction;
  QAction* m_saveAsAction;
  QAction* m_clearRecentAction;
  QMenu* m_recentMenu;
};
