#include "ui/style/ColorPalettes.h"

#include <QtGlobal>

#include <array>
#include <cmath>

namespace {

int wrap(int k) {
  const int m = k % ColorPalettes::kClassColors;
  return m < 0 ? m + ColorPalettes::kClassColors : m;
}

// A diverging map as five stops at t = −1, −½, 0, ½, 1.
QColor fromStops(const std::array<QRgb, 5>& stops, double t) {
  if (std::isnan(t)) t = 0.0;
  const double u = (qBound(-1.0, t, 1.0) + 1.0) * 2.0; // 0 … 4
  const int i = qMin(static_cast<int>(u), 3);
  return ColorPalettes::mix(QColor(stops[static_cast<std::size_t>(i)]),
                            QColor(stops[static_cast<std::size_t>(i) + 1]), u - i);
}

} // namespace

QColor ColorPalettes::standardClass(int k) {
  static constexpr std::array<QRgb, kClassColors> kColors{0xff1f77b4, 0xffd62728, 0xff2ca02c, 0xffff7f0e,
                                                          0xff9467bd, 0xff8c564b, 0xffe377c2, 0xff7f7f7f};
  return QColor(kColors[static_cast<std::size_t>(wrap(k))]);
}

QColor ColorPalettes::okabeIto(int k) {
  // Blue and orange first: the two classes of a binary problem differ in hue and in lightness.
  static constexpr std::array<QRgb, kClassColors> kColors{0xff0072b2, 0xffe69f00, 0xff009e73, 0xffd55e00,
                                                          0xffcc79a7, 0xff56b4e9, 0xfff0e442, 0xff000000};
  return QColor(kColors[static_cast<std::size_t>(wrap(k))]);
}

QColor ColorPalettes::blueRed(double t) {
  return fromStops({0xff2166ac, 0xff67a9cf, 0xfff7f7f7, 0xffef8a62, 0xffb2182b}, t);
}

QColor ColorPalettes::blueOrange(double t) {
  return fromStops({0xff0b5394, 0xff74a9cf, 0xfff7f7f7, 0xfff5b34f, 0xffb35806}, t);
}

QColor ColorPalettes::mix(const QColor& a, const QColor& b, double s) {
  s = qBound(0.0, s, 1.0);
  const auto lerp = [s](double x, double y) { return x + (y - x) * s; };
  return QColor::fromRgbF(
      static_cast<float>(lerp(a.redF(), b.redF())), static_cast<float>(lerp(a.greenF(), b.greenF())),
      static_cast<float>(lerp(a.blueF(), b.blueF())), static_cast<float>(lerp(a.alphaF(), b.alphaF())));
}
