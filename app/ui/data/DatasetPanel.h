#pragma once
// The data dock: a picker of the generators with a thumbnail of each, their settings (samples, noise,
// classes, seed, and each generator's own ones such as the spiral's turns) and Regenerate; Load CSV…
// (problems in plain words) and Save data as CSV…; the split ratios, preprocessing and feature transforms. It
// edits the Project's data and preparation (each change one undo step) and keeps no data itself; a lesson may
// lock it.
#include <QWidget>

class Project;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;

class DatasetPanel : public QWidget {
  Q_OBJECT
public:
  explicit DatasetPanel(Project* project, QWidget* parent = nullptr);

  QListWidget* generatorList() const { return m_generators; }
  QLabel* messageLabel() const { return m_message; }
  QPushButton* regenerateButton() const { return m_regenerate; }
  QSpinBox* samplesBox() const { return m_samples; }
  QGroupBox* generatorBox() const { return m_generatorBox; }
  // The current generator's own settings, one field each (objectName "<name>ParamField", e.g.
  // turnsParamField).
  const QList<QDoubleSpinBox*>& paramFields() const { return m_params; }

  // The file-dialog-free halves of the buttons (tests call these).
  bool loadCsv(const QString& path);
  bool saveCsv(const QString& path);
  bool regenerate(int mergeKey = -1); // mergeKey ≥ 0: a live change of one field

  // A small picture of a generator's points (also used by tests to check every generator draws).
  static QPixmap thumbnail(const QString& generator, int size = 64);

protected:
  void changeEvent(QEvent* e) override;

private:
  void retranslateUi();
  void drawThumbnails(); // in the Theme's class colours and paper
  void loadFromDocument();
  void buildParamFields(const QString& generator); // the rows of that generator's own settings
  void storeSettings();
  QString skippedText() const; // the image folder's unreadable pictures, as the message says them
  void showMessage(const QString& text, bool error);
  QString dialogFolder() const; // where the file dialogs open

  Project* m_project;
  bool m_loading = false;
  QListWidget* m_generators;
  QSpinBox* m_samples;
  QDoubleSpinBox* m_noise;
  QSpinBox* m_classes;
  QSpinBox* m_seed;
  QList<QDoubleSpinBox*> m_params;
  QString m_paramsFor; // the generator m_params belong to
  QPushButton* m_regenerate;
  QPushButton* m_loadCsv;
  QPushButton* m_saveCsv;
  QDoubleSpinBox* m_validation;
  QDoubleSpinBox* m_test;
  QComboBox* m_preprocessing;
  QList<QCheckBox*> m_transforms;
  QLabel* m_message;
  bool m_messageIsError = false;
  QLabel* m_summary;
  QGroupBox* m_generatorBox;
  QGroupBox* m_prepareBox;
  QFormLayout* m_generatorForm;
  QFormLayout* m_prepareForm;
};
