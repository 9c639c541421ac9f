// The experiment board the way a teacher uses it: open the spiral lesson's project, start a 4 × 3 sweep
// from the Train menu through the sweep dialog, watch the grid fill, open the best run, pin runs to
// compare them, and find the runs again after saving and reopening the project.
#include "support/WindowFixture.h"

#include "model/Project.h"
#include "training/SweepController.h"
#include "ui/experiments/ExperimentBoard.h"
#include "ui/experiments/SweepDialog.h"
#include "ui/experiments/SweepGrid.h"
#include "ui/shell/MainWindow.h"

#include "neurona/core/sweep/SettingKeys.h"

#include <QAbstractButton>
#include <QApplication>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <qcustomplot.h>

#include <cmath>

namespace {

bool waitForSweep(const std::function<bool()>& done, int ms = 60000) {
  QElapsedTimer clock;
  clock.start();
  while (!done() && clock.elapsed() < ms) QApplication::processEvents(QEventLoop::AllEvents, 20);
  return done();
}

// Answers the sweep dialog when it opens: learning rate × units of the first layer.
void answerSweepDialog(const QString& rates, const QString& units, int epochs) {
  auto* timer = new QTimer;
  timer->setInterval(20);
  QObject::connect(timer, &QTimer::timeout, timer, [timer, rates, units, epochs] {
    auto* dialog = qobject_cast<SweepDialog*>(QApplication::activeModalWidget());
    if (!dialog) return;
    dialog->setRow(0, SweepDialog::Kind::LearningRate, rates);
    dialog->setRow(1, SweepDialog::Kind::Units, units, 0);
    dialog->findChild<QSpinBox*>(QStringLiteral("sweepEpochsSpin"))->setValue(epochs);
    dialog->findChild<QPushButton*>(QStringLiteral("startSweepButton"))->click();
    timer->deleteLater();
  });
  timer->start();
}

using ExperimentBoardJourney = WindowFixture;

} // namespace

TEST_F(ExperimentBoardJourney, aSweepFillsTheGridKeepsItsRunsAndOpensTheOneClicked) {
  MainWindow w(&languages);
  w.show();
  Project* p = w.project();
  ASSERT_TRUE(p->open(QStringLiteral(":/lessons/08-choosing-learning-rate.neurona")).ok());

  answerSweepDialog(QStringLiteral("0.0001, 0.001, 0.01, 3"), QStringLiteral("4, 8, 24"), 150);
  QSignalSpy finished(w.sweeps(), &SweepController::sweepFinished);
  w.sweepAction()->trigger();
  ASSERT_TRUE(waitForSweep([&] { return finished.count() == 1; }));
  EXPECT_FALSE(finished.at(0).at(0).toBool()) << "not cancelled";

  auto* board = w.findChild<ExperimentBoard*>(QStringLiteral("experimentBoard"));
  ASSERT_NE(board, nullptr);
  EXPECT_TRUE(board->isVisible());
  // Twelve cells, each with its boundary and its metric, in the order of the settings.
  for (int run = 0; run < 12; ++run) {
    QToolButton* cell = board->sweepGrid()->cell(run);
    ASSERT_NE(cell, nullptr) << run;
    EXPECT_FALSE(cell->icon().isNull()) << run;
    EXPECT_TRUE(cell->text().endsWith(QLatin1Char('%'))) << cell->text().toStdString();
    EXPECT_TRUE(cell->accessibleName().contains(QStringLiteral("learning_rate = "))) << run;
  }
  EXPECT_TRUE(
      board->sweepGrid()->cell(0)->accessibleName().contains(QStringLiteral("learning_rate = 0.0001")));
  EXPECT_TRUE(board->sweepGrid()->cell(11)->accessibleName().contains(QStringLiteral("units = 24")));
  ASSERT_EQ(p->runs().size(), 12u);
  EXPECT_EQ(p->runs()[5].sweep, "learning_rate × units");
  EXPECT_EQ(board->table()->rowCount(), 12);

  // The run with learning rate 0.01 and 24 units: clicking its cell makes it the current network.
  const int best = 2 * 3 + 2;
  const std::uint64_t id = w.sweeps()->keptRunId(best);
  ASSERT_NE(id, 0u);
  const int steps = p->undoStack()->count();
  board->sweepGrid()->cell(best)->click();
  EXPECT_EQ(p->undoStack()->count(), steps + 1);
  EXPECT_DOUBLE_EQ(p->settings().optimizer.learningRate, 0.01);
  EXPECT_EQ(p->network().layers[0].units, 24);
  EXPECT_EQ(p->trainedEpoch(), 150);
  ASSERT_FALSE(p->history().empty());
  EXPECT_GE(p->history().back().valAccuracy, 0.9);
  p->undo();
  EXPECT_DOUBLE_EQ(p->settings().optimizer.learningRate, 0.0001);
  EXPECT_FALSE(p->isTrained());

  // Pinning two runs in the table: two cards and two named curves in the overlay plot.
  QTableWidget* table = board->table();
  int pinned = 0;
  for (int row = 0; row < table->rowCount() && pinned < 2; ++row) {
    table->item(row, 0)->setCheckState(Qt::Checked);
    ++pinned;
  }
  QCoreApplication::processEvents(); // the table's edits reach the project once its signal has returned
  int cards = 0;
  for (const neurona::KeptRun& r : p->runs()) cards += r.pinned ? 1 : 0;
  EXPECT_EQ(cards, 2);
  auto* plot = board->findChild<QCustomPlot*>(QStringLiteral("runCurvesPlot"));
  ASSERT_NE(plot, nullptr);
  EXPECT_EQ(plot->legend->itemCount(), 2);
  int cardWidgets = 0;
  for (const neurona::KeptRun& r : p->runs())
    if (board->findChild<QWidget*>(QStringLiteral("runCard%1").arg(r.id))) ++cardWidgets;
  EXPECT_EQ(cardWidgets, 2);

  // Renaming in the table, and Delete on a selected row: undo steps both.
  const quint64 firstId = table->item(0, 1)->data(Qt::UserRole).toULongLong();
  table->item(0, 1)->setText(QStringLiteral("my best run"));
  QCoreApplication::processEvents();
  EXPECT_EQ(p->keptRun(firstId)->name, "my best run");
  EXPECT_EQ(table->item(0, 1)->text(), QStringLiteral("my best run"));
  table->setFocus();
  table->selectRow(table->rowCount() - 1);
  const quint64 lastId = table->item(table->rowCount() - 1, 1)->data(Qt::UserRole).toULongLong();
  board->findChild<QPushButton*>(QStringLiteral("deleteRunButton"))->click();
  EXPECT_EQ(p->keptRun(lastId), nullptr);
  EXPECT_EQ(table->rowCount(), 11);
  p->undo();
  EXPECT_NE(p->keptRun(lastId), nullptr);
  EXPECT_EQ(table->rowCount(), 12);

  // Saved and opened again: the runs are there, pinned as they were.
  QTemporaryDir dir;
  const QString file = dir.filePath(QStringLiteral("sweep.neurona"));
  ASSERT_TRUE(p->save(file).ok());
  Project reopened;
  ASSERT_TRUE(reopened.open(file).ok());
  ASSERT_EQ(reopened.runs().size(), 12u);
  int pinnedAgain = 0;
  for (const neurona::KeptRun& r : reopened.runs()) pinnedAgain += r.pinned ? 1 : 0;
  EXPECT_EQ(pinnedAgain, 2);
}

TEST_F(ExperimentBoardJourney, aValueThatDoesNotFitIsRefusedBeforeAnythingTrains) {
  MainWindow w(&languages);
  Project* p = w.project();
  ASSERT_TRUE(p->open(QStringLiteral(":/lessons/08-choosing-learning-rate.neurona")).ok());
  EXPECT_FALSE(w.sweeps()->start({{"training.optimizer.learning_rate", {"0.01", "fast"}}}, 10));
  EXPECT_EQ(w.sweeps()->startError().code, neurona::ErrorCode::BadSettingValue);
  EXPECT_EQ(w.sweeps()->startError().text, "fast");
  EXPECT_FALSE(w.sweeps()->isRunning());
  EXPECT_TRUE(p->runs().empty());
}

TEST_F(ExperimentBoardJourney, cancellingKeepsTheRunsThatTrainedAndOpeningAnotherProjectKeepsNone) {
  MainWindow w(&languages);
  Project* p = w.project();
  ASSERT_TRUE(p->open(QStringLiteral(":/lessons/08-choosing-learning-rate.neurona")).ok());
  QSignalSpy finished(w.sweeps(), &SweepController::sweepFinished);
  ASSERT_TRUE(w.sweeps()->start({{"training.seed", {"1", "2", "3", "4", "5", "6", "7", "8"}}}, 20000));
  w.sweeps()->cancel();
  ASSERT_TRUE(waitForSweep([&] { return finished.count() == 1; }));
  EXPECT_TRUE(finished.at(0).at(0).toBool());
  EXPECT_LT(p->runs().size(), 8u);
  for (const neurona::KeptRun& r : p->runs()) EXPECT_EQ(r.status, neurona::TrainingStatus::Stopped);

  const std::size_t kept = p->runs().size();
  ASSERT_TRUE(w.sweeps()->start({{"training.seed", {"1", "2", "3", "4"}}}, 20000));
  ASSERT_TRUE(p->open(QStringLiteral(":/examples/tutorial.neurona")).ok());
  ASSERT_TRUE(waitForSweep([&] { return finished.count() == 2; }));
  EXPECT_TRUE(p->runs().empty()) << "the sweep of the lesson does not belong to the tutorial (kept " << kept
                                 << ")";
}

TEST_F(ExperimentBoardJourney, seedsAsASweepSettingShowTheSpreadOfEachResult) {
  MainWindow w(&languages);
  Project* p = w.project();
  ASSERT_TRUE(p->open(QStringLiteral(":/lessons/08-choosing-learning-rate.neurona")).ok());
  ExperimentBoard* board = w.showExperimentBoard();
  QSignalSpy finished(w.sweeps(), &SweepController::sweepFinished);
  ASSERT_TRUE(w.sweeps()->start(
      {{"training.optimizer.learning_rate", {"0.01", "3"}}, {"training.seed", {"1", "2", "3"}}}, 150));
  ASSERT_TRUE(waitForSweep([&] { return finished.count() == 1; }));
  const std::vector<QLabel*>& spreads = board->sweepGrid()->seedSpreads();
  ASSERT_EQ(spreads.size(), 2u) << "one spread per learning rate, over its three seeds";
  // "3 seed(s): mean 97.9%, from 96.2% to 100.0%": the mean lies in the range, and a good learning rate's
  // mean is above a bad one's.
  const QRegularExpression numbers(QStringLiteral("mean ([0-9.]+)%, from ([0-9.]+)% to ([0-9.]+)%"));
  std::vector<double> means;
  for (QLabel* l : spreads) {
    const QRegularExpressionMatch m = numbers.match(l->text());
    ASSERT_TRUE(m.hasMatch()) << l->text().toStdString();
    EXPECT_TRUE(l->text().startsWith(QStringLiteral("3 seed")));
    const double mean = m.captured(1).toDouble(), low = m.captured(2).toDouble(),
                 high = m.captured(3).toDouble();
    EXPECT_LE(low, mean);
    EXPECT_LE(mean, high);
    means.push_back(mean);
  }
  EXPECT_GT(means[0], means[1] + 5.0);
}
