#include "ui/forms/FlowLayout.h"

#include <QStyle>
#include <QWidget>

#include <algorithm>

FlowLayout::FlowLayout(QWidget* parent, int spacing) : QLayout(parent) {
  if (spacing >= 0) setSpacing(spacing);
  setContentsMargins(0, 0, 0, 0);
}

FlowLayout::~FlowLayout() {
  while (QLayoutItem* item = takeAt(0)) delete item;
}

void FlowLayout::addItem(QLayoutItem* item) { m_items.append(item); }

QLayoutItem* FlowLayout::takeAt(int index) {
  return index >= 0 && index < m_items.size() ? m_items.takeAt(index) : nullptr;
}

int FlowLayout::gap() const {
  if (spacing() >= 0) return spacing();
  const QWidget* parent = parentWidget();
  return parent ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent) : 6;
}

QSize FlowLayout::minimumSize() const {
  QSize size;
  for (const QLayoutItem* item : m_items) size = size.expandedTo(item->minimumSize());
  const QMargins m = contentsMargins();
  return size + QSize(m.left() + m.right(), m.top() + m.bottom());
}

QSize FlowLayout::sizeHint() const {
  int width = 0, height = 0;
  for (const QLayoutItem* item : m_items) {
    if (item->isEmpty()) continue;
    width += (width > 0 ? gap() : 0) + item->sizeHint().width();
    height = std::max(height, item->sizeHint().height());
  }
  const QMargins m = contentsMargins();
  return {width + m.left() + m.right(), height + m.top() + m.bottom()};
}

void FlowLayout::setGeometry(const QRect& rect) {
  QLayout::setGeometry(rect);
  arrange(rect, true);
}

int FlowLayout::arrange(const QRect& rect, bool apply) const {
  const QRect area = rect.marginsRemoved(contentsMargins());
  int x = area.x(), y = area.y(), rowHeight = 0;
  const int g = gap();
  for (QLayoutItem* item : m_items) {
    if (item->isEmpty()) continue;
    const QSize hint = item->sizeHint();
    // An item wider than the whole row gets the row, at least its minimum.
    const int width = std::max(item->minimumSize().width(), std::min(hint.width(), area.width()));
    if (x > area.x() && x + width > area.right() + 1) {
      x = area.x();
      y += rowHeight + g;
      rowHeight = 0;
    }
    // A label that wraps is as tall as its lines at the width it gets.
    const int height = item->hasHeightForWidth() ? item->heightForWidth(width) : hint.height();
    if (apply) item->setGeometry(QRect(QPoint(x, y), QSize(width, height)));
    x += width + g;
    rowHeight = std::max(rowHeight, height);
  }
  return y + rowHeight - rect.y() + contentsMargins().bottom();
}
