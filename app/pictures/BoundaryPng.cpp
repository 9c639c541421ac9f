#include "pictures/BoundaryPng.h"

#include "pictures/BoundaryImage.h"

#include <QBuffer>
#include <QByteArray>

namespace {

std::string pngBytes(const QImage& image) {
  if (image.isNull()) return {};
  QByteArray bytes;
  QBuffer buffer(&bytes);
  buffer.open(QIODevice::WriteOnly);
  if (!image.save(&buffer, "PNG")) return {};
  return bytes.toStdString();
}

} // namespace

std::string BoundaryPng::render(const neurona::Model& model, const neurona::Dataset& raw, int width,
                                int height) {
  return pngBytes(BoundaryImage::render(model, raw, QSize(width, height)));
}

std::string BoundaryPng::grid(const std::vector<std::string>& tiles, int columns, int gap) {
  std::vector<QImage> images;
  images.reserve(tiles.size());
  for (const std::string& t : tiles)
    images.push_back(
        QImage::fromData(reinterpret_cast<const uchar*>(t.data()), static_cast<int>(t.size()), "PNG"));
  return pngBytes(BoundaryImage::grid(images, columns, gap, Qt::white));
}
