#pragma once
// A lesson's text: the rich-text subset Qt's text engine draws (paragraphs, headings, emphasis, lists,
// tables, links), and nothing it would fetch. A lesson comes from a teacher's folder or the internet,
// so an <img>, a stylesheet or any other resource it names is never loaded (an image of /dev/zero
// would read forever; one on a server would tell it who reads the lesson). Links are not followed by
// the view: the panel decides what a click does.
#include <QTextBrowser>

class LessonTextView : public QTextBrowser {
  Q_OBJECT
public:
  explicit LessonTextView(QWidget* parent = nullptr);

  QVariant loadResource(int type, const QUrl& name) override;
  int resourceRequests() const { return m_requests; } // how many were refused (tests)

private:
  int m_requests = 0;
};
