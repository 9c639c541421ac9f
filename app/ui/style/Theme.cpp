#include "ui/style/Theme.h"

#include "ui/style/ColorPalettes.h"

#include <QtGlobal>

#include <cmath>

Theme& Theme::instance() {
  static Theme theme;
  return theme;
}

QColor Theme::classColor(int k) const {
  return m_colorBlindSafe ? ColorPalettes::okabeIto(k) : ColorPalettes::standardClass(k);
}

QColor Theme::diverging(double t) const {
  return m_colorBlindSafe ? ColorPalettes::blueOrange(t) : ColorPalettes::blueRed(t);
}

QColor Theme::foreground() const { return m_highContrast ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20); }

QColor Theme::background() const { return m_highContrast ? QColor(Qt::black) : QColor(Qt::white); }

QColor Theme::gridColor() const {
  return m_highContrast ? QColor(0x6e, 0x6e, 0x6e) : QColor(0xd0, 0xd0, 0xd0);
}

QColor Theme::signColor(bool positive) const {
  const double end = m_highContrast ? 0.5 : 1.0;
  return diverging(positive ? end : -end);
}

// With the square root of the text scale: points and lines as large as the text would bury a plot of
// a few hundred samples.
double Theme::lineWidth() const { return (m_highContrast ? 3.5 : 2.0) * std::sqrt(m_scale); }

double Theme::markerSize() const { return (m_highContrast ? 9.0 : 7.0) * std::sqrt(m_scale); }

QPalette Theme::highContrastPalette() {
  const QColor black(Qt::black), white(Qt::white), yellow(0xff, 0xff, 0x00), cyan(0x00, 0xff, 0xff);
  const QColor grey(0x9e, 0x9e, 0x9e); // disabled text: still 7.4:1 on black
  QPalette p(white, black);            // button text, window
  for (auto group : {QPalette::Active, QPalette::Inactive, QPalette::Disabled}) {
    const bool disabled = group == QPalette::Disabled;
    const QColor text = disabled ? grey : white;
    p.setColor(group, QPalette::Window, black);
    p.setColor(group, QPalette::WindowText, text);
    p.setColor(group, QPalette::Base, black);
    p.setColor(group, QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(group, QPalette::Text, text);
    p.setColor(group, QPalette::Button, black);
    p.setColor(group, QPalette::ButtonText, text);
    p.setColor(group, QPalette::BrightText, yellow);
    p.setColor(group, QPalette::ToolTipBase, black);
    p.setColor(group, QPalette::ToolTipText, white);
    p.setColor(group, QPalette::PlaceholderText, grey);
    p.setColor(group, QPalette::Highlight, disabled ? grey : yellow);
    p.setColor(group, QPalette::HighlightedText, black);
    p.setColor(group, QPalette::Link, cyan);
    p.setColor(group, QPalette::LinkVisited, QColor(0xff, 0x80, 0xff));
    p.setColor(group, QPalette::Light, white);
    p.setColor(group, QPalette::Midlight, grey);
    p.setColor(group, QPalette::Mid, grey);
    p.setColor(group, QPalette::Dark, white);
    p.setColor(group, QPalette::Shadow, white);
  }
  return p;
}

void Theme::setColorBlindSafe(bool on) {
  if (on == m_colorBlindSafe) return;
  m_colorBlindSafe = on;
  emit changed();
}

void Theme::setHighContrast(bool on) {
  if (on == m_highContrast) return;
  m_highContrast = on;
  emit changed();
}

void Theme::setScale(double scale) {
  scale = qBound(0.5, scale, 4.0);
  if (qFuzzyCompare(scale, m_scale)) return;
  m_scale = scale;
  emit scaleChanged(scale);
}
