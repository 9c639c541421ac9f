#include "ui/canvas/WeightEditor.h"

#include "model/Project.h"
#include "ui/style/NumberFormat.h"

#include "neurona/core/train/DataLoss.h"

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>

#include <cmath>

WeightEditor::WeightEditor(Project* project, QWidget* parent)
    : QFrame(parent, Qt::Popup), m_project(project) {
  setFrameShape(QFrame::StyledPanel);
  setObjectName(QStringLiteral("weightEditor"));
  auto* grid = new QGridLayout(this);
  m_title = new QLabel(this);
  m_title->setTextFormat(Qt::PlainText);
  m_title->setWordWrap(true);
  QFont bold = m_title->font();
  bold.setBold(true);
  m_title->setFont(bold);
  grid->addWidget(m_title, 0, 0, 1, 2);
  auto box = [this](QLabel* label) {
    auto* b = new QDoubleSpinBox(this);
    b->setRange(-1e4, 1e4);
    b->setDecimals(4);
    b->setSingleStep(0.1);
    b->setKeyboardTracking(true);
    label->setBuddy(b);
    connect(b, &QDoubleSpinBox::valueChanged, this, &WeightEditor::updateLoss);
    return b;
  };
  m_weightLabel = new QLabel(tr("&Weight"), this);
  m_weight = box(m_weightLabel);
  m_biasLabel = new QLabel(this);
  m_bias = box(m_biasLabel);
  grid->addWidget(m_weightLabel, 1, 0);
  grid->addWidget(m_weight, 1, 1);
  grid->addWidget(m_biasLabel, 2, 0);
  grid->addWidget(m_bias, 2, 1);
  m_loss = new QLabel(this);
  m_loss->setTextFormat(Qt::PlainText);
  m_loss->setWordWrap(true);
  grid->addWidget(m_loss, 3, 0, 1, 2);
  m_apply = new QPushButton(tr("Apply"), this);
  m_apply->setDefault(true);
  m_apply->setToolTip(tr("Use these values (Enter); Undo takes them back"));
  connect(m_apply, &QPushButton::clicked, this, &WeightEditor::apply);
  grid->addWidget(m_apply, 4, 1);
  setAccessibleName(tr("Edit a weight"));
}

QString WeightEditor::title() const { return m_title->text(); }

void WeightEditor::openFor(const CanvasInternals::Edge& edge,
                           std::shared_ptr<const neurona::ModelParams> values, const QPoint& globalPos) {
  const int index = m_project->indexOf(edge.layer);
  if (!values || index < 0 || static_cast<std::size_t>(index) >= values->size()) return;
  const neurona::LayerParams& p = (*values)[static_cast<std::size_t>(index)];
  if (edge.from < 0 || edge.to < 0 || edge.from >= p.weights.rows() || edge.to >= p.weights.cols() ||
      edge.to >= p.bias.size())
    return;
  m_edge = edge;
  m_values = std::move(values);
  const QString layer = m_project->layerName(edge.layer);
  // The column before: the inputs (x₁ …) for the first layer, else the neurons of the layer before.
  const QString source = index == 0
                             ? tr("input x%1").arg(edge.from + 1)
                             : tr("neuron %1 of %2")
                                   .arg(edge.from + 1)
                                   .arg(m_project->layerName(m_project->network().layers[index - 1].id));
  m_title->setText(tr("%1, neuron %2: the weight from %3").arg(layer).arg(edge.to + 1).arg(source));
  m_biasLabel->setText(tr("&Bias of neuron %1").arg(edge.to + 1));
  m_weight->setAccessibleName(
      tr("Weight from %1 to neuron %2 of %3").arg(source).arg(edge.to + 1).arg(layer));
  m_bias->setAccessibleName(tr("Bias of neuron %1 of %2").arg(edge.to + 1).arg(layer));
  {
    const QSignalBlocker a(m_weight), b(m_bias);
    m_weight->setValue(p.weights(edge.from, edge.to));
    m_bias->setValue(p.bias(edge.to));
  }
  const neurona::Dataset& train = m_project->prepared().train;
  m_lossBefore =
      neurona::DataLoss::of(m_project->runnableNetwork(), *m_values, train, m_project->settings().loss);
  updateLoss();
  adjustSize();
  // Beside the click, kept on the screen.
  QPoint at = globalPos + QPoint(12, 12);
  if (const QScreen* screen = QGuiApplication::screenAt(globalPos)) {
    const QRect room = screen->availableGeometry();
    at.setX(std::min(at.x(), room.right() - width()));
    at.setY(std::min(at.y(), room.bottom() - height()));
  }
  move(at);
  show();
  m_weight->setFocus();
  m_weight->selectAll();
}

std::shared_ptr<neurona::ModelParams> WeightEditor::edited() const {
  auto next = std::make_shared<neurona::ModelParams>(*m_values);
  neurona::LayerParams& p = (*next)[static_cast<std::size_t>(m_project->indexOf(m_edge.layer))];
  p.weights(m_edge.from, m_edge.to) = m_weight->value();
  p.bias(m_edge.to) = m_bias->value();
  return next;
}

void WeightEditor::updateLoss() {
  if (!m_values || !m_lossBefore) {
    m_loss->clear();
    return;
  }
  const std::optional<double> now = neurona::DataLoss::of(
      m_project->runnableNetwork(), *edited(), m_project->prepared().train, m_project->settings().loss);
  if (!now) {
    m_loss->clear();
    return;
  }
  m_loss->setText(
      tr("Training loss: %1 → %2").arg(NumberFormat::number(*m_lossBefore), NumberFormat::number(*now)));
}

void WeightEditor::apply() {
  if (m_values) {
    const int index = m_project->indexOf(m_edge.layer);
    const neurona::LayerParams& p = (*m_values)[static_cast<std::size_t>(index)];
    const bool weightChanged = p.weights(m_edge.from, m_edge.to) != m_weight->value();
    const bool biasChanged = p.bias(m_edge.to) != m_bias->value();
    const QString text = weightChanged && biasChanged ? tr("Edit weight and bias")
                         : biasChanged                ? tr("Edit bias")
                                                      : tr("Edit weight");
    if (weightChanged || biasChanged) m_project->setLearnedValues(edited(), text);
  }
  close();
}

void WeightEditor::keyPressEvent(QKeyEvent* e) {
  if (e->key() == Qt::Key_Return || e->key() == Qt::Key_Enter) {
    apply();
    return;
  }
  QFrame::keyPressEvent(e);
}
