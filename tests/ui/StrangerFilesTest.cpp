// Issue #15 through the real window: files from strangers are shown as plain text, lessons load
// nothing they name, devices are never read, and a save writes nothing but the project file. HOME is a
// temporary folder, so nothing here can touch the real one.
#include "support/WindowFixture.h"

#include "model/Project.h"
#include "training/TrainingController.h"
#include "ui/lessons/LessonController.h"
#include "ui/lessons/LessonPanel.h"
#include "ui/lessons/LessonTextView.h"
#include "ui/shell/FileActions.h"
#include "ui/shell/MainWindow.h"

#include "neurona/core/io/ProjectFile.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

namespace {

class StrangerFilesTest : public WindowFixture {
protected:
  void SetUp() override {
    WindowFixture::SetUp();
    ASSERT_TRUE(home.isValid());
    m_oldHome = qgetenv("HOME");
    qputenv("HOME", home.path().toUtf8());
  }
  void TearDown() override {
    qputenv("HOME", m_oldHome);
    WindowFixture::TearDown();
  }

  bool write(const QString& name, const QByteArray& bytes) {
    QDir().mkpath(QFileInfo(home.filePath(name)).absolutePath());
    QFile f(home.filePath(name));
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
  }

  QTemporaryDir home;

private:
  QByteArray m_oldHome;
};

// The text and format of the next message box, which is then closed.
struct SeenBox {
  QString text;
  Qt::TextFormat format = Qt::AutoText;
  bool seen = false;
};

void closeNextBox(SeenBox* seen) {
  QTimer::singleShot(50, [seen] {
    if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
      seen->text = box->text();
      seen->format = box->textFormat();
      seen->seen = true;
      box->done(QMessageBox::Ok);
    } else {
      closeNextBox(seen);
    }
  });
}

} // namespace

TEST_F(StrangerFilesTest, markupInAProjectIsShownAsPlainTextInTheErrorBox) {
  ASSERT_TRUE(write(
      QStringLiteral("evil.neurona"),
      R"({"format": "neurona-project", "version": 1, "task": "<img src=/dev/zero>", "network": {"layers": []}})"));
  MainWindow w(&languages);
  w.show();
  SeenBox box;
  closeNextBox(&box);
  EXPECT_FALSE(w.files()->open(home.filePath(QStringLiteral("evil.neurona"))));
  ASSERT_TRUE(box.seen);
  EXPECT_EQ(box.format, Qt::PlainText);
}

TEST_F(StrangerFilesTest, devicesArePassedOverWithoutReading) {
  MainWindow w(&languages);
  w.show();
  SeenBox box;
  closeNextBox(&box);
  EXPECT_FALSE(w.files()->open(QStringLiteral("/dev/zero"))); // would read until memory ran out
  ASSERT_TRUE(box.seen);
  EXPECT_TRUE(box.text.contains(QStringLiteral("not a file that Neurona can read")))
      << box.text.toStdString();
}

TEST_F(StrangerFilesTest, aLessonsTitleIsPlainTextAndItsTextLoadsNothingItNames) {
  // A teacher's lesson folder holding a hostile lesson: markup in the title, an image of a device in
  // the text, and a Spanish text file that is a device.
  QFile::copy(QStringLiteral(":/lessons/01-tutorial.neurona"),
              home.filePath(QStringLiteral("lessons/p.neurona")));
  ASSERT_TRUE(write(QStringLiteral("lessons/p.neurona"), [] {
    QFile f(QStringLiteral(":/lessons/01-tutorial.neurona"));
    f.open(QIODevice::ReadOnly);
    return f.readAll();
  }()));
  ASSERT_TRUE(write(QStringLiteral("lessons/text.en.html"),
                    "<p>Hello</p><img src=\"/dev/zero\"><img src=\"https://example.invalid/track.png\">"));
  ASSERT_TRUE(
      QFile::link(QStringLiteral("/dev/zero"), home.filePath(QStringLiteral("lessons/text.es.html"))));
  ASSERT_TRUE(write(QStringLiteral("lessons/lessons.json"),
                    R"({"format": "neurona-lessons", "version": 1, "lessons": [
    {"id": "evil", "project": "p.neurona", "title": {"en": "<b>Bold</b> <img src=/dev/zero>"},
     "text": {"en": "text.en.html", "es": "text.es.html"},
     "goal": {"metric": "loss", "split": "train", "atMost": 0.5, "epochs": 10}}]})"));
  QSettings().setValue(QStringLiteral("lessons/folder"), home.filePath(QStringLiteral("lessons")));

  MainWindow w(&languages);
  w.show();
  LessonController* lessons = w.lessons();
  ASSERT_TRUE(lessons->openLesson(lessons->lessonCount() - 1));
  auto* title = lessons->panel()->findChild<QLabel*>(QStringLiteral("lessonTitle"));
  ASSERT_NE(title, nullptr);
  EXPECT_EQ(title->textFormat(), Qt::PlainText);
  EXPECT_TRUE(title->text().contains(QStringLiteral("<b>Bold</b>")));
  auto* text = lessons->panel()->findChild<LessonTextView*>();
  ASSERT_NE(text, nullptr);
  EXPECT_TRUE(lessons->panel()->html().contains(QStringLiteral("Hello")));
  EXPECT_GE(text->resourceRequests(), 1) << "the images were asked for, and refused";
  // The Spanish text is a device: it reads as nothing, and the English text stands in.
  ASSERT_TRUE(languages.setLanguage(QStringLiteral("es")));
  QCoreApplication::processEvents();
  EXPECT_TRUE(lessons->panel()->html().contains(QStringLiteral("Hello")));
}

TEST_F(StrangerFilesTest, savingAProjectWhoseDataWentThroughALinkWritesOnlyTheProject) {
  ASSERT_TRUE(QDir(home.path()).mkpath(QStringLiteral("evil/a/b/c")));
  ASSERT_TRUE(QFile::link(QStringLiteral("a/b/c"), home.filePath(QStringLiteral("evil/link"))));
  neurona::Project file = neurona::defaultProject();
  file.dataset.kind = neurona::DatasetSourceKind::Csv;
  file.dataset.csvPath =
      "link/../../.bash_profile"; // as text: HOME/.bash_profile; for the OS: evil/a/b/c/../../ = evil/a/
  ASSERT_TRUE(write(QStringLiteral("evil/a/.bash_profile"), "x1,x2,label\n0,0,a\n1,1,b\n0,1,a\n1,0,b\n"));
  const QString project = home.filePath(QStringLiteral("evil/p.neurona"));
  ASSERT_TRUE(neurona::ProjectFile::write(project.toStdString(), file).ok());

  MainWindow w(&languages);
  w.show();
  SeenBox box;
  closeNextBox(&box);
  ASSERT_TRUE(w.files()->open(project)) << box.text.toStdString();
  ASSERT_TRUE(QFile::remove(home.filePath(QStringLiteral("evil/a/.bash_profile"))));
  ASSERT_TRUE(w.files()->saveTo(project));
  EXPECT_FALSE(QFileInfo::exists(home.filePath(QStringLiteral(".bash_profile"))))
      << "written outside the folder";
  EXPECT_FALSE(QFileInfo::exists(home.filePath(QStringLiteral("evil/a/.bash_profile"))))
      << "a data file written back";
}

// Inputs near ±1e300 overflow standardisation's variance: Play says so in a sentence and trains nothing,
// so no model with an undefined scale reaches the file, and the saved project opens again.
TEST_F(StrangerFilesTest, inputsTooLargeToScaleCannotTrainAndTheSaveStillOpens) {
  QByteArray csv = "x1,x2,label\n";
  for (int i = 0; i < 40; ++i)
    csv += QByteArray::number(i % 2 ? 1e300 : -1e300) + "," + QByteArray::number(i) + "," +
           (i % 2 ? "a" : "b") + "\n";
  ASSERT_TRUE(write(QStringLiteral("big/data.csv"), csv));
  neurona::Project file = neurona::defaultProject();
  file.dataset.kind = neurona::DatasetSourceKind::Csv;
  file.dataset.csvPath = "data.csv";
  file.preprocessing = neurona::PreprocessingKind::Standardize;
  const QString project = home.filePath(QStringLiteral("big/p.neurona"));
  ASSERT_TRUE(neurona::ProjectFile::write(project.toStdString(), file).ok());

  MainWindow w(&languages);
  w.show();
  SeenBox box;
  closeNextBox(&box);
  ASSERT_TRUE(w.files()->open(project)) << box.text.toStdString();
  QAction* play = w.findChild<QAction*>(QStringLiteral("playAction"));
  ASSERT_NE(play, nullptr);
  play->trigger();
  for (int i = 0; i < 20; ++i) {
    QCoreApplication::processEvents();
    QTest::qWait(10);
  }
  EXPECT_EQ(w.controller()->epoch(), 0);
  EXPECT_FALSE(w.project()->isTrained());
  const QString message = w.statusBar()->currentMessage();
  EXPECT_TRUE(message.contains(QStringLiteral("too large to scale"))) << message.toStdString();

  ASSERT_TRUE(w.files()->saveTo(project));
  const auto reread = neurona::ProjectFile::read(project.toStdString());
  EXPECT_TRUE(reread.ok()) << reread.error.detail;
  EXPECT_FALSE(reread.value.model.has_value());
}
