#include "ui/TrainingWorkspace.h"

#include "document/DatasetDocument.h"
#include "document/NetworkTemplates.h"
#include "document/ProjectDocument.h"
#include "document/ProjectStore.h"
#include "document/TrainingSettings.h"
#include "ui/CanvasInternals.h"
#include "ui/NumberFormat.h"
#include "ui/canvas/NetworkView.h"
#include "ui/panels/DatasetPanel.h"
#include "ui/panels/TrainingPanel.h"
#include "ui/plots/BoundaryPlot.h"
#include "ui/plots/BoundaryView.h"
#include "ui/plots/LossPlot.h"
#include "ui/plots/MetricsView.h"

#include "neurona/core/data/LinearSeparability.h"
#include "neurona/core/io/ProjectFile.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QDockWidget>
#include <QStyle>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

#include <cmath>

namespace {

const char* kAskKey = "training/askBeforeReset";
const char* kAnswerKey = "training/resetAnswer";

void replaceDockWidget(QDockWidget* dock, QWidget* w) {
  if (!dock) return;
  QWidget* old = dock->widget();
  dock->setWidget(w);
  delete old;
}

} // namespace

TrainingWorkspace::TrainingWorkspace(QMainWindow* window, ProjectDocument* doc, NetworkView* canvas, Docks docks,
                                     Actions actions)
    : QObject(window), m_window(window), m_doc(doc), m_canvas(canvas), m_actions(actions) {
  setObjectName(QStringLiteral("trainingWorkspace"));
  m_dataset = new DatasetDocument(doc->undoStack(), this);
  m_settings = new TrainingSettings(this);
  m_controller = new TrainingController(this);
  m_controller->setJobProvider([this](QString* why) { return makeJob(why); });

  m_datasetPanel = new DatasetPanel(m_dataset);
  replaceDockWidget(docks.dataset, m_datasetPanel);
  m_trainingPanel = new TrainingPanel(m_settings, m_controller);
  replaceDockWidget(docks.training, m_trainingPanel);
  auto* lossSplit = new QSplitter(Qt::Vertical);
  lossSplit->setObjectName(QStringLiteral("lossSplitter"));
  m_lossPlot = new LossPlot(lossSplit);
  m_metrics = new MetricsView(lossSplit);
  lossSplit->setStretchFactor(0, 3);
  lossSplit->setStretchFactor(1, 2);
  replaceDockWidget(docks.loss, lossSplit);
  m_boundary = new BoundaryView;
  replaceDockWidget(docks.boundary, m_boundary);
  m_internals = new CanvasInternals(canvas, doc, this);

  m_statusSummary = new QLabel(window);
  m_statusSummary->setObjectName(QStringLiteral("trainingSummary"));
  window->statusBar()->addPermanentWidget(m_statusSummary);

  // Train menu and shortcuts (Space, →, R).
  if (m_actions.play) connect(m_actions.play, &QAction::triggered, m_controller, &TrainingController::togglePlay);
  if (m_actions.step) connect(m_actions.step, &QAction::triggered, m_controller, &TrainingController::step);
  if (m_actions.reset) connect(m_actions.reset, &QAction::triggered, m_controller, &TrainingController::reset);
  for (QAction* a : {m_actions.play, m_actions.step, m_actions.reset})
    if (a) {
      a->setEnabled(true);
      a->setShortcutContext(Qt::WindowShortcut);
    }

  connect(m_controller, &TrainingController::snapshotReady, this, &TrainingWorkspace::onSnapshot);
  connect(m_controller, &TrainingController::historyAppended, this,
          [this](int first) { m_lossPlot->appendEpochs(m_controller->history(), first); });
  connect(m_controller, &TrainingController::historyCleared, this, [this] {
    m_lossPlot->clear();
    m_metrics->clear();
  });
  connect(m_controller, &TrainingController::diverged, this, &TrainingWorkspace::onDiverged);
  connect(m_controller, &TrainingController::startFailed, this, &TrainingWorkspace::onStartFailed);
  connect(m_controller, &TrainingController::stateChanged, this, &TrainingWorkspace::updateActions);
  connect(m_controller, &TrainingController::finished, this, [this](neurona::TrainingStatus s) {
    if (s == neurona::TrainingStatus::Completed)
      m_window->statusBar()->showMessage(tr("Training reached epoch %1, the limit you set.").arg(m_controller->epoch()), 6000);
    else if (s == neurona::TrainingStatus::EarlyStopped)
      m_window->statusBar()->showMessage(
          tr("Early stopping: the validation loss stopped improving (epoch %1).").arg(m_controller->epoch()), 6000);
  });

  // Live settings go to the running worker; the others need a new run.
  m_controller->setLiveSettings(liveSettings());
  connect(m_settings, &TrainingSettings::liveChanged, this, [this] { m_controller->setLiveSettings(liveSettings()); });
  connect(m_settings, &TrainingSettings::resetNeeded, this, [this] {
    m_doc->setLoss(m_settings->config().loss);
    structureChanged(tr("training settings"));
  });
  connect(m_boundary, &BoundaryView::resolutionChanged, this, [this] { m_controller->setLiveSettings(liveSettings()); });

  connect(m_dataset, &DatasetDocument::dataChanged, this, [this] {
    onDataChanged();
    structureChanged(tr("data"));
  });
  connect(m_dataset, &DatasetDocument::settingsChanged, this, [this] {
    onDataChanged();
    structureChanged(tr("data preparation"));
  });
  connect(m_doc, &ProjectDocument::networkChanged, this, [this] { structureChanged(tr("network")); });
  connect(m_doc, &ProjectDocument::layerChanged, this, [this] { structureChanged(tr("network")); });

  // Painting on the boundary plot edits the data through the undo stack.
  BoundaryPlot* plot = m_boundary->plot();
  connect(plot, &BoundaryPlot::addPointRequested, m_dataset, &DatasetDocument::addPoint);
  connect(plot, &BoundaryPlot::removePointRequested, m_dataset,
          [this](double x, double y, double r) { m_dataset->removeNearest(x, y, r); });
  // Hovering a neuron shows its map large in the boundary plot.
  connect(m_internals, &CanvasInternals::neuronHovered, plot, &BoundaryPlot::showNeuronMap);
  connect(m_internals, &CanvasInternals::neuronHoverEnded, plot, &BoundaryPlot::clearNeuronMap);

  // Until a project is opened, the default project's data (the network is the canvas's template).
  const neurona::Project initial = neurona::defaultProject();
  m_loading = true;
  m_settings->setConfig(initial.training);
  m_settings->setStopAtEpoch(initial.training.epochs);
  m_dataset->loadFromProject(initial, QString(), nullptr);
  m_loading = false;
  onDataChanged();
  updateActions();
}

TrainingWorkspace::~TrainingWorkspace() {
  // The window's widgets may already be gone: stop quietly, then join the worker.
  m_controller->disconnect();
  m_controller->stop();
}

void TrainingWorkspace::setAskBeforeReset(bool ask, bool answerWhenNotAsking) {
  QSettings s;
  s.setValue(QLatin1String(kAskKey), ask);
  s.setValue(QLatin1String(kAnswerKey), answerWhenNotAsking);
}

LiveSettings TrainingWorkspace::liveSettings() const {
  LiveSettings l;
  l.learningRate = m_settings->learningRate();
  l.l1 = m_settings->config().l1;
  l.l2 = m_settings->config().l2;
  l.epochsPerFrame = m_settings->epochsPerFrame();
  l.stopAtEpoch = m_settings->stopAtEpoch();
  l.gridResolution = m_boundary ? m_boundary->resolution() : 128;
  l.neuronGrids = m_internals ? m_internals->isEnabled() : true;
  return l;
}

TrainingJobPtr TrainingWorkspace::makeJob(QString* why) const {
  if (!m_doc->canTrain()) {
    if (why) *why = tr("The network has a problem that stops training; see the Problems panel.");
    return nullptr;
  }
  auto job = std::make_shared<TrainingJob>();
  job->data = m_dataset->prepare();
  if (job->data.train.samples() == 0) {
    if (why) *why = tr("There is no training data. Generate or load a data set first.");
    return nullptr;
  }
  job->spec = m_doc->network();
  job->config = m_settings->config();
  const auto trainRows = job->data.train.samples();
  if (job->config.batchSize > trainRows)
    m_window->statusBar()->showMessage(
        tr("The batch size %1 is larger than the %2 training samples, so each epoch is one batch of all %2.")
            .arg(job->config.batchSize)
            .arg(trainRows),
        8000);
  m_runFromSaved = false;
  if (m_resumeModel &&
      neurona::ProjectData::modelFits(*m_resumeModel, job->spec, static_cast<int>(job->data.train.featureCount()))) {
    neurona::ModelParams params = m_resumeModel->params;
    for (std::size_t i = 0; i < params.size(); ++i) params[i].id = job->spec.layers[i].id; // same layers, new ids
    job->initial = std::move(params);
    m_runFromSaved = true;
  }
  const QRectF plane = m_dataset->plane(0.1);
  job->grid = {plane.left(), plane.right(), plane.top(), plane.bottom(), 128, 128};
  job->live = liveSettings();
  return job;
}

void TrainingWorkspace::updateValidationContext() {
  const neurona::Dataset& raw = m_dataset->raw();
  neurona::ValidationContext ctx = m_doc->validationContext();
  ctx.inputs = static_cast<int>(raw.featureCount() + static_cast<Eigen::Index>(m_dataset->transforms().size()));
  ctx.task = raw.task;
  ctx.classes = std::max(2, raw.classCount());
  ctx.loss = m_settings->config().loss;
  ctx.linearlySeparable = raw.samples() == 0 || neurona::isLinearlySeparable(raw);
  m_doc->setValidationContext(ctx);
}

void TrainingWorkspace::onDataChanged() {
  const neurona::Dataset& raw = m_dataset->raw();
  const neurona::PreparedData data = m_dataset->prepare();
  m_boundary->plot()->setData(raw, data.split, m_dataset->plane(0.1));
  const bool regression = raw.task == neurona::TaskKind::Regression;
  m_boundary->setPaintClasses(m_dataset->canPaint() ? raw.classNames : std::vector<std::string>{});
  m_lossPlot->setRegression(regression);
  m_metrics->setClasses(raw.classNames, regression);
  updateValidationContext();
}

void TrainingWorkspace::structureChanged(const QString& what) {
  if (m_loading || m_asking) return;
  const TrainingController::State state = m_controller->state();
  if (state == TrainingController::State::Empty) return; // the next Play builds from the documents
  if (m_controller->epoch() == 0 && !m_controller->isRunning()) {
    m_controller->reset(); // nothing trained yet: show the new untrained network at once
    return;
  }
  const bool wasRunning = m_controller->isRunning();
  m_controller->pause();
  QSettings settings;
  bool reset = settings.value(QLatin1String(kAnswerKey), true).toBool();
  if (settings.value(QLatin1String(kAskKey), true).toBool()) {
    m_asking = true;
    QMessageBox box(QMessageBox::Question, tr("Reset Training?"),
                    tr("The %1 changed. The current run was trained with the old one.\n\n"
                       "Reset training to start again with the change?").arg(what),
                    QMessageBox::Yes | QMessageBox::No, m_window);
    box.setDefaultButton(QMessageBox::Yes);
    auto* dontAsk = new QCheckBox(tr("Don't ask again"), &box);
    box.setCheckBox(dontAsk);
    reset = box.exec() == QMessageBox::Yes;
    if (dontAsk->isChecked()) setAskBeforeReset(false, reset);
    m_asking = false;
  }
  if (reset)
    m_controller->reset();
  else if (wasRunning)
    m_controller->play();
}

void TrainingWorkspace::onSnapshot(const SnapshotPtr& s) {
  if (!s) return;
  m_boundary->plot()->showSnapshot(s);
  // The boundary follows every snapshot; the canvas (many edges and heatmaps) and the tables need
  // fewer frames, and skipping them keeps the GUI thread's frames short. The last state always shows.
  const bool final = s->idle || s->status != neurona::TrainingStatus::Running;
  if (final || !m_canvasClock.isValid() || m_canvasClock.elapsed() >= kCanvasIntervalMs) {
    m_internals->showSnapshot(s);
    m_canvasClock.start();
  }
  if (!final && m_tableClock.isValid() && m_tableClock.elapsed() < kTableIntervalMs) return;
  m_tableClock.start();
  m_metrics->showSnapshot(s);
  m_summarySnapshot = s;
  updateSummary();
}

void TrainingWorkspace::updateSummary() {
  const SnapshotPtr& s = m_summarySnapshot;
  if (!s) {
    m_statusSummary->clear();
    return;
  }
  QStringList parts;
  parts << tr("epoch %1").arg(NumberFormat::integer(s->epoch));
  if (std::isfinite(s->last.loss)) parts << tr("train loss %1").arg(NumberFormat::number(s->last.loss, 3));
  if (std::isfinite(s->last.valLoss)) parts << tr("val loss %1").arg(NumberFormat::number(s->last.valLoss, 3));
  const bool regression = m_dataset->raw().task == neurona::TaskKind::Regression;
  if (regression) {
    const double r2 = s->hasHeldOut ? s->heldOutRegression.r2 : s->trainRegression.r2;
    parts << tr("R² %1").arg(NumberFormat::fixed(r2, 3));
  } else {
    const double acc = s->hasHeldOut ? s->heldOutClassification.accuracy : s->trainClassification.accuracy;
    parts << tr("accuracy %1").arg(NumberFormat::percent(acc, 1));
  }
  m_statusSummary->setText(parts.join(QStringLiteral(" · ")));
}

void TrainingWorkspace::retranslate() {
  // The summary and its numbers in the new language, without waiting for the next epoch.
  updateSummary();
}

void TrainingWorkspace::onDiverged(int epoch, double learningRate) {
  const QString text = tr("Training diverged at epoch %1: the loss became infinite. The plots show the last good "
                          "state. Try a lower learning rate (now %2), for example %3, then press Reset.")
                           .arg(epoch)
                           .arg(NumberFormat::number(learningRate, 3), NumberFormat::number(learningRate / 10.0, 3));
  m_window->statusBar()->showMessage(tr("Training diverged at epoch %1: lower the learning rate.").arg(epoch));
  if (!m_divergedBox) {
    m_divergedBox = new QMessageBox(QMessageBox::Warning, tr("Training Diverged"), QString(), QMessageBox::Ok, m_window);
    m_divergedBox->setObjectName(QStringLiteral("divergedMessage"));
    m_divergedBox->setModal(false);
    m_divergedBox->setAttribute(Qt::WA_DeleteOnClose);
  }
  m_divergedBox->setText(text);
  m_divergedBox->show();
}

QString TrainingWorkspace::startErrorText(neurona::ErrorCode code) {
  using neurona::ErrorCode;
  switch (code) {
  case ErrorCode::NoOutputLayer: return tr("The network has no output layer.");
  case ErrorCode::InputMismatch: return tr("The validation data has other inputs than the training data.");
  case ErrorCode::EmptyDataset: return tr("There is no training data.");
  case ErrorCode::LossActivationMismatch: return tr("The loss does not fit the output layer's activation.");
  case ErrorCode::TargetMismatch: return tr("The output layer does not fit the labels of the data.");
  case ErrorCode::BadOptimizer: return tr("The optimizer settings are not valid.");
  case ErrorCode::ModelMismatch: return tr("The saved weights do not fit this network.");
  default: break; // not a refusal of the trainer: its identifier
  }
  const std::string_view id = neurona::toString(code);
  return QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size()));
}

void TrainingWorkspace::onStartFailed(neurona::ErrorCode code, const QString& why) {
  // A refusal of the core is a code; the job provider's reason is already a sentence.
  const QString text = code == neurona::ErrorCode::None ? why : startErrorText(code);
  m_window->statusBar()->showMessage(tr("Training cannot start: %1").arg(text), 8000);
}

void TrainingWorkspace::updateActions() {
  if (m_actions.play)
    m_actions.play->setIcon(m_window->style()->standardIcon(m_controller->isRunning() ? QStyle::SP_MediaPause
                                                                                      : QStyle::SP_MediaPlay));
}

bool TrainingWorkspace::loadProject(const neurona::Project& project, const QString& projectDir, QString* error) {
  m_controller->stop();
  m_loading = true;
  const bool ok = m_dataset->loadFromProject(project, projectDir, error);
  if (ok) {
    m_settings->setStopAtEpoch(project.training.epochs);
    m_settings->setConfig(project.training);
    m_doc->setLoss(project.training.loss);
    onDataChanged();
    m_doc->resetNetwork(project.network);
    m_dataset->undoStack()->clear();
  }
  m_loading = false;
  // A project saved with trained weights goes on from them: the run built now starts from the saved
  // model (its boundary shows at once); a later Reset starts afresh.
  m_resumeModel = ok ? project.model : std::nullopt;
  if (ok) m_controller->reset(); // epoch 0: the untrained boundary, ready for Play
  m_resumeModel.reset();
  return ok;
}

bool TrainingWorkspace::openProject(const QString& path, QString* error) {
  neurona::Project project;
  if (!ProjectStore::load(path, &project, error)) return false;
  const bool resource = path.startsWith(QLatin1Char(':'));
  const QString dir = resource ? QString() : QFileInfo(path).absolutePath();
  if (!loadProject(project, dir, error)) return false;
  m_baseProject = std::move(project); // keeps the canvas layout and keys this version does not know
  return true;
}

bool TrainingWorkspace::newProject(QString* error) {
  neurona::Project project = neurona::defaultProject();
  project.network = NetworkTemplates::build(NetworkTemplate::Tutorial, 2);
  if (!loadProject(project, QString(), error)) return false;
  m_baseProject = std::move(project);
  return true;
}

neurona::Project TrainingWorkspace::currentProject(const QString& projectDir) const {
  neurona::Project p = m_baseProject;
  m_dataset->writeTo(p, projectDir);
  p.network = m_doc->network();
  p.training = m_settings->config();
  p.training.epochs = m_settings->stopAtEpoch();
  p.model.reset();
  p.history.clear();
  const SnapshotPtr s = m_controller->snapshot();
  if (s && (s->epoch > 0 || m_runFromSaved) && s->params.size() == p.network.layers.size()) {
    p.model = neurona::ProjectData::makeModel(p, m_dataset->prepare(), s->params);
    // A run continued from saved weights counts its epochs afresh; the saved history comes first.
    if (m_runFromSaved && m_baseProject.model) p.history = m_baseProject.history;
    const auto& more = m_controller->history();
    p.history.insert(p.history.end(), more.begin(), more.end());
  }
  return p;
}

bool TrainingWorkspace::saveProject(const QString& path, QString* error, QString* note) {
  const QString dir = QFileInfo(path).absolutePath();
  const neurona::DatasetSource& source = m_dataset->source();
  if (source.kind == neurona::DatasetSourceKind::Csv) {
    // The data file was deleted or moved while the project was open: the points are still in memory,
    // so write them back rather than save a project that points at nothing.
    const QString csv = QString::fromStdString(source.csvPath);
    if (!QFileInfo::exists(csv)) {
      QString csvError;
      const bool rewritten = QDir().mkpath(QFileInfo(csv).absolutePath()) && m_dataset->saveCsv(csv, &csvError);
      if (note)
        *note = rewritten ? tr("The data file %1 had disappeared; Neurona wrote the data back to it.")
                                .arg(QDir::toNativeSeparators(csv))
                          : tr("The data file %1 has disappeared and could not be written again. To keep the "
                               "points, use Save Data as CSV in the Data panel.")
                                .arg(QDir::toNativeSeparators(csv));
    }
  }
  return ProjectStore::save(path, currentProject(dir), error);
}
