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

void FormRows::shareFieldWidth(QFormLayout* form) {
  QList<QWidget*> fields;
  for (int row = 0; row < form->rowCount(); ++row)
    if (QLayoutItem* item = form->itemAt(row, QFormLayout::FieldRole); item && item->widget())
      fields << item->widget();
  int widest = 0;
  for (QWidget* f : fields) {
    f->setMinimumWidth(0); // back to the field's own hint, so smaller text gives the width back
    widest = qMax(widest, f->minimumSizeHint().width());
  }
  for (QWidget* f : fields) f->setMinimumWidth(widest);
}
