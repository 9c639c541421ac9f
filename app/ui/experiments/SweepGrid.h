#pragma once
// A sweep's result as a grid: one cell per combination (rows: the first setting's values, columns: the
// second's), each with its final decision boundary, a frame coloured by how the run ended (converged,
// diverged, stopped early, stopped) and its metric in the corner. Clicking a cell opens that run.
#include <QWidget>

#include <functional>
#include <vector>

class QGridLayout;
class QLabel;
class QToolButton;
class SweepController;

class SweepGrid : public QWidget {
  Q_OBJECT
public:
  // `thumbnail(run)`: the picture of a finished run of the current sweep.
  SweepGrid(SweepController* sweeps, std::function<QPixmap(int run)> thumbnail, QWidget* parent = nullptr);

  void rebuild();           // a new sweep: empty cells with the grid's headers
  void updateCell(int run); // a run ended
  QToolButton* cell(int run) const;
  // With the seed swept: the spread of the metric over the seeds, one label per line of cells.
  const std::vector<QLabel*>& seedSpreads() const { return m_spreads; }

signals:
  void runClicked(int run);

protected:
  void changeEvent(QEvent* event) override;

private:
  SweepController* m_sweeps;
  std::function<QPixmap(int)> m_thumbnail;
  QGridLayout* m_layout;
  void updateSpreads();

  std::vector<QToolButton*> m_cells;
  std::vector<QLabel*> m_spreads;
  int m_seedSetting = -1; // which setting is the seed, -1 when none
};
