#include "ui/shell/FileActions.h"

#include "model/DataPaths.h"
#include "model/Project.h"
#include "ui/text/ErrorText.h"

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
#include <QUrl>

namespace {
const char* kLastProjectKey = "project/last";
const char* kRecentKey = "project/recent";
const char* kFolderKey = "project/folder";

bool isDataFile(const QString& path) {
  const QString suffix = QFileInfo(path).suffix().toLower();
  return suffix == QLatin1String("csv") || suffix == QLatin1String("tsv") || suffix == QLatin1String("txt");
}
} // namespace

FileActions::FileActions(QMainWindow* window, Project* project, const QString& recoveryDir)
    : QObject(window), m_window(window), m_project(project),
      m_autosave(new Autosave(project, recoveryDir, this)) {
  setObjectName(QStringLiteral("fileActions"));
  m_newAction = new QAction(this);
  m_newAction->setObjectName(QStringLiteral("newAction"));
  m_newAction->setShortcut(QKeySequence::New);
  connect(m_newAction, &QAction::triggered, this, [this] { newProject(); });
  m_openAction = new QAction(this);
  m_openAction->setObjectName(QStringLiteral("openAction"));
  m_openAction->setShortcut(QKeySequence::Open);
  connect(m_openAction, &QAction::triggered, this, [this] {
    QFileDialog dialog(m_window, tr("Open Project or Data"), dialogFolder(),
                       tr("Neurona projects (*.neurona);;Data files (*.csv *.tsv *.txt);;All files (*)"));
    dialog.setFileMode(QFileDialog::ExistingFile);
    // The installed examples are one click away in the dialog's side bar.
    if (const QString examples = DataPaths::examplesDir(); !examples.isEmpty())
      dialog.setSidebarUrls(dialog.sidebarUrls() << QUrl::fromLocalFile(examples));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
      open(dialog.selectedFiles().front());
  });
  m_saveAction = new QAction(this);
  m_saveAction->setObjectName(QStringLiteral("saveAction"));
  m_saveAction->setShortcut(QKeySequence::Save);
  connect(m_saveAction, &QAction::triggered, this, [this] { save(); });
  m_saveAsAction = new QAction(this);
  m_saveAsAction->setObjectName(QStringLiteral("saveAsAction"));
  // Explicit: QKeySequence::SaveAs is empty outside GNOME and KDE.
  m_saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
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
  connect(project, &Project::fileChanged, this, &FileActions::updateTitle);
  connect(project, &Project::modifiedChanged, this, &FileActions::updateTitle);
  connect(m_autosave, &Autosave::failed, this, [this](const neurona::Error& e) {
    m_window->statusBar()->showMessage(tr("Autosave failed: %1").arg(ErrorText::sentence(e)), 10000);
  });
  rebuildRecentMenu();
  updateTitle();
}

void FileActions::addOpenActionsTo(QMenu* menu) {
  menu->addAction(m_newAction);
  menu->addAction(m_openAction);
  menu->addMenu(m_recentMenu);
}

void FileActions::addSaveActionsTo(QMenu* menu) {
  menu->addAction(m_saveAction);
  menu->addAction(m_saveAsAction);
}

void FileActions::updateTitle() {
  //: %1 is the project's file name; [*] is where the unsaved-changes mark goes.
  m_window->setWindowTitle(tr("%1[*] — Neurona").arg(m_project->displayName()));
  m_window->setWindowFilePath(m_project->path());
  m_window->setWindowModified(m_project->isModified());
}

void FileActions::retranslate() {
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

void FileActions::showError(const QString& title, const neurona::Error& error) {
  QMessageBox box(QMessageBox::Warning, title, ErrorText::sentence(error), QMessageBox::Ok, m_window);
  box.setObjectName(QStringLiteral("fileErrorMessage"));
  box.setTextFormat(Qt::PlainText); // file names and file text are shown as they are, never as markup
  box.exec();
}

QString FileActions::dialogFolder() const {
  if (!m_project->path().isEmpty()) return QFileInfo(m_project->path()).absolutePath();
  const QString last = QSettings().value(QLatin1String(kFolderKey)).toString();
  if (!last.isEmpty() && QFileInfo(last).isDir()) return last;
  return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

bool FileActions::maybeSave() {
  if (!m_project->isModified()) return true;
  QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                  tr("Do you want to save the changes to %1?").arg(m_project->displayName()),
                  QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, m_window);
  box.setObjectName(QStringLiteral("unsavedChangesMessage"));
  box.setTextFormat(Qt::PlainText);
  box.setInformativeText(tr("If you don't save, the changes since the last save are lost."));
  box.setDefaultButton(QMessageBox::Save);
  switch (box.exec()) {
  case QMessageBox::Save: return save();
  case QMessageBox::Discard: return true;
  default: return false;
  }
}

bool FileActions::confirmClose() {
  if (!maybeSave()) return false;
  m_autosave->discard();
  return true;
}

bool FileActions::newProject() {
  if (!maybeSave()) return false;
  m_project->newProject();
  emit projectOpened(QString());
  return true;
}

bool FileActions::open(const QString& path) {
  if (!isDataFile(path)) return openProject(path);
  if (const neurona::Error e = m_project->loadCsv(path); !e.ok()) {
    showError(tr("Cannot Load Data"), e);
    return false;
  }
  QSettings().setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
  m_window->statusBar()->showMessage(
      tr("%1 is now the data set. Undo (Ctrl+Z) brings the previous data back.")
          .arg(QFileInfo(path).fileName()),
      8000);
  return true;
}

bool FileActions::openProject(const QString& path) {
  if (!maybeSave()) return false;
  if (const neurona::Error e = m_project->open(path); !e.ok()) {
    showError(tr("Cannot Open Project"), e);
    return false;
  }
  if (!m_project->path().isEmpty()) remember(m_project->path());
  emit projectOpened(path);
  return true;
}

void FileActions::remember(const QString& path) {
  QStringList files = recentFiles();
  files.removeAll(path);
  files.prepend(path);
  while (files.size() > kMaxRecentFiles) files.removeLast();
  QSettings settings;
  settings.setValue(QLatin1String(kRecentKey), files);
  settings.setValue(QLatin1String(kLastProjectKey), path);
  settings.setValue(QLatin1String(kFolderKey), QFileInfo(path).absolutePath());
  rebuildRecentMenu();
}

bool FileActions::save() { return m_project->path().isEmpty() ? saveAs() : saveTo(m_project->path()); }

bool FileActions::saveAs() {
  const QString name = m_project->displayName();
  const QString suggested =
      QDir(dialogFolder())
          .filePath(name.endsWith(QLatin1String(".neurona")) ? name : name + QStringLiteral(".neurona"));
  QString path = QFileDialog::getSaveFileName(m_window, tr("Save Project As"), suggested,
                                              tr("Neurona projects (*.neurona)"));
  if (path.isEmpty()) return false;
  if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".neurona");
  return saveTo(path);
}

bool FileActions::saveTo(const QString& path) {
  Project::SavedData data = Project::SavedData::Referenced;
  if (const neurona::Error e = m_project->save(path, &data); !e.ok()) {
    // The project stays as it was, and stays marked as unsaved.
    showError(tr("Cannot Save Project"), e);
    return false;
  }
  remember(m_project->path());
  const QString saved = QDir::toNativeSeparators(m_project->path());
  switch (data) {
  case Project::SavedData::Referenced:
    m_window->statusBar()->showMessage(tr("Saved %1.").arg(saved), 4000);
    break;
  case Project::SavedData::Embedded:
    m_window->statusBar()->showMessage(
        tr("Saved %1. Its data file had disappeared, so its samples are now stored in the project.")
            .arg(saved),
        10000);
    break;
  case Project::SavedData::MissingFile: {
    // Opening the project later would fail without the file: say so now, while the data is still here.
    const QString csv = QDir::toNativeSeparators(QString::fromStdString(m_project->data().source.csvPath));
    QMessageBox box(
        QMessageBox::Warning, tr("Data File Missing"),
        tr("The project was saved, but its data file has disappeared:\n%1\n\nA project cannot hold this "
           "data by itself (it has several targets, or its targets are its inputs). Put the file "
           "back before you open the project again, or keep the data with “Save Data as CSV…” "
           "on the Data panel.")
            .arg(csv),
        QMessageBox::Ok, m_window);
    box.setTextFormat(Qt::PlainText); // the path is the user's text, not markup
    box.exec();
    m_window->statusBar()->showMessage(tr("Saved %1.").arg(saved), 4000);
    break;
  }
  }
  return true;
}

QString FileActions::openAtStartup(const QString& argument) {
  QString opened;
  if (!argument.isEmpty()) {
    if (const neurona::Error e = m_project->open(argument); e.ok()) {
      opened = argument;
    } else {
      // The file someone asked for (a double-click, a classmate's project) did not open: a status line
      // that vanishes is easy to miss, so a message says why once the window is up, without blocking it.
      m_window->statusBar()->showMessage(ErrorText::sentence(e), 10000);
      auto* box = new QMessageBox(QMessageBox::Warning, tr("Cannot Open Project"),
                                  tr("%1 could not be opened. %2\n\nThe tutorial is open instead.")
                                      .arg(QDir::toNativeSeparators(argument), ErrorText::sentence(e)),
                                  QMessageBox::Ok, m_window);
      box->setObjectName(QStringLiteral("startupErrorMessage"));
      box->setTextFormat(Qt::PlainText); // a file name is shown as it is, never as markup
      box->setAttribute(Qt::WA_DeleteOnClose);
      box->setWindowModality(Qt::WindowModal);
      QTimer::singleShot(0, box, [box] { box->open(); });
    }
  } else {
    const QString last = QSettings().value(QLatin1String(kLastProjectKey)).toString();
    if (!last.isEmpty() && QFileInfo(last).isFile() && m_project->open(last).ok()) opened = last;
  }
  if (opened.isEmpty()) {
    const QString tutorial = Project::bundledExample(QStringLiteral("tutorial"));
    if (const neurona::Error e = m_project->open(tutorial); e.ok())
      opened = tutorial;
    else
      m_window->statusBar()->showMessage(ErrorText::sentence(e), 10000);
  }
  if (!m_project->path().isEmpty()) {
    remember(m_project->path());
    opened = m_project->path();
  }
  if (!opened.isEmpty()) emit projectOpened(opened);
  return opened;
}

// --- recent files ---

QStringList FileActions::recentFiles() const {
  return QSettings().value(QLatin1String(kRecentKey)).toStringList();
}

void FileActions::rebuildRecentMenu() {
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
        QMessageBox box(
            QMessageBox::Warning, tr("Cannot Open Project"),
            tr("%1 does not exist any more. It may have been moved or deleted; it is removed from "
               "the list of recent files.")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("fileErrorMessage"));
        box.setTextFormat(Qt::PlainText);
        box.exec();
        QStringList left = recentFiles();
        left.removeAll(path);
        QSettings().setValue(QLatin1String(kRecentKey), left);
        // Deleting the triggering action inside its own signal is unsafe: rebuild afterwards.
        QTimer::singleShot(0, this, &FileActions::rebuildRecentMenu);
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

// --- recovery ---

bool FileActions::offerRecovery() {
  const QList<RecoveryStore::Entry> orphans = m_autosave->store().orphans();
  if (orphans.isEmpty()) return false;
  const RecoveryStore::Entry& e = orphans.first();
  const QString name =
      e.originalPath.isEmpty() ? tr("an untitled project") : QFileInfo(e.originalPath).fileName();
  QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Work?"),
                  tr("Neurona did not close properly. Your unsaved work on %1 was autosaved at %2.")
                      .arg(name, QLocale().toString(e.savedAt.toLocalTime(), QLocale::ShortFormat)),
                  QMessageBox::NoButton, m_window);
  box.setObjectName(QStringLiteral("restoreMessage"));
  box.setTextFormat(Qt::PlainText);
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

bool FileActions::restore(const RecoveryStore::Entry& entry) {
  if (const neurona::Error e = m_project->restore(entry.projectFile, entry.originalPath); !e.ok()) {
    showError(tr("Cannot Restore"), e);
    return false;
  }
  // The restored work is unsaved: it is ours to autosave now, before the orphan goes.
  if (m_autosave->saveNow()) RecoveryStore::remove(entry);
  emit projectOpened(entry.projectFile);
  m_window->statusBar()->showMessage(tr("Restored the autosaved work. Save it to keep it."), 10000);
  return true;
}
