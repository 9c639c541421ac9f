#pragma once
// The loss landscape around the current weights (issue #22): a 2-D slice L(θ + α·d1 + β·d2) of the
// training loss over α, β ∈ [−span, span] (LossLandscape, filter-normalised random directions), drawn as a
// colour map banded into levels so that it reads like a contour map, with the run's path projected onto
// the slice ending at the current weights (0, 0).
//
// The colour follows the logarithm of the loss (the colour scale is logarithmic): a landscape's basin is
// orders of magnitude lower than its rim, and on a linear scale every level but the top would be one
// colour. The cells hold the loss itself.
//
// "Compute" runs in the background (a progress bar, Cancel; a new computation cancels the old one); the
// directions are drawn from a fixed seed, so computing again at the same weights gives the same picture.
//
// Typical use:
//   auto* view = new LossLandscapeView(project);
//   connect(controller, &TrainingController::snapshotReady, view, &LossLandscapeView::showSnapshot);
#include "training/Snapshot.h"

#include "neurona/core/train/LossLandscape.h"

#include <QFutureWatcher>
#include <QWidget>

#include <algorithm>
#include <memory>
#include <vector>

class Project;
class QCPColorMap;
class QCPColorScale;
class QCPCurve;
class QCPGraph;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QPushButton;

class LossLandscapeView : public QWidget {
  Q_OBJECT
public:
  static constexpr double kSpan = 1.0;
  static constexpr int kSteps = 31;
  static constexpr Eigen::Index kMaxRows = 1000; // training rows the loss is computed on
  static constexpr int kLevels = 12;             // colour bands
  static constexpr std::uint64_t kSeed = 22;     // the directions' seed
  static constexpr std::size_t kMaxPath = 4000;  // path points kept (every other one dropped beyond)

  explicit LossLandscapeView(Project* project, QWidget* parent = nullptr);
  ~LossLandscapeView() override; // stops a computation and waits for it

  // For tests.
  QPushButton* computeButton() const { return m_compute; }
  QPushButton* cancelButton() const { return m_cancel; }
  QProgressBar* progressBar() const { return m_progress; }
  QCustomPlot* plot() const { return m_plot; }
  QCPColorMap* colorMap() const { return m_map; }
  QCPCurve* pathCurve() const { return m_pathCurve; }
  bool isComputing() const { return m_computing; }
  bool hasResult() const { return m_hasResult; }
  const neurona::LossLandscapeGrid& grid() const { return m_grid; }
  std::size_t recordedSnapshots() const { return m_path.size(); }
  int lastRowsDone() const { return m_lastRowsDone; } // of the last computation that ended
  int steps() const { return m_steps; }
  void setSteps(int steps) { m_steps = std::max(1, steps); } // the grid's resolution (kSteps by default)

public slots:
  void showSnapshot(const SnapshotPtr& snapshot);
  void compute();
  void cancel();

signals:
  void progressed(quint64 generation, int rowsDone, int rows); // from the worker, queued

protected:
  void changeEvent(QEvent* event) override;

private:
  struct Result {
    neurona::LossLandscapeGrid grid;
    neurona::LandscapeDirections dirs;
    neurona::VectorD center;
    quint64 generation = 0;
  };
  void retranslateUi();
  void restyle();
  void onFinished();
  void drawPath();
  void clearPicture();
  void onProjectChanged();
  std::shared_ptr<const neurona::ModelParams> currentParams() const;

  Project* m_project;
  QPushButton* m_compute;
  QPushButton* m_cancel;
  QProgressBar* m_progress;
  QLabel* m_status;
  QCustomPlot* m_plot;
  QCPColorMap* m_map;
  QCPColorScale* m_scale;
  QCPCurve* m_pathCurve;
  QCPGraph* m_endMarker;

  QFutureWatcher<Result> m_watcher;
  std::shared_ptr<neurona::StopToken> m_stop;
  quint64 m_generation = 0;
  bool m_computing = false;
  int m_steps = kSteps;
  int m_lastRowsDone = 0;
  bool m_hasResult = false;
  enum class Status { None, Computing, Done, Cancelled, NoValues } m_statusKind = Status::None;

  neurona::LossLandscapeGrid m_grid;
  neurona::LandscapeDirections m_dirs;
  neurona::VectorD m_center;

  SnapshotPtr m_snapshot;
  quint64 m_run = 0;
  std::vector<neurona::VectorD> m_path; // flat parameters of the snapshots seen in this run
  const neurona::ModelParams* m_lastParams = nullptr;
};
