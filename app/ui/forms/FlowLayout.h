#pragma once
// Items side by side in rows that wrap where the width ends, like words in a paragraph: a row of
// controls that keeps to one line in a wide column and takes two or three in a narrow one (a
// projector's 1280 px, presentation mode's large text) instead of being cut or widening the column.
#include <QLayout>
#include <QList>

class FlowLayout : public QLayout {
public:
  explicit FlowLayout(QWidget* parent = nullptr, int spacing = -1);
  ~FlowLayout() override;

  void addItem(QLayoutItem* item) override;
  int count() const override { return static_cast<int>(m_items.size()); }
  QLayoutItem* itemAt(int index) const override { return m_items.value(index); }
  QLayoutItem* takeAt(int index) override;

  Qt::Orientations expandingDirections() const override { return {}; }
  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
  QSize minimumSize() const override; // the widest item: below that nothing wraps any more
  QSize sizeHint() const override;    // everything in one row
  void setGeometry(const QRect& rect) override;

private:
  int arrange(const QRect& rect, bool apply) const; // the height the rows take
  int gap() const;

  QList<QLayoutItem*> m_items;
};
