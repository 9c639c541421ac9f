#include "ui/images/ProbabilityBars.h"

#include "ui/style/NumberFormat.h"

#include <QEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

ProbabilityBars::ProbabilityBars(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("probabilityBars"));
  setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
  retranslateUi();
}

void ProbabilityBars::setClassNames(std::vector<QString> names) {
  m_names = std::move(names);
  if (m_probabilities.size() != m_names.size()) m_probabilities.clear();
  updateGeometry();
  retranslateUi();
  update();
}

void ProbabilityBars::setProbabilities(const std::vector<double>& probabilities) {
  if (probabilities.size() == m_names.size())
    m_probabilities = probabilities;
  else
    m_probabilities.clear();
  retranslateUi();
  update();
}

int ProbabilityBars::topClass() const {
  if (m_probabilities.empty()) return -1;
  return static_cast<int>(std::max_element(m_probabilities.begin(), m_probabilities.end()) -
                          m_probabilities.begin());
}

QString ProbabilityBars::className(int k) const {
  if (k >= 0 && k < static_cast<int>(m_names.size()) && !m_names[static_cast<std::size_t>(k)].isEmpty())
    return m_names[static_cast<std::size_t>(k)];
  return QString::number(k);
}

QString ProbabilityBars::lineText(int k) const {
  const double p = k >= 0 && k < static_cast<int>(m_probabilities.size())
                       ? m_probabilities[static_cast<std::size_t>(k)]
                       : NAN;
  //: One bar of the drawing pad's probabilities: a class and its probability, e.g. "7: 93%".
  return tr("%1: %2").arg(className(k), NumberFormat::percent(p, 0));
}

QString ProbabilityBars::summary() const {
  if (m_probabilities.empty()) return tr("No probabilities yet: draw something to test the network");
  QStringList parts;
  const int top = topClass();
  for (int k = 0; k < static_cast<int>(m_probabilities.size()); ++k)
    parts << (k == top ? tr("%1, highest").arg(lineText(k)) : lineText(k));
  return parts.join(QStringLiteral("; "));
}

int ProbabilityBars::lines() const { return std::max(1, static_cast<int>(m_names.size())); }

QSize ProbabilityBars::sizeHint() const {
  const QFontMetrics fm(font());
  return {fm.horizontalAdvance(QLatin1Char('M')) * 20, lines() * (fm.height() + 6) + 4};
}

QSize ProbabilityBars::minimumSizeHint() const {
  const QFontMetrics fm(font());
  return {fm.horizontalAdvance(QLatin1Char('M')) * 10, lines() * (fm.height() + 6) + 4};
}

void ProbabilityBars::paintEvent(QPaintEvent* e) {
  Q_UNUSED(e);
  QPainter painter(this);
  const QPalette& pal = palette();
  const QFontMetrics fm(font());
  if (m_probabilities.empty()) {
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, summary());
    return;
  }
  const int lineHeight = fm.height() + 6;
  const int arrow = fm.height() / 2 + 4;
  int nameWidth = 0;
  for (int k = 0; k < lines(); ++k) nameWidth = std::max(nameWidth, fm.horizontalAdvance(className(k)));
  QFont bold = font();
  bold.setBold(true);
  const QFontMetrics boldMetrics(bold);
  nameWidth = std::max(nameWidth, boldMetrics.horizontalAdvance(className(topClass())));
  const int percentWidth = boldMetrics.horizontalAdvance(NumberFormat::percent(1.0, 0)) + 6;
  const int barLeft = arrow + nameWidth + 8;
  const int barWidth = std::max(10, width() - barLeft - percentWidth - 2);
  const int top = topClass();
  for (int k = 0; k < lines(); ++k) {
    const bool highest = k == top;
    const int y = 2 + k * lineHeight;
    painter.setFont(highest ? bold : font());
    painter.setPen(pal.color(QPalette::WindowText));
    if (highest) {
      // A right-pointing triangle before the name: the mark does not depend on colour.
      painter.setRenderHint(QPainter::Antialiasing, true);
      QPainterPath triangle;
      const double cy = y + lineHeight / 2.0;
      const double s = arrow - 4;
      triangle.moveTo(2, cy - s / 2);
      triangle.lineTo(2 + s * 0.9, cy);
      triangle.lineTo(2, cy + s / 2);
      triangle.closeSubpath();
      painter.fillPath(triangle, pal.color(QPalette::WindowText));
      painter.setRenderHint(QPainter::Antialiasing, false);
    }
    painter.drawText(QRect(arrow, y, nameWidth, lineHeight), Qt::AlignRight | Qt::AlignVCenter, className(k));
    const QRect track(barLeft, y + 3, barWidth, lineHeight - 6);
    painter.fillRect(track, pal.color(QPalette::AlternateBase));
    const double p = std::clamp(m_probabilities[static_cast<std::size_t>(k)], 0.0, 1.0);
    QColor fill = pal.color(QPalette::Highlight);
    if (!highest) fill.setAlpha(140);
    painter.fillRect(
        QRect(track.left(), track.top(), static_cast<int>(std::lround(p * track.width())), track.height()),
        fill);
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.drawRect(track.adjusted(0, 0, -1, -1));
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRect(track.right() + 6, y, percentWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     NumberFormat::percent(p, 0));
  }
}

void ProbabilityBars::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  if (e->type() == QEvent::FontChange) updateGeometry();
  QWidget::changeEvent(e);
}

void ProbabilityBars::retranslateUi() {
  setAccessibleName(tr("Class probabilities"));
  setAccessibleDescription(summary());
}
