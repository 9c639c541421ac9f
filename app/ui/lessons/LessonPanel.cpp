#include "ui/lessons/LessonPanel.h"

#include "model/Locks.h"
#include "ui/lessons/LessonTextView.h"
#include "ui/style/RelativeFont.h"

#include <QDesktopServices>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

LessonPanel::LessonPanel(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("lessonPanel"));
  m_title = new QLabel(this);
  m_title->setObjectName(QStringLiteral("lessonTitle"));
  m_title->setWordWrap(true);
  RelativeFont::apply(m_title, 1.25, QFont::Bold);
  m_goal = new QLabel(this);
  m_goal->setObjectName(QStringLiteral("lessonGoal"));
  m_goal->setWordWrap(true);
  m_status = new QLabel(this);
  m_status->setObjectName(QStringLiteral("lessonGoalStatus"));
  m_status->setWordWrap(true);
  m_locks = new QLabel(this);
  m_locks->setObjectName(QStringLiteral("lessonLocks"));
  m_locks->setWordWrap(true);
  for (QLabel* l : {m_title, m_goal, m_status, m_locks})
    l->setTextFormat(Qt::PlainText); // text from files: never markup
  m_text = new LessonTextView(this);
  m_text->setObjectName(QStringLiteral("lessonText"));
  m_text->setOpenLinks(false);
  connect(m_text, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
    if (url.scheme() == QLatin1String("concept"))
      emit conceptRequested(url.path());
    else if (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
      QDesktopServices::openUrl(url);
  });
  m_restart = new QPushButton(this);
  m_restart->setObjectName(QStringLiteral("restartLesson"));
  m_restart->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
  m_close = new QPushButton(this);
  m_close->setObjectName(QStringLiteral("closeLesson"));
  m_close->setIcon(style()->standardIcon(QStyle::SP_DialogCloseButton));
  connect(m_restart, &QPushButton::clicked, this, &LessonPanel::restartRequested);
  connect(m_close, &QPushButton::clicked, this, &LessonPanel::closeRequested);

  auto* buttons = new QHBoxLayout;
  buttons->addWidget(m_restart);
  buttons->addWidget(m_close);
  buttons->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_title);
  layout->addWidget(m_goal);
  layout->addWidget(m_status);
  layout->addWidget(m_text, 1);
  // What is locked comes after the text: at 1280 × 720 the dock is short, and the text is what a class
  // reads. The text keeps room for a few lines; below that the dock scrolls instead of squeezing it.
  layout->addWidget(m_locks);
  layout->addLayout(buttons);
  m_locks->setForegroundRole(QPalette::PlaceholderText);
  m_text->setMinimumHeight(5 * m_text->fontMetrics().lineSpacing());

  retranslateUi();
}

void LessonPanel::setLesson(const Lesson& lesson, int number, const QString& language) {
  m_lesson = lesson;
  m_number = number;
  m_language = language;
  m_status->clear();
  render();
}

void LessonPanel::clear() {
  m_lesson.reset();
  m_status->clear();
  render();
}

void LessonPanel::setLanguage(const QString& language) {
  m_language = language;
  render();
}

void LessonPanel::setGoalStatus(const QString& text, bool reached) {
  QFont f = m_status->font();
  f.setBold(reached);
  m_status->setFont(f);
  m_status->setText(text);
}

QString LessonPanel::title() const { return m_title->text(); }
QString LessonPanel::goalText() const { return m_goal->text(); }
QString LessonPanel::goalStatus() const { return m_status->text(); }
QString LessonPanel::html() const { return m_text->toHtml(); }

void LessonPanel::retranslateUi() {
  m_restart->setText(tr("Restart Lesson"));
  m_restart->setToolTip(tr("Open the lesson's project again, as it was at the start"));
  m_close->setText(tr("Close Lesson"));
  m_close->setToolTip(tr("End the lesson and unlock every control; the network stays as it is"));
  render();
}

void LessonPanel::render() {
  const bool open = m_lesson.has_value();
  m_goal->setVisible(open);
  m_status->setVisible(open);
  m_locks->setVisible(open && !m_lesson->locks.isEmpty());
  m_restart->setEnabled(open);
  m_close->setEnabled(open);
  if (!open) {
    m_title->setText(tr("No lesson open"));
    m_text->setHtml(tr("<p>Choose a lesson from <b>File ▸ Lessons</b>. Each one opens a project, explains "
                       "what to look at and what to try, and sets a goal you can reach.</p>"));
    return;
  }
  m_title->setText(tr("Lesson %1 · %2").arg(m_number).arg(m_lesson->title(m_language)));
  m_goal->setText(LessonLibrary::goalText(m_lesson->goal, m_language));
  QStringList names;
  for (const QString& c : m_lesson->locks)
    if (const auto lock = Locks::fromFileName(c)) names << Locks::displayName(*lock);
  m_locks->setText(tr("Locked in this lesson: %1.").arg(names.join(QStringLiteral(", "))));
  // Pictures in a text (<img src="…">) are found beside it.
  m_text->setSearchPaths({QFileInfo(m_lesson->textPaths.value(QStringLiteral("en"))).path()});
  m_text->setHtml(m_lesson->html(m_language));
}

void LessonPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(event);
}
