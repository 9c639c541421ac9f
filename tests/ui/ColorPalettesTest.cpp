#include "ui/style/ColorPalettes.h"
#include "support/QtApp.h"
#include "ui/style/Theme.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

TEST(ColorPalettes, okabeItoIsThePublishedPaletteAndWraps) {
  EXPECT_EQ(ColorPalettes::okabeIto(0), QColor(0x00, 0x72, 0xb2)); // blue
  EXPECT_EQ(ColorPalettes::okabeIto(1), QColor(0xe6, 0x9f, 0x00)); // orange
  EXPECT_EQ(ColorPalettes::okabeIto(2), QColor(0x00, 0x9e, 0x73)); // bluish green
  EXPECT_EQ(ColorPalettes::okabeIto(ColorPalettes::kClassColors), ColorPalettes::okabeIto(0));
  EXPECT_EQ(ColorPalettes::okabeIto(-1), ColorPalettes::okabeIto(ColorPalettes::kClassColors - 1));
  for (int a = 0; a < ColorPalettes::kClassColors; ++a)
    for (int b = a + 1; b < ColorPalettes::kClassColors; ++b) {
      EXPECT_NE(ColorPalettes::okabeIto(a), ColorPalettes::okabeIto(b));
      EXPECT_NE(ColorPalettes::standardClass(a), ColorPalettes::standardClass(b));
    }
}

TEST(ColorPalettes, divergingMapsRunFromBlueThroughLightToTheirWarmEnd) {
  for (auto map : {&ColorPalettes::blueOrange, &ColorPalettes::blueRed}) {
    const QColor lo = map(-1.0), mid = map(0.0), hi = map(1.0);
    EXPECT_GT(lo.blue(), lo.red());  // the class-0 side is blue
    EXPECT_GT(hi.red(), hi.blue());  // the class-1 side is warm
    EXPECT_GT(mid.lightness(), 230); // a light neutral middle
    EXPECT_EQ(map(-5.0), lo);        // clamped
    EXPECT_EQ(map(5.0), hi);
    // Lightness falls monotonically from the middle to each end, so the map reads without hue.
    int prev = mid.lightness();
    for (double t = 0.1; t <= 1.0001; t += 0.1) {
      EXPECT_LE(map(t).lightness(), prev + 1) << t;
      prev = map(t).lightness();
    }
    prev = mid.lightness();
    for (double t = -0.1; t >= -1.0001; t -= 0.1) {
      EXPECT_LE(map(t).lightness(), prev + 1) << t;
      prev = map(t).lightness();
    }
  }
  EXPECT_EQ(ColorPalettes::mix(Qt::black, Qt::white, 0.5).red(), 128);
}

TEST(Theme, switchesPalettesAndNotifies) {
  qtApp();
  Theme& theme = Theme::instance();
  const bool before = theme.colorBlindSafe();
  QSignalSpy changed(&theme, &Theme::changed);
  theme.setColorBlindSafe(true);
  EXPECT_EQ(theme.classColor(0), ColorPalettes::okabeIto(0));
  EXPECT_EQ(theme.boundaryColor(0.0), ColorPalettes::blueOrange(-1.0));
  EXPECT_EQ(theme.boundaryColor(1.0), ColorPalettes::blueOrange(1.0));
  theme.setColorBlindSafe(false);
  EXPECT_EQ(theme.classColor(3), ColorPalettes::standardClass(3));
  EXPECT_EQ(theme.diverging(0.5), ColorPalettes::blueRed(0.5));
  EXPECT_GE(changed.count(), 1);
  const int n = changed.count();
  theme.setColorBlindSafe(false); // no change, no signal
  EXPECT_EQ(changed.count(), n);
  theme.setColorBlindSafe(before);
}
