#pragma once
// The data side of the open project: where the points come from (generator, CSV file or painted
// points), the points themselves, and how they are split and prepared for training. Widgets read it
// and listen to its signals. Painting, regenerating and loading go through the shared undo stack.
#include "neurona/core/data/CsvReader.h"
#include "neurona/core/io/Project.h"
#include "neurona/core/io/ProjectData.h"

#include <QObject>
#include <QString>

#include <optional>

class QUndoStack;

class DatasetDocument : public QObject {
  Q_OBJECT
public:
  explicit DatasetDocument(QUndoStack* undo, QObject* parent = nullptr);

  // A whole dataset state: its source description and the points it gives.
  struct Content {
    neurona::DatasetSource source;
    neurona::Dataset raw;
  };

  const neurona::DatasetSource& source() const { return m_content.source; }
  const neurona::Dataset& raw() const { return m_content.raw; }
  const neurona::SplitSettings& split() const { return m_split; }
  neurona::PreprocessingKind preprocessing() const { return m_preprocessing; }
  const std::vector<neurona::FeatureTransform>& transforms() const { return m_transforms; }
  std::optional<neurona::TaskKind> forcedTask() const { return m_task; }
  QString projectDir() const { return m_projectDir; }
  QUndoStack* undoStack() const { return m_undo; }

  // The project's data settings, and back (network and training settings untouched). A CSV source is
  // written relative to `projectDir` (the folder of the file being written), or absolute without one.
  void writeTo(neurona::Project& project, const QString& projectDir = QString()) const;
  // Loads the data a project describes, without an undo step. False with a sentence on failure.
  bool loadFromProject(const neurona::Project& project, const QString& projectDir, QString* error);

  // Undoable: draws the points of a generator. False with a sentence when a setting is out of range.
  bool generate(const neurona::DatasetSource& generatorSource, QString* error);
  // Undoable: reads a CSV file. False with a plain-words sentence (line, column) on failure.
  bool loadCsv(const QString& path, QString* error);
  bool saveCsv(const QString& path, QString* error) const;

  // Painting (classification only): undoable, one step per point.
  bool canPaint() const;
  void addPoint(double x1, double x2, int classIndex);
  // Removes the point nearest to (x1, x2) when it lies within maxDistance; false otherwise.
  bool removeNearest(double x1, double x2, double maxDistance);

  // Not undoable settings of the training data.
  void setSplit(const neurona::SplitSettings& split);
  void setPreprocessing(neurona::PreprocessingKind kind);
  void setTransforms(const std::vector<neurona::FeatureTransform>& transforms);

  // The training parts, as neurona-cli prepares them (stratified split, pipeline fitted on train).
  neurona::PreparedData prepare() const;

  // Raw data bounds with a margin of `margin` × the range on each side (the boundary plot's plane).
  QRectF plane(double margin = 0.1) const;

  // The sentence for any error of reading or writing a file (a project, a model, a CSV file).
  static QString errorText(const neurona::Error& e);

  // For the undo command: replaces the content, emits dataChanged().
  void setContent(const Content& content);
  const Content& content() const { return m_content; }

signals:
  void dataChanged();     // the points (and perhaps their source) changed
  void settingsChanged(); // split, preprocessing or transforms changed

private:
  void pushContent(Content next, const QString& text, bool painted = false);

  QUndoStack* m_undo;
  Content m_content;
  std::optional<neurona::TaskKind> m_task;
  neurona::SplitSettings m_split;
  neurona::PreprocessingKind m_preprocessing = neurona::PreprocessingKind::None;
  std::vector<neurona::FeatureTransform> m_transforms;
  QString m_projectDir;
};
