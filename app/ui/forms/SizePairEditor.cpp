#include "ui/forms/SizePairEditor.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

SizePairEditor::SizePairEditor(QWidget* parent) : QWidget(parent) {
  auto* layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  m_height = new QSpinBox(this);
  m_width = new QSpinBox(this);
  m_times = new QLabel(QStringLiteral("×"), this);
  m_times->setAccessibleName(QString()); // decoration between the two boxes
  for (QSpinBox* box : {m_height, m_width}) {
    box->setKeyboardTracking(false); // typing "11" is one edit, not two
    box->setRange(1, 64);
    connect(box, &QSpinBox::valueChanged, this, [this] { emit valueChanged(value()); });
  }
  layout->addWidget(m_height);
  layout->addWidget(m_times);
  layout->addWidget(m_width);
  layout->addStretch(1);
  setFocusProxy(m_height);
}

QSize SizePairEditor::value() const { return {m_width->value(), m_height->value()}; }

void SizePairEditor::setValue(const QSize& size) {
  const QSignalBlocker a(m_height), b(m_width);
  m_height->setValue(size.height());
  m_width->setValue(size.width());
}

void SizePairEditor::setRange(int lo, int hi) {
  for (QSpinBox* box : {m_height, m_width}) box->setRange(lo, hi);
}

void SizePairEditor::setNames(const QString& height, const QString& width) {
  m_height->setAccessibleName(height);
  m_width->setAccessibleName(width);
}
