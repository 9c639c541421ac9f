#pragma once
// The open project as a file: its path (none while untitled), whether it has unsaved changes, and the
// File menu's New, Open, Open Recent, Save and Save As. It asks before unsaved work would be lost,
// writes every save through QSaveFile, autosaves to a recovery file every minute, and offers that
// file back after a crash. MainWindow creates one; the workspace does the loading and the documents
// say what changed.
#include "document/RecoveryStore.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class ProjectDocument;
class QAction;
class QMainWindow;
class QMenu;
class QTimer;
class TrainingWorkspace;

class ProjectSession : public QObject {
  Q_OBJECT
public:
  static constexpr int kAutosaveIntervalMs = 60'000;
  static constexpr int kMaxRecentFiles = 8;

  ProjectSession(QMainWindow* window, TrainingWorkspace* training, ProjectDocument* doc,
                 const QString& recoveryDir = QString());

  // New, Open…, Open Recent, then (after `lessons`, which the caller places) Save and Save As.
  void addOpenActionsTo(QMenu* menu);
  void addSaveActionsTo(QMenu* menu);
  QAction* newAction() const { return m_newAction; }
  QAction* openAction() const { return m_openAction; }
  QAction* saveAction() const { return m_saveAction; }
  QAction* saveAsAction() const { return m_saveAsAction; }
  QMenu* recentMenu() const { return m_recentMenu; }

  QString path() const { return m_path; } // empty while untitled
  QString displayName() const;
  bool isModified() const;
  QStringList recentFiles() const;

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

  // --- autosave and recovery ---
  void setAutosaveInterval(int ms);
  int autosaveInterval() const;
  bool autosaveNow(); // writes the recovery file when there is unsaved work; false on failure
  RecoveryStore& recovery() { return *m_recovery; }
  // Another recovery folder (tests; a portable install). Drops the current recovery file.
  void setRecoveryDir(const QString& dir);
  // Asks whether to restore work left by an instance that ended without saving; true if restored.
  bool offerRecovery();
  bool restore(const RecoveryStore::Entry& entry);

  void retranslate();

signals:
  void projectOpened(const QString& path);
  void modifiedChanged(bool modified);

private:
  void touch();
  void setClean();
  void setPath(const QString& path);
  void updateTitle();
  void addRecentFile(const QString& path);
  void rebuildRecentMenu();
  void showError(const QString& title, const QString& text);
  QString dialogFolder() const;

  QMainWindow* m_window;
  TrainingWorkspace* m_training;
  ProjectDocument* m_doc;
  QString m_path;
  QString m_untitledName; // shown while untitled (a bundled lesson's own name, or "Untitled")
  bool m_dirty = false;   // changes outside the undo stack: settings, data preparation, training
  bool m_lastModified = false;
  bool m_loading = false;
  bool m_autosaved = true; // nothing changed since the last autosave
  std::unique_ptr<RecoveryStore> m_recovery;
  QTimer* m_autosaveTimer;
  QAction* m_newAction;
  QAction* m_openAction;
  QAction* m_saveAction;
  QAction* m_saveAsAction;
  QAction* m_clearRecentAction;
  QMenu* m_recentMenu;
};
