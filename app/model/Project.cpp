#include "model/Project.h"

#include "model/Fixes.h"
#include "model/KindNames.h"
#include "model/NetworkTemplates.h"
#include "model/commands/DataCommand.h"
#include "model/commands/LayoutCommand.h"
#include "model/commands/NetworkCommand.h"
#include "model/commands/PreparationCommand.h"
#include "model/commands/RunsCommand.h"
#include "model/commands/SettingsCommand.h"
#include "model/commands/TrainingCommand.h"

#include "neurona/core/data/CsvReader.h"
#include "neurona/core/data/CsvWriter.h"
#include "neurona/core/data/LinearSeparability.h"
#include "neurona/core/io/ProjectFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <limits>

using neurona::Error;
using neurona::ErrorCode;
using neurona::LayerId;
using neurona::LayerSpec;
using neurona::NetworkSpec;

namespace {

Error fileError(ErrorCode code, const QString& file, const std::string& detail = {}) {
  Error e;
  e.code = code;
  e.file = QDir::toNativeSeparators(file).toStdString();
  e.detail = detail;
  return e;
}

// The file's bytes: a bundled resource, or a regular file on disk of at most kMaxFileBytes (a device or
// a pipe would never end).
Error readFile(const QString& path, QByteArray* bytes) {
  const bool resource = path.startsWith(QLatin1Char(':'));
  const QFileInfo info(path);
  if (!info.exists()) return fileError(ErrorCode::CannotOpen, path);
  if (!resource && !info.isFile()) return fileError(ErrorCode::NotRegularFile, path);
  if (info.size() > Project::kMaxFileBytes) {
    Error e = fileError(ErrorCode::TooLarge, path);
    e.expected = Project::kMaxFileBytes;
    e.actual = info.size();
    return e;
  }
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    return fileError(ErrorCode::CannotOpen, path, file.errorString().toStdString());
  *bytes = file.read(Project::kMaxFileBytes + 1);
  if (bytes->size() > Project::kMaxFileBytes) {
    Error e = fileError(ErrorCode::TooLarge, path);
    e.expected = Project::kMaxFileBytes;
    e.actual = bytes->size();
    return e;
  }
  return {};
}

// As the operating system resolves it: symbolic links followed and ".." applied to the real folder.
QString canonical(const QString& path) {
  const QString c = QFileInfo(path).canonicalFilePath();
  return c.isEmpty() ? QFileInfo(path).absoluteFilePath() : c;
}

// Painted data is stored as its points, so the project file keeps exactly what the user sees.
void storeAsPoints(DataState& d) {
  if (std::optional<neurona::DatasetSource> points = neurona::ProjectData::asPoints(d.raw))
    d.source = std::move(*points);
}

// The canvas's positions as the file keeps them: {"input": [x, y], "<layer name>": [x, y], …}. An entry
// that names no layer or is not two finite numbers is left out.
BlockPositions readPositions(const nlohmann::json& canvas, const NetworkSpec& spec) {
  BlockPositions out;
  if (!canvas.is_object()) return out;
  const auto found = canvas.find("positions");
  if (found == canvas.end() || !found->is_object()) return out;
  for (auto it = found->begin(); it != found->end(); ++it) {
    const nlohmann::json& v = it.value();
    if (!v.is_array() || v.size() != 2 || !v[0].is_number() || !v[1].is_number()) continue;
    const double x = v[0].get<double>(), y = v[1].get<double>();
    if (!std::isfinite(x) || !std::isfinite(y)) continue;
    LayerId id = neurona::kNoLayer;
    if (it.key() == "input") {
      id = neurona::kNetworkInput;
    } else if (const int i = spec.indexOfName(it.key()); i >= 0) {
      id = spec.layers[static_cast<std::size_t>(i)].id;
    }
    if (id == neurona::kNoLayer) continue;
    constexpr double kFar = 1e4; // a hand-edited file must not put a block out of reach
    out[id] = QPointF(std::clamp(x, -kFar, kFar), std::clamp(y, -kFar, kFar));
  }
  return out;
}

nlohmann::json writePositions(const BlockPositions& positions, const NetworkSpec& spec) {
  nlohmann::json out = nlohmann::json::object();
  for (const auto& [id, p] : positions) {
    std::string name;
    if (id == neurona::kNetworkInput) {
      name = "input";
    } else if (const int i = spec.indexOf(id); i >= 0) {
      name = spec.nameOf(i);
    } else {
      continue;
    }
    out[name] = nlohmann::json::array({p.x(), p.y()});
  }
  return out;
}

} // namespace

Project::Project(QObject* parent) : QObject(parent), m_undo(new QUndoStack(this)) {
  connect(m_undo, &QUndoStack::cleanChanged, this, &Project::updateModified);
  newProject();
}

Project::~Project() {
  // The stack deletes its commands while it is destroyed; nobody must hear from a half-destroyed project.
  m_undo->disconnect();
}

// --- the file ---

QString Project::displayName() const {
  if (!m_path.isEmpty()) return QFileInfo(m_path).fileName();
  return m_untitledName.isEmpty() ? tr("Untitled") : m_untitledName;
}

bool Project::isModified() const { return !m_undo->isClean() || m_runStart.has_value() || m_runsUnsaved; }

void Project::updateModified() {
  const bool modified = isModified();
  if (modified == m_lastModified) return;
  m_lastModified = modified;
  emit modifiedChanged(modified);
}

void Project::setPath(const QString& path, const QString& untitledName) {
  m_path = path;
  m_untitledName = untitledName;
  emit fileChanged();
}

Error Project::loadValue(const neurona::Project& file, const QString& dir, bool keepTraining) {
  std::vector<neurona::SkippedImage> skipped;
  neurona::Result<neurona::Dataset> raw =
      neurona::ProjectData::loadDataset(file, dir.toStdString(), &skipped);
  if (!raw.ok()) return raw.error;
  m_skippedImages = std::move(skipped);

  m_runStart.reset();
  m_file = file;
  m_file.model.reset();
  m_file.history.clear();
  m_file.runs.clear();
  m_runs = file.runs;
  m_runLimit = file.runLimit;
  m_nextRunId = 1;
  for (const neurona::KeptRun& r : m_runs) m_nextRunId = std::max(m_nextRunId, r.id + 1);
  m_runsUnsaved = false;
  m_dataDir = dir;
  m_network = file.network;
  // The positions live in the project (an undoable part); the file value gets them back on save.
  m_positions = readPositions(m_file.canvas, m_network);
  if (m_file.canvas.is_object()) m_file.canvas.erase("positions");
  m_data = {file.dataset, file.task, std::move(raw.value)};
  if (m_data.source.kind == neurona::DatasetSourceKind::Csv)
    m_data.source.csvPath = canonical(QDir(dir.isEmpty() ? QDir::currentPath() : dir)
                                          .filePath(QString::fromStdString(file.dataset.csvPath)))
                                .toStdString();
  if (m_data.source.kind == neurona::DatasetSourceKind::Images)
    m_data.source.imagesPath = canonical(QDir(dir.isEmpty() ? QDir::currentPath() : dir)
                                             .filePath(QString::fromStdString(file.dataset.imagesPath)))
                                   .toStdString();
  m_preparation = {file.split, file.preprocessing, file.transforms};
  m_settings = file.training;
  m_prepared.reset();
  m_separable = m_data.raw.samples() == 0 || neurona::isLinearlySeparable(m_data.raw);
  m_training = {};
  // A project saved with trained values goes on from them: same layers and shapes, else it starts afresh.
  if (keepTraining && file.model &&
      neurona::ProjectData::modelFits(*file.model, m_network, networkInputs())) {
    neurona::ModelParams params = file.model->params;
    for (std::size_t i = 0; i < params.size(); ++i) params[i].id = m_network.layers[i].id;
    m_training.params = std::make_shared<const neurona::ModelParams>(std::move(params));
    m_training.history = file.history;
    m_training.epoch = file.history.empty() ? 0 : file.history.back().epoch;
  }
  m_lesson.reset();
  m_locks = {};
  m_undo->clear();
  revalidate();
  emit loaded();
  emit diagnosticsChanged();
  emit contextChanged();
  emit lessonChanged();
  emit locksChanged();
  emit runsChanged();
  return {};
}

Error Project::open(const QString& path) {
  QByteArray bytes;
  if (Error e = readFile(path, &bytes); !e.ok()) return e;
  neurona::Result<neurona::Project> file = neurona::ProjectFile::parse(
      std::string_view(bytes.constData(), static_cast<std::size_t>(bytes.size())));
  if (!file.ok()) {
    file.error.file = QDir::toNativeSeparators(path).toStdString();
    return file.error;
  }
  const bool bundled = path.startsWith(QLatin1Char(':'));
  const QString dir = bundled ? QString() : QFileInfo(path).absolutePath();
  if (Error e = loadValue(file.value, dir, true); !e.ok()) return e;
  setPath(bundled ? QString() : QFileInfo(path).absoluteFilePath(),
          bundled ? QFileInfo(path).completeBaseName() : QString());
  m_undo->setClean();
  updateModified();
  return {};
}

void Project::newProject() {
  neurona::Project file = neurona::defaultProject();
  file.network = NetworkTemplates::build(NetworkTemplate::Tutorial, 2);
  loadValue(file, QString(), false);
  setPath(QString(), QString());
  m_undo->setClean();
  updateModified();
}

Error Project::load(const neurona::Project& file, const QString& dataDir) {
  if (Error e = loadValue(file, dataDir, true); !e.ok()) return e;
  setPath(QString(), QString());
  m_undo->setClean();
  updateModified();
  return {};
}

neurona::Project Project::toFile(const QString& dir) const {
  neurona::Project p = m_file;
  p.network = m_network;
  // Only a graph network has free positions: a straight network's file stays as it was.
  if (m_network.isGraph()) {
    const nlohmann::json positions = writePositions(m_positions, m_network);
    if (!positions.empty()) {
      if (!p.canvas.is_object()) p.canvas = nlohmann::json::object();
      p.canvas["positions"] = positions;
    }
  }
  p.dataset = m_data.source;
  if (p.dataset.kind == neurona::DatasetSourceKind::Csv && !dir.isEmpty())
    p.dataset.csvPath =
        QDir(canonical(dir)).relativeFilePath(QString::fromStdString(p.dataset.csvPath)).toStdString();
  if (p.dataset.kind == neurona::DatasetSourceKind::Images && !dir.isEmpty())
    p.dataset.imagesPath =
        QDir(canonical(dir)).relativeFilePath(QString::fromStdString(p.dataset.imagesPath)).toStdString();
  p.task = m_data.task;
  p.split = m_preparation.split;
  p.preprocessing = m_preparation.preprocessing;
  p.transforms = m_preparation.transforms;
  p.training = m_settings;
  p.model.reset();
  p.history.clear();
  if (m_training.params && m_training.params->size() == m_network.layers.size()) {
    p.model = neurona::ProjectData::makeModel(p, prepared(), *m_training.params);
    p.history = m_training.history;
  }
  p.runs = m_runs;
  p.runLimit = m_runLimit;
  return p;
}

Error Project::save(const QString& path, SavedData* saved) {
  commitTraining();
  neurona::Project file = toFile(QFileInfo(path).absolutePath());
  // The data file was deleted or moved while the project was open: the samples are still here, so they
  // go into the project rather than leave it pointing at nothing. No other file is ever written.
  SavedData data = SavedData::Referenced;
  if (m_data.source.kind == neurona::DatasetSourceKind::Csv &&
      !QFileInfo(QString::fromStdString(m_data.source.csvPath)).isFile()) {
    data = SavedData::MissingFile;
    if (std::optional<neurona::DatasetSource> points =
            neurona::ProjectData::asPoints(m_data.raw, m_data.source.drawn)) {
      file.dataset = std::move(*points);
      if (m_data.raw.task == neurona::TaskKind::Regression) file.task = neurona::TaskKind::Regression;
      data = SavedData::Embedded;
    }
  }
  if (saved) *saved = data;
  if (Error e = neurona::ProjectFile::write(QFileInfo(path).absoluteFilePath().toStdString(), file);
      !e.ok()) {
    e.file = QDir::toNativeSeparators(path).toStdString();
    return e;
  }
  m_dataDir = QFileInfo(path).absolutePath();
  setPath(QFileInfo(path).absoluteFilePath(), QString());
  m_runsUnsaved = false;
  m_undo->setClean();
  updateModified();
  return {};
}

Error Project::restore(const QString& recoveryFile, const QString& originalPath) {
  if (Error e = open(recoveryFile); !e.ok()) return e;
  setPath(originalPath, originalPath.isEmpty() ? tr("Recovered") : QString());
  if (!originalPath.isEmpty()) m_dataDir = QFileInfo(originalPath).absolutePath();
  m_undo->resetClean(); // the restored work is not saved anywhere yet
  updateModified();
  return {};
}

// --- the lesson ---

Error Project::openLesson(const Lesson& lesson) {
  if (Error e = open(lesson.projectPath); !e.ok()) return e;
  m_lesson = lesson;
  m_locks = {};
  for (const QString& name : lesson.locks)
    if (const auto l = Locks::fromFileName(name)) m_locks.insert(*l);
  emit lessonChanged();
  emit locksChanged();
  return {};
}

void Project::closeLesson() {
  if (!m_lesson) return;
  m_lesson.reset();
  m_locks = {};
  emit lessonChanged();
  emit locksChanged();
}

// --- the network ---

bool Project::isOutputLayer(LayerId id) const {
  const int i = m_network.outputIndex();
  return i >= 0 && m_network.layers[static_cast<std::size_t>(i)].id == id;
}

QString Project::layerName(LayerId id) const {
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

LayerSpec Project::outputLayerForTask() const {
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

LayerId Project::insertLayer(int index, const LayerSpec& layer) {
  if (isLocked(Lock::Network)) return neurona::kNoLayer;
  NetworkSpec next = m_network;
  const LayerId id = next.insert(std::clamp(index, 0, layerCount()), layer);
  push(new NetworkCommand(this, m_network, next, tr("Add %1 layer").arg(KindNames::layerType(layer.type))));
  return id;
}

bool Project::removeLayers(const QList<LayerId>& ids) {
  if (isLocked(Lock::Network)) return false;
  NetworkSpec next = m_network;
  QList<LayerId> removed;
  for (LayerId id : ids)
    if (next.remove(id)) removed << id;
  if (removed.isEmpty()) return false;
  const QString text = removed.size() == 1 ? tr("Remove %1").arg(layerName(removed.front()))
                                           : tr("Remove %1 layers").arg(removed.size());
  push(new NetworkCommand(this, m_network, next, text));
  return true;
}

bool Project::moveLayer(LayerId id, int toIndex) {
  const int from = indexOf(id);
  if (from < 0 || isLocked(Lock::Network)) return false;
  toIndex = std::clamp(toIndex, 0, layerCount() - 1);
  if (toIndex == from) return false;
  NetworkSpec next = m_network;
  const LayerSpec l = next.layers[static_cast<std::size_t>(from)];
  next.layers.erase(next.layers.begin() + from);
  next.layers.insert(next.layers.begin() + toIndex, l);
  push(new NetworkCommand(this, m_network, next, tr("Move %1").arg(layerName(id))));
  return true;
}

bool Project::setLayerProperty(LayerId id, LayerProperty property, const QVariant& value) {
  const LayerSpec* old = m_network.find(id);
  if (!old || isLocked(Lock::Network)) return false;
  NetworkSpec next = m_network;
  LayerSpec& changed = *next.find(id);
  LayerProperties::setValue(changed, property, value);
  if (changed == *old) return false;
  const QString text = tr("Change %1 of %2").arg(LayerProperties::name(property), layerName(id));
  push(new NetworkCommand(this, m_network, next, text, NetworkCommand::Merge{id, property}));
  return true;
}

QList<LayerId> Project::duplicateLayers(const QList<LayerId>& ids) {
  QList<LayerId> copies;
  if (isLocked(Lock::Network)) return copies;
  // Copies go right after their originals, in network order.
  NetworkSpec next = m_network;
  QList<LayerId> originals;
  for (const LayerSpec& l : m_network.layers)
    if (ids.contains(l.id)) originals << l.id;
  for (LayerId id : originals) copies << next.insert(next.indexOf(id) + 1, *next.find(id));
  if (copies.isEmpty()) return copies;
  const QString text = originals.size() == 1 ? tr("Duplicate %1").arg(layerName(originals.front()))
                                             : tr("Duplicate %1 layers").arg(originals.size());
  push(new NetworkCommand(this, m_network, next, text));
  return copies;
}

bool Project::replaceNetwork(const NetworkSpec& spec, const QString& text) {
  if (isLocked(Lock::Network)) return false;
  // Fresh ids keep every id ever used unique, so stale ids in the undo history cannot alias.
  NetworkSpec next;
  next.nextId = m_network.nextId;
  for (const LayerSpec& l : spec.layers) next.append(l);
  push(new NetworkCommand(this, m_network, next, text));
  return true;
}

// --- the network as a graph ---

QString Project::blockName(LayerId id) const {
  return id == neurona::kNetworkInput ? tr("Input") : layerName(id);
}

bool Project::connectLayers(LayerId from, LayerId to) {
  if (isLocked(Lock::Network) || from == to || !m_network.find(to)) return false;
  if (from != neurona::kNetworkInput && !m_network.find(from)) return false;
  NetworkSpec next = m_network;
  next.makeInputsExplicit();
  std::vector<LayerId>& inputs = *next.find(to)->inputs;
  if (std::find(inputs.begin(), inputs.end(), from) != inputs.end()) return false;
  inputs.push_back(from);
  if (!next.sortTopologically()) return false; // the wire would close a cycle
  push(new NetworkCommand(this, m_network, next, tr("Connect %1 to %2").arg(blockName(from), layerName(to))));
  return true;
}

QList<LayerId> Project::sourcesOf(LayerId to) const {
  NetworkSpec spec = m_network;
  spec.makeInputsExplicit();
  const neurona::LayerSpec* layer = spec.find(to);
  if (!layer) return {};
  return QList<LayerId>(layer->inputs->begin(), layer->inputs->end());
}

QList<LayerId> Project::possibleSources(LayerId to) const {
  const QList<LayerId> reads = sourcesOf(to);
  if (!m_network.find(to)) return {};
  QList<LayerId> candidates{neurona::kNetworkInput};
  for (const neurona::LayerSpec& l : m_network.layers)
    if (l.id != to) candidates << l.id;
  QList<LayerId> out;
  for (LayerId from : candidates) {
    if (reads.contains(from)) continue;
    // The same trial connectLayers makes: a wire that closes a cycle cannot be sorted.
    NetworkSpec trial = m_network;
    trial.makeInputsExplicit();
    trial.find(to)->inputs->push_back(from);
    if (trial.sortTopologically()) out << from;
  }
  return out;
}

bool Project::disconnectLayers(LayerId from, LayerId to) {
  if (isLocked(Lock::Network) || !m_network.find(to)) return false;
  NetworkSpec next = m_network;
  next.makeInputsExplicit();
  std::vector<LayerId>& inputs = *next.find(to)->inputs;
  const auto it = std::find(inputs.begin(), inputs.end(), from);
  if (it == inputs.end()) return false;
  inputs.erase(it);
  push(new NetworkCommand(this, m_network, next,
                          tr("Disconnect %1 from %2").arg(blockName(from), layerName(to))));
  return true;
}

LayerId Project::insertOnWire(LayerId from, LayerId to, const LayerSpec& layer, std::optional<QPointF> at) {
  if (isLocked(Lock::Network) || !m_network.find(to)) return neurona::kNoLayer;
  NetworkSpec next = m_network;
  next.makeInputsExplicit();
  const std::vector<LayerId>& old = *next.find(to)->inputs;
  if (std::find(old.begin(), old.end(), from) == old.end()) return neurona::kNoLayer;
  LayerSpec l = layer;
  l.inputs = std::vector<LayerId>{from};
  // Just before the reader: after `from` (which comes before the reader), so the order stays topological.
  const LayerId id = next.insert(next.indexOf(to), l);
  for (LayerId& src : *next.find(to)->inputs)
    if (src == from) src = id;
  BlockPositions positions = m_positions;
  if (at) {
    positions = blockPositions();
    positions[id] = *at;
  }
  pushGraphEdit(next, positions, tr("Add %1 layer").arg(KindNames::layerType(layer.type)));
  return id;
}

LayerId Project::addLooseLayer(int index, const LayerSpec& layer, QPointF at) {
  if (isLocked(Lock::Network)) return neurona::kNoLayer;
  NetworkSpec next = m_network;
  next.makeInputsExplicit();
  LayerSpec l = layer;
  l.inputs = std::vector<LayerId>{};
  const LayerId id = next.insert(std::clamp(index, 0, layerCount()), l);
  BlockPositions positions = blockPositions();
  positions[id] = at;
  pushGraphEdit(next, positions, tr("Add %1 layer").arg(KindNames::layerType(layer.type)));
  return id;
}

void Project::pushGraphEdit(const NetworkSpec& next, const BlockPositions& positions, const QString& text) {
  if (positions == m_positions) {
    push(new NetworkCommand(this, m_network, next, text));
    return;
  }
  m_undo->beginMacro(text);
  push(new NetworkCommand(this, m_network, next, text));
  push(new LayoutCommand(this, m_positions, positions, text));
  m_undo->endMacro();
}

BlockPositions Project::blockPositions() const {
  // Stored places first; a block without one (added while the network was straight, or in a file without
  // a layout) gets Arrange's.
  BlockPositions out = GraphLayout::arrange(m_network);
  for (auto& [id, p] : out)
    if (const auto it = m_positions.find(id); it != m_positions.end()) p = it->second;
  return out;
}

bool Project::moveBlocks(const BlockPositions& moved) {
  // Every block gets a stored place, so that one moved block never lands on one placed by Arrange later.
  BlockPositions after = blockPositions();
  bool any = false;
  for (const auto& [id, p] : moved)
    if (after.count(id)) {
      after[id] = p;
      any = true;
    }
  if (!any || after == m_positions) return false;
  const QString text = moved.size() == 1 ? tr("Move %1").arg(blockName(moved.begin()->first))
                                         : tr("Move %1 blocks").arg(moved.size());
  push(new LayoutCommand(this, m_positions, after, text));
  return true;
}

bool Project::arrange() {
  const BlockPositions after = GraphLayout::arrange(m_network);
  if (after == m_positions) return false;
  push(new LayoutCommand(this, m_positions, after, tr("Arrange")));
  return true;
}

void Project::applyPositions(const BlockPositions& positions) {
  m_positions = positions;
  emit blockPositionsChanged();
}

// --- the data ---

Error Project::generateData(const neurona::DatasetSource& generatorSource, int mergeKey) {
  if (isLocked(Lock::Data))
    return fileError(ErrorCode::BadValue, QString(), "locked"); // the panel is disabled: never shown
  neurona::Project p;
  p.dataset = generatorSource;
  p.dataset.kind = neurona::DatasetSourceKind::Generator;
  // Pictures drawn by hand stay when the generator draws its pictures again, as long as they still fit
  // (the same size and classes); data they do not fit drops them, and Undo brings them back.
  p.dataset.drawn = m_data.source.drawn;
  if (p.dataset == m_data.source) return {}; // the same settings make the same points: no step
  neurona::Result<neurona::Dataset> loaded = neurona::ProjectData::loadDataset(p, {});
  if (!loaded.ok() && !p.dataset.drawn.empty()) {
    p.dataset.drawn.clear();
    loaded = neurona::ProjectData::loadDataset(p, {});
  }
  if (!loaded.ok()) return loaded.error;
  DataState next{p.dataset, std::nullopt, std::move(loaded.value)};
  push(new DataCommand(this, m_data, std::move(next), tr("Generate data"), mergeKey));
  return {};
}

Error Project::loadCsv(const QString& path) {
  if (isLocked(Lock::Data))
    return fileError(ErrorCode::BadValue, QString(), "locked"); // the panel is disabled: never shown
  const QString file = canonical(path);
  const neurona::CsvResult r = neurona::CsvReader::readFile(file.toStdString());
  if (!r.ok()) {
    Error e = r.error;
    e.file = QDir::toNativeSeparators(path).toStdString();
    return e;
  }
  DataState next;
  next.source.kind = neurona::DatasetSourceKind::Csv;
  next.source.csvPath = file.toStdString();
  next.raw = r.dataset;
  if (m_path.isEmpty()) m_dataDir = QFileInfo(file).absolutePath();
  push(new DataCommand(this, m_data, std::move(next), tr("Load %1").arg(QFileInfo(path).fileName())));
  return {};
}

Error Project::saveCsv(const QString& path) const {
  Error e = neurona::CsvWriter::writeFile(path.toStdString(), m_data.raw);
  if (!e.ok()) e.file = QDir::toNativeSeparators(path).toStdString();
  return e;
}

bool Project::canPaint() const {
  const neurona::Dataset& d = m_data.raw;
  return neurona::isClassification(d.task) && d.featureCount() == 2 && d.classCount() >= 2;
}

bool Project::canDraw() const {
  const neurona::Dataset& d = m_data.raw;
  return d.imageShape.has_value() && neurona::isClassification(d.task) && !d.targetsAreInputs &&
         d.classCount() >= 2;
}

bool Project::addDrawnSample(int classIndex, const std::vector<double>& pixels) {
  const neurona::Dataset& d = m_data.raw;
  if (!canDraw() || isLocked(Lock::Data) || classIndex < 0 || classIndex >= d.classCount() ||
      static_cast<Eigen::Index>(pixels.size()) != d.featureCount())
    return false;
  for (double v : pixels)
    if (!(v >= 0.0 && v <= 1.0)) return false;
  neurona::DrawnSample sample{d.classNames[static_cast<std::size_t>(classIndex)], pixels};
  DataState next = m_data;
  if (!neurona::ProjectData::appendDrawn(next.raw, {sample}).ok()) return false;
  next.source.drawn.push_back(std::move(sample));
  push(new DataCommand(this, m_data, std::move(next),
                       tr("Draw a sample of %1")
                           .arg(QString::fromStdString(d.classNames[static_cast<std::size_t>(classIndex)]))));
  return true;
}

bool Project::addPoint(double x1, double x2, int classIndex) {
  if (!canPaint() || isLocked(Lock::Data) || classIndex < 0 || classIndex >= m_data.raw.classCount())
    return false;
  DataState next = m_data;
  neurona::Dataset& d = next.raw;
  const Eigen::Index n = d.samples();
  d.features.conservativeResize(n + 1, Eigen::NoChange);
  d.features(n, 0) = x1;
  d.features(n, 1) = x2;
  d.labels.conservativeResize(n + 1);
  d.labels(n) = classIndex;
  storeAsPoints(next);
  push(new DataCommand(this, m_data, std::move(next), tr("Add point")));
  return true;
}

bool Project::removeNearestPoint(double x1, double x2, double maxDistance) {
  const neurona::Dataset& d = m_data.raw;
  if (!canPaint() || isLocked(Lock::Data) || d.samples() <= 1) return false;
  Eigen::Index best = -1;
  double bestD = std::numeric_limits<double>::infinity();
  for (Eigen::Index r = 0; r < d.samples(); ++r) {
    const double dx = d.features(r, 0) - x1, dy = d.features(r, 1) - x2;
    if (dx * dx + dy * dy < bestD) {
      bestD = dx * dx + dy * dy;
      best = r;
    }
  }
  if (best < 0 || bestD > maxDistance * maxDistance) return false;
  std::vector<Eigen::Index> keep;
  keep.reserve(static_cast<std::size_t>(d.samples() - 1));
  for (Eigen::Index r = 0; r < d.samples(); ++r)
    if (r != best) keep.push_back(r);
  DataState next = m_data;
  next.raw = neurona::subset(d, keep);
  storeAsPoints(next);
  push(new DataCommand(this, m_data, std::move(next), tr("Remove point")));
  return true;
}

QRectF Project::plane(double margin) const {
  const neurona::MatrixD& f = m_data.raw.features;
  if (f.rows() == 0 || f.cols() < 2) return QRectF(-1.0, -1.0, 2.0, 2.0);
  const double x0 = f.col(0).minCoeff(), x1 = f.col(0).maxCoeff();
  const double y0 = f.col(1).minCoeff(), y1 = f.col(1).maxCoeff();
  const double w = std::max(x1 - x0, 1e-6), h = std::max(y1 - y0, 1e-6);
  return QRectF(x0 - margin * w, y0 - margin * h, w * (1 + 2 * margin), h * (1 + 2 * margin));
}

// --- the preparation ---

bool Project::setPreparation(const Preparation& preparation) {
  if (preparation == m_preparation || isLocked(Lock::Data)) return false;
  push(new PreparationCommand(this, m_preparation, preparation, tr("Change data preparation")));
  return true;
}

const neurona::PreparedData& Project::prepared() const {
  if (!m_prepared) {
    neurona::Project p;
    p.split = m_preparation.split;
    p.preprocessing = m_preparation.preprocessing;
    p.transforms = m_preparation.transforms;
    m_prepared = neurona::ProjectData::prepare(p, m_data.raw);
  }
  return *m_prepared;
}

int Project::networkInputs() const {
  return static_cast<int>(m_data.raw.featureCount()) + static_cast<int>(m_preparation.transforms.size());
}

// --- the training settings ---

bool Project::setSetting(SettingKey key, const QVariant& value) {
  if (const auto lock = TrainingSettings::lockOf(key);
      (lock && isLocked(*lock)) || !TrainingSettings::isValid(key, value))
    return false;
  neurona::TrainingConfig next = m_settings;
  TrainingSettings::setValue(next, key, value);
  if (next == m_settings) return false;
  push(new SettingsCommand(this, m_settings, next, key));
  return true;
}

// --- what training made ---

bool Project::trainedValuesFit() const {
  if (!m_training.params || m_training.params->size() != m_network.layers.size()) return false;
  for (std::size_t i = 0; i < m_network.layers.size(); ++i)
    if ((*m_training.params)[i].id != m_network.layers[i].id) return false;
  return true;
}

bool Project::resetTraining() {
  commitTraining();
  if (m_training.isEmpty()) return false;
  TrainingCommand::State before{m_training.params, m_training.epoch, 0, m_training.history};
  push(new TrainingCommand(this, std::move(before), {}, tr("Reset training")));
  return true;
}

bool Project::setLearnedValues(std::shared_ptr<const neurona::ModelParams> params, const QString& text) {
  commitTraining();
  if (!params || params->size() != m_network.layers.size()) return false;
  for (std::size_t i = 0; i < m_network.layers.size(); ++i)
    if ((*params)[i].id != m_network.layers[i].id) return false;
  if (m_training.params && *m_training.params == *params) return false;
  const std::size_t keep = m_training.history.size();
  TrainingCommand::State before{m_training.params, m_training.epoch, keep, {}};
  TrainingCommand::State after{std::move(params), m_training.epoch, keep, {}};
  push(new TrainingCommand(this, std::move(before), std::move(after), text));
  return true;
}

void Project::appendTraining(std::vector<neurona::EpochRecord> records,
                             std::shared_ptr<const neurona::ModelParams> params, int epoch) {
  if (!m_runStart) m_runStart = RunStart{m_training.params, m_training.epoch, m_training.history.size(), {}};
  // A run continues the history from the epoch before its first record (before `epoch` when there are
  // none): what the project held from there on is replaced. A run started from the project's own values
  // continues at its end; one that could not use them (they did not fit) starts again from epoch 0.
  RunStart& start = *m_runStart;
  const auto base = static_cast<std::size_t>(std::max(0, epoch - static_cast<int>(records.size())));
  if (base < m_training.history.size()) {
    if (base < start.historySize) { // records the run replaces: the undo step brings them back
      start.replaced.insert(start.replaced.begin(),
                            m_training.history.begin() + static_cast<std::ptrdiff_t>(base),
                            m_training.history.begin() + static_cast<std::ptrdiff_t>(start.historySize));
      start.historySize = base;
    }
    m_training.history.resize(base);
  }
  const int first = static_cast<int>(m_training.history.size());
  m_training.history.insert(m_training.history.end(), std::make_move_iterator(records.begin()),
                            std::make_move_iterator(records.end()));
  if (params) m_training.params = std::move(params);
  m_training.epoch = epoch;
  emit trainingAppended(first);
  updateModified();
}

void Project::commitTraining() {
  if (!m_runStart) return;
  const RunStart start = *m_runStart;
  m_runStart.reset();
  const std::size_t keep = std::min(start.historySize, m_training.history.size());
  if (start.params == m_training.params && start.epoch == m_training.epoch &&
      keep == m_training.history.size() && start.replaced.empty()) {
    updateModified();
    return;
  }
  TrainingCommand::State before{start.params, start.epoch, keep, start.replaced};
  TrainingCommand::State after{
      m_training.params,
      m_training.epoch,
      keep,
      {m_training.history.begin() + static_cast<std::ptrdiff_t>(keep), m_training.history.end()}};
  m_undo->push(new TrainingCommand(this, std::move(before), std::move(after),
                                   tr("Train to epoch %1").arg(m_training.epoch), true));
  updateModified();
}

void Project::applyTraining(std::shared_ptr<const neurona::ModelParams> params, int epoch, std::size_t keep,
                            const std::vector<neurona::EpochRecord>& tail) {
  m_training.params = std::move(params);
  m_training.epoch = epoch;
  m_training.history.resize(std::min(keep, m_training.history.size()));
  m_training.history.insert(m_training.history.end(), tail.begin(), tail.end());
  emit trainingReplaced();
}

TrainingState Project::takeTraining() {
  TrainingState taken = std::move(m_training);
  m_training = {};
  if (!taken.isEmpty()) {
    emit trainingReplaced();
    emit trainingCleared();
  }
  return taken;
}

void Project::putTraining(TrainingState state) {
  if (state.isEmpty() && m_training.isEmpty()) return;
  m_training = std::move(state);
  emit trainingReplaced();
}

// --- validation ---

std::vector<neurona::Diagnostic> Project::diagnosticsFor(LayerId id) const {
  std::vector<neurona::Diagnostic> out;
  for (const auto& d : m_diagnostics)
    if (d.layer == id) out.push_back(d);
  return out;
}

const neurona::LayerShape* Project::shapeOf(LayerId id) const {
  for (const auto& s : m_summary.layers)
    if (s.id == id) return &s;
  return nullptr;
}

bool Project::applyFix(const Fix& fix) {
  if ((fix.touchesNetwork() && isLocked(Lock::Network)) || (fix.loss && isLocked(Lock::Loss))) return false;
  const QString text = Fixes::label(fix, *this);
  m_undo->beginMacro(text);
  if (fix.touchesNetwork()) {
    NetworkSpec next = m_network;
    Fixes::applyToNetwork(fix, next);
    if (!(next == m_network)) push(new NetworkCommand(this, m_network, next, text));
  }
  if (fix.loss && *fix.loss != m_settings.loss) {
    neurona::TrainingConfig next = m_settings;
    next.loss = *fix.loss;
    push(new SettingsCommand(this, m_settings, next, SettingKey::Loss));
  }
  m_undo->endMacro();
  return true;
}

// --- kept runs ---

const neurona::KeptRun* Project::keptRun(std::uint64_t id) const {
  for (const neurona::KeptRun& r : m_runs)
    if (r.id == id) return &r;
  return nullptr;
}

nlohmann::json Project::setup() const { return neurona::ProjectFile::setupToJson(m_network, m_settings); }

std::optional<neurona::KeptRun> Project::recordOfTraining(neurona::TrainingStatus status) const {
  if (!isTrained() || m_training.epoch <= 0 || m_training.params->size() != m_network.layers.size())
    return std::nullopt;
  neurona::KeptRun run;
  run.status = status;
  run.epochs = m_training.epoch;
  run.setup = setup();
  run.history = neurona::KeptRun::thin(m_training.history);
  neurona::Project file;
  file.network = m_network;
  file.training = m_settings;
  file.task = m_data.task;
  file.transforms = m_preparation.transforms;
  file.preprocessing = m_preparation.preprocessing;
  run.model = neurona::ProjectData::makeModel(file, prepared(), *m_training.params);
  return run;
}

std::vector<std::pair<int, neurona::KeptRun>> Project::overLimit(const std::vector<neurona::KeptRun>& runs,
                                                                 int limit) {
  std::vector<std::pair<int, neurona::KeptRun>> out;
  int excess = static_cast<int>(runs.size()) - limit;
  // Oldest first; the returned indexes are those before any removal, ascending.
  for (int i = 0; i < static_cast<int>(runs.size()) && excess > 0; ++i) {
    if (runs[static_cast<std::size_t>(i)].pinned) continue;
    out.emplace_back(i, runs[static_cast<std::size_t>(i)]);
    --excess;
  }
  return out;
}

std::vector<std::uint64_t> Project::keepRuns(std::vector<neurona::KeptRun> runs) {
  std::vector<std::uint64_t> ids;
  for (neurona::KeptRun& r : runs) {
    r.id = m_nextRunId++;
    if (r.name.empty()) r.name = tr("Run %1").arg(r.id).toStdString();
    ids.push_back(r.id);
    m_runs.push_back(std::move(r));
  }
  if (ids.empty()) return ids;
  const auto gone = overLimit(m_runs, m_runLimit);
  for (auto it = gone.rbegin(); it != gone.rend(); ++it) m_runs.erase(m_runs.begin() + it->first);
  m_runsUnsaved = true;
  emit runsChanged();
  updateModified();
  return ids;
}

bool Project::renameRun(std::uint64_t id, const QString& name) {
  const neurona::KeptRun* run = keptRun(id);
  const QString trimmed = name.trimmed();
  if (!run || trimmed.isEmpty() || trimmed.toStdString() == run->name) return false;
  neurona::KeptRun after = *run;
  after.name = trimmed.toStdString();
  RunsCommand::Change change{{{*run, after}}, {}, m_runLimit, m_runLimit};
  push(new RunsCommand(this, std::move(change), tr("Rename Run")));
  return true;
}

bool Project::setRunPinned(std::uint64_t id, bool pinned) {
  const neurona::KeptRun* run = keptRun(id);
  if (!run || run->pinned == pinned) return false;
  neurona::KeptRun after = *run;
  after.pinned = pinned;
  RunsCommand::Change change{{{*run, after}}, {}, m_runLimit, m_runLimit};
  push(new RunsCommand(this, std::move(change), pinned ? tr("Pin Run") : tr("Unpin Run")));
  return true;
}

bool Project::deleteRuns(const QList<quint64>& ids) {
  RunsCommand::Change change{{}, {}, m_runLimit, m_runLimit};
  for (int i = 0; i < static_cast<int>(m_runs.size()); ++i)
    if (ids.contains(m_runs[static_cast<std::size_t>(i)].id))
      change.removed.emplace_back(i, m_runs[static_cast<std::size_t>(i)]);
  if (change.removed.empty()) return false;
  const int n = static_cast<int>(change.removed.size());
  push(new RunsCommand(this, std::move(change), tr("Delete %n Run(s)", nullptr, n)));
  return true;
}

bool Project::setRunLimit(int limit) {
  limit = std::clamp(limit, 1, neurona::KeptRun::kMaxLimit);
  if (limit == m_runLimit) return false;
  RunsCommand::Change change{{}, overLimit(m_runs, limit), m_runLimit, limit};
  push(new RunsCommand(this, std::move(change), tr("Keep at Most %n Run(s)", nullptr, limit)));
  return true;
}

bool Project::restoreRun(std::uint64_t id) {
  const neurona::KeptRun* run = keptRun(id);
  if (!run || !run->model) return false;
  // The run's setup read as a project file reads it: the current project with the run's network and
  // training settings in place of its own.
  neurona::Project current;
  current.network = m_network;
  current.training = m_settings;
  nlohmann::json doc = neurona::ProjectFile::toJson(current);
  if (run->setup.contains("network")) doc["network"] = run->setup["network"];
  if (run->setup.contains("training")) doc["training"] = run->setup["training"];
  neurona::Result<neurona::Project> parsed = neurona::ProjectFile::fromJson(doc);
  if (!parsed.ok()) return false;
  neurona::NetworkSpec spec = parsed.value.network;
  // The same layers keep their ids (and so their places on the canvas).
  if (spec.layers.size() == m_network.layers.size()) {
    bool sameKinds = true;
    for (std::size_t i = 0; i < spec.layers.size(); ++i)
      sameKinds = sameKinds && spec.layers[i].type == m_network.layers[i].type;
    if (sameKinds) {
      for (std::size_t i = 0; i < spec.layers.size(); ++i) spec.layers[i].id = m_network.layers[i].id;
      spec.nextId = m_network.nextId;
    }
  }
  if (!neurona::ProjectData::modelFits(*run->model, spec, networkInputs())) return false;
  // A lesson's locks hold: a run that differs in a locked part cannot come back (one that differs only in
  // what the lesson leaves free can, which is how a lesson's sweep hands its best run to the student).
  if (!(spec == m_network) && isLocked(Lock::Network)) return false;
  for (SettingKey key : TrainingSettings::allKeys()) {
    const std::optional<Lock> lock = TrainingSettings::lockOf(key);
    if (lock && isLocked(*lock) &&
        TrainingSettings::value(parsed.value.training, key) != TrainingSettings::value(m_settings, key))
      return false;
  }
  neurona::ModelParams params = run->model->params;
  for (std::size_t i = 0; i < params.size(); ++i) params[i].id = spec.layers[i].id;

  const QString text = tr("Restore %1").arg(QString::fromStdString(run->name));
  const std::vector<neurona::EpochRecord> history = run->history;
  const int epochs = run->epochs;
  m_undo->beginMacro(text);
  if (!(spec == m_network)) push(new NetworkCommand(this, m_network, spec, text));
  if (!(parsed.value.training == m_settings))
    push(new SettingsCommand(this, m_settings, parsed.value.training, SettingKey::Optimizer));
  TrainingCommand::State before{m_training.params, m_training.epoch, 0, m_training.history};
  TrainingCommand::State after{std::make_shared<const neurona::ModelParams>(std::move(params)), epochs, 0,
                               history};
  push(new TrainingCommand(this, std::move(before), std::move(after), text));
  m_undo->endMacro();
  emit runsChanged();
  return true;
}

void Project::applyRuns(std::vector<neurona::KeptRun> runs, int limit) {
  m_runs = std::move(runs);
  m_runLimit = limit;
  emit runsChanged();
}

// --- undo ---

void Project::undo() {
  commitTraining();
  m_undo->undo();
}

void Project::redo() {
  commitTraining();
  m_undo->redo();
}

void Project::push(QUndoCommand* command) {
  // A setting a run takes on the fly does not end the run's step; anything else does, first.
  const auto* settings = dynamic_cast<const SettingsCommand*>(command);
  if (!settings || !TrainingSettings::isLive(settings->key())) commitTraining();
  m_undo->push(command);
  updateModified();
}

// --- raw changes for the commands ---

void Project::applyNetwork(const NetworkSpec& spec) {
  const NetworkSpec old = std::move(m_network);
  m_network = spec;
  const auto derived = revalidate();
  for (const LayerSpec& l : old.layers)
    if (!m_network.find(l.id)) emit layerRemoved(l.id);
  for (const LayerSpec& l : m_network.layers) {
    const LayerSpec* before = old.find(l.id);
    if (!before)
      emit layerInserted(l.id);
    else if (!(*before == l))
      emit layerChanged(l.id);
  }
  // The order of the layers both networks have.
  std::vector<LayerId> a, b;
  for (const LayerSpec& l : old.layers)
    if (m_network.find(l.id)) a.push_back(l.id);
  for (const LayerSpec& l : m_network.layers)
    if (old.find(l.id)) b.push_back(l.id);
  if (a != b) emit layersReordered();
  emit networkChanged();
  emitDerived(derived);
}

void Project::applyData(const DataState& data) {
  m_data = data;
  m_prepared.reset();
  m_separable = m_data.raw.samples() == 0 || neurona::isLinearlySeparable(m_data.raw);
  const auto derived = revalidate();
  emit dataChanged();
  emitDerived(derived);
}

void Project::applyPreparation(const Preparation& preparation) {
  m_preparation = preparation;
  m_prepared.reset();
  const auto derived = revalidate();
  emit preparationChanged();
  emitDerived(derived);
}

void Project::applySettings(const neurona::TrainingConfig& settings, std::optional<SettingKey> key) {
  const neurona::TrainingConfig old = m_settings;
  m_settings = settings;
  const auto derived = revalidate();
  for (SettingKey k : TrainingSettings::allKeys())
    if ((key && k == *key) || TrainingSettings::value(old, k) != TrainingSettings::value(m_settings, k))
      emit settingChanged(k);
  emitDerived(derived);
}

neurona::NetworkSpec Project::runnableNetwork() const {
  return neurona::ProjectData::network(m_network, prepared());
}

Project::Derived Project::revalidate() {
  neurona::ValidationContext ctx;
  const neurona::Dataset& raw = m_data.raw;
  ctx.inputs = networkInputs();
  ctx.task = raw.task;
  ctx.classes = std::max(2, raw.classCount());
  ctx.targets = static_cast<int>(std::max<Eigen::Index>(1, raw.targetCount()));
  ctx.loss = m_settings.loss;
  ctx.linearlySeparable = m_separable;
  Derived d;
  const auto& c = m_context;
  d.context =
      !(c.inputs == ctx.inputs && c.task == ctx.task && c.classes == ctx.classes &&
        c.targets == ctx.targets && c.loss == ctx.loss && c.linearlySeparable == ctx.linearlySeparable);
  m_context = ctx;
  const neurona::NetworkSpec runnable = runnableNetwork();
  std::vector<neurona::Diagnostic> diagnostics = neurona::validate(runnable, m_context);
  neurona::NetworkSummary summary = neurona::summarize(runnable, m_context.inputs);
  d.diagnostics = diagnostics != m_diagnostics || summary.totalParams != m_summary.totalParams ||
                  summary.layers.size() != m_summary.layers.size();
  for (std::size_t i = 0; !d.diagnostics && i < summary.layers.size(); ++i) {
    const auto &x = summary.layers[i], &y = m_summary.layers[i];
    d.diagnostics = x.id != y.id || x.inputs != y.inputs || x.outputs != y.outputs || x.params != y.params;
  }
  m_diagnostics = std::move(diagnostics);
  m_summary = std::move(summary);
  return d;
}

void Project::emitDerived(Derived d) {
  if (d.context) emit contextChanged();
  if (d.diagnostics) emit diagnosticsChanged();
}
