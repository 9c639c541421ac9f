#include "ui/explain/ExplainOverlay.h"

#include "model/Project.h"
#include "ui/canvas/CanvasInternals.h"
#include "ui/canvas/ConnectionItem.h"
#include "ui/canvas/LayerBlockItem.h"
#include "ui/canvas/NetworkScene.h"
#include "ui/canvas/NetworkView.h"
#include "ui/canvas/NeuronNumbersItem.h"
#include "ui/style/NumberFormat.h"

using neurona::LayerStep;
using neurona::LayerType;
using StageKind = ExplainText::Stage::Kind;

namespace {

QString n(double v) { return NumberFormat::number(v, 3); }

QStringList labelled(const QString& name, const Eigen::VectorXd& v) {
  QStringList out;
  for (Eigen::Index i = 0; i < v.size(); ++i) out << QStringLiteral("%1 %2").arg(name, n(v(i)));
  return out;
}

} // namespace

ExplainOverlay::ExplainOverlay(NetworkView* view, CanvasInternals* internals, Project* project,
                               QObject* parent)
    : QObject(parent), m_view(view), m_internals(internals), m_project(project) {
  // The scene deletes its items when it goes (before this overlay when the window closes).
  connect(view->networkScene(), &QObject::destroyed, this, [this] { m_items.clear(); });
  // The numbers follow their blocks; a block that goes takes its numbers with it.
  connect(view->networkScene(), &NetworkScene::layoutChanged, this, [this] {
    for (NeuronNumbersItem* item : std::as_const(m_items)) item->followBlock();
  });
  connect(project, &Project::layerRemoved, this, [this](neurona::LayerId id) { delete m_items.take(id); });
  connect(project, &Project::loaded, this, &ExplainOverlay::dropItems);
}

ExplainOverlay::~ExplainOverlay() { dropItems(); }

void ExplainOverlay::dropItems() {
  qDeleteAll(m_items);
  m_items.clear();
}

NeuronNumbersItem* ExplainOverlay::itemFor(neurona::LayerId id) {
  NetworkScene* scene = m_view->networkScene();
  LayerBlockItem* block = id == neurona::kNoLayer ? scene->inputBlock() : scene->block(id);
  if (!block) return nullptr;
  NeuronNumbersItem* item = m_items.value(id);
  if (item && item->block() != block) { // the block was made again
    delete m_items.take(id);
    item = nullptr;
  }
  if (!item) {
    item = new NeuronNumbersItem(block);
    scene->addItem(item);
    m_items.insert(id, item);
  }
  item->followBlock();
  return item;
}

QStringList ExplainOverlay::numbersOf(neurona::LayerId id) const {
  const NeuronNumbersItem* item = m_items.value(id);
  return item ? item->numbers() : QStringList();
}

void ExplainOverlay::show(const neurona::StepTrace& trace, const ExplainText::Stage& stage) {
  m_showing = true;
  m_internals->setHoldEdges(true);
  NetworkScene* scene = m_view->networkScene();
  const int count = static_cast<int>(trace.layers.size());
  auto ringAll = [](int units, bool on) { return QVector<bool>(units, on); };

  // The input column: x, ringed when the first layer is the one being computed.
  const bool firstForward = stage.kind == StageKind::Forward && stage.layer == 0;
  if (NeuronNumbersItem* in = itemFor(neurona::kNoLayer)) {
    const bool showX = stage.kind == StageKind::Forward;
    in->setNumbers(showX ? labelled(QStringLiteral("x"), trace.inputs) : QStringList(),
                   ringAll(static_cast<int>(trace.inputs.size()), firstForward));
  }
  for (int i = 0; i < count; ++i) {
    const LayerStep& l = trace.layers[static_cast<std::size_t>(i)];
    NeuronNumbersItem* item = itemFor(l.id);
    if (!item) continue;
    const int units = static_cast<int>(l.a.size());
    QStringList numbers;
    QVector<bool> rings(units, false);
    switch (stage.kind) {
    case StageKind::Forward:
      if (i < stage.layer) {
        numbers = labelled(QStringLiteral("a"), l.a);
        // The layer that feeds the one being computed.
        if (i == stage.layer - 1) rings = ringAll(units, true);
      } else if (i == stage.layer) {
        rings = ringAll(units, true);
        for (int u = 0; u < units; ++u)
          numbers << (l.z.size() > u ? QStringLiteral("z %1\na %2").arg(n(l.z(u)), n(l.a(u)))
                                     : QStringLiteral("a %1").arg(n(l.a(u))));
      }
      break;
    case StageKind::Loss:
      if (i == count - 1) {
        rings = ringAll(units, true);
        for (int u = 0; u < units; ++u)
          numbers << QStringLiteral("ŷ %1\ny %2")
                         .arg(n(l.a(u)), n(trace.target.size() > u ? trace.target(u) : 0.0));
      }
      break;
    case StageKind::Backward:
      if (i >= stage.layer) numbers = labelled(QStringLiteral("δ"), l.delta);
      if (i == stage.layer) rings = ringAll(units, true);
      break;
    case StageKind::Update:
      // Each bias, old → new, beside its neuron (the edges show the weights' changes).
      for (Eigen::Index u = 0; u < std::min(l.bias.size(), l.biasAfter.size()); ++u)
        numbers << QStringLiteral("b %1\n→ %2").arg(n(l.bias(u)), n(l.biasAfter(u)));
      break;
    }
    item->setNumbers(numbers, rings);

    // The edges into this layer.
    ConnectionItem* edges = scene->connectionInto(l.id);
    if (!edges || l.type != LayerType::Dense) continue;
    switch (stage.kind) {
    case StageKind::Forward:
    case StageKind::Loss: edges->setWeights(l.weights); break;
    case StageKind::Backward:
      // ∂L/∂w on the edges reached so far; the weights on those still ahead.
      edges->setWeights(i >= stage.layer ? l.gradWeights : l.weights);
      break;
    case StageKind::Update: {
      const neurona::MatrixD change = l.weightsAfter - l.weights; // −η ∂L/∂w
      edges->setWeights(change);
      break;
    }
    }
  }
}

void ExplainOverlay::clear() {
  for (NeuronNumbersItem* item : std::as_const(m_items))
    if (item) item->setNumbers({}, {});
  if (m_showing) {
    m_showing = false;
    m_internals->setHoldEdges(false); // the snapshot's weights again
  }
}
