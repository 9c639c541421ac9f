#include "support/QtApp.h"

#include "model/KindNames.h"
#include "ui/canvas/PaletteMime.h"
#include "ui/canvas/PalettePanel.h"

#include <QListWidget>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

TEST(Palette, everyEntryHasAnIconATooltipAndAPayloadTheCanvasUnderstands) {
  qtApp();
  PalettePanel palette;
  ASSERT_EQ(palette.blockList()->count(), 11);
  ASSERT_EQ(palette.activationList()->count(), static_cast<int>(neurona::allActivations().size()));
  const PaletteBlock blocks[] = {PaletteBlock::Input,     PaletteBlock::Dense,  PaletteBlock::Dropout,
                                 PaletteBlock::BatchNorm, PaletteBlock::Output, PaletteBlock::Add,
                                 PaletteBlock::Concat,    PaletteBlock::Conv2d, PaletteBlock::MaxPool2d,
                                 PaletteBlock::AvgPool2d, PaletteBlock::Flatten};
  for (int i = 0; i < 11; ++i) {
    QListWidgetItem* item = palette.blockList()->item(i);
    EXPECT_FALSE(item->icon().isNull());
    EXPECT_GT(item->toolTip().size(), 40);
    std::unique_ptr<QMimeData> mime(palette.mimeDataForBlockRow(i));
    const auto parsed = PaletteMime::parse(mime.get());
    ASSERT_TRUE(parsed.has_value());
    EXPECT_FALSE(parsed->isActivation);
    EXPECT_EQ(parsed->block, blocks[i]);
  }
  for (int i = 0; i < palette.activationList()->count(); ++i) {
    QListWidgetItem* item = palette.activationList()->item(i);
    const auto a = neurona::allActivations()[static_cast<std::size_t>(i)];
    EXPECT_EQ(item->text(), KindNames::activation(a));
    EXPECT_EQ(item->toolTip(), KindNames::activationHelp(a));
    std::unique_ptr<QMimeData> mime(palette.mimeDataForActivationRow(i));
    const auto parsed = PaletteMime::parse(mime.get());
    ASSERT_TRUE(parsed.has_value());
    EXPECT_TRUE(parsed->isActivation);
    EXPECT_EQ(parsed->activation, a);
  }
}

TEST(Palette, foreignOrBrokenPayloadsAreRefused) {
  qtApp();
  QMimeData text;
  text.setText(QStringLiteral("layer:dense"));
  EXPECT_FALSE(PaletteMime::parse(&text).has_value());
  QMimeData bad;
  bad.setData(PaletteMime::mimeType(), "activation:nope");
  EXPECT_FALSE(PaletteMime::parse(&bad).has_value());
  bad.setData(PaletteMime::mimeType(), "layer:conv3d");
  EXPECT_FALSE(PaletteMime::parse(&bad).has_value());
  EXPECT_FALSE(PaletteMime::parse(nullptr).has_value());
}

TEST(Palette, doubleClickChoosesAnEntry) {
  qtApp();
  PalettePanel palette;
  palette.show();
  ASSERT_TRUE(QTest::qWaitForWindowExposed(&palette));
  QSignalSpy chosen(&palette, &PalettePanel::blockChosen);
  QListWidget* list = palette.blockList();
  const QRect r = list->visualItemRect(list->item(3));
  QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, r.center());
  QTest::mouseDClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, r.center());
  ASSERT_EQ(chosen.count(), 1);
  EXPECT_EQ(chosen.front().front().value<PaletteBlock>(), PaletteBlock::BatchNorm);
}

// Both lists start drags from a mouse press and move: QListView::setMovement(Static), which keeps the chips
// in their grid, also turns dragging off, so the chips could only be double-clicked (issue #16 item 6).
TEST(Palette, bothListsStartDragsThatCopy) {
  qtApp();
  PalettePanel palette;
  for (QListWidget* list : {palette.blockList(), palette.activationList()}) {
    EXPECT_TRUE(list->dragEnabled()) << list->objectName().toStdString();
    EXPECT_EQ(list->dragDropMode(), QAbstractItemView::DragOnly);
    EXPECT_EQ(list->defaultDropAction(), Qt::CopyAction);
    EXPECT_TRUE(list->model()->supportedDragActions() & Qt::CopyAction);
  }
  EXPECT_EQ(palette.activationList()->movement(), QListView::Static) << "the chips stay in their grid";
}
