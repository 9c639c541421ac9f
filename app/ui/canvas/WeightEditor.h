#pragma once
// The little editor that opens on a click on an edge of the canvas: the weight of that edge and the bias
// of the neuron it enters, as numbers to type. The training loss with the typed values shows at once
// (before anything is applied); Enter applies both as one undo step, after which the boundary and the
// canvas follow the new values like any other. Escape or a click elsewhere closes it and changes nothing.
#include "ui/canvas/CanvasInternals.h"

#include "neurona/core/nn/LayerParams.h"

#include <QFrame>

#include <memory>

class Project;
class QDoubleSpinBox;
class QLabel;
class QPushButton;

class WeightEditor : public QFrame {
  Q_OBJECT
public:
  WeightEditor(Project* project, QWidget* parent = nullptr);

  // Shows the editor at `globalPos` for `edge`, starting from `values` (the learned values the canvas
  // shows: the project's, or those a run draws from the seed).
  void openFor(const CanvasInternals::Edge& edge, std::shared_ptr<const neurona::ModelParams> values,
               const QPoint& globalPos);
  QDoubleSpinBox* weightBox() const { return m_weight; }
  QDoubleSpinBox* biasBox() const { return m_bias; }
  QLabel* lossLabel() const { return m_loss; }
  QString title() const;
  // Makes the typed values the project's learned values (one undo step) and closes.
  void apply();

protected:
  void keyPressEvent(QKeyEvent* e) override;

private:
  std::shared_ptr<neurona::ModelParams> edited() const;
  void updateLoss();

  Project* m_project;
  CanvasInternals::Edge m_edge;
  std::shared_ptr<const neurona::ModelParams> m_values;
  std::optional<double> m_lossBefore;
  QLabel* m_title;
  QLabel* m_weightLabel;
  QLabel* m_biasLabel;
  QDoubleSpinBox* m_weight;
  QDoubleSpinBox* m_bias;
  QLabel* m_loss;
  QPushButton* m_apply;
};
