#pragma once
// The Lesson dock: the open lesson's title, its goal and how close the current run is to it, the
// controls the lesson locks, the lesson text in the current language, and Restart / Close buttons.
// It shows what LessonController gives it; links "concept:KEY" in the text ask for a Concepts entry.
#include "model/lessons/LessonLibrary.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;
class LessonTextView;

class LessonPanel : public QWidget {
  Q_OBJECT
public:
  explicit LessonPanel(QWidget* parent = nullptr);

  // Shows `lesson` as number `number` (1-based) in `language`; clear() shows how to pick one.
  void setLesson(const Lesson& lesson, int number, const QString& language);
  void clear();
  void setLanguage(const QString& language); // re-renders the lesson, e.g. after a language change
  void setGoalStatus(const QString& text, bool reached);

  bool hasLesson() const { return m_lesson.has_value(); }
  QString title() const;
  QString goalText() const;
  QString goalStatus() const;
  QString html() const; // the text as shown
  QPushButton* restartButton() const { return m_restart; }
  QPushButton* closeButton() const { return m_close; }

signals:
  void restartRequested();
  void closeRequested();
  void conceptRequested(const QString& key); // a "concept:KEY" link was clicked

protected:
  void changeEvent(QEvent* event) override;

private:
  void retranslateUi();
  void render();

  std::optional<Lesson> m_lesson;
  int m_number = 0;
  QString m_language = QStringLiteral("en");
  QLabel* m_title;
  QLabel* m_goal;
  QLabel* m_status;
  QLabel* m_locks;
  LessonTextView* m_text;
  QPushButton* m_restart;
  QPushButton* m_close;
};
