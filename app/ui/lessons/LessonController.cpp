#include "ui/lessons/LessonController.h"

#include "model/DataPaths.h"
#include "model/Project.h"
#include "ui/lessons/LessonPanel.h"
#include "ui/shell/FileActions.h"
#include "ui/shell/LanguageManager.h"
#include "ui/text/ErrorText.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>

LessonController::LessonController(QMainWindow* window, Project* project, FileActions* files,
                                   LanguageManager* languages, QMenu* menu, QDockWidget* besideDock)
    : QObject(window), m_window(window), m_project(project), m_files(files), m_languages(languages) {
  setObjectName(QStringLiteral("lessonController"));
  m_lessons = LessonLibrary::bundled();
  m_lessons += LessonLibrary::installedBeyond(m_lessons, DataPaths::lessonsDir(), &m_userError);
  m_bundledCount = static_cast<int>(m_lessons.size());
  // A teacher's own lessons follow the bundled ones; a broken index is reported, not fatal.
  if (QFileInfo::exists(LessonLibrary::userIndex()))
    m_lessons += LessonLibrary::load(LessonLibrary::userIndex(), &m_userError);

  m_dock = new QDockWidget(window);
  m_dock->setObjectName(QStringLiteral("lessonDock"));
  // Only Close Lesson ends a lesson, so the dock has no close button of its own.
  m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
  m_panel = new LessonPanel(m_dock);
  m_dock->setWidget(m_panel);
  // Beside the data, which most lessons lock: the boundary, the loss and Concepts stay in sight.
  window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
  if (besideDock) window->tabifyDockWidget(besideDock, m_dock);
  m_dock->hide();

  for (int i = 0; i < m_lessons.size(); ++i) {
    if (i == m_bundledCount) menu->addSeparator();
    QAction* a = menu->addAction(QString());
    a->setObjectName(QStringLiteral("lesson_%1").arg(m_lessons[i].id));
    connect(a, &QAction::triggered, this, [this, i] { openLesson(i); });
    m_actions << a;
  }

  connect(project, &Project::lessonChanged, this, &LessonController::showLesson);
  connect(m_panel, &LessonPanel::restartRequested, this, &LessonController::restartLesson);
  connect(m_panel, &LessonPanel::closeRequested, this, &LessonController::closeLesson);
  connect(m_panel, &LessonPanel::conceptRequested, this, &LessonController::conceptRequested);
  for (auto signal : {&Project::trainingReplaced, &Project::loaded})
    connect(project, signal, this, &LessonController::updateGoalStatus);
  connect(project, &Project::trainingAppended, this, &LessonController::updateGoalStatus);

  window->installEventFilter(this);
  retranslate();
  if (!m_userError.isEmpty()) window->statusBar()->showMessage(m_userError, 15000);
}

QString LessonController::language() const {
  return m_languages && !m_languages->language().isEmpty() ? m_languages->language() : QStringLiteral("en");
}

int LessonController::currentLesson() const {
  const auto& lesson = m_project->lesson();
  if (!lesson) return -1;
  for (int i = 0; i < m_lessons.size(); ++i)
    if (m_lessons[i].id == lesson->id && m_lessons[i].projectPath == lesson->projectPath) return i;
  return -1;
}

bool LessonController::openLesson(int index) {
  if (index < 0 || index >= m_lessons.size() || !m_files->maybeSave()) return false;
  if (const neurona::Error e = m_project->openLesson(m_lessons[index]); !e.ok()) {
    QMessageBox box(QMessageBox::Warning, tr("Cannot Open Lesson"), ErrorText::sentence(e), QMessageBox::Ok,
                    m_window);
    box.setTextFormat(Qt::PlainText);
    box.exec();
    return false;
  }
  return true;
}

void LessonController::restartLesson() {
  const int current = currentLesson();
  if (current >= 0) openLesson(current);
}

void LessonController::closeLesson() { m_project->closeLesson(); }

void LessonController::showLesson() {
  const int index = currentLesson();
  if (index < 0) {
    m_panel->clear();
    const bool wasShown = m_dock->isVisible();
    m_dock->hide();
    if (wasShown) emit lessonHidden();
    return;
  }
  m_panel->setLesson(m_lessons[index], index < m_bundledCount ? index + 1 : index - m_bundledCount + 1,
                     language());
  m_dock->show();
  m_dock->raise();
  updateGoalStatus();
  emit lessonShown();
}

bool LessonController::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_window) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    // A layout saved during a lesson would bring back an empty Lesson dock at the next start.
    if (event->type() == QEvent::Show && currentLesson() < 0) m_dock->hide();
  }
  return false;
}

void LessonController::updateGoalStatus() {
  const int current = currentLesson();
  if (current < 0) return;
  const LessonGoal& goal = m_lessons[current].goal;
  const std::vector<neurona::EpochRecord>& history = m_project->history();
  const QString metric = LessonLibrary::metricName(goal);
  // The goal is judged at its epoch; before that the panel shows the value so far.
  const neurona::EpochRecord* record = nullptr;
  for (auto r = history.rbegin(); r != history.rend() && !record; ++r)
    if (r->epoch <= goal.epochs) record = &*r;
  const std::optional<double> value = record ? goal.valueIn(*record) : std::nullopt;
  if (!record || !value) {
    m_panel->setGoalStatus(tr("Press Play to start; the goal is checked at epoch %1.")
                               .arg(QLocale(language()).toString(goal.epochs)),
                           false);
    return;
  }
  const QString shown = LessonLibrary::formatValue(goal, *value, language());
  if (record->epoch < goal.epochs)
    m_panel->setGoalStatus(tr("Epoch %1: %2 = %3.").arg(record->epoch).arg(metric, shown), false);
  else if (goal.isMetBy(*value))
    m_panel->setGoalStatus(tr("✓ Goal reached: %1 = %2.").arg(metric, shown), true);
  else
    m_panel->setGoalStatus(
        tr("Not reached: %1 = %2. Change something and press Reset to try again.").arg(metric, shown), false);
}

void LessonController::retranslate() {
  m_dock->setWindowTitle(tr("Lesson"));
  const QString lang = language();
  for (int i = 0; i < m_actions.size(); ++i) {
    const bool bundled = i < m_bundledCount;
    m_actions[i]->setText(bundled ? QStringLiteral("&%1  %2").arg(i + 1).arg(m_lessons[i].title(lang))
                                  : m_lessons[i].title(lang));
  }
  m_panel->setLanguage(lang);
  updateGoalStatus();
}
