#pragma once
// Thumbnails with their names below them (data sets, activations): the grid cell is sized from the
// names and the current font, so a two-word name wraps onto a second line instead of ending in "…".

class QListWidget;

class IconGrid {
public:
  // Call again after the names or the font change.
  static void fitToNames(QListWidget* list);
};
