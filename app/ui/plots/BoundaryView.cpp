#include "ui/plots/BoundaryView.h"

#include "model/Project.h"
#include "training/TrainingController.h"
#include "ui/concepts/ControlHelp.h"
#include "ui/forms/FlowLayout.h"
#include "ui/plots/BoundaryPlot.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

BoundaryView::BoundaryView(Project* project, TrainingController* controller, QWidget* parent)
    : QWidget(parent), m_project(project) {
  setObjectName(QStringLiteral("boundaryView"));
  m_plot = new BoundaryPlot(this);
  m_plot->setMinimumSize(160, 140);
  m_discretize = new QCheckBox(this);
  m_discretize->setObjectName(QStringLiteral("discretize"));
  m_heldOut = new QCheckBox(this);
  m_heldOut->setObjectName(QStringLiteral("showHeldOut"));
  m_heldOut->setChecked(true);
  m_resolution = new QComboBox(this);
  m_resolution->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows a new language or text size
  m_resolution->setObjectName(QStringLiteral("gridResolution"));
  for (int n : {32, 64, 128, 256}) m_resolution->addItem(QStringLiteral("%1 × %1").arg(n), n);
  m_resolution->setCurrentIndex(2);
  m_paint = new QComboBox(this);
  m_paint->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows a new language or text size
  m_paint->setObjectName(QStringLiteral("paintClass"));
  m_resolutionLabel = new QLabel(this);
  m_paintLabel = new QLabel(this);

  // The controls in rows that wrap, so the right-hand column stays narrow and the canvas wide, in
  // any language and at any text size; each label stays with its box.
  const auto pair = [this](QLabel* label, QComboBox* box) {
    auto* w = new QWidget(this);
    auto* row = new QHBoxLayout(w);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(label);
    row->addWidget(box);
    label->setBuddy(box);
    return w;
  };
  auto* bar = new FlowLayout;
  bar->addWidget(m_discretize);
  bar->addWidget(m_heldOut);
  bar->addWidget(pair(m_resolutionLabel, m_resolution));
  bar->addWidget(pair(m_paintLabel, m_paint));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addLayout(bar);
  layout->addWidget(m_plot, 1);

  connect(m_discretize, &QCheckBox::toggled, m_plot, &BoundaryPlot::setDiscretize);
  connect(m_heldOut, &QCheckBox::toggled, m_plot, &BoundaryPlot::setShowHeldOut);
  connect(m_resolution, &QComboBox::currentIndexChanged, controller,
          [this, controller] { controller->setGridResolution(resolution()); });
  controller->setGridResolution(resolution());
  connect(m_paint, &QComboBox::currentIndexChanged, this, [this] {
    m_plot->setPaintClass(m_paint->currentIndex() < 0 ? -1 : m_paint->currentData().toInt());
  });
  // The points come from the project, the boundary from the run; a painted point is a project edit.
  for (auto signal : {&Project::dataChanged, &Project::preparationChanged, &Project::loaded})
    connect(project, signal, this, &BoundaryView::showData);
  connect(project, &Project::locksChanged, this, &BoundaryView::retranslateUi);
  connect(controller, &TrainingController::snapshotReady, m_plot, &BoundaryPlot::showSnapshot);
  connect(controller, &TrainingController::startFailed, m_plot, &BoundaryPlot::clearBoundary);
  connect(m_plot, &BoundaryPlot::addPointRequested, project, &Project::addPoint);
  connect(m_plot, &BoundaryPlot::removePointRequested, project, &Project::removeNearestPoint);
  showData();
  retranslateUi();
  // After retranslateUi, so that the tooltips written there count as the controls' own.
  ControlHelp::attach(m_discretize, QStringLiteral("concept/decision-boundary"));
  ControlHelp::attach(m_resolution, QStringLiteral("concept/decision-boundary"));
  ControlHelp::attach(m_heldOut, QStringLiteral("concept/overfitting"));
  ControlHelp::attach(m_paint, QStringLiteral("concept/dataset"));
}

int BoundaryView::resolution() const { return m_resolution->currentData().toInt(); }

void BoundaryView::showData() {
  const neurona::Dataset& raw = m_project->rawData();
  m_plot->setTargetScaling(m_project->prepared().pipeline.preprocessing);
  m_plot->setData(raw, m_project->prepared().split, m_project->plane(0.1));
  setPaintClasses(m_project->canPaint() ? raw.classNames : std::vector<std::string>{});
}

void BoundaryView::setPaintClasses(const std::vector<std::string>& classNames) {
  if (classNames == m_classes && m_paint->count() > 0) return;
  m_classes = classNames;
  retranslateUi();
}

void BoundaryView::retranslateUi() {
  m_discretize->setText(tr("Discretize"));
  m_discretize->setToolTip(
      tr("Colour each region by the class the network predicts there, without showing how "
         "sure it is: the edges between the colours are the decision boundary."));
  m_heldOut->setText(tr("Show validation/test"));
  m_heldOut->setToolTip(tr("Also draw the validation and test points, which the network never trains on: a "
                           "boundary that fits the training points but misses these is overfitting."));
  m_resolution->setToolTip(
      tr("How many points of the plane the network is asked about to draw the boundary: a "
         "finer grid shows more detail and takes longer."));
  m_resolutionLabel->setText(tr("Grid"));
  m_paintLabel->setText(tr("Paint"));
  const int current = m_paint->currentData().isValid() ? m_paint->currentData().toInt() : -1;
  m_paint->blockSignals(true);
  m_paint->clear();
  m_paint->addItem(tr("Off"), -1);
  for (std::size_t k = 0; k < m_classes.size(); ++k)
    m_paint->addItem(tr("Class %1").arg(QString::fromStdString(m_classes[k])), static_cast<int>(k));
  const int idx = m_paint->findData(current);
  m_paint->setCurrentIndex(idx < 0 ? 0 : idx);
  m_paint->blockSignals(false);
  // A lesson that locks the data turns painting off, so clicks on the plot add no points.
  const bool locked = m_project->isLocked(Lock::Data);
  if (locked) m_paint->setCurrentIndex(0);
  m_paint->setEnabled(!m_classes.empty() && !locked);
  m_paint->setToolTip(locked
                          ? tr("Locked by this lesson")
                          : tr("Add examples by hand and watch the boundary follow the data: click the plot "
                               "to add a point of this class; right-click removes the nearest point."));
  m_plot->setPaintClass(m_paint->currentData().toInt());
}

void BoundaryView::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(e);
}
