#pragma once
// Drawing on the drawing pad with the mouse, as a person does: press, move through points, release.
#include "ui/images/PadCanvas.h"

#include <QApplication>
#include <QMouseEvent>
#include <QTest>

#include <vector>

namespace padstroke {

// The widget point at the centre of picture pixel (row, col).
inline QPoint pixelCentre(const PadCanvas& canvas, double row, double col) {
  const QRect r = canvas.imageRect();
  return {r.left() + static_cast<int>((col + 0.5) * r.width() / canvas.imageWidth()),
          r.top() + static_cast<int>((row + 0.5) * r.height() / canvas.imageHeight())};
}

// A stroke through the centres of the given pixels (x = row, y = column): a press at the first, a move
// to each of the others, a release at the last.
inline void drag(PadCanvas& canvas, const std::vector<QPoint>& rowCols,
                 Qt::MouseButton button = Qt::LeftButton) {
  std::vector<QPoint> points;
  for (const QPoint& rc : rowCols) points.push_back(pixelCentre(canvas, rc.x(), rc.y()));
  QTest::mousePress(&canvas, button, {}, points.front());
  for (std::size_t i = 1; i < points.size(); ++i) {
    QMouseEvent move(QEvent::MouseMove, points[i], canvas.mapToGlobal(points[i]), Qt::NoButton, button, {});
    QApplication::sendEvent(&canvas, &move);
  }
  QTest::mouseRelease(&canvas, button, {}, points.back());
}

} // namespace padstroke
