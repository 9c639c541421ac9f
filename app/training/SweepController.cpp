#include "training/SweepController.h"

#include "model/Project.h"

#include "neurona/core/io/ProjectFile.h"
#include "neurona/core/sweep/SettingKeys.h"

#include <QMetaObject>
#include <QPointer>

SweepController::SweepController(Project* project, QObject* parent) : QObject(parent), m_project(project) {
  // A sweep of the project that was open: its runs do not belong to the one opened now.
  connect(m_project, &Project::loaded, this, [this] {
    if (!isRunning()) return;
    m_discard = true;
    cancel();
  });
}

SweepController::~SweepController() {
  if (m_runner) m_runner->cancel();
  join();
}

void SweepController::join() {
  if (m_thread && m_thread->joinable()) m_thread->join();
  m_thread.reset();
}

bool SweepController::start(std::vector<neurona::SweepSetting> settings, std::optional<int> epochs,
                            int jobs) {
  m_startError = {};
  m_refusal = {};
  if (isRunning()) return false;
  neurona::Project file = m_project->toFile(QString()); // data paths stay absolute
  file.model.reset();
  file.history.clear();
  file.runs.clear();
  neurona::Result<neurona::SweepPlan> plan =
      neurona::SweepPlan::create(neurona::ProjectFile::toJson(file), settings, epochs);
  if (!plan.ok()) {
    m_startError = plan.error;
    return false;
  }
  auto planned = std::make_unique<neurona::SweepPlan>(std::move(plan.value));
  auto runner = std::make_unique<neurona::SweepRunner>(*planned, std::filesystem::path("."), jobs);
  // Every combination is checked before any trains (the data is prepared once per distinct data setting
  // and kept for the run), so that a value that makes a network invalid is said at once.
  m_refusal = runner->check();
  if (m_refusal.refused()) {
    m_refusedValues = planned->valuesOf(m_refusal.run);
    return false;
  }

  m_settings = std::move(settings);
  m_runner.reset();
  m_plan = std::move(planned);
  m_runner = std::move(runner);
  m_outcomes.assign(static_cast<std::size_t>(m_plan->size()), nullptr);
  m_kept.assign(static_cast<std::size_t>(m_plan->size()), 0);
  m_done = 0;
  m_cancelled = false;
  m_discard = false;
  m_clock.start();
  QPointer<SweepController> self(this);
  neurona::SweepRunner* worker = m_runner.get();
  // The runner's callback comes from its worker threads, one at a time; each outcome crosses to the GUI
  // thread as a shared, immutable value.
  m_thread = std::make_unique<std::thread>([self, worker] {
    // A run that throws (memory ran out) cancels the sweep; the runs that ended are still kept.
    try {
      worker->run([self](const neurona::SweepOutcome& outcome) {
        auto shared = std::make_shared<const neurona::SweepOutcome>(outcome);
        QMetaObject::invokeMethod(
            self.data(),
            [self, shared] {
              if (self) self->onRunDone(shared);
            },
            Qt::QueuedConnection);
      });
    } catch (const std::exception&) {
      QMetaObject::invokeMethod(
          self.data(),
          [self] {
            if (self) self->m_cancelled = true;
          },
          Qt::QueuedConnection);
    }
    QMetaObject::invokeMethod(
        self.data(),
        [self] {
          if (self) self->onAllDone();
        },
        Qt::QueuedConnection);
  });
  emit started(m_plan->size());
  return true;
}

void SweepController::cancel() {
  if (!m_runner || !isRunning()) return;
  m_cancelled = true;
  m_runner->cancel();
}

double SweepController::secondsLeft() const {
  if (m_done == 0 || !m_plan) return -1.0;
  const double perRun = static_cast<double>(m_clock.elapsed()) / 1000.0 / static_cast<double>(m_done);
  return perRun * static_cast<double>(static_cast<std::size_t>(m_plan->size()) - m_done);
}

std::uint64_t SweepController::keptRunId(int run) const {
  return run >= 0 && run < static_cast<int>(m_kept.size()) ? m_kept[static_cast<std::size_t>(run)] : 0;
}

QString SweepController::describe(const std::vector<neurona::SweepSetting>& settings,
                                  const std::vector<std::string>& values) {
  QStringList parts;
  for (std::size_t i = 0; i < settings.size() && i < values.size(); ++i) {
    const QString key = QString::fromStdString(neurona::SettingKeys::brief(settings[i].key));
    parts << QStringLiteral("%1 = %2").arg(key,
                                           QString::fromStdString(neurona::SettingKeys::display(values[i])));
  }
  return parts.join(QStringLiteral(" · "));
}

void SweepController::onRunDone(std::shared_ptr<const neurona::SweepOutcome> outcome) {
  const auto run = static_cast<std::size_t>(outcome->run);
  if (run >= m_outcomes.size()) return;
  m_outcomes[run] = std::move(outcome);
  ++m_done;
  emit runFinished(static_cast<int>(run));
}

void SweepController::onAllDone() {
  join();
  // The runs that trained are kept, in the grid's order, as one sweep.
  std::vector<neurona::KeptRun> runs;
  std::vector<std::size_t> index;
  QStringList keys;
  for (const neurona::SweepSetting& s : m_settings)
    keys << QString::fromStdString(s.key).section(QLatin1Char('.'), -1);
  for (std::size_t i = 0; i < m_outcomes.size() && !m_discard; ++i) {
    const auto& o = m_outcomes[i];
    if (!o || !o->model || o->epochs <= 0) continue;
    neurona::KeptRun r;
    r.name = describe(m_settings, o->values).toStdString();
    r.status = o->status;
    r.epochs = o->epochs;
    r.sweep = keys.join(QStringLiteral(" × ")).toStdString();
    const neurona::Project& run = m_plan->project(static_cast<int>(i));
    r.setup = neurona::ProjectFile::setupToJson(run.network, run.training);
    r.history = neurona::KeptRun::thin(o->history);
    r.model = *o->model;
    runs.push_back(std::move(r));
    index.push_back(i);
  }
  const std::vector<std::uint64_t> ids = m_project->keepRuns(std::move(runs));
  for (std::size_t k = 0; k < ids.size(); ++k) m_kept[index[k]] = ids[k];
  m_runner.reset();
  emit sweepFinished(m_cancelled);
}
