#pragma once
// Lessons in the main window: fills File ▸ Lessons (the bundled lessons, then the teacher's own),
// owns the Lesson dock, opens a lesson's project, locks the controls the lesson names (disabled, with a
// tooltip that says why) and follows the run towards the lesson's goal. Opening any other project, or
// Close Lesson, ends the lesson and unlocks everything.
#include "ui/lessons/LessonLibrary.h"

#include <QList>
#include <QObject>
#include <QPointer>

class LanguageManager;
class LessonPanel;
class MainWindow;
class QAction;
class QDockWidget;
class QWidget;

class LessonController : public QObject {
  Q_OBJECT
public:
  LessonController(MainWindow* window, LanguageManager* languages);

  const QList<Lesson>& lessons() const { return m_lessons; } // bundled first, then the teacher's
  int currentLesson() const { return m_current; }            // index into lessons(), -1 when none
  QDockWidget* dock() const { return m_dock; }
  LessonPanel* panel() const { return m_panel; }
  QList<QAction*> lessonActions() const { return m_actions; }

  // Opens lesson `index` (asks to save unsaved work first); false when cancelled or unreadable.
  bool openLesson(int index);
  void restartLesson();
  void closeLesson(); // unlocks, hides the dock; the open project stays

  // What locking `control` (a LessonLibrary::lockableControls() name) disables.
  QList<QWidget*> lockedWidgets(const QString& control) const;
  QList<QAction*> lockedActions(const QString& control) const;
  static QString lockToolTip();

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  struct WidgetLock {
    QPointer<QWidget> widget;
    bool ownerEnabled = true; // what the widget's owner last asked for
    QString ownerToolTip;
  };
  struct ActionLock {
    QPointer<QAction> action;
    bool ownerEnabled = true;
  };

  QString language() const;
  void onProjectOpened(const QString& path);
  void startLesson(int index);
  void lock(const QStringList& controls);
  void unlock();
  void updateGoalStatus();
  void retranslate();

  MainWindow* m_window;
  LanguageManager* m_languages;
  QList<Lesson> m_lessons;
  int m_bundledCount = 0;
  int m_current = -1;
  QDockWidget* m_dock;
  LessonPanel* m_panel;
  QList<QAction*> m_actions;
  QList<WidgetLock> m_lockedWidgets;
  QList<ActionLock> m_lockedActions;
  QString m_userError;
};
