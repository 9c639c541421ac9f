#pragma once
// The boundary dock: the BoundaryPlot under a row of toggles — Discretize, Show validation/test, the
// grid resolution (default 128 × 128) — and the painting tool (off, or the class a click adds).
#include <QWidget>

#include <string>
#include <vector>

class BoundaryPlot;
class QCheckBox;
class QComboBox;
class QLabel;

class BoundaryView : public QWidget {
  Q_OBJECT
public:
  explicit BoundaryView(QWidget* parent = nullptr);

  BoundaryPlot* plot() const { return m_plot; }
  QCheckBox* discretizeBox() const { return m_discretize; }
  QCheckBox* heldOutBox() const { return m_heldOut; }
  QComboBox* resolutionBox() const { return m_resolution; }
  QComboBox* paintBox() const { return m_paint; }
  int resolution() const;

  // The classes the painting tool offers (empty: painting unavailable, e.g. regression).
  void setPaintClasses(const std::vector<std::string>& classNames);

signals:
  void resolutionChanged(int n);

protected:
  void changeEvent(QEvent* e) override;

private:
  void retranslateUi();

  BoundaryPlot* m_plot;
  QCheckBox* m_discretize;
  QCheckBox* m_heldOut;
  QComboBox* m_resolution;
  QComboBox* m_paint;
  QLabel* m_resolutionLabel;
  QLabel* m_paintLabel;
  std::vector<std::string> m_classes;
};
