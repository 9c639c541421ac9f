#include "document/DatasetDocument.h"

#include "document/SetDatasetCommand.h"

#include "neurona/core/data/CsvWriter.h"
#include "neurona/core/data/Generators.h"

#include <QDir>
#include <QFileInfo>
#include <QRectF>
#include <QUndoStack>

#include <limits>

using neurona::DatasetSourceKind;

namespace {

QString q(const std::string& s) { return QString::fromStdString(s); }

neurona::Project projectOf(const DatasetDocument& d) {
  neurona::Project p;
  d.writeTo(p);
  return p;
}

} // namespace

DatasetDocument::DatasetDocument(QUndoStack* undo, QObject* parent) : QObject(parent), m_undo(undo) {}

void DatasetDocument::writeTo(neurona::Project& project, const QString& projectDir) const {
  project.dataset = m_content.source;
  // In memory the CSV path is absolute, so that undo, Save As and the recovery file never depend on
  // where the project was opened from; the file stores it relative to its own folder.
  if (project.dataset.kind == DatasetSourceKind::Csv && !projectDir.isEmpty())
    project.dataset.csvPath =
        QDir(projectDir).relativeFilePath(QString::fromStdString(project.dataset.csvPath)).toStdString();
  project.task = m_task;
  project.split = m_split;
  project.preprocessing = m_preprocessing;
  project.transforms = m_transforms;
}

bool DatasetDocument::loadFromProject(const neurona::Project& project, const QString& projectDir, QString* error) {
  neurona::Result<neurona::Dataset> loaded =
      neurona::ProjectData::loadDataset(project, projectDir.toStdString());
  if (!loaded.ok()) {
    if (error) *error = errorText(loaded.error);
    return false;
  }
  m_projectDir = projectDir;
  m_task = project.task;
  m_split = project.split;
  m_preprocessing = project.preprocessing;
  m_transforms = project.transforms;
  m_content = {project.dataset, std::move(loaded.value)};
  if (m_content.source.kind == DatasetSourceKind::Csv)
    m_content.source.csvPath = QFileInfo(QDir(projectDir.isEmpty() ? QDir::currentPath() : projectDir),
                                         QString::fromStdString(m_content.source.csvPath))
                                   .absoluteFilePath()
                                   .toStdString();
  emit settingsChanged();
  emit dataChanged();
  return true;
}

bool DatasetDocument::generate(const neurona::DatasetSource& generatorSource, QString* error) {
  neurona::Project p = projectOf(*this);
  p.dataset = generatorSource;
  p.dataset.kind = DatasetSourceKind::Generator;
  p.task.reset();
  neurona::Result<neurona::Dataset> loaded = neurona::ProjectData::loadDataset(p, m_projectDir.toStdString());
  if (!loaded.ok()) {
    if (error) *error = errorText(loaded.error);
    return false;
  }
  m_task.reset();
  pushContent({p.dataset, std::move(loaded.value)}, tr("Generate data"));
  return true;
}

bool DatasetDocument::loadCsv(const QString& path, QString* error) {
  const neurona::CsvResult r = neurona::CsvReader::readFile(path.toStdString());
  if (!r.ok()) {
    if (error) *error = errorText(r.error);
    return false;
  }
  neurona::DatasetSource src;
  src.kind = DatasetSourceKind::Csv;
  src.csvPath = QFileInfo(path).absoluteFilePath().toStdString();
  if (m_projectDir.isEmpty()) m_projectDir = QFileInfo(path).absolutePath();
  m_task.reset();
  pushContent({src, r.dataset}, tr("Load %1").arg(QFileInfo(path).fileName()));
  return true;
}

bool DatasetDocument::saveCsv(const QString& path, QString* error) const {
  if (neurona::CsvWriter::writeFile(path.toStdString(), m_content.raw).ok()) return true;
  if (error) *error = tr("Could not write %1.").arg(QDir::toNativeSeparators(path));
  return false;
}

bool DatasetDocument::canPaint() const {
  return neurona::isClassification(m_content.raw.task) && m_content.raw.featureCount() == 2 &&
         m_content.raw.classCount() >= 2;
}

void DatasetDocument::addPoint(double x1, double x2, int classIndex) {
  if (!canPaint() || classIndex < 0 || classIndex >= m_content.raw.classCount()) return;
  Content next = m_content;
  neurona::Dataset& d = next.raw;
  const Eigen::Index n = d.samples();
  d.features.conservativeResize(n + 1, Eigen::NoChange);
  d.features(n, 0) = x1;
  d.features(n, 1) = x2;
  d.labels.conservativeResize(n + 1);
  d.labels(n) = classIndex;
  pushContent(std::move(next), tr("Add point"), true);
}

bool DatasetDocument::removeNearest(double x1, double x2, double maxDistance) {
  const neurona::Dataset& d = m_content.raw;
  if (!canPaint() || d.samples() == 0) return false;
  Eigen::Index best = -1;
  double bestD = std::numeric_limits<double>::infinity();
  for (Eigen::Index r = 0; r < d.samples(); ++r) {
    const double dx = d.features(r, 0) - x1, dy = d.features(r, 1) - x2;
    const double dist = dx * dx + dy * dy;
    if (dist < bestD) {
      bestD = dist;
      best = r;
    }
  }
  if (best < 0 || bestD > maxDistance * maxDistance || d.samples() <= 1) return false;
  std::vector<Eigen::Index> keep;
  keep.reserve(static_cast<std::size_t>(d.samples() - 1));
  for (Eigen::Index r = 0; r < d.samples(); ++r)
    if (r != best) keep.push_back(r);
  Content next = m_content;
  next.raw = neurona::subset(d, keep);
  pushContent(std::move(next), tr("Remove point"), true);
  return true;
}

void DatasetDocument::pushContent(Content next, const QString& text, bool painted) {
  // Painted data is stored as points, so the project file keeps exactly what the user sees.
  if (painted) {
    neurona::DatasetSource& s = next.source;
    s.kind = DatasetSourceKind::Points;
    s.inputs = next.raw.featureNames;
    s.points = next.raw.features;
    s.labels.clear();
    for (Eigen::Index r = 0; r < next.raw.labels.size(); ++r)
      s.labels.push_back(next.raw.classNames[static_cast<std::size_t>(next.raw.labels(r))]);
    s.numericLabels = true;
    for (const std::string& name : next.raw.classNames)
      if (name.empty() || name.find_first_not_of("0123456789.-") != std::string::npos) s.numericLabels = false;
  }
  if (m_undo)
    m_undo->push(new SetDatasetCommand(this, m_content, std::move(next), text));
  else
    setContent(next);
}

void DatasetDocument::setContent(const Content& content) {
  m_content = content;
  emit dataChanged();
}

void DatasetDocument::setSplit(const neurona::SplitSettings& split) {
  if (split == m_split) return;
  m_split = split;
  emit settingsChanged();
}

void DatasetDocument::setPreprocessing(neurona::PreprocessingKind kind) {
  if (kind == m_preprocessing) return;
  m_preprocessing = kind;
  emit settingsChanged();
}

void DatasetDocument::setTransforms(const std::vector<neurona::FeatureTransform>& transforms) {
  if (transforms == m_transforms) return;
  m_transforms = transforms;
  emit settingsChanged();
}

neurona::PreparedData DatasetDocument::prepare() const {
  return neurona::ProjectData::prepare(projectOf(*this), m_content.raw);
}

QRectF DatasetDocument::plane(double margin) const {
  const neurona::MatrixD& f = m_content.raw.features;
  if (f.rows() == 0 || f.cols() < 2) return QRectF(-1.0, -1.0, 2.0, 2.0);
  double x0 = f.col(0).minCoeff(), x1 = f.col(0).maxCoeff();
  double y0 = f.col(1).minCoeff(), y1 = f.col(1).maxCoeff();
  const double w = std::max(x1 - x0, 1e-6), h = std::max(y1 - y0, 1e-6);
  return QRectF(x0 - margin * w, y0 - margin * h, w * (1 + 2 * margin), h * (1 + 2 * margin));
}

QString DatasetDocument::errorText(const neurona::Error& e) {
  using neurona::ErrorCode;
  const QString file = QDir::toNativeSeparators(q(e.file));
  const QString line = QString::number(e.line);
  const QString column = e.columnName.empty() ? QString::number(e.column)
                                              : tr("%1 (“%2”)").arg(e.column).arg(q(e.columnName));
  switch (e.code) {
  case ErrorCode::None: return {};
  // A file: a project, a model, a project's data file (the CSV reader's own CannotOpen names no file).
  case ErrorCode::CannotOpen:
    if (e.file.empty()) return tr("The file could not be opened. Check that it exists and that you may read it.");
    return tr("The file %1 could not be opened.").arg(file);
  case ErrorCode::CannotWrite: return tr("The file %1 could not be written.").arg(file);
  case ErrorCode::NotJson: return tr("%1 is damaged: line %2, column %3 is not valid JSON.").arg(file).arg(e.line).arg(e.column);
  case ErrorCode::MissingFormat:
  case ErrorCode::WrongFormat: return tr("%1 is not a Neurona project.").arg(file);
  case ErrorCode::NewerVersion: return tr("%1 was saved by a newer Neurona (format %2; this one reads up to %3).").arg(file).arg(e.actual).arg(e.expected);
  case ErrorCode::BadCsv: {
    return tr("The data file %1 could not be read: line %2, column %3 (%4).").arg(file).arg(e.line).arg(e.column).arg(q(e.detail));
  }
  case ErrorCode::UnknownName:
  case ErrorCode::BadValue:
    return tr("The setting %1 has a value Neurona does not accept (%2).").arg(q(e.jsonPath), q(e.detail));
  // A CSV file read directly.
  case ErrorCode::TooLarge: return tr("The file is too large (%1 MB). The limit is %2 MB.")
                                 .arg(e.actual / 1048576).arg(e.expected / 1048576);
  case ErrorCode::Empty: return tr("The file is empty.");
  case ErrorCode::NotText: return tr("This is not a text file (line %1 contains binary data). Save it as CSV from your spreadsheet.").arg(line);
  case ErrorCode::InvalidUtf8: return tr("Line %1 contains characters that are not valid text. Save the file as UTF-8 CSV.").arg(line);
  case ErrorCode::UnterminatedQuote: return tr("A quotation mark opened on line %1 is never closed.").arg(line);
  case ErrorCode::NoFeatureColumns: return tr("The file needs at least two columns: one or more inputs and the label. It has %1.").arg(e.actual);
  case ErrorCode::NoRows: return tr("The file has a header but no rows of data.");
  case ErrorCode::RaggedRow: return tr("Line %1 has %2 values, but the first line has %3.").arg(line).arg(e.actual).arg(e.expected);
  case ErrorCode::NonNumericFeature: return tr("Line %1, column %2: “%3” is not a number.").arg(line, column, q(e.text));
  case ErrorCode::NonFiniteValue: return tr("Line %1, column %2: “%3” is infinite or too large.").arg(line, column, q(e.text));
  case ErrorCode::MissingValue: return tr("Line %1, column %2 has no value (%n row(s) have missing values).", nullptr, static_cast<int>(e.actual)).arg(line, column);
  case ErrorCode::LabelColumnNotFound: return tr("There is no label column called “%1”.").arg(q(e.text));
  case ErrorCode::NonNumericTarget: return tr("Line %1: the target “%2” is not a number, so this cannot be a regression.").arg(line, q(e.text));
  case ErrorCode::SingleClass: return tr("Every row has the same label (“%1”): there is nothing to tell apart.").arg(q(e.text));
  case ErrorCode::TooManyClasses: return tr("The label column has %1 different values; at most %2 classes are allowed.").arg(e.actual).arg(e.expected);
  case ErrorCode::WrongClassCount: return tr("A binary problem needs exactly 2 classes; the file has %1.").arg(e.actual);
  case ErrorCode::UnknownClass: return tr("Line %1: the label “%2” is not one of the project's classes.").arg(line, q(e.text));
  default:
    return tr("%1 could not be read (%2 at %3).").arg(file, q(std::string(neurona::toString(e.code))), q(e.jsonPath));
  }
}
