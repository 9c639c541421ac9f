#pragma once
// What the sample gallery shows: image samples as plain data, with no tie to the project, so that the
// gallery can be given any prepared split (and tests can build one in a few lines).
#include "neurona/core/Types.h"

#include <QString>

#include <memory>
#include <vector>

struct GalleryData {
  int height = 0;
  int width = 0;
  int channels = 1; // 1 (grayscale) or 3 (rgb)
  // samples × H·W·C values in [0, 1], each row an image flattened channels-last: feature (h·W + w)·C + c,
  // the order of NetworkSpec::inputShape. Shared, so that handing the gallery a split copies nothing.
  std::shared_ptr<const neurona::MatrixD> pixels;
  std::vector<int> trueClass; // one per row of `pixels`
  std::vector<QString> classNames;

  int sampleCount() const { return static_cast<int>(trueClass.size()); }
  // Whether the shape, the pixels and the classes agree; the gallery shows nothing otherwise.
  bool isValid() const {
    return pixels && height > 0 && width > 0 && (channels == 1 || channels == 3) &&
           pixels->rows() == static_cast<Eigen::Index>(trueClass.size()) &&
           pixels->cols() == static_cast<Eigen::Index>(height) * width * channels;
  }
};
