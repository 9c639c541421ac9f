#pragma once
// The boundary dock: the BoundaryPlot under a row of toggles — Discretize, Show validation/test, the
// grid resolution (default 128 × 128) — and the painting tool (off, or the class a click adds). It shows
// the project's points and the training run's pictures; a painted point is an edit of the project.
#include <QWidget>

#include <string>
#include <vector>

class BoundaryPlot;
class Project;
class QCheckBox;
class TrainingController;
class QComboBox;
class QLabel;

class BoundaryView : public QWidget {
  Q_OBJECT
public:
  BoundaryView(Project* project, TrainingController* controller, QWidget* parent = nullptr);

  BoundaryPlot* plot() const { return m_plot; }
  QCheckBox* discretizeBox() const { return m_discretize; }
  QCheckBox* heldOutBox() const { return m_heldOut; }
  QComboBox* resolutionBox() const { return m_resolution; }
  QComboBox* paintBox() const { return m_paint; }
  int resolution() const;

  // The classes the painting tool offers (empty: painting unavailable, e.g. regression).
  void setPaintClasses(const std::vector<std::string>& classNames);

protected:
  void changeEvent(QEvent* e) override;

private:
  void retranslateUi();
  void showData();

  Project* m_project;
  BoundaryPlot* m_plot;
  QCheckBox* m_discretize;
  QCheckBox* m_heldOut;
  QComboBox* m_resolution;
  QComboBox* m_paint;
  QLabel* m_resolutionLabel;
  QLabel* m_paintLabel;
  std::vector<std::string> m_classes;
};
