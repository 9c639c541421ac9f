#include "ui/lessons/LessonController.h"

#include "training/TrainingController.h"
#include "ui/LanguageManager.h"
#include "ui/MainWindow.h"
#include "ui/TrainingWorkspace.h"
#include "ui/canvas/NetworkView.h"
#include "ui/lessons/LessonPanel.h"
#include "ui/panels/ConceptsPanel.h"
#include "ui/panels/DatasetPanel.h"
#include "ui/panels/IssuesPanel.h"
#include "ui/panels/PalettePanel.h"
#include "ui/panels/PropertiesPanel.h"
#include "ui/panels/TrainingPanel.h"
#include "ui/plots/BoundaryView.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QSlider>
#include <QStatusBar>

#include <algorithm>

namespace {

// A field of the training panel, by the object name TrainingPanel gives it (stable in every language).
QWidget* trainingField(TrainingPanel* panel, const char* objectName) {
  return panel->findChild<QWidget*>(QLatin1String(objectName));
}

} // namespace

LessonController::LessonController(MainWindow* window, LanguageManager* languages)
    : QObject(window), m_window(window), m_languages(languages) {
  setObjectName(QStringLiteral("lessonController"));
  m_lessons = LessonLibrary::bundled();
  m_bundledCount = static_cast<int>(m_lessons.size());
  // A teacher's own lessons follow the bundled ones; a broken index is reported, not fatal.
  if (QFileInfo::exists(LessonLibrary::userIndex())) {
    const QList<Lesson> own = LessonLibrary::load(LessonLibrary::userIndex(), &m_userError);
    m_lessons += own;
  }

  m_dock = new QDockWidget(window);
  m_dock->setObjectName(QStringLiteral("lessonDock"));
  // Only Close Lesson ends a lesson, so the dock has no close button of its own.
  m_dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
  m_panel = new LessonPanel(m_dock);
  m_dock->setWidget(m_panel);
  // Beside the data, which most lessons lock: the boundary, the loss and Concepts stay in sight.
  window->addDockWidget(Qt::LeftDockWidgetArea, m_dock);
  if (window->datasetDock()) window->tabifyDockWidget(window->datasetDock(), m_dock);
  m_dock->hide();

  QMenu* menu = window->lessonsMenu();
  for (int i = 0; i < m_lessons.size(); ++i) {
    if (i == m_bundledCount) menu->addSeparator();
    QAction* a = menu->addAction(QString());
    a->setObjectName(QStringLiteral("lesson_%1").arg(m_lessons[i].id));
    connect(a, &QAction::triggered, this, [this, i] { openLesson(i); });
    m_actions << a;
  }

  connect(window, &MainWindow::projectOpened, this, &LessonController::onProjectOpened);
  connect(m_panel, &LessonPanel::restartRequested, this, &LessonController::restartLesson);
  connect(m_panel, &LessonPanel::closeRequested, this, &LessonController::closeLesson);
  connect(m_panel, &LessonPanel::conceptRequested, this, [this](const QString& key) {
    if (m_window->conceptsPanel() && m_window->conceptsPanel()->showConcept(key)) {
      m_window->conceptsDock()->show();
      m_window->conceptsDock()->raise();
    }
  });
  TrainingController* training = window->training()->controller();
  connect(training, &TrainingController::historyAppended, this, &LessonController::updateGoalStatus);
  connect(training, &TrainingController::historyCleared, this, &LessonController::updateGoalStatus);

  window->installEventFilter(this);
  retranslate();
  if (!m_userError.isEmpty()) window->statusBar()->showMessage(m_userError, 15000);
}

QString LessonController::language() const {
  return m_languages && !m_languages->language().isEmpty() ? m_languages->language() : QStringLiteral("en");
}

QString LessonController::lockToolTip() { return tr("Locked by this lesson"); }

bool LessonController::openLesson(int index) {
  if (index < 0 || index >= m_lessons.size()) return false;
  // The lesson starts when the window reports its project open (onProjectOpened).
  return m_window->openProjectFile(m_lessons[index].projectPath);
}

void LessonController::restartLesson() {
  if (m_current >= 0) openLesson(m_current);
}

void LessonController::closeLesson() {
  unlock();
  m_current = -1;
  m_panel->clear();
  m_dock->hide();
}

void LessonController::onProjectOpened(const QString& path) {
  for (int i = 0; i < m_lessons.size(); ++i)
    if (m_lessons[i].projectPath == path) {
      startLesson(i);
      return;
    }
  if (m_current >= 0) closeLesson();
}

void LessonController::startLesson(int index) {
  unlock();
  m_current = index;
  m_panel->setLesson(m_lessons[index], index < m_bundledCount ? index + 1 : index - m_bundledCount + 1,
                     language());
  lock(m_lessons[index].locks);
  m_dock->show();
  m_dock->raise();
  updateGoalStatus();
}

QList<QWidget*> LessonController::lockedWidgets(const QString& control) const {
  TrainingWorkspace* t = m_window->training();
  TrainingPanel* p = t->trainingPanel();
  QList<QWidget*> out;
  if (control == QLatin1String("network")) {
    out << m_window->canvas() << m_window->palette() << m_window->properties() << m_window->issues();
  } else if (control == QLatin1String("data")) {
    out << t->datasetPanel() << t->boundaryView()->paintBox();
  } else if (control == QLatin1String("optimizer")) {
    out << p->optimizerBox() << trainingField(p, "momentumField")
        << trainingField(p, "beta1Field") << trainingField(p, "beta2Field")
        << trainingField(p, "weightDecayField") << trainingField(p, "scheduleBox")
        << trainingField(p, "stepSizeField")
        << trainingField(p, "gammaField") << trainingField(p, "tMaxField");
  } else if (control == QLatin1String("learningRate")) {
    out << p->rateSlider() << p->rateField();
  } else if (control == QLatin1String("batchSize")) {
    out << trainingField(p, "batchField");
  } else if (control == QLatin1String("loss")) {
    out << trainingField(p, "lossBox");
  } else if (control == QLatin1String("regularisation")) {
    out << trainingField(p, "l1Field") << trainingField(p, "l2Field");
  }
  out.removeAll(nullptr);
  return out;
}

QList<QAction*> LessonController::lockedActions(const QString& control) const {
  QList<QAction*> out;
  if (control == QLatin1String("network")) {
    // New from Template replaces the network; Delete and Duplicate live on the canvas and in Edit.
    if (auto* templates = m_window->findChild<QMenu*>(QStringLiteral("templatesMenu")))
      out << templates->menuAction();
    out << m_window->canvas()->actions();
  }
  return out;
}

void LessonController::lock(const QStringList& controls) {
  const QString tip = lockToolTip();
  for (const QString& control : controls) {
    for (QWidget* w : lockedWidgets(control)) {
      if (std::any_of(m_lockedWidgets.begin(), m_lockedWidgets.end(),
                      [w](const WidgetLock& l) { return l.widget == w; }))
        continue;
      if (auto* paint = qobject_cast<QComboBox*>(w);
          paint && w == m_window->training()->boundaryView()->paintBox())
        paint->setCurrentIndex(0); // painting off, so clicks on the plot add no points
      m_lockedWidgets.append({w, !w->testAttribute(Qt::WA_ForceDisabled), w->toolTip()});
      w->setEnabled(false);
      w->setToolTip(tip);
      w->installEventFilter(this);
    }
    for (QAction* a : lockedActions(control)) {
      if (std::any_of(m_lockedActions.begin(), m_lockedActions.end(),
                      [a](const ActionLock& l) { return l.action == a; }))
        continue;
      m_lockedActions.append({a, a->isEnabled()});
      a->setEnabled(false);
    }
  }
}

void LessonController::unlock() {
  for (const WidgetLock& l : std::as_const(m_lockedWidgets))
    if (QWidget* w = l.widget) {
      w->removeEventFilter(this);
      w->setEnabled(l.ownerEnabled);
      w->setToolTip(l.ownerToolTip);
    }
  for (const ActionLock& l : std::as_const(m_lockedActions))
    if (l.action) l.action->setEnabled(l.ownerEnabled);
  m_lockedWidgets.clear();
  m_lockedActions.clear();
}

bool LessonController::eventFilter(QObject* watched, QEvent* event) {
  if (watched == m_window) {
    if (event->type() == QEvent::LanguageChange) retranslate();
    // A layout saved during a lesson would bring back an empty Lesson dock at the next start.
    if (event->type() == QEvent::Show && m_current < 0) m_dock->hide();
    return false;
  }
  // A locked widget's owner may enable it or change its tooltip (e.g. on a language change): remember
  // what the owner wants for the unlock, and keep the lock.
  const QEvent::Type type = event->type();
  if (type != QEvent::EnabledChange && type != QEvent::ToolTipChange) return false;
  for (WidgetLock& l : m_lockedWidgets) {
    QWidget* w = l.widget;
    if (w != watched) continue;
    if (type == QEvent::EnabledChange && !w->testAttribute(Qt::WA_ForceDisabled)) {
      l.ownerEnabled = true;
      w->setEnabled(false);
    } else if (type == QEvent::ToolTipChange && w->toolTip() != lockToolTip()) {
      l.ownerToolTip = w->toolTip();
      w->setToolTip(lockToolTip());
    }
    break;
  }
  return false;
}

void LessonController::updateGoalStatus() {
  if (m_current < 0) return;
  const LessonGoal& goal = m_lessons[m_current].goal;
  const std::vector<neurona::EpochRecord>& history = m_window->training()->controller()->history();
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
  const QString tip = lockToolTip();
  for (const WidgetLock& l : std::as_const(m_lockedWidgets))
    if (l.widget) l.widget->setToolTip(tip);
  updateGoalStatus();
}
