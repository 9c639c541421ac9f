#include "ui/style/RelativeFont.h"

#include "ui/style/Theme.h"

#include <QApplication>
#include <QWidget>

namespace RelativeFont {

void apply(QWidget* widget, double factor, QFont::Weight weight) {
  const auto set = [widget, factor, weight] {
    QFont f = QApplication::font(widget);
    if (f.pointSizeF() > 0)
      f.setPointSizeF(f.pointSizeF() * factor);
    else
      f.setPixelSize(qMax(1, qRound(f.pixelSize() * factor)));
    f.setWeight(weight);
    widget->setFont(f);
  };
  set();
  // Presentation mode changes the application font, then the theme's scale; the widget is the
  // context, so the connection ends with it.
  QObject::connect(&Theme::instance(), &Theme::scaleChanged, widget, set);
}

} // namespace RelativeFont
