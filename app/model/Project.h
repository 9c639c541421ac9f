#pragma once
// The open project: the one document of the app, and the only place its state lives. It owns the
// network, the data, the preparation (split, scaling, extra inputs), the training settings, what
// training made of them (learned values and history), the lesson and its locks, and the undo stack
// every edit goes through; it reads and writes `.neurona` files, and its unsaved state is the undo
// stack's. Views read from it and react to its fine-grained signals; they never keep project data of
// their own. QtCore (and QtGui's QUndoStack) only: this library does not link Qt Widgets.
//
// An edit that makes the learned values meaningless (the network, the data, the preparation or a
// setting a run cannot take on the fly) clears them in the same undo step, so Undo brings the trained
// network back. Training progress arrives from the training controller through appendTraining() and
// becomes an undo step ("Train to epoch 500") at the next commit point.
#include "model/DataState.h"
#include "model/GraphLayout.h"
#include "model/LayerProperties.h"
#include "model/Locks.h"
#include "model/Preparation.h"
#include "model/TrainingSettings.h"
#include "model/TrainingState.h"
#include "model/lessons/LessonLibrary.h"

#include "neurona/core/Error.h"
#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/graph/Validation.h"
#include "neurona/core/io/Project.h"
#include "neurona/core/io/ProjectData.h"

#include <QList>
#include <QObject>
#include <QRectF>
#include <QString>

#include <optional>
#include <vector>

class QUndoStack;
struct Fix;

class Project : public QObject {
  Q_OBJECT
public:
  // The largest project or data file the app reads (the CLI's limit too).
  static constexpr qint64 kMaxFileBytes = 256LL * 1024 * 1024;

  explicit Project(QObject* parent = nullptr);
  ~Project() override;

  static QString bundledExample(const QString& name) {
    return QStringLiteral(":/examples/%1.neurona").arg(name);
  }

  // --- the file ---
  QString path() const { return m_path; } // empty while untitled
  QString displayName() const;            // the file name, a bundled example's name, or "Untitled"
  bool isModified() const;
  QUndoStack* undoStack() const { return m_undo; }

  // Opens a .neurona file from disk or from the bundled resources (":/…", which open untitled). On
  // failure nothing changes and the error says why.
  neurona::Error open(const QString& path);
  // A new untitled project: the tutorial network on generated data.
  void newProject();
  // Opens a project value (a template, a file another program read) as an untitled project, with
  // relative data paths resolved against `dataDir`.
  neurona::Error load(const neurona::Project& file, const QString& dataDir = QString());
  // What a save did with the data when the CSV file it came from has disappeared since it was read.
  enum class SavedData {
    Referenced,  // the file names its data as before (the usual case)
    Embedded,    // the data file had gone: its samples are now stored in the project
    MissingFile, // the data file had gone and a project cannot hold this data (several targets, or
                 // targets that are the inputs): the file still names the missing file
  };
  // Writes the project to `path` atomically and makes it the project's file; `saved` tells what became
  // of the data (see SavedData).
  neurona::Error save(const QString& path, SavedData* saved = nullptr);
  // The project as the file value: a CSV path relative to `dir` (the folder of the file it goes to).
  neurona::Project toFile(const QString& dir) const;
  // Opens autosaved work: its content, under its original path (or untitled), marked as unsaved.
  neurona::Error restore(const QString& recoveryFile, const QString& originalPath);

  // --- the lesson ---
  const std::optional<Lesson>& lesson() const { return m_lesson; }
  // Opens a lesson's project and sets the lesson's locks.
  neurona::Error openLesson(const Lesson& lesson);
  void closeLesson(); // the project stays; everything unlocks
  const Locks& locks() const { return m_locks; }
  bool isLocked(Lock lock) const { return m_locks.contains(lock); }

  // --- the network ---
  const neurona::NetworkSpec& network() const { return m_network; }
  const neurona::LayerSpec* layer(neurona::LayerId id) const { return m_network.find(id); }
  int indexOf(neurona::LayerId id) const { return m_network.indexOf(id); }
  int layerCount() const { return static_cast<int>(m_network.layers.size()); }
  bool isOutputLayer(neurona::LayerId id) const;
  QString layerName(neurona::LayerId id) const; // "Dense 2", "Output", "Dropout 1"
  QString blockName(neurona::LayerId id) const; // a layer's name, or "Input" for kNetworkInput
  // A layer that fits the current task as output (1 sigmoid, K softmax or 1 linear).
  neurona::LayerSpec outputLayerForTask() const;

  // Each pushes one undo step; false (kNoLayer) when nothing changes or the network is locked.
  neurona::LayerId insertLayer(int index, const neurona::LayerSpec& layer);
  neurona::LayerId appendLayer(const neurona::LayerSpec& layer) { return insertLayer(layerCount(), layer); }
  bool removeLayers(const QList<neurona::LayerId>& ids);
  bool moveLayer(neurona::LayerId id, int toIndex);
  // Consecutive changes of the same property of the same layer merge into one undo step.
  bool setLayerProperty(neurona::LayerId id, LayerProperty property, const QVariant& value);
  QList<neurona::LayerId> duplicateLayers(const QList<neurona::LayerId>& ids); // each copy after its original
  bool replaceNetwork(const neurona::NetworkSpec& spec, const QString& text);

  // --- the network as a graph (each one undo step; false or kNoLayer when nothing changes, the network
  // is locked or the edit is refused) ---
  // A wire from a layer's output (or the network's input, kNetworkInput) to a layer: `from` joins the
  // end of `to`'s inputs, the list is sorted again so every layer follows its inputs; a wire that would
  // close a cycle is refused.
  bool connectLayers(neurona::LayerId from, neurona::LayerId to);
  bool disconnectLayers(neurona::LayerId from, neurona::LayerId to);
  // What `to` could read besides what it reads now (the input first, then layers in list order): every
  // block whose wire to it connectLayers would accept. The canvas's "Read From" menu, for the keyboard.
  QList<neurona::LayerId> possibleSources(neurona::LayerId to) const;
  // What `to` reads, in order (kNetworkInput for the network's input); empty for an unknown layer.
  QList<neurona::LayerId> sourcesOf(neurona::LayerId to) const;
  // `layer` on the wire from→to: from→new→to, the new block at `at` (layout units) when given.
  neurona::LayerId insertOnWire(neurona::LayerId from, neurona::LayerId to, const neurona::LayerSpec& layer,
                                std::optional<QPointF> at = std::nullopt);
  // `layer` connected to nothing, at `index` in the list and at `at` on the canvas.
  neurona::LayerId addLooseLayer(int index, const neurona::LayerSpec& layer, QPointF at);
  // Where the blocks of a graph network sit (layout units, see GraphLayout), as stored in the project's
  // `canvas` object; a block without a stored place is at Arrange's.
  const BlockPositions& storedPositions() const { return m_positions; }
  BlockPositions blockPositions() const;
  // Moves blocks (the others keep their places): one undo step that keeps the learned values.
  bool moveBlocks(const BlockPositions& moved);
  // Every block where GraphLayout::arrange puts it: one undo step.
  bool arrange();

  // --- the data ---
  const DataState& data() const { return m_data; }
  const neurona::Dataset& rawData() const { return m_data.raw; }
  // The pictures of an image folder that could not be read when the project was last opened or loaded
  // (ErrorText::skippedImage says why, each); empty for other data. The data holds the readable ones.
  const std::vector<neurona::SkippedImage>& skippedImages() const { return m_skippedImages; }
  // Undoable, one step each. Errors say which setting is out of range, or why a file cannot be read.
  // mergeKey ≥ 0: consecutive calls with the same key (one spin box's live changes) are one undo step.
  neurona::Error generateData(const neurona::DatasetSource& generatorSource, int mergeKey = -1);
  neurona::Error loadCsv(const QString& path);
  neurona::Error saveCsv(const QString& path) const; // writes the points where the user chose
  bool canPaint() const;                             // classification with two inputs
  bool addPoint(double x1, double x2, int classIndex);
  // Pictures with classes (a drawing pad can add to them).
  bool canDraw() const;
  // A picture drawn into class `classIndex` (H·W·C values in [0, 1]): one undo step; it is saved with the
  // project (dataset.drawn) and stays when the generator draws its pictures again. False (nothing changes)
  // when the data cannot take it.
  bool addDrawnSample(int classIndex, const std::vector<double>& pixels);
  bool removeNearestPoint(double x1, double x2, double maxDistance);
  // The raw data's bounds with `margin` × the range on each side (the boundary plot's plane).
  QRectF plane(double margin = 0.1) const;

  // --- the preparation ---
  const Preparation& preparation() const { return m_preparation; }
  // Undoable; consecutive changes of the same part (a spin box's steps) merge.
  bool setPreparation(const Preparation& preparation);
  // The training parts, prepared as neurona-cli prepares them (stratified split, pipeline fitted on the
  // training rows). Cached until the data or the preparation change.
  const neurona::PreparedData& prepared() const;
  // The network as training runs it: without an input shape of its own it takes the data's image shape
  // (core's ProjectData::network), as the CLI does. Validation and the training controller use it.
  neurona::NetworkSpec runnableNetwork() const;
  int networkInputs() const; // raw inputs plus extra inputs

  // --- the training settings ---
  const neurona::TrainingConfig& settings() const { return m_settings; }
  QVariant setting(SettingKey key) const { return TrainingSettings::value(m_settings, key); }
  // Undoable; consecutive changes of the same key merge; false when unchanged or locked.
  bool setSetting(SettingKey key, const QVariant& value);

  // --- what training made ---
  const TrainingState& training() const { return m_training; }
  const std::vector<neurona::EpochRecord>& history() const { return m_training.history; }
  int trainedEpoch() const { return m_training.epoch; }
  bool isTrained() const { return m_training.params != nullptr; }
  // The saved values can seed a run of the current network (same layers and shapes).
  bool trainedValuesFit() const;
  // Back to epoch 0 with the values drawn from the seed: one undo step; false when already there.
  bool resetTraining();
  // Learned values set by hand (a weight typed on the canvas, an explained step applied): one undo step
  // named `text`; the epoch and the history stay. False when they do not fit the network or change nothing.
  bool setLearnedValues(std::shared_ptr<const neurona::ModelParams> params, const QString& text);
  // From the training controller: records of the epochs finished since the last call, and the values
  // after `epoch` epochs; the records continue the history from epoch − records.size() (anything the
  // project held after that is replaced, see trainingAppended). No undo step yet: the run in progress becomes
  // one at the next commit point (commitTraining, or any undo, redo, save or edit that starts training
  // again).
  void appendTraining(std::vector<neurona::EpochRecord> records,
                      std::shared_ptr<const neurona::ModelParams> params, int epoch);
  void commitTraining();

  // --- kept runs (the experiment board) ---
  const std::vector<neurona::KeptRun>& runs() const { return m_runs; }
  const neurona::KeptRun* keptRun(std::uint64_t id) const;
  int runLimit() const { return m_runLimit; }
  // What training has made so far as a run record (its setup, thinned history and model), named "Run N";
  // nullopt when nothing was trained.
  std::optional<neurona::KeptRun> recordOfTraining(neurona::TrainingStatus status) const;
  // The network and training settings as a kept run's setup (the file's "network" and "training").
  nlohmann::json setup() const;
  // Keeps runs that ended. Not undo steps: a record of what happened, like a run's history; the project
  // becomes unsaved. Each gets a fresh id (and a name when it has none); over the limit, the oldest
  // unpinned runs make room. Returns the ids given, in order.
  std::vector<std::uint64_t> keepRuns(std::vector<neurona::KeptRun> runs);
  // Undoable, one step each; false when nothing changes.
  bool renameRun(std::uint64_t id, const QString& name);
  bool setRunPinned(std::uint64_t id, bool pinned);
  bool deleteRuns(const QList<quint64>& ids);
  bool setRunLimit(int limit); // 1 … KeptRun::kMaxLimit; the oldest unpinned runs go when it shrinks
  // Makes a kept run the current one: its network, settings, learned values and history, one undo step.
  // False when the run has no model or its setup no longer reads, or the network is locked.
  bool restoreRun(std::uint64_t id);
  // --- validation ---
  const neurona::ValidationContext& validationContext() const { return m_context; }
  const std::vector<neurona::Diagnostic>& diagnostics() const { return m_diagnostics; }
  std::vector<neurona::Diagnostic> diagnosticsFor(neurona::LayerId id) const;
  const neurona::NetworkSummary& summary() const { return m_summary; }
  const neurona::LayerShape* shapeOf(neurona::LayerId id) const;
  bool canTrain() const { return !neurona::hasErrors(m_diagnostics); }
  // A one-click fix: one undo step, whatever parts it changes.
  bool applyFix(const Fix& fix);

  // --- undo ---
  void undo();
  void redo();

signals:
  void loaded(); // a whole project was opened or started: every view shows it afresh
  void layerInserted(neurona::LayerId id);
  void layerRemoved(neurona::LayerId id);
  void layerChanged(neurona::LayerId id);
  void layersReordered();
  void networkChanged(); // after any of the four above
  void dataChanged();    // the points, their source or the task
  void preparationChanged();
  void settingChanged(SettingKey key);
  void trainingReplaced();                   // the learned values and history as a whole (reset, undo, redo)
  void trainingAppended(int firstNewRecord); // progress from a run: history()[first..] are new (and replace
                                             // any record from first on)
  void trainingCleared();                    // an edit started training again (Undo brings it back)
  void diagnosticsChanged();
  void contextChanged();
  void lessonChanged();
  void locksChanged();
  void fileChanged(); // path or display name
  void modifiedChanged(bool modified);
  void runsChanged();           // kept, renamed, pinned, deleted or restored runs, or their limit
  void blockPositionsChanged(); // blocks of a graph network moved on the canvas

private:
  friend class NetworkCommand;
  friend class DataCommand;
  friend class PreparationCommand;
  friend class SettingsCommand;
  friend class TrainingCommand;
  friend class ProjectCommand;
  friend class RunsCommand;
  friend class LayoutCommand;

  // Raw changes for the undo commands: no undo step, but signals and revalidation.
  void applyNetwork(const neurona::NetworkSpec& spec);
  void applyData(const DataState& data);
  void applyPreparation(const Preparation& preparation);
  void applySettings(const neurona::TrainingConfig& settings, std::optional<SettingKey> key);
  void applyTraining(std::shared_ptr<const neurona::ModelParams> params, int epoch, std::size_t keep,
                     const std::vector<neurona::EpochRecord>& tail);
  void applyRuns(std::vector<neurona::KeptRun> runs, int limit);
  void applyPositions(const BlockPositions& positions);
  // One undo step: the network, then (when they change) the positions.
  void pushGraphEdit(const neurona::NetworkSpec& next, const BlockPositions& positions, const QString& text);
  // Runs that would go to keep `runs` within `limit`: the oldest unpinned ones, as (index, run).
  static std::vector<std::pair<int, neurona::KeptRun>> overLimit(const std::vector<neurona::KeptRun>& runs,
                                                                 int limit);
  TrainingState takeTraining(); // clears it (emits trainingCleared when there was any)
  void putTraining(TrainingState state);

  void push(class QUndoCommand* command); // commits training in progress first
  neurona::Error loadValue(const neurona::Project& file, const QString& dir, bool keepTraining);
  void setPath(const QString& path, const QString& untitledName);
  struct Derived {
    bool context = false;
    bool diagnostics = false;
  };
  Derived revalidate(); // the validation context, diagnostics and summary from the parts; what changed
  void emitDerived(Derived changed);
  void updateModified();

  QString m_path;
  QString m_untitledName;
  neurona::Project m_file; // the file as read: the canvas layout and keys this version does not know
  QString m_dataDir;       // the folder relative paths resolve against

  neurona::NetworkSpec m_network;
  BlockPositions m_positions; // read from and written to m_file.canvas["positions"], by layer name
  DataState m_data;
  std::vector<neurona::SkippedImage> m_skippedImages; // of the last open (see skippedImages())
  Preparation m_preparation;
  neurona::TrainingConfig m_settings;
  TrainingState m_training;
  // Training in progress that is not an undo step yet: where it began.
  struct RunStart {
    std::shared_ptr<const neurona::ModelParams> params;
    int epoch = 0;
    std::size_t historySize = 0;                // of the history before the run that it keeps
    std::vector<neurona::EpochRecord> replaced; // the records after historySize that the run replaced
  };
  std::optional<RunStart> m_runStart;
  bool m_separable = true; // the data can be split by a straight line (a hint when there is no hidden layer)

  std::vector<neurona::KeptRun> m_runs;
  int m_runLimit = neurona::KeptRun::kDefaultLimit;
  std::uint64_t m_nextRunId = 1;
  bool m_runsUnsaved = false; // runs were kept since the last save (kept runs are not undo steps)
  std::optional<Lesson> m_lesson;
  Locks m_locks;

  neurona::ValidationContext m_context;
  std::vector<neurona::Diagnostic> m_diagnostics;
  neurona::NetworkSummary m_summary;
  mutable std::optional<neurona::PreparedData> m_prepared;

  QUndoStack* m_undo;
  bool m_lastModified = false;
};
