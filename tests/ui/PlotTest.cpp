#include "support/QtApp.h"
#include "support/SampleData.h"

#include "ui/plots/BoundaryPlot.h"
#include "ui/plots/LossPlot.h"
#include "ui/plots/MetricsView.h"
#include "ui/plots/PlotSaveMenu.h"
#include "ui/shell/LanguageManager.h"

#include <QCheckBox>
#include <QFontMetrics>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace {

// A snapshot of a fake network on a 4 × 3 grid with given outputs.
SnapshotPtr fakeSnapshot(const neurona::MatrixF& outputs) {
  auto s = std::make_shared<Snapshot>();
  s->grid.grid = {-1.0, 1.0, -2.0, 2.0, 4, 3};
  s->grid.outputs = outputs;
  s->hasGrid = true;
  return s;
}

} // namespace

TEST(BoundaryPlot, binaryMapShowsProbabilityAndDiscretizes) {
  qtApp();
  BoundaryPlot plot;
  neurona::DatasetSplit split{{0, 1, 2}, {3}, {}};
  plot.setData(binaryData(), split, QRectF(-1, -2, 2, 4));
  EXPECT_EQ(plot.pointCount(false), 3);
  EXPECT_EQ(plot.pointCount(true), 1);
  plot.setShowHeldOut(false);
  EXPECT_EQ(plot.pointCount(true), 1); // still there, only hidden
  neurona::MatrixF out(12, 1);
  for (int i = 0; i < 12; ++i) out(i, 0) = static_cast<float>(i) / 11.0f;
  plot.showSnapshot(fakeSnapshot(out));
  EXPECT_EQ(plot.colorMap()->data()->keySize(), 4);
  EXPECT_EQ(plot.colorMap()->data()->valueSize(), 3);
  EXPECT_NEAR(plot.cellValue(1, 2), out(2 * 4 + 1, 0), 1e-6); // row iy·nx + ix
  plot.setDiscretize(true);
  EXPECT_DOUBLE_EQ(plot.cellValue(1, 2), 1.0);
  EXPECT_DOUBLE_EQ(plot.cellValue(0, 0), 0.0);
}

TEST(BoundaryPlot, multiclassMapBlendsClassAndConfidence) {
  qtApp();
  BoundaryPlot plot;
  neurona::Dataset d = binaryData();
  d.task = neurona::TaskKind::MulticlassClassification;
  d.classNames = {"a", "b", "c"};
  plot.setData(d, {}, QRectF(-1, -2, 2, 4));
  neurona::MatrixF out = neurona::MatrixF::Constant(12, 3, 0.1f);
  out(0, 2) = 0.8f;                  // cell (0,0): class 2, confident
  out.row(5) << 0.34f, 0.33f, 0.33f; // cell (1,1): class 0 at chance
  plot.showSnapshot(fakeSnapshot(out));
  EXPECT_GT(plot.cellValue(0, 0), 2.6);
  EXPECT_LT(plot.cellValue(0, 0), 3.0);
  EXPECT_LT(plot.cellValue(1, 1), 0.05);
}

// Regression points carry their target in their colour, on the map's own scale, and a colour bar says
// which value each colour is; classification data has no bar.
TEST(BoundaryPlot, regressionPointsAreColouredByTargetWithAColourBar) {
  qtApp();
  BoundaryPlot plot;
  plot.resize(400, 300);
  neurona::Dataset d = binaryData();
  d.task = neurona::TaskKind::Regression;
  d.classNames.clear();
  d.targets.resize(d.samples(), 1);
  for (Eigen::Index i = 0; i < d.samples(); ++i)
    d.targets(i) = -2.0 + 3.0 * static_cast<double>(i) / (d.samples() - 1);
  plot.setData(d, {}, QRectF(-1, -2, 2, 4));
  ASSERT_TRUE(plot.plotLayout()->hasElement(0, 1));
  EXPECT_EQ(plot.plotLayout()->element(0, 1), plot.colorScale());
  EXPECT_DOUBLE_EQ(plot.valueRange().lower, -2.0);
  EXPECT_DOUBLE_EQ(plot.valueRange().upper, 1.0);
  EXPECT_EQ(plot.colorScale()->dataRange(), plot.valueRange());
  // The lowest target lies in the first band and the highest in the last, coloured as the map's ends.
  QCPGraph* low = plot.classGraph(0, false);
  QCPGraph* high = plot.classGraph(BoundaryPlot::kValueLevels - 1, false);
  ASSERT_TRUE(low && high);
  EXPECT_EQ(low->dataCount(), 1);
  EXPECT_EQ(high->dataCount(), 1);
  EXPECT_EQ(plot.pointCount(false), static_cast<int>(d.samples()));
  const QColor lowColour = low->scatterStyle().brush().color();
  const QColor highColour = high->scatterStyle().brush().color();
  EXPECT_NE(lowColour, highColour);
  neurona::MatrixF out(12, 1);
  out.setConstant(-2.0f); // a prediction of the lowest target everywhere
  plot.showSnapshot(fakeSnapshot(out));
  EXPECT_EQ(plot.colorMap()->dataRange(), plot.valueRange()) << "the map and the points share one scale";
  const QColor mapLow = QColor::fromRgba(plot.colorMap()->gradient().color(-2.0, plot.valueRange()));
  EXPECT_LT(std::abs(mapLow.red() - lowColour.red()) + std::abs(mapLow.green() - lowColour.green()) +
                std::abs(mapLow.blue() - lowColour.blue()),
            40)
      << "a point's colour is the map's colour of its target";
  for (int i = 0; i < plot.legend->itemCount(); ++i)
    EXPECT_FALSE(plot.legend->item(i)->visible() &&
                 qobject_cast<QCPPlottableLegendItem*>(plot.legend->item(i)) &&
                 qobject_cast<QCPPlottableLegendItem*>(plot.legend->item(i))->plottable()->name() ==
                     QStringLiteral("data"));

  EXPECT_FALSE(plot.legend->visible()) << "no empty legend box when there is nothing to name";

  plot.setData(binaryData(), {}, QRectF(-1, -2, 2, 4));
  EXPECT_TRUE(plot.legend->visible()) << "the classes are named";
  EXPECT_FALSE(plot.plotLayout()->hasElement(0, 1) && plot.plotLayout()->element(0, 1) == plot.colorScale())
      << "classification data shows no colour bar";
}

TEST(BoundaryPlot, paintingEmitsRequestsOnlyWhenAClassIsChosen) {
  qtApp();
  BoundaryPlot plot;
  plot.resize(400, 300);
  plot.setData(binaryData(), {}, QRectF(-1, -2, 2, 4));
  plot.replot();
  QSignalSpy add(&plot, &BoundaryPlot::addPointRequested);
  const QPoint at(plot.xAxis->coordToPixel(0.25), plot.yAxis->coordToPixel(0.5));
  QTest::mouseClick(&plot, Qt::LeftButton, {}, at);
  EXPECT_EQ(add.count(), 0);
  plot.setPaintClass(1);
  QTest::mouseClick(&plot, Qt::LeftButton, {}, at);
  ASSERT_EQ(add.count(), 1);
  EXPECT_NEAR(add.at(0).at(0).toDouble(), 0.25, 0.02);
  EXPECT_NEAR(add.at(0).at(1).toDouble(), 0.5, 0.05);
  EXPECT_EQ(add.at(0).at(2).toInt(), 1);
}

TEST(LossPlot, appendsCurvesTogglesLogScaleAndHovers) {
  qtApp();
  LossPlot plot;
  std::vector<neurona::EpochRecord> h(3);
  for (int i = 0; i < 3; ++i) {
    h[i].epoch = i + 1;
    h[i].loss = 1.0 / (i + 1);
    h[i].valLoss = 1.2 / (i + 1);
    h[i].accuracy = 0.5 + 0.1 * i;
  }
  plot.appendEpochs(h, 0);
  h.push_back(h.back());
  h.back().epoch = 4;
  h.back().loss = 0.2;
  plot.appendEpochs(h, 3);
  EXPECT_EQ(plot.trainLoss()->dataCount(), 4);
  EXPECT_EQ(plot.validationLoss()->dataCount(), 4);
  EXPECT_EQ(plot.trainMetric()->dataCount(), 4);
  EXPECT_EQ(plot.validationMetric()->dataCount(), 0); // NaN values are not drawn
  plot.setLogScale(true);
  EXPECT_EQ(plot.lossPlot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
  EXPECT_TRUE(plot.findChild<QCheckBox*>(QStringLiteral("logScale"))->isChecked());
  EXPECT_EQ(plot.hoverText(2.2), QStringLiteral("epoch 2: loss 0.5, validation loss 0.6, accuracy 60.0%"));
  plot.clear();
  EXPECT_EQ(plot.trainLoss()->dataCount(), 0);
  EXPECT_TRUE(plot.hoverText(1.0).isEmpty());
}

// The Loss dock of a 1600-pixel-wide window gives each of its two plots about 200 pixels: both legends
// must still sit inside their plot's axes, not over the axis labels, in either language.
TEST(LossPlot, legendsFitInsideTheAxesOfANarrowDock) {
  qtApp();
  LanguageManager languages;
  LossPlot plot;
  plot.resize(440, 240);
  plot.show();
  for (const QString& code : {QStringLiteral("es"), QStringLiteral("en")}) {
    ASSERT_TRUE(languages.setLanguage(code));
    QCoreApplication::processEvents();
    EXPECT_EQ(plot.validationLoss()->name(),
              code == QStringLiteral("es") ? QStringLiteral("validación") : QStringLiteral("validation"));
    for (QCustomPlot* p : {plot.lossPlot(), plot.metricPlot()}) {
      p->replot(QCustomPlot::rpImmediateRefresh);
      p->replot(QCustomPlot::rpImmediateRefresh); // the second lays the legend out at its final size
      const QRect axes = p->axisRect()->rect();
      const QRect legend = p->legend->outerRect();
      EXPECT_TRUE(axes.contains(legend))
          << code.toStdString() << ": legend " << legend.width() << "x" << legend.height() << " at "
          << legend.x() << "," << legend.y() << " in axes " << axes.width() << "x" << axes.height() << " at "
          << axes.x() << "," << axes.y();
    }
    if (qEnvironmentVariableIsSet("NEURONA_GRAB"))
      plot.grab().save(QStringLiteral("/tmp/lossplot-") + code + QStringLiteral(".png"));
  }
}

// Seen in a screenshot: after 50,000 epochs the narrow loss plot printed "10000" to "40000" on top of
// each other. The epoch labels keep apart at any width, and a wide plot still shows several.
TEST(LossPlot, epochLabelsNeverOverlap) {
  qtApp();
  LossPlot plot;
  std::vector<neurona::EpochRecord> h(50);
  for (int i = 0; i < 50; ++i) {
    h[i].epoch = 1000 * (i + 1);
    h[i].loss = 1.0 / (i + 1);
    h[i].accuracy = 0.5;
  }
  plot.appendEpochs(h, 0);
  plot.show();
  for (const int width : {380, 440, 700, 1400}) {
    plot.resize(width, 240);
    QCoreApplication::processEvents();
    for (QCustomPlot* p : {plot.lossPlot(), plot.metricPlot()}) {
      p->replot(QCustomPlot::rpImmediateRefresh);
      const QVector<double> ticks = p->xAxis->tickVector();
      const QVector<QString> labels = p->xAxis->tickVectorLabels();
      const QFontMetrics fm(p->xAxis->tickLabelFont());
      int shown = 0;
      double lastRight = -1e9;
      for (int i = 0; i < ticks.size(); ++i) {
        const double x = p->xAxis->coordToPixel(ticks[i]);
        if (x < p->axisRect()->left() - 1 || x > p->axisRect()->right() + 1) continue;
        const double half = fm.horizontalAdvance(labels[i]) / 2.0;
        EXPECT_GT(x - half, lastRight + 4)
            << "width " << width << ": \"" << labels[i].toStdString() << "\" touches the label before it";
        lastRight = x + half;
        ++shown;
      }
      EXPECT_GE(shown, width >= 1400 ? 4 : 2) << "width " << width;
    }
  }
}

TEST(MetricsView, confusionMatrixAndAccuracyFromTheSnapshot) {
  qtApp();
  MetricsView view;
  view.setClasses({"a", "b"}, false);
  auto s = std::make_shared<Snapshot>();
  s->hasHeldOut = true;
  s->trainClassification.accuracy = 0.9;
  s->heldOutClassification.accuracy = 0.75;
  s->heldOutClassification.confusion.resize(2, 2);
  s->heldOutClassification.confusion << 5, 1, 2, 4;
  view.showSnapshot(s);
  EXPECT_EQ(view.metrics()->item(0, 0)->text(), QStringLiteral("90.0%"));
  EXPECT_EQ(view.metrics()->item(0, 1)->text(), QStringLiteral("75.0%"));
  EXPECT_EQ(view.confusion()->item(1, 0)->text(), QStringLiteral("2"));
  EXPECT_EQ(view.confusion()->item(1, 1)->text(), QStringLiteral("4"));
}

TEST(PlotSaveMenu, savesPngAndPdf) {
  qtApp();
  QTemporaryDir dir;
  BoundaryPlot plot;
  plot.resize(300, 200);
  plot.setData(binaryData(), {}, QRectF(-1, -2, 2, 4));
  const QString png = dir.filePath(QStringLiteral("b.png")), pdf = dir.filePath(QStringLiteral("b.pdf"));
  ASSERT_TRUE(PlotSaveMenu::save(&plot, png));
  ASSERT_TRUE(PlotSaveMenu::save(&plot, pdf));
  EXPECT_EQ(QImage(png).width(), 600); // twice the widget's size
  QFile f(pdf);
  ASSERT_TRUE(f.open(QIODevice::ReadOnly));
  EXPECT_TRUE(f.read(5).startsWith("%PDF"));
}
