#include "pictures/BoundaryImage.h"

#include <QPainter>

#include <algorithm>

QImage BoundaryImage::render(const neurona::Model& model, const neurona::Dataset& raw, QSize size,
                             const BoundaryColors& colors) {
  BoundaryPalette palette;
  palette.classes.clear();
  for (const QColor& c : colors.classes) palette.classes.push_back(c.rgb() & 0xffffffu);
  palette.background = colors.background.rgb() & 0xffffffu;
  palette.outline = colors.outline.rgb() & 0xffffffu;
  const BoundaryRaster raster = BoundaryRaster::render(model, raw, size.width(), size.height(), palette);
  if (raster.empty()) return {};
  QImage image(raster.width, raster.height, QImage::Format_RGB32);
  for (int j = 0; j < raster.height; ++j)
    std::copy_n(raster.pixels.begin() + static_cast<std::ptrdiff_t>(j) * raster.width, raster.width,
                reinterpret_cast<QRgb*>(image.scanLine(j)));
  return image;
}

QImage BoundaryImage::grid(const std::vector<QImage>& tiles, int columns, int gap, QColor background) {
  if (tiles.empty()) return {};
  columns = std::clamp(columns, 1, static_cast<int>(tiles.size()));
  gap = std::max(0, gap);
  const int rows = (static_cast<int>(tiles.size()) + columns - 1) / columns;
  QSize cell(0, 0);
  for (const QImage& t : tiles) cell = cell.expandedTo(t.size());
  QImage image(columns * cell.width() + (columns + 1) * gap, rows * cell.height() + (rows + 1) * gap,
               QImage::Format_RGB32);
  image.fill(background);
  QPainter painter(&image);
  for (std::size_t n = 0; n < tiles.size(); ++n) {
    const int r = static_cast<int>(n) / columns, c = static_cast<int>(n) % columns;
    if (!tiles[n].isNull())
      painter.drawImage(QPoint(gap + c * (cell.width() + gap), gap + r * (cell.height() + gap)), tiles[n]);
  }
  painter.end();
  return image;
}
