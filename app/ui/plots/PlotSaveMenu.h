#pragma once
// Right-click on a plot offers "Save as PNG…" and "Save as PDF…". One helper so every plot behaves alike.
class QCustomPlot;
class QMenu;
class QString;
class QWidget;

namespace PlotSaveMenu {

// Adds the two save actions to `menu`, acting on `plot`.
void addActions(QMenu* menu, QCustomPlot* plot);
// Saves by the file's suffix (.png or .pdf); false when writing failed.
bool save(QCustomPlot* plot, const QString& path);
// Installs a context menu with the save actions on a plot that has no menu of its own.
void install(QCustomPlot* plot);

} // namespace PlotSaveMenu
