#pragma once
// File ▸ Export Model… (Ctrl+E): writes the project's trained model in the format the save dialog's
// file-type filter names (ONNX, NumPy, PyTorch, Keras, C++ header or a Neurona model file). The action
// is disabled, with a tooltip that says why, while nothing is trained.
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class Project;
class QAction;
class QMainWindow;

class ModelExport : public QObject {
  Q_OBJECT
public:
  enum class Format {
    Onnx,
    Numpy,
    Pytorch,
    Keras,
    Cpp,
    NeuronaModel,
    PytorchTrain
  }; // PytorchTrain: the run, not only the model

  ModelExport(QMainWindow* window, Project* project);

  QAction* action() const { return m_action; }
  void retranslate();

  // The dialog's filters, one per format in Format's order, in the current language.
  static QStringList filters();
  // Writes the trained model to `path` (its extension added when missing). On failure, a message box
  // says why; on success, the status bar names the file. Returns whether the file was written.
  bool exportTo(QString path, Format format);

  // What asks for the file name: a save dialog; tests put their own here. Returns "" for Cancel and
  // sets *selectedFilter to one of filters().
  using FileChooser = std::function<QString(const QString& suggested, QString* selectedFilter)>;
  void setFileChooser(FileChooser chooser) { m_chooser = std::move(chooser); }

private:
  void run();
  void updateEnabled();
  QString suggestedPath() const;

  QMainWindow* m_window;
  Project* m_project;
  QAction* m_action;
  FileChooser m_chooser;
  Format m_lastFormat = Format::Onnx;
};
