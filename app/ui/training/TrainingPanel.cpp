#include "ui/training/TrainingPanel.h"

#include "model/KindNames.h"
#include "model/Project.h"
#include "ui/concepts/ConceptLibrary.h"
#include "ui/concepts/ControlHelp.h"
#include "ui/forms/FormRows.h"
#include "ui/style/NumberFormat.h"

#include "neurona/core/optim/OptimizerConfig.h"
#include "ui/style/RelativeFont.h"
#include "ui/training/RunBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <cmath>

using neurona::ScheduleKind;

namespace {

constexpr int kStepsPerDecade = 20;
constexpr double kMinRate = 1e-5;

QDoubleSpinBox* spin(QWidget* parent, double lo, double hi, int decimals, double step) {
  auto* s = new QDoubleSpinBox(parent);
  s->setRange(lo, hi);
  s->setDecimals(decimals);
  s->setSingleStep(step);
  // One edit per typed number: every value stored reloads the panel, which would reformat the text
  // under the cursor ("0.2" becomes "0.200000") and refuse the next digit.
  s->setKeyboardTracking(false);
  return s;
}

void setRowVisible(QFormLayout* form, QWidget* field, bool visible) {
  if (QWidget* label = form->labelForField(field)) label->setVisible(visible);
  field->setVisible(visible);
}

const int kPerFrame[] = {1, 2, 5, 10, 50, 0};

} // namespace

int TrainingPanel::sliderForRate(double lr) {
  return static_cast<int>(std::lround(std::log10(std::max(lr, kMinRate) / kMinRate) * kStepsPerDecade));
}

double TrainingPanel::rateForSlider(int position) {
  // Rounded to 3 significant digits so the field shows 0.0126, not 0.012589254.
  const double lr = kMinRate * std::pow(10.0, static_cast<double>(position) / kStepsPerDecade);
  const double mag = std::pow(10.0, std::floor(std::log10(lr)) - 2);
  return std::round(lr / mag) * mag;
}

TrainingPanel::TrainingPanel(Project* project, TrainingController* controller, QWidget* parent)
    : QWidget(parent), m_project(project), m_controller(controller) {
  setObjectName(QStringLiteral("trainingPanel"));
  m_play = new QPushButton(this);
  m_play->setObjectName(QStringLiteral("playButton"));
  m_step = new QPushButton(this);
  m_step->setObjectName(QStringLiteral("stepButton"));
  m_reset = new QPushButton(this);
  m_reset->setObjectName(QStringLiteral("resetButton"));
  m_step->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
  m_reset->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
  m_epoch = new QLabel(this);
  m_epoch->setObjectName(QStringLiteral("epochLabel"));
  RelativeFont::apply(m_epoch, 1.4, QFont::Bold);
  m_speedLabel = new QLabel(this);
  m_speedLabel->setObjectName(QStringLiteral("speedLabel"));

  m_stopAt = new QSpinBox(this);
  m_stopAt->setObjectName(QStringLiteral("stopField"));
  m_stopAt->setRange(0, 10'000'000);
  m_stopAt->setSingleStep(100);
  m_perFrame = new QComboBox(this);
  m_perFrame->setObjectName(QStringLiteral("speedBox"));
  // As wide as its longest entry in the current language and text size (the toolbar follows it).
  m_perFrame->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  m_loss = new QComboBox(this);
  m_loss->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows a new language or text size
  m_loss->setObjectName(QStringLiteral("lossBox"));
  for (neurona::LossKind k : neurona::allLosses()) m_loss->addItem(QString(), static_cast<int>(k));
  m_optimizer = new QComboBox(this);
  m_optimizer->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows a new language or text size
  m_optimizer->setObjectName(QStringLiteral("optimizerBox"));
  for (std::string_view name : neurona::optimizerNames())
    m_optimizer->addItem(QString(), QString::fromLatin1(name.data(), static_cast<int>(name.size())));
  m_momentum = spin(this, 0.0, 0.999, 3, 0.05);
  m_beta1 = spin(this, 0.0, 0.9999, 4, 0.01);
  m_beta2 = spin(this, 0.0, 0.99999, 5, 0.001);
  m_weightDecay = spin(this, 0.0, 1.0, 5, 0.001);
  m_momentum->setObjectName(QStringLiteral("momentumField"));
  m_beta1->setObjectName(QStringLiteral("beta1Field"));
  m_beta2->setObjectName(QStringLiteral("beta2Field"));
  m_weightDecay->setObjectName(QStringLiteral("weightDecayField"));
  m_rateSlider = new QSlider(Qt::Horizontal, this);
  m_rateSlider->setObjectName(QStringLiteral("rateSlider"));
  m_rateSlider->setRange(0, 6 * kStepsPerDecade); // 1e-5 … 10
  m_rate = spin(this, kMinRate, 10.0, 6, 0.001);
  m_rate->setObjectName(QStringLiteral("rateField"));
  m_rate->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
  m_schedule = new QComboBox(this);
  m_schedule->setSizeAdjustPolicy(QComboBox::AdjustToContents); // follows a new language or text size
  m_schedule->setObjectName(QStringLiteral("scheduleBox"));
  for (ScheduleKind k :
       {ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::Exponential, ScheduleKind::Cosine})
    m_schedule->addItem(QString(), static_cast<int>(k));
  m_stepSize = new QSpinBox(this);
  m_stepSize->setObjectName(QStringLiteral("stepSizeField"));
  m_stepSize->setRange(1, 1'000'000);
  m_gamma = spin(this, 0.0, 1.0, 4, 0.01);
  m_gamma->setObjectName(QStringLiteral("gammaField"));
  m_tMax = new QSpinBox(this);
  m_tMax->setObjectName(QStringLiteral("tMaxField"));
  m_tMax->setRange(1, 10'000'000);
  m_batch = new QSpinBox(this);
  m_batch->setObjectName(QStringLiteral("batchField"));
  m_batch->setRange(0, 1'000'000);
  m_l1 = spin(this, 0.0, 1.0, 6, 0.0001);
  m_l1->setObjectName(QStringLiteral("l1Field"));
  m_l2 = spin(this, 0.0, 1.0, 6, 0.0001);
  m_l2->setObjectName(QStringLiteral("l2Field"));
  m_seed = new QSpinBox(this);
  m_seed->setObjectName(QStringLiteral("seedField"));
  m_seed->setRange(0, 2'000'000'000);
  m_patience = new QSpinBox(this);
  m_patience->setObjectName(QStringLiteral("earlyStoppingPatience"));
  m_patience->setRange(0, 100'000);
  m_restoreBest = new QCheckBox(this);
  m_restoreBest->setObjectName(QStringLiteral("earlyStoppingRestoreBest"));

  // The run controls form one bar, which the main window puts in its toolbar (in one row above the
  // canvas, where a class sees them); on its own the panel shows the bar at its top.
  m_runBar = new RunBar(this);
  m_speedName = new QLabel(m_runBar);
  m_speedName->setBuddy(m_perFrame);
  m_runBar->addGroup({m_play, m_step, m_reset});
  m_runBar->addGroup({m_epoch, m_speedLabel});
  m_runBar->addGroup({m_speedName, m_perFrame});

  m_runBox = new QGroupBox(this);
  m_runForm = new QFormLayout(m_runBox);
  m_runForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // a label above its field in a narrow column
  m_runForm->addRow(new QLabel(this), m_stopAt);
  m_runForm->addRow(new QLabel(this), m_loss);
  m_runForm->addRow(new QLabel(this), m_batch);
  m_runForm->addRow(new QLabel(this), m_seed);
  m_runForm->addRow(new QLabel(this), m_patience);
  m_runForm->addRow(new QLabel(this), m_restoreBest);

  m_hyperBox = new QGroupBox(this);
  m_form = new QFormLayout(m_hyperBox);
  m_form->setRowWrapPolicy(QFormLayout::WrapLongRows); // a label above its field in a narrow column
  auto* rateRow = new QHBoxLayout;
  rateRow->addWidget(m_rateSlider, 1);
  rateRow->addWidget(m_rate);
  m_form->addRow(new QLabel(this), m_optimizer);
  m_form->addRow(new QLabel(this), rateRow);
  m_form->addRow(new QLabel(this), m_momentum);
  m_form->addRow(new QLabel(this), m_beta1);
  m_form->addRow(new QLabel(this), m_beta2);
  m_form->addRow(new QLabel(this), m_weightDecay);
  m_form->addRow(new QLabel(this), m_schedule);
  m_form->addRow(new QLabel(this), m_stepSize);
  m_form->addRow(new QLabel(this), m_gamma);
  m_form->addRow(new QLabel(this), m_tMax);
  m_form->addRow(new QLabel(this), m_l1);
  m_form->addRow(new QLabel(this), m_l2);

  auto* columns = new QVBoxLayout; // one column: the panel lives in the narrow side column
  columns->addWidget(m_runBox);
  columns->addWidget(m_hyperBox, 1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_runBar);
  layout->addLayout(columns, 1);

  connect(m_play, &QPushButton::clicked, m_controller, &TrainingController::togglePlay);
  connect(m_step, &QPushButton::clicked, m_controller, &TrainingController::step);
  connect(m_reset, &QPushButton::clicked, m_controller, &TrainingController::reset);
  connect(m_controller, &TrainingController::stateChanged, this, &TrainingPanel::updateRunState);
  connect(m_controller, &TrainingController::snapshotReady, this, &TrainingPanel::showSnapshot);
  connect(m_controller, &TrainingController::runPrepared, this,
          [this] { showSnapshot(m_controller->snapshot()); });

  // The slider and the field show one setting: each follows the other, and either edits it.
  connect(m_rateSlider, &QSlider::valueChanged, this, [this](int pos) {
    if (!m_loading) edit(SettingKey::LearningRate, rateForSlider(pos));
  });
  bind(SettingKey::LearningRate, m_rate);
  bind(SettingKey::Loss, m_loss);
  bind(SettingKey::Optimizer, m_optimizer);
  bind(SettingKey::Momentum, m_momentum);
  bind(SettingKey::Beta1, m_beta1);
  bind(SettingKey::Beta2, m_beta2);
  bind(SettingKey::WeightDecay, m_weightDecay);
  bind(SettingKey::Schedule, m_schedule);
  bind(SettingKey::StepSize, m_stepSize);
  bind(SettingKey::Gamma, m_gamma);
  bind(SettingKey::TMax, m_tMax);
  bind(SettingKey::BatchSize, m_batch);
  bind(SettingKey::Seed, m_seed);
  bind(SettingKey::L1, m_l1);
  bind(SettingKey::L2, m_l2);
  bind(SettingKey::EpochLimit, m_stopAt);
  bind(SettingKey::Patience, m_patience);
  bind(SettingKey::RestoreBest, m_restoreBest);
  // The speed is how the run is shown, not a setting of the project.
  connect(m_perFrame, &QComboBox::currentIndexChanged, this, [this] {
    if (!m_loading) m_controller->setEpochsPerFrame(m_perFrame->currentData().toInt());
  });
  connect(m_project, &Project::settingChanged, this, &TrainingPanel::showSetting);
  connect(m_project, &Project::loaded, this, &TrainingPanel::showAllSettings);
  connect(m_project, &Project::locksChanged, this, &TrainingPanel::retranslateUi);

  retranslateUi();
  // After retranslateUi, so that the tooltips written there count as the controls' own.
  const std::pair<QWidget*, const char*> fixed[] = {
      {m_play, "concept/training-loop"},     {m_step, "concept/epoch"},
      {m_reset, "concept/training-loop"},    {m_stopAt, "concept/epoch"},
      {m_perFrame, "concept/epoch"},         {m_rateSlider, "concept/learning-rate"},
      {m_rate, "concept/learning-rate"},     {m_schedule, "concept/learning-rate"},
      {m_stepSize, "concept/learning-rate"}, {m_gamma, "concept/learning-rate"},
      {m_tMax, "concept/learning-rate"},     {m_batch, "concept/batch-size"},
      {m_l1, "regularization/l1"},           {m_l2, "regularization/l2"},
      {m_seed, "concept/training-loop"},     {m_patience, "concept/overfitting"},
      {m_restoreBest, "concept/overfitting"}};
  for (const auto& [control, key] : fixed) ControlHelp::attach(control, QLatin1String(key));
  showAllSettings();
  updateRunState();
  showSnapshot(nullptr);
}

void TrainingPanel::attachChoiceConcepts() {
  // The loss and optimizer boxes, and the optimizer's own settings, explain what is chosen now.
  const QString optimizer = ConceptLibrary::optimizerKey(m_optimizer->currentData().toString());
  ControlHelp::attach(m_loss,
                      ConceptLibrary::keyFor(static_cast<neurona::LossKind>(m_loss->currentData().toInt())));
  for (QWidget* w : {static_cast<QWidget*>(m_optimizer), static_cast<QWidget*>(m_momentum),
                     static_cast<QWidget*>(m_beta1), static_cast<QWidget*>(m_beta2)})
    ControlHelp::attach(w, optimizer);
  // Weight decay is L2 regularisation, except in AdamW, which applies it apart from the gradient.
  ControlHelp::attach(m_weightDecay, optimizer == QLatin1String("optimizer/adamw")
                                         ? optimizer
                                         : QStringLiteral("regularization/l2"));
}

void TrainingPanel::retranslateUi() {
  m_step->setText(tr("Step"));
  m_step->setToolTip(
      tr("Train one epoch: one pass through all the training examples, one mini-batch at a time (→)."));
  m_reset->setText(tr("Reset"));
  m_reset->setToolTip(
      tr("Back to epoch 0 with freshly drawn random weights: training starts again from scratch (R)."));
  m_runBox->setTitle(tr("Run"));
  m_hyperBox->setTitle(tr("Optimizer"));
  const auto label = [](QFormLayout* f, QWidget* w, const QString& text) { FormRows::setLabel(f, w, text); };
  label(m_runForm, m_stopAt, tr("Stop at epoch"));
  m_stopAt->setSpecialValueText(tr("never"));
  m_speedName->setText(tr("Speed"));
  label(m_runForm, m_loss, tr("Loss"));
  label(m_runForm, m_batch, tr("Batch size"));
  m_batch->setSpecialValueText(tr("all samples"));
  label(m_runForm, m_seed, tr("Seed"));
  label(m_runForm, m_patience, tr("Early stopping patience"));
  m_patience->setSpecialValueText(tr("off"));
  label(m_runForm, m_restoreBest, tr("Restore best weights"));
  label(m_form, m_optimizer, tr("Optimizer"));
  if (auto* l = qobject_cast<QLabel*>(m_form->itemAt(1, QFormLayout::LabelRole)
                                          ? m_form->itemAt(1, QFormLayout::LabelRole)->widget()
                                          : nullptr)) {
    l->setText(tr("Learning rate"));
    l->setBuddy(m_rate);
  }
  m_rateSlider->setAccessibleName(tr("Learning rate slider"));
  label(m_form, m_momentum, tr("Momentum"));
  label(m_form, m_beta1, tr("β₁"));
  label(m_form, m_beta2, tr("β₂"));
  label(m_form, m_weightDecay, tr("Weight decay"));
  label(m_form, m_schedule, tr("Schedule"));
  label(m_form, m_stepSize, tr("Step every (epochs)"));
  label(m_form, m_gamma, tr("Factor γ"));
  label(m_form, m_tMax, tr("Period (epochs)"));
  label(m_form, m_l1, tr("L1"));
  label(m_form, m_l2, tr("L2"));
  m_rateSlider->setToolTip(
      tr("How big a step each update takes: too high and the loss jumps or diverges, too low "
         "and training crawls. The scale is logarithmic; changes apply at once, without a "
         "reset."));
  m_stopAt->setToolTip(
      tr("Training pauses by itself after this many epochs (passes through the training data); "
         "more is not always better, as the network may start to overfit."));
  m_perFrame->setToolTip(
      tr("How many epochs are trained between two redraws of the plots: more is faster, fewer "
         "lets you watch the boundary change step by step."));
  m_seed->setToolTip(
      tr("The same seed gives the same starting weights and the same order of the examples, so a "
         "run can be repeated exactly; another seed shows how much the result owes to chance."));
  m_patience->setToolTip(
      tr("Early stopping: training stops when the validation loss has not improved for this "
         "many epochs, before the network starts to overfit."));
  m_restoreBest->setToolTip(
      tr("When early stopping ends the run, go back to the weights of the epoch with the "
         "lowest validation loss."));
  m_momentum->setToolTip(
      tr("Each step keeps this share of the previous one, so the updates gather speed in a "
         "steady direction and the zigzags cancel out."));
  m_beta1->setToolTip(tr("How much Adam's running average of the gradient remembers of earlier steps (0.9: "
                         "about the last 10); it smooths the direction of the updates."));
  m_beta2->setToolTip(
      tr("How much Adam's running average of the squared gradient remembers (0.999: about the "
         "last 1000 steps); it scales each weight's step by the usual size of its gradient."));
  m_weightDecay->setToolTip(
      tr("Shrinks every weight a little at each step, which keeps the weights small and the "
         "boundary smooth, as L2 regularisation does."));
  m_schedule->setToolTip(
      tr("How the learning rate changes during training: large steps first and smaller ones "
         "later help the network settle into a minimum."));
  m_stepSize->setToolTip(
      tr("Step decay: every this many epochs, the learning rate is multiplied by the factor "
         "γ."));
  m_gamma->setToolTip(tr("The factor the learning rate is multiplied by: every epoch for exponential decay, "
                         "every few epochs for step decay (0.1 divides it by 10)."));
  m_tMax->setToolTip(tr("Cosine annealing lowers the learning rate along half a cosine wave, from its start "
                        "value to 0 in this many epochs."));

  m_loading = true;
  for (int i = 0; i < m_loss->count(); ++i)
    m_loss->setItemText(i, KindNames::loss(static_cast<neurona::LossKind>(m_loss->itemData(i).toInt())));
  const QStringList optimizerNames = {tr("SGD"), tr("Adam"), tr("AdamW"), tr("RMSprop"), tr("Adagrad")};
  for (int i = 0; i < m_optimizer->count() && i < optimizerNames.size(); ++i)
    m_optimizer->setItemText(i, optimizerNames[i]);
  const QStringList schedules = {tr("Constant"), tr("Step decay"), tr("Exponential decay"),
                                 tr("Cosine annealing")};
  for (int i = 0; i < m_schedule->count(); ++i) m_schedule->setItemText(i, schedules[i]);
  const int perFrame = m_perFrame->currentIndex();
  m_perFrame->clear();
  for (int n : kPerFrame)
    m_perFrame->addItem(n == 0 ? tr("As fast as possible") : tr("%n epoch(s) per frame", nullptr, n), n);
  m_perFrame->setCurrentIndex(perFrame < 0 ? m_perFrame->count() - 1 : perFrame);
  m_loading = false;
  updateRunState();
  showSnapshot(m_controller->snapshot());
  applyLocks();
}

void TrainingPanel::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(e);
}

void TrainingPanel::bind(SettingKey key, QWidget* editor) {
  m_editors.insert(key, editor);
  const auto send = [this, key](const QVariant& v) {
    if (!m_loading) edit(key, v);
  };
  if (auto* box = qobject_cast<QComboBox*>(editor))
    connect(box, &QComboBox::currentIndexChanged, this, [box, send] { send(box->currentData()); });
  else if (auto* spin = qobject_cast<QSpinBox*>(editor))
    connect(spin, &QSpinBox::valueChanged, this, [send](int v) { send(v); });
  else if (auto* real = qobject_cast<QDoubleSpinBox*>(editor))
    connect(real, &QDoubleSpinBox::valueChanged, this, [send](double v) { send(v); });
  else if (auto* check = qobject_cast<QCheckBox*>(editor))
    connect(check, &QCheckBox::toggled, this, [send](bool v) { send(v); });
}

void TrainingPanel::edit(SettingKey key, const QVariant& value) {
  // A refused edit (a lesson's lock) or one that changes nothing: show the project's value again.
  if (!m_project->setSetting(key, value)) showSetting(key);
}

void TrainingPanel::showSetting(SettingKey key) {
  QWidget* editor = m_editors.value(key);
  if (!editor) return;
  m_loading = true;
  const QVariant v = m_project->setting(key);
  if (auto* box = qobject_cast<QComboBox*>(editor))
    box->setCurrentIndex(box->findData(v));
  else if (auto* spin = qobject_cast<QSpinBox*>(editor))
    spin->setValue(static_cast<int>(std::min<qlonglong>(v.toLongLong(), spin->maximum())));
  else if (auto* real = qobject_cast<QDoubleSpinBox*>(editor))
    real->setValue(v.toDouble());
  else if (auto* check = qobject_cast<QCheckBox*>(editor))
    check->setChecked(v.toBool());
  if (key == SettingKey::LearningRate) m_rateSlider->setValue(sliderForRate(v.toDouble()));
  m_loading = false;
  if (key == SettingKey::Optimizer || key == SettingKey::Schedule) updateOptimizerRows();
  if (key == SettingKey::Optimizer || key == SettingKey::Loss) attachChoiceConcepts();
}

void TrainingPanel::showAllSettings() {
  for (SettingKey key : TrainingSettings::allKeys()) showSetting(key);
  m_loading = true;
  const int idx = m_perFrame->findData(m_controller->epochsPerFrame());
  m_perFrame->setCurrentIndex(idx < 0 ? m_perFrame->count() - 1 : idx);
  m_loading = false;
}

void TrainingPanel::applyLocks() {
  // A locked control is grey and says why; retranslateUi() gives the others their own tooltips back.
  // A control with no tooltip of its own must not keep the lock's after the lesson closes.
  const QString lockedTip = tr("Locked by this lesson");
  for (auto it = m_editors.begin(); it != m_editors.end(); ++it) {
    const auto lock = TrainingSettings::lockOf(it.key());
    const bool locked = lock && m_project->isLocked(*lock);
    it.value()->setEnabled(!locked);
    if (locked)
      it.value()->setToolTip(lockedTip);
    else if (it.value()->toolTip() == lockedTip)
      it.value()->setToolTip(QString());
  }
  const bool rateLocked = m_project->isLocked(Lock::LearningRate);
  m_rateSlider->setEnabled(!rateLocked);
  if (rateLocked) m_rateSlider->setToolTip(lockedTip);
}

void TrainingPanel::updateOptimizerRows() {
  const QString name = m_optimizer->currentData().toString();
  const bool adam = name.startsWith(QStringLiteral("adam"));
  setRowVisible(m_form, m_momentum, name == QStringLiteral("sgd") || name == QStringLiteral("rmsprop"));
  setRowVisible(m_form, m_beta1, adam);
  setRowVisible(m_form, m_beta2, adam);
  const auto kind = static_cast<ScheduleKind>(m_schedule->currentData().toInt());
  setRowVisible(m_form, m_stepSize, kind == ScheduleKind::Step);
  setRowVisible(m_form, m_gamma, kind == ScheduleKind::Step || kind == ScheduleKind::Exponential);
  setRowVisible(m_form, m_tMax, kind == ScheduleKind::Cosine);
}

void TrainingPanel::updateRunState() {
  const bool running = m_controller->isRunning();
  m_play->setText(running ? tr("Pause") : tr("Play"));
  m_play->setToolTip(tr("Play or pause training: the network repeats the training loop (predict, measure the "
                        "loss, backpropagate, update the weights) epoch after epoch (Space)."));
  m_play->setIcon(style()->standardIcon(running ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
  m_step->setEnabled(!running);
}

void TrainingPanel::showSnapshot(const SnapshotPtr& s) {
  const int epoch = s ? s->epoch : m_controller->epoch();
  m_epoch->setText(tr("Epoch %1").arg(epoch, 6, 10, QLatin1Char('0')));
  const double eps = s ? s->epochsPerSecond : 0.0;
  m_speedLabel->setText(eps >= 1000.0 ? tr("%1k epochs/s").arg(NumberFormat::fixed(eps / 1000.0, 1))
                                      : tr("%1 epochs/s").arg(NumberFormat::fixed(eps, 0)));
}
