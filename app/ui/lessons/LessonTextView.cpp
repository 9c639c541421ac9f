#include "ui/lessons/LessonTextView.h"

#include <QImage>
#include <QTextDocument>

LessonTextView::LessonTextView(QWidget* parent) : QTextBrowser(parent) {
  setOpenLinks(false);
  setOpenExternalLinks(false);
}

QVariant LessonTextView::loadResource(int type, const QUrl& /*name*/) {
  ++m_requests;
  // Not a null QVariant: with one, QTextDocument reads the file itself. An empty image (or text)
  // stands in for whatever the lesson named: no file, no device, no network is touched.
  if (type == QTextDocument::ImageResource) {
    QImage blank(1, 1, QImage::Format_ARGB32);
    blank.fill(Qt::transparent);
    return blank;
  }
  return QString();
}
