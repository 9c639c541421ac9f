#include "model/TrainingJobs.h"
#include "support/QtApp.h"
#include "support/WindowFixture.h"

#include "model/Project.h"
#include "model/lessons/LessonLibrary.h"
#include "training/TrainingController.h"
#include "ui/canvas/NetworkView.h"
#include "ui/canvas/PalettePanel.h"
#include "ui/canvas/PropertiesPanel.h"
#include "ui/concepts/ConceptsPanel.h"
#include "ui/data/DatasetPanel.h"
#include "ui/lessons/LessonController.h"
#include "ui/lessons/LessonPanel.h"
#include "ui/plots/BoundaryView.h"
#include "ui/shell/FileActions.h"
#include "ui/shell/LanguageManager.h"
#include "ui/shell/MainWindow.h"
#include "ui/training/TrainingPanel.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSlider>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QUrl>

#include <gtest/gtest.h>

using trainingtest::waitFor;

namespace {

class LessonTest : public WindowFixture {
protected:
  static LessonController* lessons(MainWindow& w) { return w.findChild<LessonController*>(); }
  static QList<QAction*> lessonEntries(MainWindow& w) {
    QList<QAction*> out;
    for (QAction* a : w.lessonsMenu()->actions())
      if (!a->isSeparator()) out << a;
    return out;
  }
  static int indexOf(const QString& id) {
    const QList<Lesson>& all = LessonLibrary::bundled();
    for (int i = 0; i < all.size(); ++i)
      if (all[i].id == id) return i;
    return -1;
  }
};

} // namespace

TEST_F(LessonTest, theLessonsMenuListsElevenLessonsAndOpeningOneShowsItsText) {
  MainWindow w(&languages);
  w.show();
  LessonController* c = lessons(w);
  ASSERT_NE(c, nullptr);
  const QList<QAction*> entries = lessonEntries(w);
  ASSERT_EQ(entries.size(), 11);
  EXPECT_TRUE(entries[1]->text().contains(QStringLiteral("Why XOR needs a hidden layer")));
  QDockWidget* dock = w.findChild<QDockWidget*>(QStringLiteral("lessonDock"));
  ASSERT_EQ(dock, c->dock());
  EXPECT_FALSE(dock->isVisible()); // until a lesson is opened
  EXPECT_EQ(w.dockWidgetArea(dock), Qt::LeftDockWidgetArea);

  entries[0]->trigger();
  EXPECT_EQ(c->currentLesson(), 0);
  ASSERT_TRUE(w.project()->lesson().has_value());
  EXPECT_EQ(w.project()->lesson()->projectPath, QStringLiteral(":/lessons/01-tutorial.neurona"));
  EXPECT_EQ(w.project()->displayName(), QStringLiteral("01-tutorial"));
  EXPECT_TRUE(dock->isVisible());
  EXPECT_EQ(dock->windowTitle(), QStringLiteral("Lesson"));
  LessonPanel* panel = c->panel();
  EXPECT_TRUE(panel->title().contains(QStringLiteral("A network from scratch")));
  EXPECT_TRUE(panel->html().contains(QStringLiteral("61 parameters"))) << panel->html().toStdString();
  EXPECT_TRUE(panel->goalText().contains(QStringLiteral("92%")) &&
              panel->goalText().contains(QStringLiteral("3,000")))
      << panel->goalText().toStdString();
  EXPECT_TRUE(panel->goalStatus().contains(QStringLiteral("Press Play")));

  // A link in the text opens its entry in the Concepts dock.
  auto* text = panel->findChild<QTextBrowser*>(QStringLiteral("lessonText"));
  ASSERT_NE(text, nullptr);
  emit text->anchorClicked(QUrl(QStringLiteral("concept:loss/mse")));
  EXPECT_EQ(w.conceptsPanel()->currentKey(), QStringLiteral("loss/mse"));

  // Close Lesson hides the dock and forgets the lesson; the project stays open.
  panel->closeButton()->click();
  EXPECT_EQ(c->currentLesson(), -1);
  EXPECT_FALSE(dock->isVisible());
  EXPECT_EQ(w.project()->displayName(), QStringLiteral("01-tutorial"));
  // A layout restored with the dock open shows no empty Lesson dock.
  dock->show();
  w.hide();
  w.show();
  EXPECT_FALSE(dock->isVisible());

  // Every lesson opens in the window with a network that can train on its data.
  for (int i = 0; i < entries.size(); ++i) {
    entries[i]->trigger();
    EXPECT_EQ(c->currentLesson(), i);
    EXPECT_TRUE(w.project()->canTrain()) << c->lessons()[i].id.toStdString();
    EXPECT_GT(w.project()->rawData().samples(), 0);
  }
}

TEST_F(LessonTest, aLessonsLocksGreyWhatTheyNameTheProjectRefusesItAndAnotherProjectUnlocksIt) {
  MainWindow w(&languages);
  LessonController* c = lessons(w);
  ASSERT_NE(c, nullptr);
  TrainingPanel* tp = w.trainingPanel();
  QComboBox* paint = w.boundaryView()->paintBox();
  ASSERT_TRUE(w.files()->openProject(Project::bundledExample(QStringLiteral("xor"))));
  ASSERT_TRUE(paint->isEnabled());
  const QString paintTip = paint->toolTip();
  const QString rateTip = tp->rateSlider()->toolTip();
  ASSERT_FALSE(paintTip.isEmpty());

  // The learning-rate lesson locks everything but the learning rate.
  const int lr = indexOf(QStringLiteral("05-learning-rate"));
  ASSERT_TRUE(c->openLesson(lr));
  ASSERT_EQ(c->currentLesson(), lr);
  for (Lock l :
       {Lock::Network, Lock::Data, Lock::Optimizer, Lock::BatchSize, Lock::Loss, Lock::Regularisation})
    EXPECT_TRUE(w.project()->isLocked(l)) << Locks::fileName(l).toStdString();
  const QString lockTip = QCoreApplication::translate("TrainingPanel", "Locked by this lesson");
  QList<QWidget*> locked{w.datasetPanel(),
                         paint,
                         w.palette(),
                         w.properties(),
                         tp->optimizerBox(),
                         tp->editor(SettingKey::BatchSize),
                         tp->editor(SettingKey::Loss),
                         tp->editor(SettingKey::L1),
                         tp->editor(SettingKey::L2),
                         tp->editor(SettingKey::Momentum)};
  for (QWidget* wdg : locked) {
    EXPECT_FALSE(wdg->isEnabled()) << wdg->metaObject()->className() << " "
                                   << wdg->objectName().toStdString();
    EXPECT_FALSE(wdg->toolTip().isEmpty()) << wdg->objectName().toStdString();
  }
  EXPECT_EQ(tp->optimizerBox()->toolTip(), lockTip);
  EXPECT_FALSE(w.templatesMenu()->menuAction()->isEnabled());
  EXPECT_TRUE(tp->rateSlider()->isEnabled());
  EXPECT_TRUE(tp->rateField()->isEnabled());
  // The canvas stays alive (hover, zoom), but the project refuses every change of a locked part.
  EXPECT_TRUE(w.canvas()->isEnabled());
  EXPECT_FALSE(w.project()->removeLayers({w.project()->network().layers.front().id}));
  EXPECT_FALSE(w.project()->setSetting(SettingKey::BatchSize, 7));
  EXPECT_TRUE(c->panel()
                  ->findChild<QLabel*>(QStringLiteral("lessonLocks"))
                  ->text()
                  .contains(QStringLiteral("the network")));

  // Opening another project ends the lesson: everything is usable again, with its own tooltip.
  ASSERT_TRUE(w.files()->openProject(Project::bundledExample(QStringLiteral("tutorial"))));
  EXPECT_EQ(c->currentLesson(), -1);
  EXPECT_FALSE(c->dock()->isVisibleTo(&w));
  for (QWidget* wdg : locked) EXPECT_TRUE(wdg->isEnabled()) << wdg->objectName().toStdString();
  EXPECT_TRUE(w.templatesMenu()->menuAction()->isEnabled());
  EXPECT_EQ(paint->toolTip(), paintTip);
  EXPECT_EQ(tp->rateSlider()->toolTip(), rateTip);
  EXPECT_NE(tp->optimizerBox()->toolTip(), lockTip);

  // Restart Lesson locks again; a lesson with fewer locks leaves the rest free.
  ASSERT_TRUE(c->openLesson(lr));
  EXPECT_FALSE(w.palette()->isEnabled());
  ASSERT_TRUE(c->openLesson(indexOf(QStringLiteral("04-overfitting"))));
  EXPECT_TRUE(w.palette()->isEnabled()); // lesson 4 adds dropout: the network is free
  EXPECT_TRUE(tp->editor(SettingKey::L2)->isEnabled());
  EXPECT_FALSE(tp->rateField()->isEnabled());
}

TEST_F(LessonTest, switchingLanguageShowsTheSpanishTextAndTitles) {
  MainWindow w(&languages);
  LessonController* c = lessons(w);
  ASSERT_NE(c, nullptr);
  ASSERT_TRUE(c->openLesson(indexOf(QStringLiteral("02-xor"))));
  EXPECT_TRUE(c->panel()->html().contains(QStringLiteral("linearly separable")));

  ASSERT_TRUE(languages.setLanguage(QStringLiteral("es")));
  QCoreApplication::processEvents();
  EXPECT_TRUE(c->panel()->html().contains(QStringLiteral("linealmente separable")))
      << c->panel()->html().toStdString();
  EXPECT_TRUE(c->panel()->title().contains(QStringLiteral("Por qué XOR necesita una capa oculta")));
  EXPECT_TRUE(c->panel()->goalText().contains(QStringLiteral("93"))) << c->panel()->goalText().toStdString();
  QStringList titles;
  for (QAction* a : lessonEntries(w)) titles << a->text();
  EXPECT_TRUE(titles.contains(QStringLiteral("&3  La espiral necesita profundidad")))
      << titles.join(u'|').toStdString();
  EXPECT_TRUE(titles.contains(QStringLiteral("&7  Regresión: predecir un número")));
  // The locks keep their own tooltip across the change, in Spanish.
  QWidget* loss = w.trainingPanel()->editor(SettingKey::Loss);
  EXPECT_FALSE(loss->isEnabled());
  EXPECT_EQ(loss->toolTip(), QCoreApplication::translate("TrainingPanel", "Locked by this lesson"));
  EXPECT_NE(loss->toolTip(), QStringLiteral("Locked by this lesson"));

  languages.setLanguage(QStringLiteral("en"));
  QCoreApplication::processEvents();
  EXPECT_TRUE(c->panel()->html().contains(QStringLiteral("linearly separable")));
  EXPECT_TRUE(lessonEntries(w).value(2)->text().contains(QStringLiteral("The spiral needs depth")));
}

TEST_F(LessonTest, thePanelFollowsTheRunToTheGoal) {
  MainWindow w(&languages);
  LessonController* c = lessons(w);
  ASSERT_NE(c, nullptr);
  ASSERT_TRUE(c->openLesson(indexOf(QStringLiteral("05-learning-rate"))));
  TrainingController* run = w.controller();
  EXPECT_TRUE(c->panel()->goalStatus().contains(QStringLiteral("Press Play")));

  // The one free control: the rate the lesson recommends, then Play until the lesson's epoch.
  w.trainingPanel()->rateField()->setValue(0.1);
  run->play();
  ASSERT_TRUE(waitFor([&] { return run->epoch() >= 1 && !w.project()->history().empty(); }));
  ASSERT_TRUE(waitFor([&] { return run->state() == TrainingController::State::Finished; }, 60000))
      << "state " << static_cast<int>(run->state()) << ", epoch " << run->epoch();
  ASSERT_TRUE(waitFor([&] { return w.project()->trainedEpoch() == run->epoch(); }));
  ASSERT_EQ(w.project()->history().back().epoch, c->lessons()[c->currentLesson()].goal.epochs);
  EXPECT_TRUE(c->panel()->goalStatus().contains(QStringLiteral("Goal reached")))
      << c->panel()->goalStatus().toStdString();

  // A new run starts the status afresh.
  run->reset();
  ASSERT_TRUE(waitFor([&] { return w.project()->history().empty(); }));
  EXPECT_TRUE(c->panel()->goalStatus().contains(QStringLiteral("Press Play")));
}

TEST_F(LessonTest, aTeachersOwnLessonsFollowTheBundledOnes) {
  QTemporaryDir folder;
  ASSERT_TRUE(folder.isValid());
  QSettings().setValue(QLatin1String(LessonLibrary::kFolderKey), folder.path());
  const QString index = LessonLibrary::userIndex();
  const QDir dir(folder.path());
  ASSERT_EQ(index, dir.filePath(QStringLiteral("lessons.json")));
  ASSERT_TRUE(
      QFile::copy(QStringLiteral(":/lessons/02-xor.neurona"), dir.filePath(QStringLiteral("mine.neurona"))));
  QFile(dir.filePath(QStringLiteral("mine.neurona"))).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
  {
    QFile text(dir.filePath(QStringLiteral("mine.en.html")));
    ASSERT_TRUE(text.open(QIODevice::WriteOnly));
    text.write("<p>Our own XOR lesson.</p>");
    QFile f(index);
    ASSERT_TRUE(f.open(QIODevice::WriteOnly));
    f.write(R"({"format": "neurona-lessons", "version": 1, "lessons": [
      {"id": "mine", "project": "mine.neurona", "title": {"en": "Our XOR", "es": "Nuestro XOR"},
       "text": {"en": "mine.en.html"}, "locks": ["learningRate"],
       "goal": {"metric": "accuracy", "split": "validation", "atLeast": 0.9, "epochs": 200}}]})");
  }
  MainWindow w(&languages);
  LessonController* c = lessons(w);
  ASSERT_NE(c, nullptr);
  const QList<QAction*> entries = lessonEntries(w);
  ASSERT_EQ(entries.size(), 12);
  EXPECT_EQ(entries.last()->text(), QStringLiteral("Our XOR"));
  entries.last()->trigger();
  EXPECT_EQ(c->currentLesson(), 11);
  EXPECT_TRUE(c->panel()->html().contains(QStringLiteral("Our own XOR lesson")));
  EXPECT_FALSE(w.trainingPanel()->rateSlider()->isEnabled());
}
