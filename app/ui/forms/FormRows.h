#pragma once
// The visible label of a form row. Every field has one, and it is the field's buddy: screen readers
// take a control's name from its buddy label (without one they fall back to the group box's title, and
// every field of a group sounds the same).
#include <QString>

class QFormLayout;
class QLabel;
class QWidget;

class FormRows {
public:
  // Sets the label of the row that holds `field` (creating it when the row has none); `nameOf` is the
  // control the label names (the field itself unless the row holds a compound widget).
  static QLabel* setLabel(QFormLayout* form, QWidget* field, const QString& text, QWidget* nameOf = nullptr);
  // Gives every field widget of `form` the smallest width the widest of them needs. QFormLayout decides
  // row by row whether a label goes above its field, from that row's own field; one long label beside a
  // narrow field would otherwise set the label column for all rows and squeeze a wider field below its
  // digits. Call again when the fields or the font change.
  static void shareFieldWidth(QFormLayout* form);
};
