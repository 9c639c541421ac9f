#include "ui/forms/IconGrid.h"

#include <QFontMetrics>
#include <QListWidget>

void IconGrid::fitToNames(QListWidget* list) {
  const QFontMetrics fm(list->font());
  int word = 0;
  for (int i = 0; i < list->count(); ++i)
    for (const QString& w : list->item(i)->text().split(QLatin1Char(' '), Qt::SkipEmptyParts))
      word = qMax(word, fm.horizontalAdvance(w));
  const QSize icon = list->iconSize();
  // Width: the longest word plus the item's padding; height: the icon, two lines and the padding.
  list->setGridSize(QSize(qMax(icon.width() + 30, word + 14), icon.height() + 2 * fm.lineSpacing() + 14));
}
