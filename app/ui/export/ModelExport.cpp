#include "ui/export/ModelExport.h"

#include "model/Project.h"
#include "ui/text/ErrorText.h"

#include "neurona/core/export/CppHeaderExporter.h"
#include "neurona/core/export/KerasExporter.h"
#include "neurona/core/export/NumpyExporter.h"
#include "neurona/core/export/OnnxExporter.h"
#include "neurona/core/export/PytorchExporter.h"
#include "neurona/core/export/PytorchTrainExporter.h"
#include "neurona/core/io/AtomicFile.h"
#include "neurona/core/io/ModelFile.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMainWindow>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>

#include <array>
#include <filesystem>

namespace {

using Format = ModelExport::Format;
constexpr std::array kFormats = {Format::Onnx, Format::Numpy,        Format::Pytorch,     Format::Keras,
                                 Format::Cpp,  Format::NeuronaModel, Format::PytorchTrain};

QString extensionOf(Format f) {
  switch (f) {
  case Format::Onnx: return QStringLiteral("onnx");
  case Format::Numpy:
  case Format::Pytorch:
  case Format::Keras:
  case Format::PytorchTrain: return QStringLiteral("py");
  case Format::Cpp: return QStringLiteral("h");
  case Format::NeuronaModel: return QStringLiteral("json");
  }
  return {};
}

// A model file name that says what it holds: xor.onnx, xor_pytorch.py, xor.model.json.
QString fileNameFor(const QString& base, Format f) {
  switch (f) {
  case Format::Numpy: return base + QStringLiteral("_numpy.py");
  case Format::Pytorch: return base + QStringLiteral("_pytorch.py");
  case Format::PytorchTrain: return base + QStringLiteral("_train.py");
  case Format::Keras: return base + QStringLiteral("_keras.py");
  case Format::NeuronaModel: return base + QStringLiteral(".model.json");
  default: return base + QLatin1Char('.') + extensionOf(f);
  }
}

neurona::Error write(const std::filesystem::path& file, const neurona::Model& m, Format f) {
  using neurona::AtomicFile;
  switch (f) {
  case Format::Onnx: return neurona::OnnxExporter::write(file, m);
  case Format::Numpy: return AtomicFile::write(file, neurona::NumpyExporter::generate(m));
  case Format::Pytorch: return AtomicFile::write(file, neurona::PytorchExporter::generate(m));
  case Format::Keras: return AtomicFile::write(file, neurona::KerasExporter::generate(m));
  case Format::Cpp: return AtomicFile::write(file, neurona::CppHeaderExporter::generate(m));
  case Format::NeuronaModel: return neurona::ModelFile::write(file, m);
  case Format::PytorchTrain: break; // written from the project, not the model (exportTo)
  }
  return {};
}

} // namespace

ModelExport::ModelExport(QMainWindow* window, Project* project)
    : QObject(window), m_window(window), m_project(project), m_action(new QAction(this)) {
  m_action->setObjectName(QStringLiteral("exportModelAction"));
  m_action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  connect(m_action, &QAction::triggered, this, &ModelExport::run);
  m_chooser = [this](const QString& suggested, QString* selectedFilter) {
    return QFileDialog::getSaveFileName(m_window, tr("Export Model"), suggested,
                                        filters().join(QStringLiteral(";;")), selectedFilter);
  };
  for (auto signal : {&Project::trainingReplaced, &Project::trainingCleared, &Project::loaded})
    connect(project, signal, this, &ModelExport::updateEnabled);
  connect(project, &Project::trainingAppended, this, &ModelExport::updateEnabled);
  retranslate();
}

QStringList ModelExport::filters() {
  return {tr("ONNX model (*.onnx)"),           tr("NumPy script (*.py)"), tr("PyTorch script (*.py)"),
          tr("Keras script (*.py)"),           tr("C++ header (*.h)"),    tr("Neurona model (*.json)"),
          tr("PyTorch training script (*.py)")};
}

void ModelExport::retranslate() {
  m_action->setText(tr("Export &Model…"));
  updateEnabled();
}

void ModelExport::updateEnabled() {
  const bool trained = m_project->isTrained() && m_project->trainedValuesFit();
  m_action->setEnabled(trained);
  m_action->setToolTip(trained ? tr("Save the trained network for use in other programs")
                               : tr("Train the network first: there is no trained model to export yet"));
}

QString ModelExport::suggestedPath() const {
  QString folder = m_project->path().isEmpty()
                       ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                       : QFileInfo(m_project->path()).absolutePath();
  QString base =
      m_project->path().isEmpty() ? QStringLiteral("model") : QFileInfo(m_project->path()).completeBaseName();
  return QDir(folder).filePath(fileNameFor(base, m_lastFormat));
}

void ModelExport::run() {
  if (!m_action->isEnabled()) return;
  const QStringList all = filters();
  QString selected = all.at(static_cast<int>(m_lastFormat));
  const QString path = m_chooser(suggestedPath(), &selected);
  if (path.isEmpty()) return;
  const int index = all.indexOf(selected);
  // Without a recognised filter the extension decides; .py alone means NumPy (the plainest script).
  Format format = index >= 0 ? kFormats[static_cast<std::size_t>(index)] : m_lastFormat;
  if (index < 0) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    for (Format f : kFormats)
      if (extensionOf(f) == suffix) {
        format = f;
        break;
      }
  }
  exportTo(path, format);
}

bool ModelExport::exportTo(QString path, Format format) {
  m_lastFormat = format;
  if (QFileInfo(path).suffix().isEmpty()) path += QLatin1Char('.') + extensionOf(format);
  const neurona::Project file = m_project->toFile(QFileInfo(path).absolutePath());
  neurona::Error e;
  if (format == Format::PytorchTrain) {
    // The whole run in PyTorch: data, split, preparation, initial values, optimizer, batches.
    const std::filesystem::path dir = QFileInfo(path).absolutePath().toStdString();
    const neurona::Result<std::string> script = neurona::PytorchTrainExporter::generate(file, dir);
    e = script.ok()
            ? neurona::AtomicFile::write(QFileInfo(path).absoluteFilePath().toStdString(), script.value)
            : script.error;
  } else if (!file.model) {
    e.code = neurona::ErrorCode::MissingKey;
    e.jsonPath = "model";
  } else {
    e = write(QFileInfo(path).absoluteFilePath().toStdString(), *file.model, format);
  }
  if (!e.ok()) {
    QMessageBox box(QMessageBox::Warning, tr("Cannot Export Model"), ErrorText::sentence(e), QMessageBox::Ok,
                    m_window);
    box.setObjectName(QStringLiteral("exportErrorMessage"));
    box.setTextFormat(Qt::PlainText);
    box.exec();
    return false;
  }
  m_window->statusBar()->showMessage(tr("Exported the model (epoch %1) to %2")
                                         .arg(m_project->trainedEpoch())
                                         .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())),
                                     10000);
  return true;
}
