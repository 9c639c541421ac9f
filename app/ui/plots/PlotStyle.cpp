#include "ui/plots/PlotStyle.h"

#include "ui/style/Theme.h"

#include <QFontMetrics>
#include <QLocale>
#include <QVariant>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>

namespace PlotStyle {

namespace {

// How many ticks an axis of `length` pixels takes: each label gets twice its own room along the axis
// (its width across a horizontal axis, its height up a vertical one). QCustomPlot rounds the step to a
// readable number, which may put up to half as many ticks again; the labels still keep apart.
void fitTicks(QCustomPlot* plot) {
  QCPAxisRect* rect = plot->axisRect();
  // The axis rect's size in the coming layout: the plot's size less the margins of the last one.
  const QRect outer = rect->outerRect(), inner = rect->rect();
  const int width = plot->width() - (outer.width() - inner.width());
  const int height = plot->height() - (outer.height() - inner.height());
  for (QCPAxis* axis : rect->axes()) {
    const QFontMetrics fm(axis->tickLabelFont());
    int label = fm.horizontalAdvance(QStringLiteral("-0.00"));
    for (const QString& text : axis->tickVectorLabels()) label = std::max(label, fm.horizontalAdvance(text));
    // The labels shown are the last replot's; the range may have grown since (a run from epoch 500 to
    // 10000 between two frames): the whole part of its ends is as wide as the coming labels' (their
    // decimals are in the labels shown).
    for (const double end : {axis->range().lower, axis->range().upper})
      if (std::isfinite(end) && std::abs(end) < 1e15)
        label = std::max(label, fm.horizontalAdvance(plot->locale().toString(std::round(end), 'f', 0)));
    const bool horizontal = axis->orientation() == Qt::Horizontal;
    const int room = horizontal ? 2 * label : 2 * fm.height() + fm.height() / 4;
    axis->ticker()->setTickCount(std::clamp((horizontal ? width : height) / std::max(1, room), 1, 8));
  }
}

} // namespace

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
  // As large as the axes' text: the smallest text on a projector is what the back rows must read.
  plot->legend->setFont(font);
  plot->legend->setTextColor(ink);
  plot->legend->setBorderPen(QPen(ink, axisWidth * 0.8));
  QColor veil = paper;
  veil.setAlpha(theme.highContrast() ? 220 : 180); // the boundary map may show through, the text must read
  plot->legend->setBrush(veil);

  // The tick labels keep apart at any size and any text size: the tick count follows the plot's size
  // before every replot.
  if (!plot->property("neuronaFitsTicks").toBool()) {
    plot->setProperty("neuronaFitsTicks", true);
    QObject::connect(plot, &QCustomPlot::beforeReplot, plot, [plot] { fitTicks(plot); });
  }
  fitTicks(plot);
}

} // namespace PlotStyle
