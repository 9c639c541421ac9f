// Projects as files: New/Open/Save/Save As, recent files, the unsaved-changes mark and prompts,
// dropping files on the window, save failures, files deleted while open, and autosave recovery.
#include "model/TrainingJobs.h"
#include "support/QtApp.h"
#include "support/TextFile.h"
#include "support/WindowFixture.h"

#include "model/Project.h"
#include "model/TrainingSettings.h"
#include "model/files/RecoveryStore.h"
#include "training/TrainingController.h"
#include "ui/canvas/NetworkView.h"
#include "ui/shell/FileActions.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"

#include "neurona/core/io/ProjectFile.h"

#include <QAbstractButton>
#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <gtest/gtest.h>

#include <memory>
#include <unistd.h>

using trainingtest::waitFor;

namespace {

// Answers the next modal message box by pressing the button with `role` text or standard button,
// and keeps its text. Message boxes run their own event loop, so this polls from a timer.
struct BoxAnswer {
  QString title;
  QString text;
  bool seen = false;
  std::unique_ptr<QTimer> timer; // stops with the answer, so that it never answers another test's box
};

std::shared_ptr<BoxAnswer> answerNextBox(QMessageBox::StandardButton button,
                                         const QString& customText = QString()) {
  auto answer = std::make_shared<BoxAnswer>();
  answer->timer = std::make_unique<QTimer>();
  QTimer* timer = answer->timer.get();
  timer->setInterval(10);
  std::weak_ptr<BoxAnswer> weak = answer;
  QObject::connect(timer, &QTimer::timeout, timer, [weak, button, customText] {
    const std::shared_ptr<BoxAnswer> answer = weak.lock();
    auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
    if (!answer || !box || answer->seen) return;
    answer->seen = true;
    answer->title = box->windowTitle();
    answer->text = box->text() + QLatin1Char('\n') + box->informativeText();
    QAbstractButton* b = nullptr;
    if (!customText.isEmpty()) {
      for (QAbstractButton* c : box->buttons())
        if (c->text().remove(QLatin1Char('&')) == customText) b = c;
    } else {
      b = box->button(button);
    }
    answer->timer->stop();
    if (b) b->click();
  });
  timer->start();
  return answer;
}

// A drag from a file manager: enter, then drop where the enter was accepted (as Qt delivers it).
bool dropFile(QWidget* target, const QString& path) {
  QMimeData mime;
  mime.setUrls({QUrl::fromLocalFile(path)});
  QDragEnterEvent enter(QPoint(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(target, &enter);
  if (!enter.isAccepted()) return false;
  QDropEvent drop(QPointF(20, 20), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
  QApplication::sendEvent(target, &drop);
  return drop.isAccepted();
}

QString menuTitle(QAction* a) { return a->text().remove(QLatin1Char('&')); }

neurona::LayerSpec denseLayer(int units) {
  neurona::LayerSpec l;
  l.type = neurona::LayerType::Dense;
  l.units = units;
  l.activation = neurona::ActivationKind::Tanh;
  return l;
}

bool readOnlyFolder(QTemporaryDir& tmp, QString* folder) {
  // Root writes anywhere a mode allows nothing; /proc refuses new files even to root.
  if (::geteuid() == 0) {
    *folder = QStringLiteral("/proc");
    return true;
  }
  *folder = tmp.filePath(QStringLiteral("locked"));
  return QDir().mkpath(*folder) &&
         QFile::setPermissions(*folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
}

class FileActionsTest : public WindowFixture {
protected:
  void SetUp() override {
    WindowFixture::SetUp();
    ASSERT_TRUE(recoveryDir.isValid());
  }
  std::unique_ptr<MainWindow> makeWindow() {
    auto w = std::make_unique<MainWindow>(&languages);
    w->files()->autosave().setDir(recoveryDir.path());
    w->files()->openAtStartup(Project::bundledExample(QStringLiteral("xor")));
    return w;
  }
  QTemporaryDir dir;
  QTemporaryDir recoveryDir;
};

} // namespace

TEST_F(FileActionsTest, fileMenuHasTheProjectCommandsWithTheirShortcuts) {
  auto w = makeWindow();
  QMenu* file = w->menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"));
  ASSERT_TRUE(file);
  QStringList titles;
  for (QAction* a : file->actions())
    if (!a->isSeparator()) titles << menuTitle(a);
  EXPECT_EQ(titles,
            (QStringList{QStringLiteral("New"), QStringLiteral("Open…"), QStringLiteral("Open Recent"),
                         QStringLiteral("New from Template"), QStringLiteral("Lessons"),
                         QStringLiteral("Save"), QStringLiteral("Save As…"), QStringLiteral("Export Model…"),
                         QStringLiteral("Export Network Picture…"), QStringLiteral("Quit")}));
  FileActions* s = w->files();
  EXPECT_EQ(s->newAction()->shortcut(), QKeySequence(QKeySequence::New));
  EXPECT_EQ(s->openAction()->shortcut(), QKeySequence(QKeySequence::Open));
  EXPECT_EQ(s->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
  // Explicit, since QKeySequence::SaveAs is empty outside GNOME and KDE (and here).
  EXPECT_EQ(s->saveAsAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
}

TEST_F(FileActionsTest, editsSetTheUnsavedMarkAndSavingClearsIt) {
  auto w = makeWindow();
  FileActions* s = w->files();
  EXPECT_FALSE(w->project()->isModified());
  EXPECT_FALSE(w->isWindowModified());
  EXPECT_TRUE(w->windowTitle().startsWith(QStringLiteral("xor[*]"))) << w->windowTitle().toStdString();

  w->project()->appendLayer(denseLayer(3));
  EXPECT_TRUE(w->project()->isModified());
  EXPECT_TRUE(w->isWindowModified());
  w->project()->undo(); // back to the state of the file
  EXPECT_FALSE(w->project()->isModified());

  w->project()->setSetting(SettingKey::LearningRate, 0.2); // a setting outside the undo stack
  EXPECT_TRUE(w->project()->isModified());

  const QString path = dir.filePath(QStringLiteral("mine.neurona"));
  ASSERT_TRUE(s->saveTo(path));
  EXPECT_FALSE(w->project()->isModified());
  EXPECT_FALSE(w->isWindowModified());
  EXPECT_EQ(w->project()->path(), QFileInfo(path).absoluteFilePath());
  EXPECT_TRUE(w->windowTitle().startsWith(QStringLiteral("mine.neurona[*]")));
  const neurona::Project saved = neurona::ProjectFile::read(path.toStdString()).value;
  ASSERT_FALSE(saved.network.layers.empty());
  EXPECT_DOUBLE_EQ(saved.training.optimizer.learningRate, 0.2);
}

TEST_F(FileActionsTest, saveAndOpenRoundTripAndFillRecentFiles) {
  auto w = makeWindow();
  FileActions* s = w->files();
  w->project()->appendLayer(denseLayer(5));
  w->project()->appendLayer(denseLayer(5));
  const auto layers = w->project()->network().layers.size();
  const QString a = dir.filePath(QStringLiteral("a.neurona"));
  const QString b = dir.filePath(QStringLiteral("b.neurona"));
  ASSERT_TRUE(s->saveTo(a));
  ASSERT_TRUE(s->newProject());
  EXPECT_TRUE(w->project()->path().isEmpty());
  EXPECT_TRUE(w->windowTitle().startsWith(QStringLiteral("Untitled[*]")));
  EXPECT_NE(w->project()->network().layers.size(), layers);
  ASSERT_TRUE(s->saveTo(b));
  EXPECT_EQ(s->recentFiles(),
            (QStringList{QFileInfo(b).absoluteFilePath(), QFileInfo(a).absoluteFilePath()}));

  ASSERT_TRUE(s->open(a));
  EXPECT_EQ(w->project()->network().layers.size(), layers);
  EXPECT_EQ(s->recentFiles().first(), QFileInfo(a).absoluteFilePath());
  QStringList entries;
  for (QAction* act : s->recentMenu()->actions())
    if (!act->isSeparator()) entries << menuTitle(act);
  EXPECT_EQ(entries, (QStringList{QStringLiteral("1 a.neurona"), QStringLiteral("2 b.neurona"),
                                  QStringLiteral("Clear Menu")}));

  for (int i = 0; i < 12; ++i) ASSERT_TRUE(s->saveTo(dir.filePath(QStringLiteral("p%1.neurona").arg(i))));
  EXPECT_EQ(s->recentFiles().size(), FileActions::kMaxRecentFiles);
}

TEST_F(FileActionsTest, aBundledProjectOpensUntitledSoSavingNeverTouchesIt) {
  auto w = makeWindow();
  EXPECT_TRUE(w->project()->path().isEmpty());
  EXPECT_EQ(w->project()->displayName(), QStringLiteral("xor"));
  EXPECT_TRUE(w->files()->recentFiles().isEmpty());
}

TEST_F(FileActionsTest, aFailedSaveIsShownAndLeavesTheDocumentUnsavedAndIntact) {
  auto w = makeWindow();
  FileActions* s = w->files();
  const QString good = dir.filePath(QStringLiteral("good.neurona"));
  ASSERT_TRUE(s->saveTo(good));
  w->project()->appendLayer(denseLayer(7));
  const neurona::NetworkSpec before = w->project()->network();

  QString folder;
  ASSERT_TRUE(readOnlyFolder(dir, &folder));
  auto box = answerNextBox(QMessageBox::Ok);
  EXPECT_FALSE(s->saveTo(folder + QStringLiteral("/project.neurona")));
  EXPECT_TRUE(box->seen);
  EXPECT_EQ(box->title, QStringLiteral("Cannot Save Project"));
  EXPECT_TRUE(box->text.contains(QStringLiteral("could not be saved"))) << box->text.toStdString();
  EXPECT_TRUE(box->text.contains(QStringLiteral("project.neurona"))) << box->text.toStdString();
  EXPECT_FALSE(QFileInfo::exists(folder + QStringLiteral("/project.neurona")));

  EXPECT_TRUE(w->project()->isModified());
  EXPECT_TRUE(w->isWindowModified());
  EXPECT_EQ(w->project()->path(), QFileInfo(good).absoluteFilePath()); // still the file it came from
  EXPECT_EQ(w->project()->network().layers.size(), before.layers.size());
  EXPECT_EQ(w->project()->network().layers.back().units, before.layers.back().units);
  EXPECT_TRUE(w->project()->undoStack()->canUndo());
}

TEST_F(FileActionsTest, closingWithUnsavedChangesAsks) {
  auto w = makeWindow();
  w->show();
  w->project()->appendLayer(denseLayer(2));

  auto cancel = answerNextBox(QMessageBox::Cancel);
  EXPECT_FALSE(w->close());
  EXPECT_TRUE(cancel->seen);
  EXPECT_TRUE(cancel->text.contains(QStringLiteral("xor"))) << cancel->text.toStdString();
  EXPECT_TRUE(w->isVisible());

  // Opening another project asks too; Cancel keeps the edited network.
  const auto layers = w->project()->network().layers.size();
  auto again = answerNextBox(QMessageBox::Cancel);
  EXPECT_FALSE(w->files()->openProject(Project::bundledExample(QStringLiteral("tutorial"))));
  EXPECT_TRUE(again->seen);
  EXPECT_EQ(w->project()->network().layers.size(), layers);

  auto discard = answerNextBox(QMessageBox::Discard);
  EXPECT_TRUE(w->close());
  EXPECT_TRUE(discard->seen);
}

TEST_F(FileActionsTest, closingUnchangedDoesNotAsk) {
  auto w = makeWindow();
  w->show();
  auto box = answerNextBox(QMessageBox::Cancel);
  EXPECT_TRUE(w->close());
  QCoreApplication::processEvents();
  EXPECT_FALSE(box->seen);
  QApplication::closeAllWindows();
}

TEST_F(FileActionsTest, droppingAProjectOrACsvOnTheWindowOpensIt) {
  auto w = makeWindow();
  w->show();
  const QString project = dir.filePath(QStringLiteral("dropped.neurona"));
  ASSERT_TRUE(QFile::copy(Project::bundledExample(QStringLiteral("spiral-deep")), project));

  // Dropped on the canvas: the canvas takes only palette blocks, so the window gets it.
  EXPECT_TRUE(dropFile(w->canvas()->viewport(), project));
  ASSERT_TRUE(waitFor([&] { return w->project()->path() == QFileInfo(project).absoluteFilePath(); }, 5000));
  EXPECT_EQ(w->project()->data().source.generator, "spiral");

  const QString csv = dir.filePath(QStringLiteral("points.csv"));
  ASSERT_TRUE(QFile::copy(QStringLiteral(NEURONA_FIXTURES_DIR "/csv/header_comma.csv"), csv));
  auto csvBox = answerNextBox(QMessageBox::Ok); // there should be none
  EXPECT_TRUE(dropFile(w->canvas()->viewport(), csv));
  waitFor([&] { return w->project()->data().source.kind == neurona::DatasetSourceKind::Csv || csvBox->seen; },
          5000);
  EXPECT_FALSE(csvBox->seen) << csvBox->text.toStdString();
  ASSERT_EQ(w->project()->data().source.kind, neurona::DatasetSourceKind::Csv);
  EXPECT_EQ(QFileInfo(QString::fromStdString(w->project()->data().source.csvPath)).fileName(),
            QStringLiteral("points.csv"));
  EXPECT_TRUE(w->project()->isModified()); // new data, not yet saved
  w->project()->undo();                    // and undoable
  EXPECT_EQ(w->project()->data().source.generator, "spiral");

  EXPECT_FALSE(dropFile(w->canvas()->viewport(), dir.filePath(QStringLiteral("picture.png"))));
}

// A data file deleted while its project is open is never written back (that once wrote a stranger's CSV
// over ~/.bash_profile): the points go into the project, and the status bar says so.
TEST_F(FileActionsTest, aDataFileDeletedWhileOpenIsKeptInTheProjectNotWrittenBack) {
  auto w = makeWindow();
  const QString csv = dir.filePath(QStringLiteral("data/points.csv"));
  ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("data"))));
  ASSERT_TRUE(QFile::copy(QStringLiteral(NEURONA_FIXTURES_DIR "/csv/header_comma.csv"), csv));
  ASSERT_TRUE(w->files()->open(csv));
  const QString project = dir.filePath(QStringLiteral("with-data.neurona"));
  ASSERT_TRUE(w->files()->saveTo(project));
  const auto samples = w->project()->rawData().samples();

  ASSERT_TRUE(QFile::remove(csv));
  ASSERT_TRUE(QFile::remove(project)); // the project file itself goes too
  w->project()->setSetting(SettingKey::LearningRate, 0.05);
  ASSERT_TRUE(w->files()->save());
  EXPECT_TRUE(QFileInfo::exists(project));
  EXPECT_FALSE(QFileInfo::exists(csv)) << "a data file the user did not choose is never written";
  EXPECT_TRUE(w->statusBar()->currentMessage().contains(QStringLiteral("stored in the project")))
      << w->statusBar()->currentMessage().toStdString();

  auto again = makeWindow();
  ASSERT_TRUE(again->files()->open(project));
  EXPECT_EQ(again->project()->rawData().samples(), samples);
  EXPECT_EQ(again->project()->data().source.kind, neurona::DatasetSourceKind::Points);
}

// Pictures whose CSV is deleted while open come back as the same pictures, said to be kept in the project.
TEST_F(FileActionsTest, picturesWhoseFileWasDeletedReopenAsPicturesKeptInTheProject) {
  auto w = makeWindow();
  const QString csv = dir.filePath(QStringLiteral("pictures.csv"));
  QByteArray text = "p0,p1,p2,p3,p4,p5,p6,p7,p8,p9,p10,p11,p12,p13,p14,p15,label\n";
  for (int r = 0; r < 8; ++r) {
    for (int p = 0; p < 16; ++p) text += (r % 2 ? p % 4 == 1 : p / 4 == 1) ? "1," : "0,";
    text += r % 2 ? "column\n" : "row\n";
  }
  ASSERT_TRUE(writeFile(csv, text));
  ASSERT_TRUE(w->files()->open(csv));
  ASSERT_TRUE(w->project()->rawData().imageShape.has_value()) << "p0 ... p15: 4 x 4 pictures";
  const QString project = dir.filePath(QStringLiteral("pictures.neurona"));
  ASSERT_TRUE(w->files()->saveTo(project));

  ASSERT_TRUE(QFile::remove(csv));
  w->project()->setSetting(SettingKey::LearningRate, 0.05);
  ASSERT_TRUE(w->files()->save());
  EXPECT_TRUE(w->statusBar()->currentMessage().contains(QStringLiteral("stored in the project")));

  auto again = makeWindow();
  ASSERT_TRUE(again->files()->open(project));
  EXPECT_EQ(again->project()->rawData().imageShape, w->project()->rawData().imageShape);
  EXPECT_EQ(again->project()->rawData().features, w->project()->rawData().features);
  EXPECT_TRUE(again->project()->canDraw());
  const auto* summary = again->datasetPanel()->findChild<QLabel*>(QStringLiteral("dataSummary"));
  ASSERT_NE(summary, nullptr);
  EXPECT_TRUE(summary->text().contains(QStringLiteral("stored in the project")))
      << summary->text().toStdString();
}

// Data a project cannot hold by itself (two target columns) keeps naming its file; the save says at once
// that the file is gone, while the data is still open, and names it.
TEST_F(FileActionsTest, aDeletedDataFileAProjectCannotHoldIsExplainedWhenSaving) {
  auto w = makeWindow();
  const QString csv = dir.filePath(QStringLiteral("two targets.csv"));
  ASSERT_TRUE(writeFile(csv, "x1,y1,y2\n0,1,2\n1,2,3\n2,3,5\n3,5,8\n"));
  neurona::Project file = neurona::defaultProject();
  file.dataset.kind = neurona::DatasetSourceKind::Csv;
  file.dataset.csvPath = "two targets.csv";
  file.dataset.labelColumns = {"y1", "y2"};
  const QString project = dir.filePath(QStringLiteral("targets.neurona"));
  ASSERT_TRUE(neurona::ProjectFile::write(project.toStdString(), file).ok());
  ASSERT_TRUE(w->files()->open(project));
  ASSERT_EQ(w->project()->rawData().targetCount(), 2);

  ASSERT_TRUE(QFile::remove(csv));
  w->project()->setSetting(SettingKey::LearningRate, 0.05);
  auto box = answerNextBox(QMessageBox::Ok);
  ASSERT_TRUE(w->files()->save());
  EXPECT_TRUE(box->seen);
  EXPECT_EQ(box->title, QStringLiteral("Data File Missing"));
  EXPECT_TRUE(box->text.contains(QStringLiteral("two targets.csv"))) << box->text.toStdString();
  EXPECT_TRUE(box->text.contains(QStringLiteral("Save Data as CSV"))) << box->text.toStdString();
  EXPECT_FALSE(w->isWindowModified());
  EXPECT_EQ(w->project()->rawData().samples(), 4) << "the open window keeps the data";
  EXPECT_FALSE(QFileInfo::exists(csv)) << "a data file the user did not choose is never written";
}

TEST_F(FileActionsTest, saveAsElsewhereKeepsTheDataFileReachable) {
  auto w = makeWindow();
  const QString csv = dir.filePath(QStringLiteral("points.csv"));
  ASSERT_TRUE(QFile::copy(QStringLiteral(NEURONA_FIXTURES_DIR "/csv/header_comma.csv"), csv));
  ASSERT_TRUE(w->files()->open(csv));
  ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("one"))));
  ASSERT_TRUE(w->files()->saveTo(dir.filePath(QStringLiteral("one/first.neurona"))));
  ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("two/deeper"))));
  const QString second = dir.filePath(QStringLiteral("two/deeper/second.neurona"));
  ASSERT_TRUE(w->files()->saveTo(second));
  const neurona::Project p = neurona::ProjectFile::read(second.toStdString()).value;
  ASSERT_FALSE(p.network.layers.empty());
  EXPECT_EQ(p.dataset.csvPath, "../../points.csv"); // relative to the file's own folder
  auto again = makeWindow();
  EXPECT_TRUE(again->files()->open(second));
}

TEST_F(FileActionsTest, aRecentFileThatWasDeletedIsExplainedAndDropped) {
  auto w = makeWindow();
  const QString path = dir.filePath(QStringLiteral("gone.neurona"));
  ASSERT_TRUE(w->files()->saveTo(path));
  ASSERT_TRUE(QFile::remove(path));
  QAction* entry = w->files()->recentMenu()->actions().value(0);
  ASSERT_TRUE(entry);
  auto box = answerNextBox(QMessageBox::Ok);
  entry->trigger();
  EXPECT_TRUE(box->seen);
  EXPECT_TRUE(box->text.contains(QStringLiteral("does not exist any more"))) << box->text.toStdString();
  EXPECT_TRUE(w->files()->recentFiles().isEmpty());
}

TEST_F(FileActionsTest, theAutosaveTimerWritesTheRecoveryFileOnlyWithUnsavedWork) {
  auto w = makeWindow();
  FileActions* s = w->files();
  EXPECT_EQ(Autosave::kIntervalMs, 60'000);
  EXPECT_EQ(s->autosave().interval(), 60'000);
  s->autosave().setInterval(30);
  QTest::qWait(120);
  EXPECT_FALSE(s->autosave().store().hasFile()); // nothing to keep
  w->project()->appendLayer(denseLayer(6));
  ASSERT_TRUE(waitFor([&] { return s->autosave().store().hasFile(); }, 5000));
  ASSERT_TRUE(s->saveTo(dir.filePath(QStringLiteral("saved.neurona"))));
  EXPECT_FALSE(s->autosave().store().hasFile()); // saved: the recovery file goes
}

TEST_F(FileActionsTest, afterACrashTheNextStartRestoresEditsUpToTheLastAutosave) {
  const QString original = dir.filePath(QStringLiteral("work.neurona"));
  std::size_t autosavedLayers = 0;
  int autosavedUnits = 0;
  {
    auto crashed = makeWindow();
    ASSERT_TRUE(crashed->files()->saveTo(original));
    crashed->project()->appendLayer(denseLayer(9));
    crashed->project()->setSetting(SettingKey::LearningRate, 0.125);
    ASSERT_TRUE(crashed->files()->autosave().saveNow());
    autosavedLayers = crashed->project()->network().layers.size();
    autosavedUnits = crashed->project()->network().layers.back().units;
    crashed->project()->appendLayer(denseLayer(4)); // after the last autosave: lost in the crash
    // The window goes without closing (no prompt, no discard): what a crash leaves behind.
  }
  auto w = makeWindow();
  ASSERT_EQ(w->files()->autosave().store().orphans().size(), 1);
  auto box = answerNextBox(QMessageBox::NoButton, QStringLiteral("Restore"));
  EXPECT_TRUE(w->files()->offerRecovery());
  EXPECT_TRUE(box->seen);
  EXPECT_TRUE(box->text.contains(QStringLiteral("work.neurona"))) << box->text.toStdString();

  EXPECT_EQ(w->project()->network().layers.size(), autosavedLayers);
  EXPECT_EQ(w->project()->network().layers.back().units, autosavedUnits);
  EXPECT_DOUBLE_EQ(w->project()->settings().optimizer.learningRate, 0.125);
  EXPECT_EQ(w->project()->path(), QFileInfo(original).absoluteFilePath());
  EXPECT_TRUE(w->project()->isModified()); // restored work is not saved yet
  EXPECT_TRUE(w->files()->autosave().store().orphans().isEmpty());
  EXPECT_TRUE(w->files()->autosave().store().hasFile()); // and is already protected again
  ASSERT_TRUE(w->files()->save());
  const neurona::Project saved = neurona::ProjectFile::read(original.toStdString()).value;
  ASSERT_FALSE(saved.network.layers.empty());
  EXPECT_EQ(saved.network.layers.size(), autosavedLayers);
}

TEST_F(FileActionsTest, declinedRecoveryIsDeletedAndLaterKeepsIt) {
  {
    auto crashed = makeWindow();
    crashed->project()->appendLayer(denseLayer(3));
    ASSERT_TRUE(crashed->files()->autosave().saveNow());
  }
  auto w = makeWindow();
  auto later = answerNextBox(QMessageBox::NoButton, QStringLiteral("Later"));
  EXPECT_FALSE(w->files()->offerRecovery());
  EXPECT_TRUE(later->seen);
  EXPECT_EQ(w->files()->autosave().store().orphans().size(), 1);
  auto discard = answerNextBox(QMessageBox::NoButton, QStringLiteral("Discard"));
  EXPECT_FALSE(w->files()->offerRecovery());
  EXPECT_TRUE(discard->seen);
  EXPECT_TRUE(w->files()->autosave().store().orphans().isEmpty());
}

TEST_F(FileActionsTest, aProjectSavedWithWeightsKeepsThemWhenSavedAgainUntrained) {
  auto w = makeWindow();
  TrainingController* c = w->controller();
  c->step();
  ASSERT_TRUE(waitFor([&] { return w->project()->trainedEpoch() >= 1 && !c->isRunning(); }));
  const QString trained = dir.filePath(QStringLiteral("trained.neurona"));
  ASSERT_TRUE(w->files()->saveTo(trained));

  auto again = makeWindow();
  ASSERT_TRUE(again->files()->open(trained));
  ASSERT_TRUE(waitFor([&] { return again->controller()->snapshot() != nullptr; }));
  const QString copy = dir.filePath(QStringLiteral("copy.neurona"));
  ASSERT_TRUE(again->files()->saveTo(copy));
  const neurona::Project a = neurona::ProjectFile::read(trained.toStdString()).value;
  const neurona::Project b = neurona::ProjectFile::read(copy.toStdString()).value;
  ASSERT_TRUE(a.model.has_value());
  ASSERT_TRUE(b.model.has_value());
  EXPECT_EQ(a.model->params.size(), b.model->params.size());
  EXPECT_TRUE(a.model->params[0].weights.isApprox(b.model->params[0].weights));
  EXPECT_EQ(a.history.size(), b.history.size());
}
