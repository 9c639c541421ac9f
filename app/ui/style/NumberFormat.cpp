#include "ui/style/NumberFormat.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

namespace NumberFormat {

namespace {
const QString kMissing = QStringLiteral("–");
}

QString number(double v, int significant) {
  return std::isfinite(v) ? QLocale().toString(v, 'g', significant) : kMissing;
}

QString fixed(double v, int decimals) {
  return std::isfinite(v) ? QLocale().toString(v, 'f', decimals) : kMissing;
}

QString percent(double fraction, int decimals) {
  if (!std::isfinite(fraction)) return kMissing;
  // Spanish writes a space before the sign (87,5 %): the catalogue says where it goes.
  return QCoreApplication::translate("NumberFormat", "%1%")
      .arg(QLocale().toString(100.0 * fraction, 'f', decimals));
}

QString integer(qint64 v) { return QLocale().toString(v); }

} // namespace NumberFormat
