#pragma once
// Numbers as people read them on screen: in the locale of the interface language (QLocale(), which
// LanguageManager sets), so Spanish shows 0,5 and English 0.5. For display only: files are written
// with '.' by the core writers and QString::number, never through these.
#include <QString>
#include <QtGlobal>

namespace NumberFormat {

// `significant` digits, in fixed or exponent form as fits ('g'): 0,0125 · 1,5e-05. "–" when not finite.
QString number(double v, int significant = 4);
// Exactly `decimals` digits after the separator: 3,14.
QString fixed(double v, int decimals);
// A fraction as a percentage: 0.875 → 87.5% in English, 87,5 % in Spanish.
QString percent(double fraction, int decimals = 1);
// A count, grouped the way the locale groups thousands.
QString integer(qint64 v);

} // namespace NumberFormat
