#include "ui/explain/ExplainPanel.h"

#include "model/Project.h"
#include "ui/style/NumberFormat.h"

#include "neurona/core/nn/Loss.h"
#include "neurona/core/nn/Network.h"
#include "neurona/core/train/Metrics.h"

#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>
#include <stdexcept>

ExplainPanel::ExplainPanel(Project* project, Values values, QWidget* parent)
    : QWidget(parent), m_project(project), m_values(std::move(values)) {
  auto* layout = new QVBoxLayout(this);
  auto* top = new QHBoxLayout;
  m_sampleLabel = new QLabel(this);
  m_sample = new QSpinBox(this);
  m_sample->setMinimum(1);
  m_sampleLabel->setBuddy(m_sample);
  m_sampleText = new QLabel(this);
  m_sampleText->setTextFormat(Qt::PlainText);
  top->addWidget(m_sampleLabel);
  top->addWidget(m_sample);
  top->addWidget(m_sampleText, 1);
  layout->addLayout(top);
  m_hint = new QLabel(this);
  m_hint->setWordWrap(true);
  layout->addWidget(m_hint);

  auto* nav = new QHBoxLayout;
  m_back = new QPushButton(this);
  m_next = new QPushButton(this);
  m_stageTitle = new QLabel(this);
  m_stageTitle->setTextFormat(Qt::PlainText);
  m_stageTitle->setAlignment(Qt::AlignCenter);
  m_stageTitle->setWordWrap(true);
  QFont bold = m_stageTitle->font();
  bold.setBold(true);
  m_stageTitle->setFont(bold);
  nav->addWidget(m_back);
  nav->addWidget(m_stageTitle, 1);
  nav->addWidget(m_next);
  layout->addLayout(nav);

  m_text = new QTextBrowser(this);
  m_text->setOpenLinks(false);
  layout->addWidget(m_text, 1);

  m_apply = new QPushButton(this);
  layout->addWidget(m_apply, 0, Qt::AlignRight);

  connect(m_sample, &QSpinBox::valueChanged, this, [this] {
    if (!m_refreshPending) refreshSoon();
  });
  connect(m_back, &QPushButton::clicked, this, &ExplainPanel::back);
  connect(m_next, &QPushButton::clicked, this, &ExplainPanel::next);
  connect(m_apply, &QPushButton::clicked, this, &ExplainPanel::apply);
  for (auto signal : {&Project::loaded, &Project::networkChanged, &Project::dataChanged,
                      &Project::preparationChanged, &Project::trainingReplaced, &Project::diagnosticsChanged})
    connect(project, signal, this, &ExplainPanel::refreshSoon);
  connect(project, &Project::settingChanged, this, &ExplainPanel::refreshSoon);
  retranslateUi();
}

void ExplainPanel::setActive(bool active) {
  if (active == m_active) return;
  m_active = active;
  if (active) {
    refresh();
    // Not in the sample box or the text, which would keep ← and → for their cursors.
    if (m_sample->hasFocus() || m_text->hasFocus()) m_next->setFocus();
  } else {
    m_trace.reset();
    emit cleared();
    emit sampleMarked(-1);
  }
}

int ExplainPanel::sample() const { return m_sample->value() - 1; }

void ExplainPanel::setSample(int sample) { m_sample->setValue(sample + 1); }

QString ExplainPanel::stageTitle() const { return m_stageTitle->text(); }

QString ExplainPanel::text() const { return m_text->document()->toPlainText(); }

QString ExplainPanel::problem() const { return m_problem; }

void ExplainPanel::refreshSoon() {
  if (!m_active || m_refreshPending) return;
  m_refreshPending = true;
  QTimer::singleShot(0, this, [this] {
    if (m_refreshPending) refresh();
  });
}

void ExplainPanel::valuesChanged() {
  if (m_active && m_values() != m_usedValues) refreshSoon();
}

void ExplainPanel::refresh() {
  m_refreshPending = false;
  if (!m_active) return;
  m_trace.reset();
  m_problem.clear();
  const neurona::Dataset& train = m_project->prepared().train;
  const int samples = static_cast<int>(train.samples());
  {
    const QSignalBlocker block(m_sample);
    m_sample->setMaximum(std::max(1, samples));
  }
  m_usedValues = m_values();
  if (!m_project->canTrain())
    m_problem = tr("The network has a problem to fix first (see Problems).");
  else if (samples == 0)
    m_problem = tr("There is no training data to explain a step on.");
  else if (!m_usedValues)
    m_problem = tr("The network's values are not ready yet.");
  if (m_problem.isEmpty()) {
    neurona::Rng rng(0); // the values are replaced at once
    neurona::NetworkD net(m_project->runnableNetwork(), static_cast<int>(train.featureCount()), rng);
    const neurona::TrainingConfig& settings = m_project->settings();
    if (!net.setParams(*m_usedValues)) {
      m_problem = tr("The network's values are not ready yet.");
    } else if (!neurona::lossFitsOutput(settings.loss, net.outputActivation())) {
      m_problem = tr("The loss does not fit the output layer (see Problems).");
    } else {
      const int k = sample();
      const neurona::MatrixD targets = neurona::targetMatrix<double>(train, net.outputs());
      try {
        neurona::StepTrace t =
            neurona::StepExplainer::trace(net, train.features.row(k), targets.row(k), settings.loss,
                                          settings.optimizer.learningRate, &settings.optimizer);
        t.sample = k;
        m_trace = std::move(t);
      } catch (const std::invalid_argument&) {
        m_problem = tr("This network cannot be explained one step at a time.");
      }
    }
  }
  if (m_trace) {
    m_stages = ExplainText::stages(*m_trace);
    m_stage = std::clamp(m_stage, 0, static_cast<int>(m_stages.size()) - 1);
  } else {
    m_stages.clear();
    m_stage = 0;
  }
  describeSample();
  showStage();
}

void ExplainPanel::describeSample() {
  const neurona::PreparedData& data = m_project->prepared();
  const int k = sample();
  if (!m_trace || k < 0 || static_cast<std::size_t>(k) >= data.split.train.size()) {
    m_sampleText->clear();
    emit sampleMarked(-1);
    return;
  }
  const int row = static_cast<int>(data.split.train[static_cast<std::size_t>(k)]);
  QStringList xs;
  for (Eigen::Index c = 0; c < std::min<Eigen::Index>(4, data.raw.featureCount()); ++c)
    xs << NumberFormat::number(data.raw.features(row, c), 3);
  if (data.raw.featureCount() > 4) xs << QStringLiteral("…");
  QString truth;
  if (neurona::isClassification(data.raw.task) && row < data.raw.labels.size()) {
    const int label = data.raw.labels(row);
    truth =
        tr("class %1").arg(QString::fromStdString(data.raw.classNames.at(static_cast<std::size_t>(label))));
  } else if (row < data.raw.targets.rows() && data.raw.targets.cols() == 1) {
    truth = tr("target %1").arg(NumberFormat::number(data.raw.targets(row, 0), 4));
  } else if (row < data.raw.targets.rows()) {
    QStringList ts; // several targets: (t1; t2; ...), as the inputs are written
    for (Eigen::Index c = 0; c < std::min<Eigen::Index>(4, data.raw.targets.cols()); ++c)
      ts << NumberFormat::number(data.raw.targets(row, c), 4);
    if (data.raw.targets.cols() > 4) ts << QStringLiteral("…");
    truth = tr("targets (%1)").arg(ts.join(QStringLiteral("; ")));
  }
  m_sampleText->setText(
      tr("of %1: (%2), %3").arg(data.train.samples()).arg(xs.join(QStringLiteral("; ")), truth));
  emit sampleMarked(row);
}

void ExplainPanel::showStage() {
  const bool has = m_trace && !m_stages.empty();
  m_back->setEnabled(has && m_stage > 0);
  m_next->setEnabled(has && m_stage + 1 < static_cast<int>(m_stages.size()));
  m_apply->setEnabled(has);
  m_sample->setEnabled(m_trace.has_value() || m_problem.isEmpty());
  if (!has) {
    m_stageTitle->setText(QString());
    m_text->setHtml(QStringLiteral("<p>%1</p>").arg(m_problem.toHtmlEscaped()));
    emit cleared();
    return;
  }
  const ExplainText::Stage& stage = m_stages[static_cast<std::size_t>(m_stage)];
  const auto names = [this](neurona::LayerId id) { return m_project->layerName(id); };
  m_stageTitle->setText(tr("%1 of %2: %3")
                            .arg(m_stage + 1)
                            .arg(m_stages.size())
                            .arg(ExplainText::title(*m_trace, stage, names)));
  m_text->setHtml(ExplainText::html(*m_trace, stage, names));
  emit stageShown(*m_trace, stage);
}

void ExplainPanel::next() {
  if (m_stage + 1 >= static_cast<int>(m_stages.size())) return;
  ++m_stage;
  showStage();
}

void ExplainPanel::back() {
  if (m_stage <= 0) return;
  --m_stage;
  showStage();
}

void ExplainPanel::pickNearest(double x1, double x2) {
  const neurona::PreparedData& data = m_project->prepared();
  if (data.raw.featureCount() < 2) return;
  double best = std::numeric_limits<double>::infinity();
  int bestIndex = -1;
  for (std::size_t k = 0; k < data.split.train.size(); ++k) {
    const auto row = static_cast<Eigen::Index>(data.split.train[k]);
    const double dx = data.raw.features(row, 0) - x1, dy = data.raw.features(row, 1) - x2;
    const double d = dx * dx + dy * dy;
    if (d < best) {
      best = d;
      bestIndex = static_cast<int>(k);
    }
  }
  if (bestIndex >= 0) setSample(bestIndex);
}

void ExplainPanel::apply() {
  if (!m_trace || !m_usedValues) return;
  auto next = std::make_shared<neurona::ModelParams>(*m_usedValues);
  for (const neurona::LayerStep& l : m_trace->layers) {
    for (neurona::LayerParams& p : *next) {
      if (p.id != l.id) continue;
      if (l.type == neurona::LayerType::Dense) {
        // The optimizer's step when training uses one (its first step from a fresh start), else plain SGD.
        const bool optimizer = l.optimizerWeightsAfter.size() > 0;
        p.weights = optimizer ? l.optimizerWeightsAfter : l.weightsAfter;
        p.bias = optimizer && l.optimizerBiasAfter.size() > 0 ? l.optimizerBiasAfter : l.biasAfter;
      } else if (l.type == neurona::LayerType::BatchNorm && l.gammaAfter.size() > 0) {
        p.gamma = l.gammaAfter;
        p.beta = l.betaAfter;
      }
    }
  }
  m_stage = 0;
  m_project->setLearnedValues(next, tr("Apply an explained step"));
}

void ExplainPanel::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) {
    retranslateUi();
    if (m_active) refresh();
  }
  QWidget::changeEvent(e);
}

void ExplainPanel::retranslateUi() {
  m_sampleLabel->setText(tr("Training &sample"));
  m_sample->setAccessibleName(tr("Training sample to explain"));
  m_hint->setText(tr("Or click a point on the decision boundary. Step with ← and →."));
  m_back->setText(tr("◀ &Back"));
  m_back->setAccessibleName(tr("Previous stage"));
  m_next->setText(tr("&Next ▶"));
  m_next->setAccessibleName(tr("Next stage"));
  m_apply->setText(tr("&Apply this step"));
  m_apply->setToolTip(tr("Make the values after this step the network's own (Undo takes them back)"));
  m_text->setAccessibleName(tr("Explanation of the stage"));
}
