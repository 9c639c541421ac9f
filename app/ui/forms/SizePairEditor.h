#pragma once
// Two spin boxes for a window's height × width (a filter, a pool, a stride), read as one value: QSize
// (width, height). Each box has its own accessible name, since a screen reader announces them one by one.
#include <QSize>
#include <QWidget>

class QLabel;
class QSpinBox;

class SizePairEditor : public QWidget {
  Q_OBJECT
public:
  explicit SizePairEditor(QWidget* parent = nullptr);

  QSize value() const;
  void setValue(const QSize& size); // without signalling
  void setRange(int lo, int hi);
  // What a screen reader says for each box ("Filter height", "Filter width"), also their tooltips' first
  // line.
  void setNames(const QString& height, const QString& width);
  QSpinBox* heightBox() const { return m_height; }
  QSpinBox* widthBox() const { return m_width; }

signals:
  void valueChanged(const QSize& size);

private:
  QSpinBox* m_height;
  QSpinBox* m_width;
  QLabel* m_times;
};
