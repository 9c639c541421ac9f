#pragma once
// A push button whose label wraps onto more lines instead of being cut or widening its panel: the fix
// buttons of a narrow Problems dock on a projector ("Insert a Dense layer of 8 neurons before Add 1").
// One line when there is room; otherwise as many as the width given needs (height for width).
#include <QPushButton>

class WrapButton : public QPushButton {
  Q_OBJECT
public:
  explicit WrapButton(const QString& text, QWidget* parent = nullptr);

  QSize sizeHint() const override;        // the label on one line
  QSize minimumSizeHint() const override; // as narrow as its longest word
  bool hasHeightForWidth() const override { return true; }
  int heightForWidth(int width) const override;

protected:
  void paintEvent(QPaintEvent* e) override;

private:
  QSize padding() const; // the style's room around the label, both sides together
  QRect labelRect(int width) const;
};
