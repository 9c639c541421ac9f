#include "pictures/BoundaryRaster.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace {

struct Rgb {
  double r = 0, g = 0, b = 0;
};

Rgb rgbOf(std::uint32_t c) {
  return {((c >> 16) & 0xff) / 255.0, ((c >> 8) & 0xff) / 255.0, (c & 0xff) / 255.0};
}

std::uint32_t packed(const Rgb& c) {
  const auto byte = [](double v) {
    return static_cast<std::uint32_t>(std::lround(std::clamp(v, 0.0, 1.0) * 255.0));
  };
  return 0xff000000u | (byte(c.r) << 16) | (byte(c.g) << 8) | byte(c.b);
}

Rgb mixed(const Rgb& a, const Rgb& b, double s) {
  s = std::clamp(s, 0.0, 1.0);
  return {a.r + (b.r - a.r) * s, a.g + (b.g - a.g) * s, a.b + (b.b - a.b) * s};
}

// The app's blue-red diverging map (ColorPalettes::blueRed): five stops at t = -1, -1/2, 0, 1/2, 1.
Rgb blueRed(double t) {
  static constexpr std::array<std::uint32_t, 5> kStops{0x2166ac, 0x67a9cf, 0xf7f7f7, 0xef8a62, 0xb2182b};
  if (!std::isfinite(t)) t = 0.0;
  const double u = (std::clamp(t, -1.0, 1.0) + 1.0) * 2.0; // 0 … 4
  const int i = std::min(static_cast<int>(u), 3);
  return mixed(rgbOf(kStops[static_cast<std::size_t>(i)]), rgbOf(kStops[static_cast<std::size_t>(i) + 1]),
               u - i);
}

Rgb classRgb(const BoundaryPalette& palette, int k) {
  if (palette.classes.empty()) return rgbOf(0x808080);
  const int n = static_cast<int>(palette.classes.size());
  return rgbOf(palette.classes[static_cast<std::size_t>(((k % n) + n) % n)]);
}

struct Span {
  double lo = 0.0, hi = 1.0;
};

// A column's bounds with 10% of its range added on each side (a unit range around a constant column).
Span paddedBounds(const Eigen::Ref<const neurona::VectorD>& column) {
  Span s{column.minCoeff(), column.maxCoeff()};
  if (!(s.hi > s.lo)) {
    s.lo -= 0.5;
    s.hi += 0.5;
  }
  const double margin = 0.1 * (s.hi - s.lo);
  return {s.lo - margin, s.hi + margin};
}

} // namespace

bool BoundaryRaster::canRender(const neurona::Model& model, const neurona::Dataset& raw) {
  return model.inputCount() == 2 && raw.featureCount() == 2 && raw.samples() > 0 && model.outputCount() > 0;
}

BoundaryRaster BoundaryRaster::render(const neurona::Model& model, const neurona::Dataset& raw, int width,
                                      int height, const BoundaryPalette& palette) {
  BoundaryRaster image;
  if (!canRender(model, raw) || width <= 0 || height <= 0) return image;
  image.width = width;
  image.height = height;
  image.pixels.assign(static_cast<std::size_t>(width) * static_cast<std::size_t>(height), 0xff000000u);
  const Span xs = paddedBounds(raw.features.col(0)), ys = paddedBounds(raw.features.col(1));

  // The model at every pixel's centre: column i at x = lo + (i + 0.5) / width * span, row j (from the
  // top) at y = hi - (j + 0.5) / height * span.
  neurona::MatrixD at(static_cast<Eigen::Index>(width) * height, 2);
  for (int j = 0; j < height; ++j)
    for (int i = 0; i < width; ++i) {
      const Eigen::Index row = static_cast<Eigen::Index>(j) * width + i;
      at(row, 0) = xs.lo + (i + 0.5) / width * (xs.hi - xs.lo);
      at(row, 1) = ys.hi - (j + 0.5) / height * (ys.hi - ys.lo);
    }
  const neurona::MatrixD out = neurona::predictModel(model, at);
  const Rgb background = rgbOf(palette.background);
  const bool classification = neurona::isClassification(model.task);

  // A regression's targets span [-1, 1] of the ramp (several targets: the first, as its first output).
  double mid = 0.0, half = 1.0;
  if (!classification && raw.targets.size() > 0) {
    const double lo = raw.targets.col(0).minCoeff(), hi = raw.targets.col(0).maxCoeff();
    mid = 0.5 * (lo + hi);
    half = hi > lo ? 0.5 * (hi - lo) : 1.0;
  }
  if (classification) {
    const Eigen::VectorXi predicted = neurona::predictedClasses(model, out);
    const double k = std::max(2.0, static_cast<double>(model.classes.size()));
    for (Eigen::Index row = 0; row < out.rows(); ++row) {
      // Confidence 0 at chance and 1 when certain: |2p - 1| for one sigmoid unit, else how far the top
      // probability is from 1/K.
      double confidence = out.cols() == 1 ? std::abs(2.0 * out(row, 0) - 1.0)
                                          : (out.row(row).maxCoeff() - 1.0 / k) / (1.0 - 1.0 / k);
      if (!std::isfinite(confidence)) confidence = 0.0;
      image.pixels[static_cast<std::size_t>(row)] =
          packed(mixed(background, classRgb(palette, predicted(row)), 0.15 + 0.45 * confidence));
    }
  } else {
    for (Eigen::Index row = 0; row < out.rows(); ++row)
      image.pixels[static_cast<std::size_t>(row)] =
          packed(mixed(background, blueRed((out(row, 0) - mid) / half), 0.75));
  }

  // The points: discs of radius r whose outer pixel ring is the outline, anti-aliased by the distance
  // of each pixel's centre from the disc's edge.
  const Rgb outline = rgbOf(palette.outline);
  const double r = std::clamp(std::min(width, height) / 80.0, 1.5, 4.0);
  for (Eigen::Index s = 0; s < raw.samples(); ++s) {
    const double cx = (raw.features(s, 0) - xs.lo) / (xs.hi - xs.lo) * width;
    const double cy = (ys.hi - raw.features(s, 1)) / (ys.hi - ys.lo) * height;
    const Rgb fill =
        classification ? classRgb(palette, raw.labels(s)) : blueRed((raw.targets(s, 0) - mid) / half);
    const int i0 = std::max(0, static_cast<int>(std::floor(cx - r - 1))),
              i1 = std::min(width - 1, static_cast<int>(std::ceil(cx + r + 1)));
    const int j0 = std::max(0, static_cast<int>(std::floor(cy - r - 1))),
              j1 = std::min(height - 1, static_cast<int>(std::ceil(cy + r + 1)));
    for (int j = j0; j <= j1; ++j)
      for (int i = i0; i <= i1; ++i) {
        const double d = std::hypot(i + 0.5 - cx, j + 0.5 - cy);
        const double disc = std::clamp(r + 0.5 - d, 0.0, 1.0);  // inside the dot, outline included
        const double inner = std::clamp(r - 0.5 - d, 0.0, 1.0); // inside the outline
        if (disc <= 0.0) continue;
        std::uint32_t& p = image.pixels[static_cast<std::size_t>(j) * static_cast<std::size_t>(width) +
                                        static_cast<std::size_t>(i)];
        p = packed(mixed(mixed(rgbOf(p), outline, disc), fill, inner));
      }
  }
  return image;
}

BoundaryRaster BoundaryRaster::grid(const std::vector<BoundaryRaster>& tiles, int columns, int gap,
                                    std::uint32_t background) {
  BoundaryRaster image;
  if (tiles.empty()) return image;
  columns = std::clamp(columns, 1, static_cast<int>(tiles.size()));
  gap = std::max(0, gap);
  const int rows = (static_cast<int>(tiles.size()) + columns - 1) / columns;
  int cellW = 0, cellH = 0;
  for (const BoundaryRaster& t : tiles) {
    cellW = std::max(cellW, t.width);
    cellH = std::max(cellH, t.height);
  }
  image.width = columns * cellW + (columns + 1) * gap;
  image.height = rows * cellH + (rows + 1) * gap;
  image.pixels.assign(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height),
                      0xff000000u | (background & 0xffffff));
  for (std::size_t n = 0; n < tiles.size(); ++n) {
    const BoundaryRaster& t = tiles[n];
    const int x0 = gap + static_cast<int>(n) % columns * (cellW + gap);
    const int y0 = gap + static_cast<int>(n) / columns * (cellH + gap);
    for (int j = 0; j < t.height; ++j)
      std::copy_n(t.pixels.begin() + static_cast<std::ptrdiff_t>(j) * t.width, t.width,
                  image.pixels.begin() + static_cast<std::ptrdiff_t>(y0 + j) * image.width + x0);
  }
  return image;
}
