// Projects as files: New/Open/Save/Save As, recent files, the unsaved-changes mark and prompts,
// dropping files on the window, save failures, files deleted while open, and autosave recovery.
#include "app/TrainingJobs.h"
#include "support/QtApp.h"
#include "support/WindowFixture.h"

#include "document/DatasetDocument.h"
#include "document/ProjectDocument.h"
#include "document/ProjectStore.h"
#include "document/RecoveryStore.h"
#include "document/TrainingSettings.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/ProjectSession.h"
#include "ui/TrainingWorkspace.h"
#include "ui/canvas/NetworkView.h"

#include "neurona/core/io/ProjectFile.h"

#include <QAbstractButton>
#include <QAction>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
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

std::shared_ptr<BoxAnswer> answerNextBox(QMessageBox::StandardButton button, const QString& customText = QString()) {
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

class ProjectSessionTest : public WindowFixture {
protected:
  void SetUp() override {
    WindowFixture::SetUp();
    ASSERT_TRUE(recoveryDir.isValid());
  }
  std::unique_ptr<MainWindow> makeWindow() {
    auto w = std::make_unique<MainWindow>(&languages);
    w->session()->setRecoveryDir(recoveryDir.path());
    w->session()->openAtStartup(TrainingWorkspace::bundledExample(QStringLiteral("xor")));
    return w;
  }
  QTemporaryDir dir;
  QTemporaryDir recoveryDir;
};

} // namespace

TEST_F(ProjectSessionTest, fileMenuHasTheProjectCommandsWithTheirShortcuts) {
  auto w = makeWindow();
  QMenu* file = w->menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"));
  ASSERT_TRUE(file);
  QStringList titles;
  for (QAction* a : file->actions())
    if (!a->isSeparator()) titles << menuTitle(a);
  EXPECT_EQ(titles, (QStringList{QStringLiteral("New"), QStringLiteral("Open…"), QStringLiteral("Open Recent"),
                                 QStringLiteral("New from Template"), QStringLiteral("Lessons"), QStringLiteral("Save"),
                                 QStringLiteral("Save As…"), QStringLiteral("Export Network Picture…"),
                                 QStringLiteral("Quit")}));
  ProjectSession* s = w->session();
  EXPECT_EQ(s->newAction()->shortcut(), QKeySequence(QKeySequence::New));
  EXPECT_EQ(s->openAction()->shortcut(), QKeySequence(QKeySequence::Open));
  EXPECT_EQ(s->saveAction()->shortcut(), QKeySequence(QKeySequence::Save));
  EXPECT_EQ(s->saveAsAction()->shortcut(), QKeySequence(QKeySequence::SaveAs));
}

TEST_F(ProjectSessionTest, editsSetTheUnsavedMarkAndSavingClearsIt) {
  auto w = makeWindow();
  ProjectSession* s = w->session();
  EXPECT_FALSE(s->isModified());
  EXPECT_FALSE(w->isWindowModified());
  EXPECT_TRUE(w->windowTitle().startsWith(QStringLiteral("xor[*]"))) << w->windowTitle().toStdString();

  w->document()->appendLayer(denseLayer(3));
  EXPECT_TRUE(s->isModified());
  EXPECT_TRUE(w->isWindowModified());
  w->document()->undoStack()->undo(); // back to the state of the file
  EXPECT_FALSE(s->isModified());

  w->training()->settings()->setLearningRate(0.2); // a setting outside the undo stack
  EXPECT_TRUE(s->isModified());

  const QString path = dir.filePath(QStringLiteral("mine.neurona"));
  ASSERT_TRUE(s->saveTo(path));
  EXPECT_FALSE(s->isModified());
  EXPECT_FALSE(w->isWindowModified());
  EXPECT_EQ(s->path(), QFileInfo(path).absoluteFilePath());
  EXPECT_TRUE(w->windowTitle().startsWith(QStringLiteral("mine.neurona[*]")));
  neurona::Project saved;
  QString error;
  ASSERT_TRUE(ProjectStore::load(path, &saved, &error)) << error.toStdString();
  EXPECT_DOUBLE_EQ(saved.training.optimizer.learningRate, 0.2);
}

TEST_F(ProjectSessionTest, saveAndOpenRoundTripAndFillRecentFiles) {
  auto w = makeWindow();
  ProjectSession* s = w->session();
  w->document()->appendLayer(denseLayer(5));
  w->document()->appendLayer(denseLayer(5));
  const auto layers = w->document()->network().layers.size();
  const QString a = dir.filePath(QStringLiteral("a.neurona"));
  const QString b = dir.filePath(QStringLiteral("b.neurona"));
  ASSERT_TRUE(s->saveTo(a));
  ASSERT_TRUE(s->newProject());
  EXPECT_TRUE(s->path().isEmpty());
  EXPECT_TRUE(w->windowTitle().startsWith(QStringLiteral("Untitled[*]")));
  EXPECT_NE(w->document()->network().layers.size(), layers);
  ASSERT_TRUE(s->saveTo(b));
  EXPECT_EQ(s->recentFiles(), (QStringList{QFileInfo(b).absoluteFilePath(), QFileInfo(a).absoluteFilePath()}));

  ASSERT_TRUE(s->open(a));
  EXPECT_EQ(w->document()->network().layers.size(), layers);
  EXPECT_EQ(s->recentFiles().first(), QFileInfo(a).absoluteFilePath());
  QStringList entries;
  for (QAction* act : s->recentMenu()->actions())
    if (!act->isSeparator()) entries << menuTitle(act);
  EXPECT_EQ(entries, (QStringList{QStringLiteral("1 a.neurona"), QStringLiteral("2 b.neurona"), QStringLiteral("Clear Menu")}));

  for (int i = 0; i < 12; ++i) ASSERT_TRUE(s->saveTo(dir.filePath(QStringLiteral("p%1.neurona").arg(i))));
  EXPECT_EQ(s->recentFiles().size(), ProjectSession::kMaxRecentFiles);
}

TEST_F(ProjectSessionTest, aBundledProjectOpensUntitledSoSavingNeverTouchesIt) {
  auto w = makeWindow();
  EXPECT_TRUE(w->session()->path().isEmpty());
  EXPECT_EQ(w->session()->displayName(), QStringLiteral("xor"));
  EXPECT_TRUE(w->session()->recentFiles().isEmpty());
}

TEST_F(ProjectSessionTest, aFailedSaveIsShownAndLeavesTheDocumentUnsavedAndIntact) {
  auto w = makeWindow();
  ProjectSession* s = w->session();
  const QString good = dir.filePath(QStringLiteral("good.neurona"));
  ASSERT_TRUE(s->saveTo(good));
  w->document()->appendLayer(denseLayer(7));
  const neurona::NetworkSpec before = w->document()->network();

  QString folder;
  ASSERT_TRUE(readOnlyFolder(dir, &folder));
  auto box = answerNextBox(QMessageBox::Ok);
  EXPECT_FALSE(s->saveTo(folder + QStringLiteral("/project.neurona")));
  EXPECT_TRUE(box->seen);
  EXPECT_EQ(box->title, QStringLiteral("Cannot Save Project"));
  EXPECT_TRUE(box->text.contains(QStringLiteral("could not be saved"))) << box->text.toStdString();
  EXPECT_TRUE(box->text.contains(QStringLiteral("project.neurona"))) << box->text.toStdString();
  EXPECT_FALSE(QFileInfo::exists(folder + QStringLiteral("/project.neurona")));

  EXPECT_TRUE(s->isModified());
  EXPECT_TRUE(w->isWindowModified());
  EXPECT_EQ(s->path(), QFileInfo(good).absoluteFilePath()); // still the file it came from
  EXPECT_EQ(w->document()->network().layers.size(), before.layers.size());
  EXPECT_EQ(w->document()->network().layers.back().units, before.layers.back().units);
  EXPECT_TRUE(w->document()->undoStack()->canUndo());
}

TEST_F(ProjectSessionTest, closingWithUnsavedChangesAsks) {
  auto w = makeWindow();
  w->show();
  w->document()->appendLayer(denseLayer(2));

  auto cancel = answerNextBox(QMessageBox::Cancel);
  EXPECT_FALSE(w->close());
  EXPECT_TRUE(cancel->seen);
  EXPECT_TRUE(cancel->text.contains(QStringLiteral("xor"))) << cancel->text.toStdString();
  EXPECT_TRUE(w->isVisible());

  // Opening another project asks too; Cancel keeps the edited network.
  const auto layers = w->document()->network().layers.size();
  auto again = answerNextBox(QMessageBox::Cancel);
  EXPECT_FALSE(w->openProjectFile(TrainingWorkspace::bundledExample(QStringLiteral("tutorial"))));
  EXPECT_TRUE(again->seen);
  EXPECT_EQ(w->document()->network().layers.size(), layers);

  auto discard = answerNextBox(QMessageBox::Discard);
  EXPECT_TRUE(w->close());
  EXPECT_TRUE(discard->seen);
}

TEST_F(ProjectSessionTest, closingUnchangedDoesNotAsk) {
  auto w = makeWindow();
  w->show();
  auto box = answerNextBox(QMessageBox::Cancel);
  EXPECT_TRUE(w->close());
  QCoreApplication::processEvents();
  EXPECT_FALSE(box->seen);
  QApplication::closeAllWindows();
}

TEST_F(ProjectSessionTest, droppingAProjectOrACsvOnTheWindowOpensIt) {
  auto w = makeWindow();
  w->show();
  const QString project = dir.filePath(QStringLiteral("dropped.neurona"));
  ASSERT_TRUE(QFile::copy(TrainingWorkspace::bundledExample(QStringLiteral("spiral-deep")), project));

  // Dropped on the canvas: the canvas takes only palette blocks, so the window gets it.
  EXPECT_TRUE(dropFile(w->canvas()->viewport(), project));
  ASSERT_TRUE(waitFor([&] { return w->session()->path() == QFileInfo(project).absoluteFilePath(); }, 5000));
  EXPECT_EQ(w->training()->dataset()->source().generator, "spiral");

  const QString csv = dir.filePath(QStringLiteral("points.csv"));
  ASSERT_TRUE(QFile::copy(QStringLiteral(NEURONA_FIXTURES_DIR "/csv/header_comma.csv"), csv));
  auto csvBox = answerNextBox(QMessageBox::Ok); // there should be none
  EXPECT_TRUE(dropFile(w->canvas()->viewport(), csv));
  waitFor([&] { return w->training()->dataset()->source().kind == neurona::DatasetSourceKind::Csv || csvBox->seen; }, 5000);
  EXPECT_FALSE(csvBox->seen) << csvBox->text.toStdString();
  ASSERT_EQ(w->training()->dataset()->source().kind, neurona::DatasetSourceKind::Csv);
  EXPECT_EQ(QFileInfo(QString::fromStdString(w->training()->dataset()->source().csvPath)).fileName(),
            QStringLiteral("points.csv"));
  EXPECT_TRUE(w->session()->isModified()); // new data, not yet saved
  w->document()->undoStack()->undo();      // and undoable
  EXPECT_EQ(w->training()->dataset()->source().generator, "spiral");

  EXPECT_FALSE(dropFile(w->canvas()->viewport(), dir.filePath(QStringLiteral("picture.png"))));
}

TEST_F(ProjectSessionTest, aDataFileDeletedWhileOpenIsWrittenBackOnSave) {
  auto w = makeWindow();
  const QString csv = dir.filePath(QStringLiteral("data/points.csv"));
  ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("data"))));
  ASSERT_TRUE(QFile::copy(QStringLiteral(NEURONA_FIXTURES_DIR "/csv/header_comma.csv"), csv));
  ASSERT_TRUE(w->session()->open(csv));
  const QString project = dir.filePath(QStringLiteral("with-data.neurona"));
  ASSERT_TRUE(w->session()->saveTo(project));
  const auto samples = w->training()->dataset()->raw().samples();

  ASSERT_TRUE(QFile::remove(csv));
  ASSERT_TRUE(QFile::remove(project)); // the project file itself goes too
  w->training()->settings()->setLearningRate(0.05);
  ASSERT_TRUE(w->session()->save());
  EXPECT_TRUE(QFileInfo::exists(project));
  ASSERT_TRUE(QFileInfo::exists(csv));

  auto again = makeWindow();
  ASSERT_TRUE(again->session()->open(project));
  EXPECT_EQ(again->training()->dataset()->raw().samples(), samples);
  EXPECT_EQ(again->training()->dataset()->source().kind, neurona::DatasetSourceKind::Csv);
}

TEST_F(ProjectSessionTest, saveAsElsewhereKeepsTheDataFileReachable) {
  auto w = makeWindow();
  const QString csv = dir.filePath(QStringLiteral("points.csv"));
  ASSERT_TRUE(QFile::copy(QStringLiteral(NEURONA_FIXTURES_DIR "/csv/header_comma.csv"), csv));
  ASSERT_TRUE(w->session()->open(csv));
  ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("one"))));
  ASSERT_TRUE(w->session()->saveTo(dir.filePath(QStringLiteral("one/first.neurona"))));
  ASSERT_TRUE(QDir().mkpath(dir.filePath(QStringLiteral("two/deeper"))));
  const QString second = dir.filePath(QStringLiteral("two/deeper/second.neurona"));
  ASSERT_TRUE(w->session()->saveTo(second));
  neurona::Project p;
  QString error;
  ASSERT_TRUE(ProjectStore::load(second, &p, &error));
  EXPECT_EQ(p.dataset.csvPath, "../../points.csv"); // relative to the file's own folder
  auto again = makeWindow();
  EXPECT_TRUE(again->session()->open(second));
}

TEST_F(ProjectSessionTest, aRecentFileThatWasDeletedIsExplainedAndDropped) {
  auto w = makeWindow();
  const QString path = dir.filePath(QStringLiteral("gone.neurona"));
  ASSERT_TRUE(w->session()->saveTo(path));
  ASSERT_TRUE(QFile::remove(path));
  QAction* entry = w->session()->recentMenu()->actions().value(0);
  ASSERT_TRUE(entry);
  auto box = answerNextBox(QMessageBox::Ok);
  entry->trigger();
  EXPECT_TRUE(box->seen);
  EXPECT_TRUE(box->text.contains(QStringLiteral("does not exist any more"))) << box->text.toStdString();
  EXPECT_TRUE(w->session()->recentFiles().isEmpty());
}

TEST_F(ProjectSessionTest, theAutosaveTimerWritesTheRecoveryFileOnlyWithUnsavedWork) {
  auto w = makeWindow();
  ProjectSession* s = w->session();
  EXPECT_EQ(ProjectSession::kAutosaveIntervalMs, 60'000);
  EXPECT_EQ(s->autosaveInterval(), 60'000);
  s->setAutosaveInterval(30);
  QTest::qWait(120);
  EXPECT_FALSE(s->recovery().hasFile()); // nothing to keep
  w->document()->appendLayer(denseLayer(6));
  ASSERT_TRUE(waitFor([&] { return s->recovery().hasFile(); }, 5000));
  ASSERT_TRUE(s->saveTo(dir.filePath(QStringLiteral("saved.neurona"))));
  EXPECT_FALSE(s->recovery().hasFile()); // saved: the recovery file goes
}

TEST_F(ProjectSessionTest, afterACrashTheNextStartRestoresEditsUpToTheLastAutosave) {
  const QString original = dir.filePath(QStringLiteral("work.neurona"));
  std::size_t autosavedLayers = 0;
  int autosavedUnits = 0;
  {
    auto crashed = makeWindow();
    ASSERT_TRUE(crashed->session()->saveTo(original));
    crashed->document()->appendLayer(denseLayer(9));
    crashed->training()->settings()->setLearningRate(0.125);
    ASSERT_TRUE(crashed->session()->autosaveNow());
    autosavedLayers = crashed->document()->network().layers.size();
    autosavedUnits = crashed->document()->network().layers.back().units;
    crashed->document()->appendLayer(denseLayer(4)); // after the last autosave: lost in the crash
    // The window goes without closing (no prompt, no discard): what a crash leaves behind.
  }
  auto w = makeWindow();
  ASSERT_EQ(w->session()->recovery().orphans().size(), 1);
  auto box = answerNextBox(QMessageBox::NoButton, QStringLiteral("Restore"));
  EXPECT_TRUE(w->session()->offerRecovery());
  EXPECT_TRUE(box->seen);
  EXPECT_TRUE(box->text.contains(QStringLiteral("work.neurona"))) << box->text.toStdString();

  EXPECT_EQ(w->document()->network().layers.size(), autosavedLayers);
  EXPECT_EQ(w->document()->network().layers.back().units, autosavedUnits);
  EXPECT_DOUBLE_EQ(w->training()->settings()->learningRate(), 0.125);
  EXPECT_EQ(w->session()->path(), QFileInfo(original).absoluteFilePath());
  EXPECT_TRUE(w->session()->isModified()); // restored work is not saved yet
  EXPECT_TRUE(w->session()->recovery().orphans().isEmpty());
  EXPECT_TRUE(w->session()->recovery().hasFile()); // and is already protected again
  ASSERT_TRUE(w->session()->save());
  neurona::Project saved;
  QString error;
  ASSERT_TRUE(ProjectStore::load(original, &saved, &error));
  EXPECT_EQ(saved.network.layers.size(), autosavedLayers);
}

TEST_F(ProjectSessionTest, declinedRecoveryIsDeletedAndLaterKeepsIt) {
  {
    auto crashed = makeWindow();
    crashed->document()->appendLayer(denseLayer(3));
    ASSERT_TRUE(crashed->session()->autosaveNow());
  }
  auto w = makeWindow();
  auto later = answerNextBox(QMessageBox::NoButton, QStringLiteral("Later"));
  EXPECT_FALSE(w->session()->offerRecovery());
  EXPECT_TRUE(later->seen);
  EXPECT_EQ(w->session()->recovery().orphans().size(), 1);
  auto discard = answerNextBox(QMessageBox::NoButton, QStringLiteral("Discard"));
  EXPECT_FALSE(w->session()->offerRecovery());
  EXPECT_TRUE(discard->seen);
  EXPECT_TRUE(w->session()->recovery().orphans().isEmpty());
}

TEST_F(ProjectSessionTest, aProjectSavedWithWeightsKeepsThemWhenSavedAgainUntrained) {
  auto w = makeWindow();
  TrainingController* c = w->training()->controller();
  c->step();
  ASSERT_TRUE(waitFor([&] { return c->epoch() >= 1 && !c->isRunning(); }));
  const QString trained = dir.filePath(QStringLiteral("trained.neurona"));
  ASSERT_TRUE(w->session()->saveTo(trained));

  auto again = makeWindow();
  ASSERT_TRUE(again->session()->open(trained));
  ASSERT_TRUE(waitFor([&] { return again->training()->controller()->snapshot() != nullptr; }));
  const QString copy = dir.filePath(QStringLiteral("copy.neurona"));
  ASSERT_TRUE(again->session()->saveTo(copy));
  neurona::Project a, b;
  QString error;
  ASSERT_TRUE(ProjectStore::load(trained, &a, &error));
  ASSERT_TRUE(ProjectStore::load(copy, &b, &error));
  ASSERT_TRUE(a.model.has_value());
  ASSERT_TRUE(b.model.has_value());
  EXPECT_EQ(a.model->params.size(), b.model->params.size());
  EXPECT_TRUE(a.model->params[0].weights.isApprox(b.model->params[0].weights));
  EXPECT_EQ(a.history.size(), b.history.size());
}
