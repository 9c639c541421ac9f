#pragma once
// Lessons in the main window: fills File ▸ Lessons (the bundled lessons, then the teacher's own), owns
// the Lesson dock, opens a lesson in the project (which then holds the lesson's locks: every panel
// disables what is locked) and follows the project's history towards the lesson's goal. Opening any
// other project, or Close Lesson, ends the lesson and unlocks everything.
#include "model/lessons/LessonLibrary.h"

#include <QList>
#include <QObject>

class FileActions;
class LanguageManager;
class LessonPanel;
class Project;
class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;

class LessonController : public QObject {
  Q_OBJECT
public:
  // The dock goes beside `besideDock` (the data, which most lessons lock); `menu` is File ▸ Lessons.
  LessonController(QMainWindow* window, Project* project, FileActions* files, LanguageManager* languages,
                   QMenu* menu, QDockWidget* besideDock);

  const QList<Lesson>& lessons() const { return m_lessons; } // bundled first, then the teacher's
  int currentLesson() const;                                 // index into lessons(), -1 when none
  QDockWidget* dock() const { return m_dock; }
  LessonPanel* panel() const { return m_panel; }
  QList<QAction*> lessonActions() const { return m_actions; }

  // Opens lesson `index` (asks to save unsaved work first); false when cancelled or unreadable.
  bool openLesson(int index);
  int lessonCount() const { return static_cast<int>(m_lessons.size()); }
  void restartLesson();
  void closeLesson(); // unlocks, hides the dock; the project stays

signals:
  void conceptRequested(const QString& key); // a "concept:KEY" link in the lesson text
  void lessonShown();                        // the Lesson dock came up (or another lesson replaced it)
  void lessonHidden();                       // the lesson closed and its dock went away

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  QString language() const;
  void showLesson();
  void updateGoalStatus();
  void retranslate();

  QMainWindow* m_window;
  Project* m_project;
  FileActions* m_files;
  LanguageManager* m_languages;
  QList<Lesson> m_lessons;
  int m_bundledCount = 0;
  QDockWidget* m_dock;
  LessonPanel* m_panel;
  QList<QAction*> m_actions;
  QString m_userError;
};
