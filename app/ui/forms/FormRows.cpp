#include "ui/forms/FormRows.h"

#include <QFormLayout>
#include <QLabel>

QLabel* FormRows::setLabel(QFormLayout* form, QWidget* field, const QString& text, QWidget* nameOf) {
  auto* label = qobject_cast<QLabel*>(form->labelForField(field));
  if (!label) {
    int row = -1;
    QFormLayout::ItemRole role = QFormLayout::FieldRole;
    form->getWidgetPosition(field, &row, &role);
    if (row < 0) return nullptr;
    label = new QLabel(form->parentWidget());
    form->setWidget(row, QFormLayout::LabelRole, label);
    label->setVisible(!field->isHidden()); // a row hidden for this optimizer or layer keeps its label hidden
  }
  label->setText(text);
  label->setBuddy(nameOf ? nameOf : field);
  return label;
}
