#pragma once
// Draws one tile of the sample gallery: the sample's picture scaled up without smoothing (every pixel a
// crisp square), and under it the caption (predicted class and confidence). A mistake gets a thick
// dashed red frame and a crossed badge in the picture's corner, so that it reads without colour too.
#include <QStyledItemDelegate>

class SampleTileDelegate : public QStyledItemDelegate {
  Q_OBJECT
public:
  explicit SampleTileDelegate(QObject* parent = nullptr);

  // The size of every tile (the list's grid cell), set by the gallery as its width or font changes.
  void setTileSize(QSize size) { m_tileSize = size; }
  QSize tileSize() const { return m_tileSize; }

  void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
  QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

  // Where a picture of `imageSize` is drawn in a tile: as large as fits above the caption, and in whole
  // multiples of its pixels once it is at least twice its size, so that all pixels are equally large.
  static QRect imageRect(const QRect& tile, QSize imageSize, int captionHeight);
  static int margin() { return 5; }
  static QColor mistakeColor();

private:
  QSize m_tileSize{72, 96};
};
