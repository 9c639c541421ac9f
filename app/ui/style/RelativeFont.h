#pragma once
// A widget's font as a multiple of the application font: a title 25% larger, the epoch counter 40%
// larger and bold. A size set once with QWidget::setFont would stay put when presentation mode scales
// the application font; this one follows it.
#include <QFont>

class QWidget;

namespace RelativeFont {

// Sets the widget's font to the application font × factor with the given weight, now and after every
// presentation scale change (Theme::scaleChanged, which follows the application font's change).
void apply(QWidget* widget, double factor, QFont::Weight weight = QFont::Normal);

} // namespace RelativeFont
