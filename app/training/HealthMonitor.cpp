#include "training/HealthMonitor.h"

#include "model/Project.h"
#include "training/TrainingController.h"

#include "neurona/core/nn/Loss.h"
#include "neurona/core/train/LayerHealth.h"
#include "neurona/core/train/Metrics.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <stdexcept>

using neurona::Diagnostic;
using neurona::LayerHealth;

HealthMonitor::HealthMonitor(Project* project, TrainingController* controller, QObject* parent)
    : QObject(parent), m_project(project) {
  if (controller) {
    connect(controller, &TrainingController::snapshotReady, this, [this](const SnapshotPtr& s) {
      if (!s) return;
      // A new run from epoch 0 is a new story; a run rebuilt mid-way (a live setting, a pause) goes on.
      if (s->run != m_run && s->epoch == 0) clear();
      m_run = s->run;
      if (s->params && s->params != m_lastParams) measure(s->params, s->epoch);
    });
  }
  // Another network or other data: the old series describe layers and rows that are gone.
  for (auto signal :
       {&Project::loaded, &Project::networkChanged, &Project::dataChanged, &Project::preparationChanged})
    connect(project, signal, this, [this] {
      forgetBatch();
      clear();
    });
}

const HealthMonitor::Series* HealthMonitor::seriesFor(neurona::LayerId id) const {
  for (const Series& s : m_series)
    if (s.layer == id) return &s;
  return nullptr;
}

void HealthMonitor::forgetBatch() {
  m_x.resize(0, 0);
  m_y.resize(0, 0);
  m_outputs = -1;
}

void HealthMonitor::clear() {
  m_lastParams.reset();
  const bool had = !m_series.empty();
  m_series.clear();
  setDiagnostics({});
  if (had) emit updated();
}

bool HealthMonitor::measure(const std::shared_ptr<const neurona::ModelParams>& params, int epoch) {
  if (!params || !m_project->canTrain() || m_project->network().layers.empty()) return false;
  const neurona::Dataset& train = m_project->prepared().train;
  if (train.samples() == 0) return false;
  neurona::Rng rng(0); // the values are replaced at once
  std::optional<neurona::NetworkD> net;
  try {
    net.emplace(m_project->runnableNetwork(), static_cast<int>(train.featureCount()), rng);
  } catch (const std::exception&) {
    return false;
  }
  if (!net->setParams(*params)) return false;
  const neurona::LossKind loss = m_project->settings().loss;
  if (!neurona::lossFitsOutput(loss, net->outputActivation())) return false;
  if (m_outputs != net->outputs()) {
    const Eigen::Index rows = std::min<Eigen::Index>(train.samples(), LayerHealth::kMaxRows);
    m_x = train.features.topRows(rows);
    const neurona::MatrixD targets = neurona::targetMatrix<double>(train, net->outputs());
    m_y = targets.topRows(rows);
    m_outputs = net->outputs();
  }
  neurona::HealthReport report;
  try {
    report = LayerHealth::measure(*net, m_x, m_y, loss);
  } catch (const std::invalid_argument&) {
    return false;
  }
  m_lastParams = params;
  ++m_measurements;

  // The layers measured are the network's dense layers; a series whose layer is gone starts afresh.
  bool same = m_series.size() == report.layers.size();
  for (std::size_t i = 0; same && i < report.layers.size(); ++i)
    same = m_series[i].layer == report.layers[i].id;
  if (!same) {
    m_series.clear();
    for (const auto& l : report.layers) m_series.push_back({l.id, l.deadFraction >= 0.0, {}});
  }
  for (std::size_t i = 0; i < report.layers.size(); ++i) {
    const neurona::LayerHealthStats& l = report.layers[i];
    Series& s = m_series[i];
    // Values of an earlier (or the same) epoch replace what was measured after them.
    while (!s.points.empty() && s.points.back().epoch >= epoch) s.points.pop_back();
    s.relu = l.deadFraction >= 0.0;
    s.points.push_back({epoch, l.gradNorm, l.activationMean, l.activationSpread, l.deadFraction});
    if (static_cast<int>(s.points.size()) > kMaxPoints) thin(s.points);
  }
  setDiagnostics(LayerHealth::diagnose(report, m_project->network()));
  emit updated();
  return true;
}

void HealthMonitor::thin(std::vector<Point>& points) {
  // Every other point from the first, and always the newest: half the points over the same epochs.
  std::vector<Point> kept;
  kept.reserve(points.size() / 2 + 1);
  for (std::size_t i = 0; i < points.size(); i += 2) kept.push_back(points[i]);
  if (points.size() % 2 == 0) kept.push_back(points.back());
  points = std::move(kept);
}

void HealthMonitor::setDiagnostics(std::vector<Diagnostic> diagnostics) {
  // The panel rebuilds its rows on each signal: only a change worth a new sentence sends one (another
  // problem or layer, or a gradient ratio that moved by more than a factor 2).
  bool same = diagnostics.size() == m_diagnostics.size();
  for (std::size_t i = 0; same && i < diagnostics.size(); ++i) {
    const Diagnostic& a = diagnostics[i];
    const Diagnostic& b = m_diagnostics[i];
    same = a.code == b.code && a.layer == b.layer && a.expected == b.expected &&
           (a.actual == b.actual ||
            (a.actual > 0 && b.actual > 0 &&
             std::abs(std::log2(static_cast<double>(a.actual) / static_cast<double>(b.actual))) <= 1.0));
  }
  if (same) return;
  m_diagnostics = std::move(diagnostics);
  emit diagnosticsChanged();
}
