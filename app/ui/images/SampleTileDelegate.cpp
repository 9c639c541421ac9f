#include "ui/images/SampleTileDelegate.h"

#include "ui/images/SampleGalleryModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

SampleTileDelegate::SampleTileDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

QColor SampleTileDelegate::mistakeColor() { return QColor(0xd6, 0x27, 0x28); }

QSize SampleTileDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const {
  Q_UNUSED(option);
  Q_UNUSED(index);
  return m_tileSize;
}

QRect SampleTileDelegate::imageRect(const QRect& tile, QSize imageSize, int captionHeight) {
  const QRect room = tile.adjusted(margin(), margin(), -margin(), -margin() - captionHeight);
  if (imageSize.isEmpty() || room.isEmpty()) return {};
  double scale = std::min(static_cast<double>(room.width()) / imageSize.width(),
                          static_cast<double>(room.height()) / imageSize.height());
  if (scale >= 2.0) scale = std::floor(scale);
  const int w = std::max(1, static_cast<int>(std::lround(scale * imageSize.width())));
  const int h = std::max(1, static_cast<int>(std::lround(scale * imageSize.height())));
  return {room.left() + (room.width() - w) / 2, room.top() + (room.height() - h) / 2, w, h};
}

void SampleTileDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const {
  painter->save();
  const QRect tile = option.rect.adjusted(1, 1, -1, -1);
  const QPalette& pal = option.palette;
  const bool selected = option.state & QStyle::State_Selected;
  if (selected) {
    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlpha(70);
    painter->fillRect(tile, fill);
    painter->setPen(QPen(pal.color(QPalette::Highlight), 3));
    painter->drawRect(tile.adjusted(1, 1, -2, -2));
  } else if (option.state & QStyle::State_MouseOver) {
    QColor fill = pal.color(QPalette::Highlight);
    fill.setAlpha(30);
    painter->fillRect(tile, fill);
  }

  const int captionHeight = option.fontMetrics.height() + 2;
  const QImage image = index.data(SampleGalleryModel::ImageRole).value<QImage>();
  const QRect pic = imageRect(tile, image.size(), captionHeight);
  // Nearest neighbour: a 16 × 16 picture shown at 64 × 64 is 16 × 16 sharp squares, as the network sees it.
  painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
  painter->drawImage(pic, image);
  painter->setPen(QPen(pal.color(QPalette::Mid), 1));
  painter->drawRect(pic.adjusted(0, 0, -1, -1));

  const bool mistake = index.data(SampleGalleryModel::MistakeRole).toBool();
  if (mistake) {
    QPen frame(mistakeColor(), 3, Qt::DashLine, Qt::SquareCap, Qt::MiterJoin);
    painter->setPen(frame);
    painter->drawRect(pic.adjusted(-3, -3, 2, 2));
    // The badge: a filled disc with a white cross, in the picture's top right corner.
    painter->setRenderHint(QPainter::Antialiasing, true);
    const int d = std::clamp(pic.width() / 3, 12, 24);
    const QRectF badge(pic.right() - d + 4, pic.top() - 4, d, d);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(mistakeColor());
    painter->drawEllipse(badge);
    const double inset = d * 0.3;
    painter->setPen(QPen(Qt::white, std::max(2.0, d / 7.0), Qt::SolidLine, Qt::RoundCap));
    const QRectF cross = badge.adjusted(inset, inset, -inset, -inset);
    painter->drawLine(cross.topLeft(), cross.bottomRight());
    painter->drawLine(cross.topRight(), cross.bottomLeft());
    painter->setRenderHint(QPainter::Antialiasing, false);
  }

  QFont font = option.font;
  font.setBold(mistake);
  painter->setFont(font);
  painter->setPen(pal.color(QPalette::Text));
  const QRect captionRect(tile.left() + 2, tile.bottom() - margin() - captionHeight + 2, tile.width() - 4,
                          captionHeight);
  const QString text = QFontMetrics(font).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                     captionRect.width());
  painter->drawText(captionRect, Qt::AlignHCenter | Qt::AlignVCenter, text);

  if (option.state & QStyle::State_HasFocus) {
    QStyleOptionFocusRect focus;
    focus.QStyleOption::operator=(option);
    focus.rect = tile;
    focus.backgroundColor = pal.color(QPalette::Base);
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
  }
  painter->restore();
}
