#pragma once
// Explain One Step: one training sample's forward pass, loss, backward pass and update, a stage at a
// time, with the formulas and this sample's real numbers (ExplainText) while the canvas shows the same
// numbers on the neurons and edges (ExplainOverlay, driven by stageShown). The sample is chosen by
// number or by a click on the boundary plot (pickNearest). Nothing changes in the project unless the
// step is applied (one undo step); the panel follows every change of the project, recomputing the step.
#include "ui/explain/ExplainText.h"

#include "neurona/core/nn/LayerParams.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class Project;
class QLabel;
class QPushButton;
class QSpinBox;
class QTextBrowser;

class ExplainPanel : public QWidget {
  Q_OBJECT
public:
  using Values = std::function<std::shared_ptr<const neurona::ModelParams>()>;
  // `values`: the learned values the step starts from (the ones the canvas and the boundary show).
  ExplainPanel(Project* project, Values values, QWidget* parent = nullptr);

  // Active while the panel is on screen: only then it computes and drives the canvas.
  void setActive(bool active);
  bool isActive() const { return m_active; }

  const std::optional<neurona::StepTrace>& trace() const { return m_trace; }
  int sample() const; // 0-based, in the order of the training rows (as neurona-cli step --sample)
  void setSample(int sample);
  int stageIndex() const { return m_stage; }
  int stageCount() const { return static_cast<int>(m_stages.size()); }
  const std::vector<ExplainText::Stage>& stages() const { return m_stages; }
  QString stageTitle() const;
  QString text() const;    // the stage's text, plain
  QString problem() const; // why no step can be explained, or empty

  QSpinBox* sampleBox() const { return m_sample; }
  QPushButton* backButton() const { return m_back; }
  QPushButton* nextButton() const { return m_next; }
  QPushButton* applyButton() const { return m_apply; }

public slots:
  void next();
  void back();
  // The training sample nearest to a point of the raw input plane (a click on the boundary plot).
  void pickNearest(double x1, double x2);
  // Makes the step's values the project's (the optimizer's step when training uses one): one undo step.
  void apply();
  // The step again from the project and the values (after a change).
  void refresh();
  // The values the step starts from may have changed (a new snapshot).
  void valuesChanged();

signals:
  void stageShown(const neurona::StepTrace& trace, const ExplainText::Stage& stage);
  void cleared(); // no step to show
  // The raw data row of the chosen sample, to mark it on the plot (-1: none).
  void sampleMarked(int rawRow);

protected:
  void changeEvent(QEvent* e) override;

private:
  void retranslateUi();
  void showStage();
  void refreshSoon();
  void describeSample();

  Project* m_project;
  Values m_values;
  std::shared_ptr<const neurona::ModelParams> m_usedValues;
  bool m_active = false;
  bool m_refreshPending = false;
  std::optional<neurona::StepTrace> m_trace;
  std::vector<ExplainText::Stage> m_stages;
  int m_stage = 0;
  QString m_problem;

  QLabel* m_sampleLabel;
  QSpinBox* m_sample;
  QLabel* m_sampleText;
  QLabel* m_hint;
  QPushButton* m_back;
  QLabel* m_stageTitle;
  QPushButton* m_next;
  QTextBrowser* m_text;
  QPushButton* m_apply;
};
