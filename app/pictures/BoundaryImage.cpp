#include "pictures/BoundaryImage.h"

#include <QPainter>

#include <algorithm>
#include <array>
#include <cmath>

namespace {

QColor mixColors(const QColor& a, const QColor& b, double s) {
  s = std::clamp(s, 0.0, 1.0);
  const auto lerp = [s](double x, double y) { return x + (y - x) * s; };
  return QColor::fromRgbF(static_cast<float>(lerp(a.redF(), b.redF())),
                          static_cast<float>(lerp(a.greenF(), b.greenF())),
                          static_cast<float>(lerp(a.blueF(), b.blueF())));
}

// The app's blue-red diverging map (ColorPalettes::blueRed), t in [-1, 1].
QColor blueRed(double t) {
  static constexpr std::array<QRgb, 5> kStops{0xff2166ac, 0xff67a9cf, 0xfff7f7f7, 0xffef8a62, 0xffb2182b};
  if (!std::isfinite(t)) t = 0.0;
  const double u = (std::clamp(t, -1.0, 1.0) + 1.0) * 2.0; // 0 … 4
  const int i = std::min(static_cast<int>(u), 3);
  return mixColors(QColor(kStops[static_cast<std::size_t>(i)]),
                   QColor(kStops[static_cast<std::size_t>(i) + 1]), u - i);
}

QColor classColor(const BoundaryColors& colors, int k) {
  if (colors.classes.empty()) return Qt::gray;
  const int n = static_cast<int>(colors.classes.size());
  return colors.classes[static_cast<std::size_t>(((k % n) + n) % n)];
}

struct Range {
  double lo = 0.0, hi = 1.0;
};

// The column's bounds with a 10% margin on each side (a unit range around a constant column).
Range bounds(const Eigen::Ref<const neurona::VectorD>& column) {
  Range r{column.minCoeff(), column.maxCoeff()};
  if (!(r.hi > r.lo)) {
    r.lo -= 0.5;
    r.hi += 0.5;
  }
  const double margin = 0.1 * (r.hi - r.lo);
  return {r.lo - margin, r.hi + margin};
}

} // namespace

bool BoundaryImage::canRender(const neurona::Model& model, const neurona::Dataset& raw) {
  return model.inputCount() == 2 && raw.featureCount() == 2 && raw.samples() > 0 && model.outputCount() > 0;
}

QImage BoundaryImage::render(const neurona::Model& model, const neurona::Dataset& raw, QSize size,
                             const BoundaryColors& colors) {
  if (!canRender(model, raw) || size.isEmpty()) return {};
  const int w = size.width(), h = size.height();
  const Range xr = bounds(raw.features.col(0)), yr = bounds(raw.features.col(1));
  // Pixel centres: column i at x = lo + (i + 0.5) / w * span; row j from the top at the highest y.
  const auto xAt = [&](double px) { return xr.lo + px / w * (xr.hi - xr.lo); };
  const auto yAt = [&](double py) { return yr.hi - py / h * (yr.hi - yr.lo); };
  neurona::MatrixD grid(static_cast<Eigen::Index>(w) * h, 2);
  for (int j = 0; j < h; ++j)
    for (int i = 0; i < w; ++i) {
      const Eigen::Index row = static_cast<Eigen::Index>(j) * w + i;
      grid(row, 0) = xAt(i + 0.5);
      grid(row, 1) = yAt(j + 0.5);
    }
  const neurona::MatrixD out = neurona::predictModel(model, grid);

  QImage image(size, QImage::Format_RGB32);
  const bool classification = neurona::isClassification(model.task);
  double tMid = 0.0, tHalf = 1.0; // regression: the targets' range maps to [-1, 1]
  if (!classification && raw.targets.size() > 0) {
    const double lo = raw.targets.minCoeff(), hi = raw.targets.maxCoeff();
    tMid = 0.5 * (lo + hi);
    tHalf = hi > lo ? 0.5 * (hi - lo) : 1.0;
  }
  if (classification) {
    const Eigen::VectorXi classes = neurona::predictedClasses(model, out);
    const int k = std::max(2, static_cast<int>(model.classes.size()));
    for (int j = 0; j < h; ++j) {
      auto* line = reinterpret_cast<QRgb*>(image.scanLine(j));
      for (int i = 0; i < w; ++i) {
        const Eigen::Index row = static_cast<Eigen::Index>(j) * w + i;
        // Confidence 0 at chance, 1 when certain: |2p - 1| for one sigmoid unit, else the top
        // probability's distance from 1/K.
        double confidence = 0.0;
        if (out.cols() == 1) {
          confidence = std::abs(2.0 * out(row, 0) - 1.0);
        } else {
          const double top = out.row(row).maxCoeff();
          confidence = (top - 1.0 / k) / (1.0 - 1.0 / k);
        }
        if (!std::isfinite(confidence)) confidence = 0.0;
        const QColor c =
            mixColors(colors.background, classColor(colors, classes(row)), 0.15 + 0.45 * confidence);
        line[i] = c.rgb();
      }
    }
  } else {
    for (int j = 0; j < h; ++j) {
      auto* line = reinterpret_cast<QRgb*>(image.scanLine(j));
      for (int i = 0; i < w; ++i) {
        const Eigen::Index row = static_cast<Eigen::Index>(j) * w + i;
        line[i] = mixColors(colors.background, blueRed((out(row, 0) - tMid) / tHalf), 0.75).rgb();
      }
    }
  }

  QPainter painter(&image);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.setPen(QPen(colors.outline, 1.0));
  const double radius = std::clamp(std::min(w, h) / 80.0, 1.5, 4.0);
  for (Eigen::Index s = 0; s < raw.samples(); ++s) {
    const double px = (raw.features(s, 0) - xr.lo) / (xr.hi - xr.lo) * w;
    const double py = (yr.hi - raw.features(s, 1)) / (yr.hi - yr.lo) * h;
    const QColor fill =
        classification ? classColor(colors, raw.labels(s)) : blueRed((raw.targets(s) - tMid) / tHalf);
    painter.setBrush(fill);
    painter.drawEllipse(QPointF(px, py), radius, radius);
  }
  painter.end();
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
