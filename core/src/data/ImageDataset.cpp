#include "ImageDataset.h"

#include "neurona/core/data/PixelNames.h"

#include <numeric>
#include <random>

namespace neurona {

Dataset ImageDataset::paint(const ImagePainter& painter, int samples, int size, double noise, Rng& rng,
                            Rng& noiseRng) {
  Dataset ds;
  ds.classNames = painter.classNames();
  const int classes = ds.classCount();
  ds.task = classes == 2 ? TaskKind::BinaryClassification : TaskKind::MulticlassClassification;
  ds.imageShape = std::array<int, 3>{size, size, 1};
  ds.featureNames = pixelNames(*ds.imageShape);

  // Labels 0, 1, ..., K-1, 0, 1, ... (balanced), shuffled by Fisher-Yates.
  const auto n = static_cast<Eigen::Index>(samples);
  ds.labels.resize(n);
  for (Eigen::Index i = 0; i < n; ++i) ds.labels(i) = static_cast<int>(i % classes);
  for (Eigen::Index i = n; i > 1; --i) {
    const auto j = std::uniform_int_distribution<Eigen::Index>(0, i - 1)(rng);
    std::swap(ds.labels(i - 1), ds.labels(j));
  }

  ds.features.resize(n, static_cast<Eigen::Index>(size) * size);
  for (Eigen::Index i = 0; i < n; ++i) {
    GrayImage image(size);
    painter.paint(ds.labels(i), image, rng);
    if (noise > 0) image.addNoise(noise, noiseRng);
    const std::vector<double>& pixels = image.pixels();
    for (std::size_t k = 0; k < pixels.size(); ++k) ds.features(i, static_cast<Eigen::Index>(k)) = pixels[k];
  }
  return ds;
}

} // namespace neurona
