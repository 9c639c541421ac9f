#include "ui/ProjectSession.h"

#include "document/DatasetDocument.h"
#include "document/ProjectDocument.h"
#include "ui/TrainingWorkspace.h"
#include "training/TrainingController.h"
#include "document/TrainingSettings.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace {
const char* kLastProjectKey = "project/last";
const char* kRecentKey = "project/recent";
const char* kFolderKey = "project/folder";

bool isDataFile(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt");
}
} // namespace

ProjectSession::ProjectSession(QMainWindow* window, TrainingWorkspace* training, ProjectDocument* doc,
                               const QString& recoveryDir)
    : QObject(window), m_window(window), m_training(training), m_doc(doc), m_recovery(std::make_unique<RecoveryStore>(recoveryDir)) {
  setObjectName(QStringLiteral("projectSession"));
  m_newAction = new QAction(this);
  m_newAction->setObjectName(QStringLiteral("newAction"));
  m_newAction->setShortcut(QKeySequence::New);
  connect(m_newAction, &QAction::triggered, this, [this] { newProject(); });
  m_openAction = new QAction(this);
  m_openAction->setObjectName(QStringLiteral("openAction"));
  m_openAction->setShortcut(QKeySequence::Open);
  connect(m_openAction, &QAction::triggered, this, [this] {
    const QString path = QFileDialog::getOpenFileName(
        m_window, tr("Open Project or Data"), dialogFolder(),
        tr("Neurona projects (*.neurona);;Data files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty()) open(path);
  });
  m_saveAction = new QAction(this);
  m_saveAction->setObjectName(QStringLiteral("saveAction"));
  m_saveAction->setShortcut(QKeySequence::Save);
  connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
  m_saveAsAction = new QAction(this);
  m_saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
  m_saveAsAction->setShortcut(QKeySequence::SaveAs);
  connect(m_saveAsAction, &QAction::triggered, this, [this] { saveAs(); });
  m_recentMenu = new QMenu(window);
  m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
  m_clearRecentAction = new QAction(this);
  connect(m_clearRecentAction, &QAction::triggered, this, [this] {
    QSettings().remove(QLatin1String(kRecentKey));
    rebuildRecentMenu();
  });
  for (QAction* a : {m_newAction, m_openAction, m_saveAction, m_saveAsAction}) {
    a->setShortcutContext(Qt::WindowShortcut);
    window->addAction(a);
  }

  // What makes the project differ from its file: undoable edits (network, data points) are tracked
  // by the undo stack's clean state; settings and training progress by the flag.
  QUndoStack* stack = doc->undoStack();
  connect(stack, &QUndoStack::cleanChanged, this, [this] { updateTitle(); });
  connect(stack, &QUndoStack::indexChanged, this, [this] {
    if (!m_loading) m_autosaved = false;
    updateTitle();
  });
  connect(training->settings(), &TrainingSettings::liveChanged, this, &ProjectSession::touch);
  connect(training->settings(), &TrainingSettings::resetNeeded, this, &ProjectSession::touch);
  connect(training->dataset(), &DatasetDocument::settingsChanged, this, &ProjectSession::touch);
  connect(training->controller(), &TrainingController::historyAppended, this, &ProjectSession::touch);

  m_autosaveTimer = new QTimer(this);
  m_autosaveTimer->setObjectName(QStringLiteral("autosaveTimer"));
  m_autosaveTimer->setInterval(kAutosaveIntervalMs);
  connect(m_autosaveTimer, &QTimer::timeout, this, [this] { autosaveNow(); });
  m_autosaveTimer->start();

  rebuildRecentMenu();
  setClean();
}

void ProjectSession::addOpenActionsTo(QMenu* menu) {
  menu->addAction(m_newAction);
  menu->addAction(m_openAction);
  menu->addMenu(m_recentMenu);
}

void ProjectSession::addSaveActionsTo(QMenu* menu) {
  menu->addAction(m_saveAction);
  menu->addAction(m_saveAsAction);
}

QString ProjectSession::displayName() const {
  if (!m_path.isEmpty()) return QFileInfo(m_path).fileName();
  return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
}

bool ProjectSession::isModified() const { return m_dirty || !m_doc->undoStack()->isClean(); }

void ProjectSession::touch() {
  if (m_loading) return;
  m_dirty = true;
  m_autosaved = false;
  updateTitle();
}

void ProjectSession::setClean() {
  m_dirty = false;
  m_doc->undoStack()->setClean();
  m_autosaved = true;
  m_recovery->discard();
  updateTitle();
}

void ProjectSession::setPath(const QString& path) {
  m_path = path;
  m_window->setWindowFilePath(path);
}

void ProjectSession::updateTitle() {
  const bool modified = isModified();
  //: %1 is the project's file name; [*] is where the unsaved-changes mark goes.
  m_window->setWindowTitle(tr("%1[*] — Neurona").arg(displayName()));
  m_window->setWindowModified(modified);
  if (modified != m_lastModified) {
    m_lastModified = modified;
    emit modifiedChanged(modified);
  }
}

void ProjectSession::retranslate() {
  m_newAction->setText(tr("&New"));
  m_newAction->setStatusTip(tr("Start a new project with the tutorial network and generated data."));
  m_openAction->setText(tr("&Open…"));
  m_openAction->setStatusTip(tr("Open a Neurona project, or a CSV file as the data set."));
  m_saveAction->setText(tr("&Save"));
  m_saveAction->setStatusTip(tr("Save the network, data settings, training settings and trained weights."));
  m_saveAsAction->setText(tr("Save &As…"));
  m_recentMenu->setTitle(tr("Open &Recent"));
  m_clearRecentAction->setText(tr("&Clear Menu"));
  rebuildRecentMenu();
  updateTitle();
}

void ProjectSession::showError(const QString& title, const QString& text) {
  QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
  box.setObjectName(QStringLiteral("fileErrorMessage"));
  box.exec();
}

QString ProjectSession::dialogFolder() const {
  if (!m_path.isEmpty()) return QFileInfo(m_path).absolutePath();
  const QString last = QSettings().value(QLatin1String(kFolderKey)).toString();
  if (!last.isEmpty() && QFileInfo(last).isDir()) return last;
  return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool ProjectSession::maybeSave() {
  if (!isModified()) return true;
  QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                  tr("Do you want to save the changes to %1?").arg(displayName()),
                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
  box.setObjectName(QStringLiteral("unsavedChangesMessage"));
  box.setInformativeText(tr("If you don't save, the changes since the last save are lost."));
  box.setDefaultButton(QMessageBox::Save);
  switch (box.exec()) {
  case QMessageBox::Save: return save();
  case QMessageBox::Discard: return true;
  default: return false;
  }
}

bool ProjectSession::confirmClose() {
  if (!maybeSave()) return false;
  m_recovery->discard();
  return true;
}

bool ProjectSession::newProject() {
  if (!maybeSave()) return false;
  m_loading = true;
  QString error;
  const bool ok = m_training->newProject(&error);
  m_loading = false;
  if (!ok) {
    showError(tr("Cannot Start a New Project"), error);
    return false;
  }
  setPath(QString());
  m_untitledName.clear();
  setClean();
  emit projectOpened(QString());
  return true;
}

bool ProjectSession::open(const QString& path) {
  if (!isDataFile(path)) return openProject(path);
  QString error;
  if (!m_training->dataset()->loadCsv(path, &error)) {
    showError(tr("Cannot Load Data"), error);
    return false;
  }
  QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
  m_window->statusBar()->showMessage(
      tr("%1 is now the data set. Undo (Ctrl+Z) brings the previous data back.").arg(QFileInfo(path).fileName()), 8000);
  return true;
}

bool ProjectSession::openProject(const QString& path) {
  if (!maybeSave()) return false;
  QString error;
  m_loading = true;
  const bool ok = m_training->openProject(path, &error);
  m_loading = false;
  if (!ok) {
    showError(tr("Cannot Open Project"), error);
    return false;
  }
  const bool bundled = path.startsWith(QLatin1Char(':'));
  setPath(bundled ? QString() : QFileInfo(path).absoluteFilePath());
  m_untitledName = bundled ? QFileInfo(path).completeBaseName() : QString();
  if (!bundled) {
    addRecentFile(m_path);
    QSettings().setValue(QLatin1String(kLastProjectKey), m_path);
    QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(m_path).absolutePath());
  }
  setClean();
  emit projectOpened(path);
  return true;
}

bool ProjectSession::save() { return m_path.isEmpty() ? saveAs() : saveTo(m_path); }

bool ProjectSession::saveAs() {
  const QString suggested = QDir(dialogFolder()).filePath(displayName().endsWith(QLatin1String(".neurona"))
                                                              ? displayName()
                                                              : displayName() + QStringLiteral(".neurona"));
  QString path = QFileDialog::getSaveFileName(m_window, tr("Save Project As"), suggested,
                                              tr("Neurona projects (*.neurona)"));
  if (path.isEmpty()) return false;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".neurona");
  return saveTo(path);
}

bool ProjectSession::saveTo(const QString& path) {
  QString error, note;
  if (!m_training->saveProject(path, &error, &note)) {
    // The document stays as it was, and stays marked as unsaved.
    showError(tr("Cannot Save Project"), error);
    return false;
  }
  setPath(QFileInfo(path).absoluteFilePath());
  addRecentFile(m_path);
  QSettings().setValue(QLatin1String(kLastProjectKey), m_path);
  QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(m_path).absolutePath());
  setClean();
  m_window->statusBar()->showMessage(note.isEmpty() ? tr("Saved %1.").arg(QDir::toNativeSeparators(m_path)) : note,
                                     note.isEmpty() ? 4000 : 10000);
  return true;
}

QString ProjectSession::openAtStartup(const QString& argument) {
  QString error;
  m_loading = true;
  QString opened;
  if (!argument.isEmpty()) {
    if (m_training->openProject(argument, &error))
      opened = argument;
    else
      m_window->statusBar()->showMessage(error, 10000);
  } else {
    const QString last = QSettings().value(QLatin1String(kLastProjectKey)).toString();
    if (!last.isEmpty() && QFileInfo::exists(last) && m_training->openProject(last, &error)) opened = last;
  }
  const QString tutorial = TrainingWorkspace::bundledExample(QStringLiteral("tutorial"));
  if (opened.isEmpty()) {
    if (m_training->openProject(tutorial, &error))
      opened = tutorial;
    else
      m_window->statusBar()->showMessage(error, 10000);
  }
  m_loading = false;
  const bool bundled = opened.startsWith(QLatin1Char(':'));
  setPath(bundled || opened.isEmpty() ? QString() : QFileInfo(opened).absoluteFilePath());
  m_untitledName = bundled ? QFileInfo(opened).completeBaseName() : QString();
  if (!m_path.isEmpty()) {
    addRecentFile(m_path);
    QSettings().setValue(QLatin1String(kLastProjectKey), m_path);
  }
  setClean();
  if (!opened.isEmpty()) emit projectOpened(opened);
  return opened;
}

// --- recent files ---

QStringList ProjectSession::recentFiles() const {
  return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void ProjectSession::addRecentFile(const QString& path) {
  QStringList files = recentFiles();
  files.removeAll(path);
  files.prepend(path);
  while (files.size() > kMaxRecentFiles) files.removeLast();
  QSettings().setValue(QLatin1String(kRecentKey), files);
  rebuildRecentMenu();
}

void ProjectSession::rebuildRecentMenu() {
  for (QAction* a : m_recentMenu->actions())
    if (a != m_clearRecentAction) delete a;
  m_recentMenu->clear();
  const QStringList files = recentFiles();
  for (int i = 0; i < files.size(); ++i) {
    const QString path = files[i];
    QAction* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
    a->setStatusTip(QDir::toNativeSeparators(path));
    a->setToolTip(QDir::toNativeSeparators(path));
    connect(a, &QAction::triggered, this, [this, path] {
      if (!QFileInfo::exists(path)) {
        showError(tr("Cannot Open Project"),
                  tr("%1 does not exist any more. It may have been moved or deleted; it is removed from the "
                     "list of recent files.")
                      .arg(QDir::toNativeSeparators(path)));
        QStringList left = recentFiles();
        left.removeAll(path);
        QSettings().setValue(QLatin1String(kRecentKey), left);
        // Deleting the triggering action inside its own signal is unsafe: rebuild afterwards.
        QTimer::singleShot(0, this, &ProjectSession::rebuildRecentMenu);
        return;
      }
      openProject(path);
    });
  }
  if (!files.isEmpty()) m_recentMenu->addSeparator();
  m_recentMenu->addAction(m_clearRecentAction);
  m_clearRecentAction->setEnabled(!files.isEmpty());
  m_recentMenu->setEnabled(!files.isEmpty());
}

// --- autosave and recovery ---

void ProjectSession::setRecoveryDir(const QString& dir) {
  m_recovery->discard();
  m_recovery = std::make_unique<RecoveryStore>(dir);
  m_autosaved = false;
}

void ProjectSession::setAutosaveInterval(int ms) { m_autosaveTimer->setInterval(ms); }
int ProjectSession::autosaveInterval() const { return m_autosaveTimer->interval(); }

bool ProjectSession::autosaveNow() {
  if (!isModified()) {
    m_recovery->discard();
    return true;
  }
  if (m_autosaved && m_recovery->hasFile()) return true;
  QString error;
  if (!m_recovery->write(m_training->currentProject(m_recovery->dir()), m_path, &error)) {
    m_window->statusBar()->showMessage(tr("Autosave failed: %1").arg(error), 10000);
    return false;
  }
  m_autosaved = true;
  return true;
}

bool ProjectSession::offerRecovery() {
  const QList<RecoveryStore::Entry> orphans = m_recovery->orphans();
  if (orphans.isEmpty()) return false;
  const RecoveryStore::Entry& e = orphans.first();
  const QString name = e.originalPath.isEmpty() ? tr("an untitled project") : QFileInfo(e.originalPath).fileName();
  QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Work?"),
                  tr("Neurona did not close properly. Your unsaved work on %1 was autosaved at %2.")
                      .arg(name, QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat)),
                  QMessageBox::NoButton, m_window);
  box.setObjectName(QStringLiteral("restoreMessage"));
  box.setInformativeText(tr("Restore it now? If you discard it, it is deleted."));
  QPushButton* restoreButton = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
  QPushButton* discardButton = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
  box.addButton(tr("&Later"), QMessageBox::RejectRole);
  box.setDefaultButton(restoreButton);
  box.exec();
  if (box.clickedButton() == restoreButton) return restore(e);
  if (box.clickedButton() == discardButton) RecoveryStore::remove(e);
  return false;
}

bool ProjectSession::restore(const RecoveryStore::Entry& entry) {
  QString error;
  m_loading = true;
  const bool ok = m_training->openProject(entry.projectFile, &error);
  m_loading = false;
  if (!ok) {
    showError(tr("Cannot Restore"), error);
    return false;
  }
  setPath(entry.originalPath);
  m_untitledName = entry.originalPath.isEmpty() ? tr("Recovered") : QString();
  // The restored work is unsaved: it is ours to autosave now, before the orphan goes.
  m_dirty = true;
  m_autosaved = false;
  updateTitle();
  if (autosaveNow()) RecoveryStore::remove(entry);
  emit projectOpened(entry.projectFile);
  m_window->statusBar()->showMessage(tr("Restored the autosaved work. Save it to keep it."), 10000);
  return true;
}
