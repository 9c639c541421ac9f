#include "ui/training/RunBar.h"

#include "ui/forms/FlowLayout.h"

#include <QEvent>
#include <QHBoxLayout>

#include <algorithm>

RunBar::RunBar(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("runBar"));
  m_flow = new FlowLayout(this, 12);
}

void RunBar::addGroup(const QList<QWidget*>& widgets) {
  auto* group = new QWidget(this);
  auto* row = new QHBoxLayout(group);
  row->setContentsMargins(0, 0, 0, 0);
  for (QWidget* w : widgets) row->addWidget(w);
  m_flow->addWidget(group);
}

QSize RunBar::sizeHint() const {
  const QSize one = m_flow->sizeHint();
  // The window less the toolbar's own margins and handle.
  const int room = m_watched ? m_watched->width() - 24 : one.width();
  if (room >= one.width()) return one;
  const int width = std::max(room, minimumSizeHint().width());
  return {width, m_flow->heightForWidth(width)};
}

QSize RunBar::minimumSizeHint() const { return m_flow->minimumSize(); }

bool RunBar::event(QEvent* e) {
  // Follow the width of the window the bar is shown in (a toolbar, or the panel on its own).
  if (e->type() == QEvent::Show || e->type() == QEvent::ParentChange) {
    QWidget* w = window() != this ? window() : nullptr;
    if (w != m_watched) {
      if (m_watched) m_watched->removeEventFilter(this);
      m_watched = w;
      if (m_watched) m_watched->installEventFilter(this);
      updateGeometry();
    }
  }
  return QWidget::event(e);
}

bool RunBar::eventFilter(QObject* watched, QEvent* e) {
  if (watched == m_watched && e->type() == QEvent::Resize) updateGeometry();
  return QWidget::eventFilter(watched, e);
}
