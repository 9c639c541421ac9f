#include "ui/plots/PlotStyle.h"

#include "ui/style/Theme.h"

#include <QLocale>

#include <qcustomplot.h>

namespace PlotStyle {

void apply(QCustomPlot* plot) {
  const Theme& theme = Theme::instance();
  const QColor ink = theme.foreground(), paper = theme.background();
  const double axisWidth = theme.highContrast() ? 2.0 : 1.0;

  // QCustomPlot fixes its locale when built (without group separators); it must be renewed by hand.
  QLocale locale;
  locale.setNumberOptions(QLocale::OmitGroupSeparator);
  plot->setLocale(locale);

  plot->setBackground(paper);
  const QFont font = plot->font(); // the application font, which presentation scaling changes
  for (QCPAxis* axis : plot->axisRect()->axes()) {
    axis->setBasePen(QPen(ink, axisWidth));
    axis->setTickPen(QPen(ink, axisWidth));
    axis->setSubTickPen(QPen(ink, axisWidth));
    axis->setTickLabelColor(ink);
    axis->setLabelColor(ink);
    axis->setTickLabelFont(font);
    axis->setLabelFont(font);
    axis->grid()->setPen(QPen(theme.gridColor(), 1.0, Qt::DotLine));
    axis->grid()->setSubGridPen(Qt::NoPen);
    axis->grid()->setZeroLinePen(QPen(theme.gridColor(), axisWidth));
  }
  QFont small = font;
  small.setPointSizeF(font.pointSizeF() > 0 ? font.pointSizeF() * 0.9 : 9.0);
  plot->legend->setFont(small);
  plot->legend->setTextColor(ink);
  plot->legend->setBorderPen(QPen(ink, axisWidth * 0.8));
  QColor veil = paper;
  veil.setAlpha(theme.highContrast() ? 220 : 180); // the boundary map may show through, the text must read
  plot->legend->setBrush(veil);
}

} // namespace PlotStyle
