#include "document/ProjectDocument.h"

#include "document/AddLayerCommand.h"
#include "document/ChangeLayerCommand.h"
#include "document/KindNames.h"
#include "document/MoveLayerCommand.h"
#include "document/RemoveLayersCommand.h"
#include "document/ReplaceNetworkCommand.h"

#include <algorithm>

using neurona::LayerId;
using neurona::LayerSpec;
using neurona::LayerType;
using neurona::NetworkSpec;

ProjectDocument::ProjectDocument(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this)) {
  revalidate();
}

bool ProjectDocument::isOutputLayer(LayerId id) const {
  const int i = m_network.outputIndex();
  return i >= 0 && m_network.layers[static_cast<std::size_t>(i)].id == id;
}

QString ProjectDocument::layerName(LayerId id) const {
  const LayerSpec* target = m_network.find(id);
  if (!target) return {};
  if (isOutputLayer(id)) return tr("Output");
  int ordinal = 0;
  for (const LayerSpec& l : m_network.layers) {
    if (l.type == target->type) ++ordinal;
    if (l.id == id) break;
  }
  return tr("%1 %2").arg(KindNames::layerType(target->type)).arg(ordinal);
}

std::vector<neurona::Diagnostic> ProjectDocument::diagnosticsFor(LayerId id) const {
  std::vector<neurona::Diagnostic> out;
  for (const auto& d : m_diagnostics)
    if (d.layer == id) out.push_back(d);
  return out;
}

const neurona::LayerShape* ProjectDocument::shapeOf(LayerId id) const {
  for (const auto& s : m_summary.layers)
    if (s.id == id) return &s;
  return nullptr;
}

// --- context ---

void ProjectDocument::setValidationContext(const neurona::ValidationContext& ctx) {
  const auto& c = m_context;
  if (c.inputs == ctx.inputs && c.task == ctx.task && c.classes == ctx.classes && c.loss == ctx.loss &&
      c.linearlySeparable == ctx.linearlySeparable)
    return;
  m_context = ctx;
  revalidate();
  emit contextChanged();
  emit diagnosticsChanged();
}

void ProjectDocument::setInputs(int inputs) {
  auto c = m_context;
  c.inputs = inputs;
  setValidationContext(c);
}

void ProjectDocument::setTask(neurona::TaskKind task) {
  auto c = m_context;
  c.task = task;
  setValidationContext(c);
}

void ProjectDocument::setClasses(int classes) {
  auto c = m_context;
  c.classes = classes;
  setValidationContext(c);
}

void ProjectDocument::setLoss(neurona::LossKind loss) {
  auto c = m_context;
  c.loss = loss;
  setValidationContext(c);
}

void ProjectDocument::setLinearlySeparable(bool separable) {
  auto c = m_context;
  c.linearlySeparable = separable;
  setValidationContext(c);
}

// --- undoable edits ---

LayerId ProjectDocument::insertLayer(int index, const LayerSpec& layer) {
  LayerSpec l = layer;
  l.id = reserveLayerId();
  index = std::clamp(index, 0, layerCount());
  m_undo->push(new AddLayerCommand(this, index, l, tr("Add %1 layer").arg(KindNames::layerType(l.type))));
  return l.id;
}

bool ProjectDocument::removeLayers(const QList<LayerId>& ids) {
  QList<LayerId> present;
  for (LayerId id : ids)
    if (m_network.find(id) && !present.contains(id)) present << id;
  if (present.isEmpty()) return false;
  const QString text = present.size() == 1 ? tr("Remove %1").arg(layerName(present.front()))
                                           : tr("Remove %1 layers").arg(present.size());
  m_undo->push(new RemoveLayersCommand(this, present, text));
  return true;
}

bool ProjectDocument::moveLayer(LayerId id, int toIndex) {
  const int from = indexOf(id);
  if (from < 0) return false;
  toIndex = std::clamp(toIndex, 0, layerCount() - 1);
  if (toIndex == from) return false;
  m_undo->push(new MoveLayerCommand(this, id, toIndex, tr("Move %1").arg(layerName(id))));
  return true;
}

bool ProjectDocument::setLayerProperty(LayerId id, LayerProperty property, const QVariant& value) {
  const LayerSpec* old = m_network.find(id);
  if (!old) return false;
  LayerSpec changed = *old;
  LayerProperties::setValue(changed, property, value);
  if (changed == *old) return false;
  const QString text = tr("Change %1 of %2").arg(LayerProperties::name(property), layerName(id));
  m_undo->push(new ChangeLayerCommand(this, *old, changed, text, property));
  return true;
}

bool ProjectDocument::setLayerSpec(LayerId id, const LayerSpec& spec, const QString& text) {
  const LayerSpec* old = m_network.find(id);
  if (!old) return false;
  LayerSpec changed = spec;
  changed.id = id;
  if (changed == *old) return false;
  m_undo->push(new ChangeLayerCommand(this, *old, changed, text, std::nullopt));
  return true;
}

QList<LayerId> ProjectDocument::duplicateLayers(const QList<LayerId>& ids) {
  // Copy in spec order so each copy lands right after its original.
  QList<LayerId> sorted;
  for (LayerId id : ids)
    if (m_network.find(id) && !sorted.contains(id)) sorted << id;
  std::sort(sorted.begin(), sorted.end(), [this](LayerId a, LayerId b) { return indexOf(a) < indexOf(b); });
  QList<LayerId> copies;
  if (sorted.isEmpty()) return copies;
  m_undo->beginMacro(sorted.size() == 1 ? tr("Duplicate %1").arg(layerName(sorted.front()))
                                        : tr("Duplicate %1 layers").arg(sorted.size()));
  for (LayerId id : sorted) copies << insertLayer(indexOf(id) + 1, *m_network.find(id));
  m_undo->endMacro();
  return copies;
}

void ProjectDocument::replaceNetwork(const NetworkSpec& spec, const QString& text) {
  // Fresh ids keep every id ever used unique, so stale references in the undo history cannot alias.
  NetworkSpec renumbered;
  renumbered.nextId = m_network.nextId;
  for (const LayerSpec& l : spec.layers) renumbered.append(l);
  m_undo->push(new ReplaceNetworkCommand(this, m_network, renumbered, text));
}

void ProjectDocument::resetNetwork(const NetworkSpec& spec) {
  m_undo->clear();
  rawSetNetwork(spec);
}

LayerSpec ProjectDocument::outputLayerForTask() const {
  LayerSpec out;
  switch (m_context.task) {
  case neurona::TaskKind::BinaryClassification:
    out.units = 1;
    out.activation = neurona::ActivationKind::Sigmoid;
    break;
  case neurona::TaskKind::MulticlassClassification:
    out.units = std::max(2, m_context.classes);
    out.activation = neurona::ActivationKind::Softmax;
    break;
  case neurona::TaskKind::Regression:
    out.units = 1;
    out.activation = neurona::ActivationKind::Linear;
    break;
  }
  return out;
}

// --- raw mutations ---

void ProjectDocument::rawInsert(int index, const LayerSpec& layer) {
  index = std::clamp(index, 0, layerCount());
  m_network.layers.insert(m_network.layers.begin() + index, layer);
  m_network.nextId = std::max(m_network.nextId, layer.id + 1);
  relayout();
  revalidate();
  emit networkChanged();
  emit diagnosticsChanged();
}

void ProjectDocument::rawRemove(LayerId id) {
  if (!m_network.remove(id)) return;
  m_positions.remove(id);
  relayout();
  revalidate();
  emit networkChanged();
  emit diagnosticsChanged();
}

void ProjectDocument::rawMove(LayerId id, int toIndex) {
  const int from = indexOf(id);
  if (from < 0) return;
  LayerSpec l = m_network.layers[static_cast<std::size_t>(from)];
  m_network.layers.erase(m_network.layers.begin() + from);
  toIndex = std::clamp(toIndex, 0, layerCount());
  m_network.layers.insert(m_network.layers.begin() + toIndex, l);
  relayout();
  revalidate();
  emit networkChanged();
  emit diagnosticsChanged();
}

void ProjectDocument::rawSetLayer(const LayerSpec& layer) {
  LayerSpec* l = m_network.find(layer.id);
  if (!l) return;
  *l = layer;
  revalidate();
  emit layerChanged(layer.id);
  emit diagnosticsChanged();
}

void ProjectDocument::rawSetNetwork(const NetworkSpec& spec) {
  m_network = spec;
  m_positions.clear();
  relayout();
  revalidate();
  emit networkChanged();
  emit diagnosticsChanged();
}

void ProjectDocument::relayout() {
  // Layers sit in one row, in spec order; the canvas draws each at its stored position.
  for (int i = 0; i < layerCount(); ++i)
    m_positions.insert(m_network.layers[static_cast<std::size_t>(i)].id,
                       QPointF((i + 1) * kColumnSpacing, 0.0));
}

void ProjectDocument::revalidate() {
  m_diagnostics = neurona::validate(m_network, m_context);
  m_summary = neurona::summarize(m_network, m_context.inputs);
}
