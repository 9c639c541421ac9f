#include "ui/experiments/SweepDialog.h"

#include "model/Project.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace {

using Kind = SweepDialog::Kind;

bool needsLayer(Kind k) { return k == Kind::Units || k == Kind::Activation || k == Kind::DropoutRate; }

QString defaultValues(Kind k) {
  switch (k) {
  case Kind::LearningRate: return QStringLiteral("0.001, 0.01, 0.1, 1");
  case Kind::BatchSize: return QStringLiteral("8, 32, 128");
  case Kind::Units: return QStringLiteral("2, 4, 8");
  case Kind::HiddenLayers: return QStringLiteral("1, 2, 3");
  case Kind::Activation: return QStringLiteral("relu, tanh, sigmoid");
  case Kind::Optimizer: return QStringLiteral("sgd, adam, rmsprop");
  case Kind::L2: return QStringLiteral("0, 0.001, 0.01");
  case Kind::DropoutRate: return QStringLiteral("0, 0.2, 0.5");
  case Kind::Seed: return QStringLiteral("0, 1, 2, 3");
  }
  return {};
}

} // namespace

SweepDialog::SweepDialog(const Project* project, QWidget* parent) : QDialog(parent), m_project(project) {
  setObjectName(QStringLiteral("sweepDialog"));
  setWindowTitle(tr("New Sweep"));
  auto* layout = new QVBoxLayout(this);
  auto* intro = new QLabel(tr("Train the network once for every value (and every pair of values, with two "
                              "settings). Separate the values with commas."));
  intro->setWordWrap(true);
  layout->addWidget(intro);
  auto* form = new QFormLayout;
  layout->addLayout(form);
  for (int i = 0; i < 2; ++i) {
    m_rows[i] = makeRow(i);
    auto* line = new QHBoxLayout;
    line->addWidget(m_rows[i].kind);
    line->addWidget(m_rows[i].layer);
    line->addWidget(m_rows[i].values, 1);
    if (i == 0) {
      form->addRow(tr("Setting:"), line);
    } else {
      m_second = new QCheckBox(tr("and"));
      m_second->setObjectName(QStringLiteral("secondSettingCheck"));
      m_second->setAccessibleName(tr("Sweep a second setting"));
      form->addRow(m_second, line);
    }
  }
  m_epochs = new QSpinBox;
  m_epochs->setObjectName(QStringLiteral("sweepEpochsSpin"));
  m_epochs->setRange(1, 1000000);
  m_epochs->setValue(std::clamp(project->settings().epochs > 0 ? project->settings().epochs : 500, 1, 2000));
  m_epochs->setAccessibleName(tr("Epochs of each run"));
  form->addRow(tr("Epochs of each run:"), m_epochs);
  m_count = new QLabel;
  m_count->setObjectName(QStringLiteral("sweepCountLabel"));
  layout->addWidget(m_count);

  auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
  buttons->button(QDialogButtonBox::Ok)->setText(tr("Start Sweep"));
  buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("startSweepButton"));
  connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);

  connect(m_second, &QCheckBox::toggled, this, [this](bool on) { setSecondRowEnabled(on); });
  m_rows[1].kind->setCurrentIndex(static_cast<int>(Kind::Units));
  updateRow(m_rows[1], true);
  setSecondRowEnabled(false);
  updateCount();
}

SweepDialog::Row SweepDialog::makeRow(int index) {
  Row row;
  row.kind = new QComboBox;
  row.kind->setObjectName(QStringLiteral("sweepSettingCombo%1").arg(index + 1));
  row.kind->setAccessibleName(index == 0 ? tr("First setting") : tr("Second setting"));
  row.kind->addItems({tr("Learning rate"), tr("Batch size"), tr("Units of a layer"), tr("Hidden layers"),
                      tr("Activation of a layer"), tr("Optimizer"), tr("L2 penalty"),
                      tr("Dropout rate of a layer"), tr("Seed")});
  row.layer = new QComboBox;
  row.layer->setObjectName(QStringLiteral("sweepLayerCombo%1").arg(index + 1));
  row.layer->setAccessibleName(index == 0 ? tr("Layer of the first setting")
                                          : tr("Layer of the second setting"));
  row.values = new QLineEdit;
  row.values->setObjectName(QStringLiteral("sweepValuesEdit%1").arg(index + 1));
  row.values->setAccessibleName(index == 0 ? tr("Values of the first setting")
                                           : tr("Values of the second setting"));
  connect(row.kind, &QComboBox::currentIndexChanged, this, [this, row] {
    updateRow(row, true);
    updateCount();
  });
  connect(row.layer, &QComboBox::currentIndexChanged, this, [this] { updateCount(); });
  connect(row.values, &QLineEdit::textChanged, this, [this] { updateCount(); });
  updateRow(row, true);
  return row;
}

void SweepDialog::updateRow(const Row& row, bool resetValues) {
  const auto kind = static_cast<Kind>(row.kind->currentIndex());
  row.layer->clear();
  const auto& layers = m_project->network().layers;
  for (int i = 0; i < static_cast<int>(layers.size()); ++i) {
    const neurona::LayerSpec& l = layers[static_cast<std::size_t>(i)];
    const bool fits = (kind == Kind::DropoutRate) == (l.type == neurona::LayerType::Dropout) &&
                      (kind == Kind::DropoutRate || l.type == neurona::LayerType::Dense);
    if (fits) row.layer->addItem(m_project->layerName(l.id), i);
  }
  row.layer->setVisible(needsLayer(kind));
  if (resetValues) row.values->setText(defaultValues(kind));
}

void SweepDialog::setSecondRowEnabled(bool on) {
  m_second->setChecked(on);
  for (QWidget* w : {static_cast<QWidget*>(m_rows[1].kind), static_cast<QWidget*>(m_rows[1].layer),
                     static_cast<QWidget*>(m_rows[1].values)})
    w->setEnabled(on);
  updateCount();
}

void SweepDialog::setRow(int row, Kind kind, const QString& values, int layerIndex) {
  Row& r = m_rows[std::clamp(row, 0, 1)];
  r.kind->setCurrentIndex(static_cast<int>(kind));
  const int at = r.layer->findData(layerIndex);
  if (at >= 0) r.layer->setCurrentIndex(at);
  r.values->setText(values);
  if (row == 1) setSecondRowEnabled(true);
}

std::optional<neurona::SweepSetting> SweepDialog::settingOf(const Row& row) const {
  const auto kind = static_cast<Kind>(row.kind->currentIndex());
  const QString layer = QStringLiteral("network.layers[%1].").arg(row.layer->currentData().toInt());
  QString key;
  switch (kind) {
  case Kind::LearningRate: key = QStringLiteral("training.optimizer.learning_rate"); break;
  case Kind::BatchSize: key = QStringLiteral("training.batch_size"); break;
  case Kind::Units: key = layer + QStringLiteral("units"); break;
  case Kind::HiddenLayers: key = QStringLiteral("network.hidden_layers"); break;
  case Kind::Activation: key = layer + QStringLiteral("activation"); break;
  case Kind::Optimizer: key = QStringLiteral("training.optimizer.name"); break;
  case Kind::L2: key = QStringLiteral("training.l2"); break;
  case Kind::DropoutRate: key = layer + QStringLiteral("rate"); break;
  case Kind::Seed: key = QStringLiteral("training.seed"); break;
  }
  if (needsLayer(kind) && row.layer->count() == 0) return std::nullopt;
  neurona::SweepSetting s;
  s.key = key.toStdString();
  for (const QString& v : row.values->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
    if (!v.trimmed().isEmpty()) s.values.push_back(v.trimmed().toStdString());
  if (s.values.empty()) return std::nullopt;
  return s;
}

std::vector<neurona::SweepSetting> SweepDialog::settings() const {
  std::vector<neurona::SweepSetting> out;
  if (auto s = settingOf(m_rows[0])) out.push_back(*s);
  if (m_second->isChecked())
    if (auto s = settingOf(m_rows[1])) out.push_back(*s);
  return out;
}

std::optional<int> SweepDialog::epochs() const { return m_epochs->value(); }

void SweepDialog::updateCount() {
  if (!m_count) return;
  int runs = 1;
  const std::vector<neurona::SweepSetting> s = settings();
  for (const neurona::SweepSetting& one : s) runs *= static_cast<int>(one.values.size());
  m_count->setText(s.empty() ? tr("Choose a setting and its values.") : tr("%n run(s)", nullptr, runs));
}
