#pragma once
// The explained step drawn on the canvas: at each stage the numbers beside the neurons (the inputs x,
// each layer's z and a on the way forward, ŷ and y at the loss, δ on the way back), rings around the
// neurons the stage is about and those feeding them, and the edges coloured by what the stage is
// about (the weights forward, ∂L/∂w backward, the change of each weight at the update). While it shows
// a stage, the training snapshots leave the edges alone (CanvasInternals::setHoldEdges).
#include "ui/explain/ExplainText.h"

#include <QHash>
#include <QObject>

class CanvasInternals;
class NetworkView;
class NeuronNumbersItem;
class Project;

class ExplainOverlay : public QObject {
  Q_OBJECT
public:
  ExplainOverlay(NetworkView* view, CanvasInternals* internals, Project* project, QObject* parent = nullptr);
  ~ExplainOverlay() override;

  void show(const neurona::StepTrace& trace, const ExplainText::Stage& stage);
  void clear(); // back to the canvas of the training snapshots
  bool isShowing() const { return m_showing; }
  // The numbers beside the neurons of a layer's block (kNoLayer: the input block), for tests.
  QStringList numbersOf(neurona::LayerId id) const;

private:
  NeuronNumbersItem* itemFor(neurona::LayerId id);
  void dropItems();

  NetworkView* m_view;
  CanvasInternals* m_internals;
  Project* m_project;
  QHash<neurona::LayerId, NeuronNumbersItem*> m_items;
  bool m_showing = false;
};
