#include "ui/forms/WrapButton.h"

#include <QFontMetricsF>
#include <QStyleOptionButton>
#include <QStylePainter>

#include <algorithm>
#include <cmath>

namespace {
constexpr int kFlags = Qt::AlignCenter | Qt::TextWordWrap;
} // namespace

WrapButton::WrapButton(const QString& text, QWidget* parent) : QPushButton(text, parent) {
  QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
  policy.setHeightForWidth(true);
  setSizePolicy(policy);
}

QSize WrapButton::padding() const {
  // The style's size for an empty label of one line, minus that line: margins, frame and bevel.
  QStyleOptionButton option;
  initStyleOption(&option);
  option.text.clear();
  const QSize line(0, fontMetrics().height());
  const QSize outer = style()->sizeFromContents(QStyle::CT_PushButton, &option, line, this);
  return {std::max(outer.width(), 2 * fontMetrics().averageCharWidth()),
          std::max(0, outer.height() - line.height())};
}

QSize WrapButton::sizeHint() const {
  const QSize pad = padding();
  // The line's width as the wrapping measures it: in fractions of a pixel, rounded up. The whole-pixel
  // advance can be a pixel short, and at that width the last word wraps under a one-line height.
  const int line = static_cast<int>(std::ceil(QFontMetricsF(font()).horizontalAdvance(text()))) + 1;
  return {line + pad.width(), fontMetrics().height() + pad.height()};
}

QSize WrapButton::minimumSizeHint() const {
  int widest = 0;
  for (const QString& word : text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
    widest = std::max(widest, fontMetrics().horizontalAdvance(word));
  const QSize pad = padding();
  return {widest + pad.width(), fontMetrics().height() + pad.height()};
}

int WrapButton::heightForWidth(int width) const {
  const QSize pad = padding();
  const QRect text =
      fontMetrics().boundingRect(QRect(0, 0, std::max(1, width - pad.width()), 100000), kFlags, this->text());
  return std::max(text.height(), fontMetrics().height()) + pad.height();
}

QRect WrapButton::labelRect(int width) const {
  const QSize pad = padding();
  return QRect(pad.width() / 2, 0, std::max(1, width - pad.width()), height());
}

void WrapButton::paintEvent(QPaintEvent*) {
  // The style draws the button without its label; the label is drawn here, wrapped.
  QStylePainter p(this);
  QStyleOptionButton option;
  initStyleOption(&option);
  const QString label = option.text;
  option.text.clear();
  p.drawControl(QStyle::CE_PushButton, option);
  const QPalette::ColorGroup group = isEnabled() ? QPalette::Normal : QPalette::Disabled;
  p.setPen(palette().color(group, QPalette::ButtonText));
  p.drawText(labelRect(width()), kFlags, label);
}
