#pragma once
// The look every QCustomPlot in the app shares, taken from the Theme: paper and ink (black and white
// in high contrast), axis and grid pens, the plot's own font for ticks, labels and legend (so
// presentation scaling reaches them), a legend that reads on both backgrounds, tick numbers in the
// interface language's locale, and as many ticks as the plot's size leaves room for, so their labels
// never touch. Plots call apply() when built and again on Theme::changed, Theme::scaleChanged,
// a font change and a language change.
class QCustomPlot;

namespace PlotStyle {

void apply(QCustomPlot* plot);

} // namespace PlotStyle
