// The fix buttons' labels (WrapButton): one line where the button has the width it asks for, more lines
// only where it is narrower, and a layout always gives the button the height its lines need.
#include "support/QtApp.h"

#include "ui/forms/WrapButton.h"

#include <QVBoxLayout>
#include <QWidget>

#include <gtest/gtest.h>

namespace wrapbuttontest {
namespace {

const QStringList kLabels = {
    QStringLiteral("Add a hidden layer of 8 tanh neurons"),
    QStringLiteral("Insert a Dense layer of 8 neurons before Add 1"),
    QStringLiteral("Añadir una capa oculta de 8 neuronas tanh"),
    QStringLiteral("Use the mean squared error loss"),
    QStringLiteral("Fix"),
};

TEST(WrapButton, aLabelFitsOnOneLineAtTheWidthItAsksFor) {
  qtApp();
  for (const QString& label : kLabels) {
    WrapButton b(label);
    const QSize hint = b.sizeHint();
    EXPECT_EQ(b.heightForWidth(hint.width()), hint.height()) << label.toStdString();
    if (label.contains(QLatin1Char(' '))) {
      EXPECT_GT(b.heightForWidth(b.minimumSizeHint().width()), hint.height())
          << label.toStdString() << ": as narrow as its longest word, it takes more lines";
    }
  }
}

// In a column (as a Problems card puts it: left-aligned under its sentence), at widths from roomy to
// narrow: the button is never shorter than its lines.
TEST(WrapButton, aColumnGivesTheButtonTheHeightOfItsLines) {
  qtApp();
  for (const QString& label : kLabels)
    for (int width : {600, 320, 260, 200, 150}) {
      QWidget card;
      auto* column = new QVBoxLayout(&card);
      auto* button = new WrapButton(label, &card);
      column->addWidget(button, 0, Qt::AlignLeft);
      card.resize(width, card.heightForWidth(width) > 0 ? card.heightForWidth(width) : 200);
      card.show();
      QCoreApplication::processEvents();
      EXPECT_GE(button->height(), button->heightForWidth(button->width()))
          << label.toStdString() << " at " << width << " px: " << button->width() << " × "
          << button->height();
    }
}

} // namespace
} // namespace wrapbuttontest
