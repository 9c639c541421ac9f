#include "ui/data/DatasetPanel.h"

#include "model/KindNames.h"
#include "model/Project.h"
#include "ui/concepts/ControlHelp.h"
#include "ui/forms/FormRows.h"
#include "ui/forms/IconGrid.h"
#include "ui/style/Theme.h"
#include "ui/text/ErrorText.h"

#include "neurona/core/data/Generators.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using neurona::DatasetSourceKind;

namespace {

QString transformObjectName(neurona::FeatureTransform t) {
  switch (t) {
  case neurona::FeatureTransform::X1Squared: return QStringLiteral("transformX1Squared");
  case neurona::FeatureTransform::X2Squared: return QStringLiteral("transformX2Squared");
  case neurona::FeatureTransform::X1TimesX2: return QStringLiteral("transformX1TimesX2");
  case neurona::FeatureTransform::SinX1: return QStringLiteral("transformSinX1");
  case neurona::FeatureTransform::SinX2: return QStringLiteral("transformSinX2");
  }
  return {};
}

// Undo merge keys of live edits: 0-3 are samples, noise, classes and seed; a generator's own settings follow.
constexpr int kParamMergeKey = 16;

// A spin box step that moves a generator setting visibly but not wildly.
double paramStep(const neurona::GeneratorParam& p) {
  if (p.integer) return 1.0;
  const double span = p.max - p.min;
  if (span >= 100) return p.name == "angle" ? 5.0 : 0.1; // angle in degrees; cov from 0.001 to 100
  if (span >= 10) return 0.5;
  if (span >= 2) return 0.1;
  return 0.05;
}

} // namespace

QPixmap DatasetPanel::thumbnail(const QString& generator, int size) {
  QPixmap pix(size, size);
  pix.fill(Theme::instance().background());
  neurona::GeneratorOptions o;
  o.samples = 300;
  const neurona::GeneratorInfo* info = neurona::findGenerator(generator.toStdString());
  o.noise = info ? info->defaultNoise : 0.0;
  o.seed = 1;
  if (info && info->kind == neurona::GeneratorKind::Image) {
    // Four samples side by side, two by two, each cell a crisp pixel: white strokes on black, as the
    // network sees them (1 is ink).
    o.samples = std::max(4, info->defaultClasses); // a generator may want a sample of every class
    const neurona::Result<neurona::Dataset> r = neurona::generateDataset(generator.toStdString(), o);
    if (!r.ok() || !r.value.imageShape) return pix;
    const auto [h, w, c] = *r.value.imageShape;
    QPainter p(&pix);
    const double gap = 2.0, cell = (size - 3.0 * gap) / 2.0;
    for (int k = 0; k < std::min<int>(4, static_cast<int>(r.value.samples())); ++k) {
      QImage img(w, h, QImage::Format_RGB32);
      for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x) {
          const double v = r.value.features(k, (static_cast<Eigen::Index>(y) * w + x) * c);
          const int g = std::clamp(static_cast<int>(std::lround(255.0 * v)), 0, 255);
          img.setPixel(x, y, qRgb(g, g, g));
        }
      p.drawImage(QRectF(gap + (k % 2) * (cell + gap), gap + (k / 2) * (cell + gap), cell, cell), img);
    }
    return pix;
  }
  const neurona::Result<neurona::Dataset> r = neurona::generateDataset(generator.toStdString(), o);
  if (!r.ok() || r.value.featureCount() < 2) return pix;
  const neurona::Dataset& d = r.value;
  const double x0 = d.features.col(0).minCoeff(), x1 = d.features.col(0).maxCoeff();
  const double y0 = d.features.col(1).minCoeff(), y1 = d.features.col(1).maxCoeff();
  const bool regression = d.task == neurona::TaskKind::Regression;
  double t0 = 0, t1 = 1;
  if (regression && d.targets.size() > 0) { // coloured by the first target
    t0 = d.targets.col(0).minCoeff();
    t1 = std::max(t0 + 1e-9, d.targets.col(0).maxCoeff());
  }
  QPainter p(&pix);
  p.setRenderHint(QPainter::Antialiasing);
  p.setPen(Qt::NoPen);
  const double m = 4.0, w = size - 2 * m;
  const double dot = Theme::instance().highContrast() ? 2.2 : 1.6;
  for (Eigen::Index i = 0; i < d.samples(); ++i) {
    const double px = m + w * (d.features(i, 0) - x0) / std::max(1e-9, x1 - x0);
    const double py = m + w * (1.0 - (d.features(i, 1) - y0) / std::max(1e-9, y1 - y0));
    p.setBrush(regression ? Theme::instance().boundaryColor((d.targets(i, 0) - t0) / (t1 - t0))
                          : Theme::instance().classColor(d.labels(i)));
    p.drawEllipse(QPointF(px, py), dot, dot);
  }
  return pix;
}

void DatasetPanel::drawThumbnails() {
  for (int i = 0; i < m_generators->count(); ++i) {
    QListWidgetItem* item = m_generators->item(i);
    item->setIcon(QIcon(thumbnail(item->data(Qt::UserRole).toString(), 56)));
  }
}

DatasetPanel::DatasetPanel(Project* project, QWidget* parent) : QWidget(parent), m_project(project) {
  setObjectName(QStringLiteral("datasetPanel"));
  m_generators = new QListWidget(this);
  m_generators->setObjectName(QStringLiteral("generatorList"));
  m_generators->setViewMode(QListView::IconMode);
  m_generators->setIconSize(QSize(56, 56));
  m_generators->setResizeMode(QListView::Adjust);
  m_generators->setMovement(QListView::Static);
  m_generators->setWordWrap(true);
  m_generators->setMinimumHeight(190);
  for (const neurona::GeneratorInfo& g : neurona::allGenerators()) {
    const QString name = QString::fromLatin1(g.name.data(), static_cast<int>(g.name.size()));
    auto* item = new QListWidgetItem(name, m_generators);
    item->setData(Qt::UserRole, name);
  }
  drawThumbnails();
  connect(&Theme::instance(), &Theme::changed, this, [this] {
    drawThumbnails();
    showMessage(m_message->text(), m_messageIsError);
  });

  m_samples = new QSpinBox(this);
  m_samples->setObjectName(QStringLiteral("samplesField"));
  m_samples->setRange(2, 100000);
  m_samples->setSingleStep(50);
  m_noise = new QDoubleSpinBox(this);
  m_noise->setObjectName(QStringLiteral("noiseField"));
  m_noise->setRange(0.0, neurona::kMaxGeneratorNoise);
  m_noise->setSingleStep(0.05);
  m_noise->setDecimals(3);
  m_classes = new QSpinBox(this);
  m_classes->setObjectName(QStringLiteral("classesField"));
  m_classes->setRange(2, 10);
  m_seed = new QSpinBox(this);
  m_seed->setObjectName(QStringLiteral("dataSeedField"));
  m_seed->setRange(0, 2'000'000'000);
  m_regenerate = new QPushButton(this);
  m_regenerate->setObjectName(QStringLiteral("regenerateButton"));
  m_loadCsv = new QPushButton(this);
  m_loadCsv->setObjectName(QStringLiteral("loadCsvButton"));
  m_saveCsv = new QPushButton(this);
  m_saveCsv->setObjectName(QStringLiteral("saveCsvButton"));
  m_validation = new QDoubleSpinBox(this);
  m_validation->setObjectName(QStringLiteral("validationField"));
  m_test = new QDoubleSpinBox(this);
  m_test->setObjectName(QStringLiteral("testField"));
  for (QDoubleSpinBox* s : {m_validation, m_test}) {
    s->setRange(0.0, 90.0);
    s->setSuffix(QStringLiteral(" %"));
    s->setDecimals(0);
    s->setSingleStep(5.0);
  }
  m_preprocessing = new QComboBox(this);
  m_preprocessing->setObjectName(QStringLiteral("scalingBox"));
  for (auto k : {neurona::PreprocessingKind::None, neurona::PreprocessingKind::Standardize,
                 neurona::PreprocessingKind::MinMax})
    m_preprocessing->addItem(QString(), static_cast<int>(k));
  // Three to a row, so the side column stays narrow (the canvas gets the width).
  auto* transformRow = new QGridLayout;
  for (neurona::FeatureTransform t : neurona::allFeatureTransforms()) {
    const std::string_view n = neurona::toString(t);
    auto* box = new QCheckBox(QString::fromUtf8(n.data(), static_cast<int>(n.size())), this);
    box->setObjectName(transformObjectName(t));
    box->setProperty("transform", static_cast<int>(t));
    m_transforms << box;
    const int i = static_cast<int>(m_transforms.size()) - 1;
    transformRow->addWidget(box, i / 3, i % 3);
  }
  m_message = new QLabel(this);
  m_message->setObjectName(QStringLiteral("datasetMessage"));
  m_message->setWordWrap(true);
  m_message->setTextFormat(Qt::PlainText); // file names and CSV text from others are never markup
  m_summary = new QLabel(this);
  m_summary->setObjectName(QStringLiteral("dataSummary"));
  m_summary->setWordWrap(true);

  m_generatorBox = new QGroupBox(this);
  m_generatorForm = new QFormLayout(m_generatorBox);
  m_generatorForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // a label above its field in a narrow column
  m_generatorForm->addRow(new QLabel(this), m_samples);
  m_generatorForm->addRow(new QLabel(this), m_noise);
  m_generatorForm->addRow(new QLabel(this), m_classes);
  m_generatorForm->addRow(new QLabel(this), m_seed);
  m_generatorForm->addRow(m_regenerate);
  auto* files = new QVBoxLayout; // one button under the other: both labels stay whole in a narrow column
  files->addWidget(m_loadCsv);
  files->addWidget(m_saveCsv);

  m_prepareBox = new QGroupBox(this);
  m_prepareForm = new QFormLayout(m_prepareBox);
  m_prepareForm->setRowWrapPolicy(QFormLayout::WrapLongRows); // a label above its field in a narrow column
  m_prepareForm->addRow(new QLabel(this), m_validation);
  m_prepareForm->addRow(new QLabel(this), m_test);
  m_prepareForm->addRow(new QLabel(this), m_preprocessing);
  m_prepareForm->addRow(new QLabel(this), transformRow);

  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  layout->addWidget(m_generators, 1);
  layout->addWidget(m_generatorBox);
  layout->addLayout(files);
  layout->addWidget(m_message);
  layout->addWidget(m_summary);
  layout->addWidget(m_prepareBox);

  connect(m_generators, &QListWidget::itemClicked, this, [this] {
    const neurona::GeneratorInfo* info =
        neurona::findGenerator(m_generators->currentItem()->data(Qt::UserRole).toString().toStdString());
    if (info) {
      m_loading = true;
      m_noise->setValue(info->defaultNoise);
      m_classes->setValue(std::max(2, info->defaultClasses));
      // From points to pictures or back: the other kind's sample count would be far too few or too many.
      const neurona::DatasetSource& current = m_project->data().source;
      const neurona::GeneratorInfo* was =
          current.kind == DatasetSourceKind::Generator ? neurona::findGenerator(current.generator) : nullptr;
      if (!was || was->kind != info->kind) m_samples->setValue(info->defaultSamples);
      m_loading = false;
    }
    regenerate();
  });
  connect(m_regenerate, &QPushButton::clicked, this, [this] { regenerate(); });
  // Live, as in TensorFlow Playground: a changed generator setting makes the data again at once; the
  // steps of one spin box held down or typed into merge into one undo step.
  const QList<QAbstractSpinBox*> live = {m_samples, m_noise, m_classes, m_seed};
  for (int key = 0; key < live.size(); ++key) {
    const auto changed = [this, key] {
      if (!m_loading) regenerate(key);
    };
    if (auto* i = qobject_cast<QSpinBox*>(live[key])) connect(i, &QSpinBox::valueChanged, this, changed);
    if (auto* d = qobject_cast<QDoubleSpinBox*>(live[key]))
      connect(d, &QDoubleSpinBox::valueChanged, this, changed);
  }
  connect(m_loadCsv, &QPushButton::clicked, this, [this] {
    const QString path = QFileDialog::getOpenFileName(this, tr("Load CSV"), dialogFolder(),
                                                      tr("CSV files (*.csv *.tsv *.txt);;All files (*)"));
    if (!path.isEmpty()) loadCsv(path);
  });
  connect(m_saveCsv, &QPushButton::clicked, this, [this] {
    QString path =
        QFileDialog::getSaveFileName(this, tr("Save Data as CSV"), dialogFolder(), tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".csv");
    saveCsv(path);
  });
  for (QDoubleSpinBox* s : {m_validation, m_test})
    connect(s, &QDoubleSpinBox::valueChanged, this, &DatasetPanel::storeSettings);
  connect(m_preprocessing, &QComboBox::currentIndexChanged, this, &DatasetPanel::storeSettings);
  for (QCheckBox* b : m_transforms) connect(b, &QCheckBox::toggled, this, &DatasetPanel::storeSettings);
  for (auto signal : {&Project::dataChanged, &Project::preparationChanged, &Project::loaded})
    connect(m_project, signal, this, &DatasetPanel::loadFromDocument);
  // Another project: a message about the previous one's data would be stale. An image folder's pictures
  // that could not be read are listed instead: the data holds the others, and nothing says so elsewhere.
  connect(m_project, &Project::loaded, this, [this] { showMessage(skippedText(), false); });
  connect(m_project, &Project::locksChanged, this, [this] {
    setEnabled(!m_project->isLocked(Lock::Data));
    setToolTip(m_project->isLocked(Lock::Data) ? tr("Locked by this lesson") : QString());
  });

  retranslateUi();
  // After retranslateUi, so that the tooltips written there count as the controls' own.
  for (QWidget* w :
       {static_cast<QWidget*>(m_generators), static_cast<QWidget*>(m_samples),
        static_cast<QWidget*>(m_classes), static_cast<QWidget*>(m_seed), static_cast<QWidget*>(m_regenerate),
        static_cast<QWidget*>(m_loadCsv), static_cast<QWidget*>(m_saveCsv)})
    ControlHelp::attach(w, QStringLiteral("concept/dataset"));
  // Noise and held-out data are what overfitting is about: fitting the noise, failing on new data.
  for (QWidget* w :
       {static_cast<QWidget*>(m_noise), static_cast<QWidget*>(m_validation), static_cast<QWidget*>(m_test)})
    ControlHelp::attach(w, QStringLiteral("concept/overfitting"));
  ControlHelp::attach(m_preprocessing, QStringLiteral("concept/preprocessing"));
  for (QCheckBox* b : m_transforms) ControlHelp::attach(b, QStringLiteral("concept/preprocessing"));
  loadFromDocument();
}

void DatasetPanel::retranslateUi() {
  for (int i = 0; i < m_generators->count(); ++i) {
    QListWidgetItem* item = m_generators->item(i);
    item->setText(KindNames::generator(item->data(Qt::UserRole).toString()));
  }
  IconGrid::fitToNames(m_generators);
  m_generatorBox->setTitle(tr("Generator"));
  m_prepareBox->setTitle(tr("Preparation"));
  const auto label = [](QFormLayout* f, QWidget* w, const QString& text) { FormRows::setLabel(f, w, text); };
  label(m_generatorForm, m_samples, tr("Samples"));
  label(m_generatorForm, m_noise, tr("Noise"));
  label(m_generatorForm, m_classes, tr("Classes"));
  label(m_generatorForm, m_seed, tr("Seed"));
  m_regenerate->setText(tr("Regenerate"));
  m_loadCsv->setText(tr("Load CSV…"));
  m_saveCsv->setText(tr("Save Data as CSV…"));
  label(m_prepareForm, m_validation, tr("Validation"));
  label(m_prepareForm, m_test, tr("Test"));
  label(m_prepareForm, m_preprocessing, tr("Scaling"));
  if (auto* l = qobject_cast<QLabel*>(m_prepareForm->itemAt(3, QFormLayout::LabelRole)
                                          ? m_prepareForm->itemAt(3, QFormLayout::LabelRole)->widget()
                                          : nullptr))
    l->setText(tr("Extra inputs"));
  const QStringList scaling = {tr("None"), tr("Standardize (mean 0, deviation 1)"), tr("Min–max (0 to 1)")};
  for (int i = 0; i < m_preprocessing->count(); ++i) m_preprocessing->setItemText(i, scaling[i]);
  m_generators->setToolTip(
      tr("The examples the network learns from: each point has two inputs (its position) and "
         "a class or a value; each picture (shapes, bars, digits) has one input per pixel. Click a data set "
         "again to draw new examples."));
  m_samples->setToolTip(tr("How many examples to draw: with few of them, the network can learn them by heart "
                           "instead of the pattern."));
  m_noise->setToolTip(
      tr("How far the points stray from the clean pattern: a network that follows every stray "
         "point is overfitting."));
  m_classes->setToolTip(
      tr("How many groups the points fall into; the output layer needs one neuron per class "
         "(or a single sigmoid neuron for two)."));
  m_seed->setToolTip(
      tr("The same seed draws exactly the same points, so that everyone in a class can work with "
         "the same data."));
  m_regenerate->setToolTip(
      tr("Draw the data set again with these settings; another seed gives other points with "
         "the same pattern."));
  m_loadCsv->setToolTip(
      tr("Use your own data: a table with one row per example, the inputs in columns and the "
         "class or value in a column named label, class, target or y (else the last one)."));
  m_saveCsv->setToolTip(
      tr("Save the examples as a table, one row per example, to open them in a spreadsheet."));
  m_validation->setToolTip(
      tr("The share of the examples kept out of training to check the network on data it has "
         "not seen: a validation loss that rises while the training loss falls means "
         "overfitting."));
  m_test->setToolTip(
      tr("The share of the examples kept aside for a final, honest measure of how well the network "
         "does on new data."));
  for (QCheckBox* b : m_transforms)
    b->setToolTip(
        tr("Adds %1 as an extra input, computed from x₁ and x₂, so that even a network without hidden "
           "layers can draw a curved boundary.")
            .arg(b->text()));
  for (QDoubleSpinBox* f : m_params) {
    const QString key = f->property("param").toString();
    FormRows::setLabel(m_generatorForm, f, KindNames::generatorParam(key));
    f->setToolTip(KindNames::generatorParamHelp(key));
  }
  loadFromDocument();
}

void DatasetPanel::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  // After every field has taken the new text size.
  if (e->type() == QEvent::FontChange || e->type() == QEvent::ApplicationFontChange)
    QTimer::singleShot(0, this, [this] {
      FormRows::shareFieldWidth(m_generatorForm);
      IconGrid::fitToNames(m_generators);
    });
  QWidget::changeEvent(e);
}

void DatasetPanel::buildParamFields(const QString& generator) {
  if (generator == m_paramsFor) return;
  for (QDoubleSpinBox* f : m_params) m_generatorForm->removeRow(f); // the label goes with it
  m_params.clear();
  m_paramsFor = generator;
  const neurona::GeneratorInfo* info = neurona::findGenerator(generator.toStdString());
  if (!info) {
    FormRows::shareFieldWidth(m_generatorForm); // the rows left may be narrower now
    return;
  }
  int row = m_generatorForm->rowCount() - 1; // above Regenerate
  for (const neurona::GeneratorParam& p : info->params) {
    const QString key = QString::fromLatin1(p.name.data(), static_cast<int>(p.name.size()));
    auto* f = new QDoubleSpinBox(this);
    f->setObjectName(key + QStringLiteral("ParamField"));
    f->setProperty("param", key);
    f->setDecimals(p.integer ? 0 : (p.min > 0 && p.min < 0.01 ? 3 : 2));
    f->setRange(p.min, p.max);
    f->setSingleStep(paramStep(p));
    f->setValue(p.defaultValue);
    f->setProperty("default", p.defaultValue);
    m_generatorForm->insertRow(row++, new QLabel(this), f);
    FormRows::setLabel(m_generatorForm, f, KindNames::generatorParam(key));
    f->setToolTip(KindNames::generatorParamHelp(key));
    ControlHelp::attach(f, QStringLiteral("concept/dataset"));
    const int mergeKey = kParamMergeKey + static_cast<int>(m_params.size());
    connect(f, &QDoubleSpinBox::valueChanged, this, [this, mergeKey] {
      if (!m_loading) regenerate(mergeKey);
    });
    m_params << f;
  }
  FormRows::shareFieldWidth(m_generatorForm);
}

void DatasetPanel::loadFromDocument() {
  m_loading = true;
  const neurona::DatasetSource& s = m_project->data().source;
  // The generator's settings describe generated data only; for a CSV file or painted points they would
  // be another data set's (a click on a thumbnail generates data again and shows them).
  const bool generated = s.kind == DatasetSourceKind::Generator;
  m_generatorBox->setVisible(generated);
  if (!generated) {
    m_generators->clearSelection();
    m_generators->setCurrentItem(nullptr);
  }
  if (generated) {
    buildParamFields(QString::fromStdString(s.generator));
    for (QDoubleSpinBox* f : m_params) {
      const auto it = s.params.find(f->property("param").toString().toStdString());
      f->setValue(it != s.params.end() ? it->second : f->property("default").toDouble());
    }
    for (int i = 0; i < m_generators->count(); ++i)
      if (m_generators->item(i)->data(Qt::UserRole).toString() == QString::fromStdString(s.generator)) {
        m_generators->setCurrentRow(i);
        m_generators->scrollToItem(m_generators->item(i)); // the pictures are below the points
      }
    m_samples->setValue(s.samples);
    m_noise->setValue(s.noise);
    const neurona::GeneratorInfo* info = neurona::findGenerator(s.generator);
    m_classes->setValue(s.classes > 0 ? s.classes : (info ? std::max(2, info->defaultClasses) : 2));
    m_classes->setEnabled(info && info->hasClasses);
    m_seed->setValue(static_cast<int>(std::min<std::uint64_t>(s.seed, 2'000'000'000)));
  }
  const Preparation& prep = m_project->preparation();
  m_validation->setValue(100.0 * prep.split.validation);
  m_test->setValue(100.0 * prep.split.test);
  m_preprocessing->setCurrentIndex(m_preprocessing->findData(static_cast<int>(prep.preprocessing)));
  for (QCheckBox* b : m_transforms) {
    const auto t = static_cast<neurona::FeatureTransform>(b->property("transform").toInt());
    const auto& ts = prep.transforms;
    b->setChecked(std::find(ts.begin(), ts.end(), t) != ts.end());
  }
  const neurona::Dataset& d = m_project->rawData();
  QString source;
  switch (s.kind) {
  case DatasetSourceKind::Generator:
    source = tr("generated (%1)").arg(KindNames::generator(QString::fromStdString(s.generator)));
    break;
  case DatasetSourceKind::Csv:
    source = tr("from %1").arg(QFileInfo(QString::fromStdString(s.csvPath)).fileName());
    break;
  case DatasetSourceKind::Points: // points one can paint, or the samples of a data file that has gone
    source = m_project->canPaint() ? tr("painted") : tr("stored in the project");
    break;
  case DatasetSourceKind::Images: // the folder's name, in the words a CSV file's name takes
    source = tr("from %1").arg(QFileInfo(QString::fromStdString(s.imagesPath)).fileName());
    break;
  }
  m_summary->setText(
      neurona::isClassification(d.task)
          ? tr("%n sample(s), %1 inputs, %2 classes, %3", nullptr, static_cast<int>(d.samples()))
                .arg(d.featureCount())
                .arg(d.classCount())
                .arg(source)
          : tr("%n sample(s), %1 inputs, regression, %2", nullptr, static_cast<int>(d.samples()))
                .arg(d.featureCount())
                .arg(source));
  m_loading = false;
}

void DatasetPanel::storeSettings() {
  if (m_loading) return;
  Preparation prep = m_project->preparation();
  prep.split.validation = m_validation->value() / 100.0;
  prep.split.test = m_test->value() / 100.0;
  if (prep.split.validation + prep.split.test > 0.9) {
    showMessage(tr("Validation and test together may use at most 90% of the data."), true);
    loadFromDocument();
    return;
  }
  prep.preprocessing = static_cast<neurona::PreprocessingKind>(m_preprocessing->currentData().toInt());
  prep.transforms.clear();
  for (QCheckBox* b : m_transforms)
    if (b->isChecked())
      prep.transforms.push_back(static_cast<neurona::FeatureTransform>(b->property("transform").toInt()));
  m_project->setPreparation(prep);
  showMessage(QString(), false);
}

bool DatasetPanel::regenerate(int mergeKey) {
  QListWidgetItem* item = m_generators->currentItem();
  if (!item) return false;
  neurona::DatasetSource s;
  s.kind = DatasetSourceKind::Generator;
  s.generator = item->data(Qt::UserRole).toString().toStdString();
  const neurona::DatasetSource& current = m_project->data().source;
  if (current.kind == DatasetSourceKind::Generator && current.generator == s.generator)
    s.params = current.params;
  // Only the edited field of the generator's own settings is written: the others keep the file's exact
  // values (a spin box shows them rounded).
  const int param = mergeKey - kParamMergeKey;
  if (param >= 0 && param < m_params.size() && m_paramsFor == QString::fromStdString(s.generator))
    s.params[m_params[param]->property("param").toString().toStdString()] = m_params[param]->value();
  s.samples = m_samples->value();
  s.noise = m_noise->value();
  s.classes = m_classes->isEnabled() ? m_classes->value() : 0;
  s.seed = static_cast<std::uint64_t>(m_seed->value());
  // Only a change of the generator's own settings regenerates live (a CSV or painted data stays).
  if (mergeKey >= 0 && (current.kind != DatasetSourceKind::Generator || current.generator != s.generator))
    return false;
  const neurona::Error error = m_project->generateData(s, mergeKey);
  showMessage(error.ok() ? QString() : ErrorText::sentence(error), !error.ok());
  return error.ok();
}

bool DatasetPanel::loadCsv(const QString& path) {
  const neurona::Error error = m_project->loadCsv(path);
  showMessage(
      error.ok()
          ? tr("Loaded %1.").arg(QFileInfo(path).fileName())
          : tr("%1 could not be loaded. %2").arg(QFileInfo(path).fileName(), ErrorText::sentence(error)),
      !error.ok());
  return error.ok();
}

bool DatasetPanel::saveCsv(const QString& path) {
  const neurona::Error error = m_project->saveCsv(path);
  showMessage(error.ok() ? tr("Saved %1.").arg(QFileInfo(path).fileName()) : ErrorText::sentence(error),
              !error.ok());
  return error.ok();
}

QString DatasetPanel::dialogFolder() const {
  if (!m_project->path().isEmpty()) return QFileInfo(m_project->path()).absolutePath();
  if (m_project->data().source.kind == DatasetSourceKind::Csv)
    return QFileInfo(QString::fromStdString(m_project->data().source.csvPath)).absolutePath();
  return {};
}

QString DatasetPanel::skippedText() const {
  const auto& skipped = m_project->skippedImages();
  if (skipped.empty()) return {};
  constexpr std::size_t kListed = 5;
  QStringList lines;
  lines << tr("%n picture(s) of the image folder could not be read; the data holds the others.", nullptr,
              static_cast<int>(skipped.size()));
  for (std::size_t i = 0; i < std::min(kListed, skipped.size()); ++i)
    lines << ErrorText::skippedImage(skipped[i]);
  if (skipped.size() > kListed)
    lines << tr("…and %n more.", nullptr, static_cast<int>(skipped.size() - kListed));
  return lines.join(QLatin1Char('\n'));
}

void DatasetPanel::showMessage(const QString& text, bool error) {
  m_message->setText(text);
  m_messageIsError = error;
  // Dark red reads on white; on the black of high contrast a light red does.
  m_message->setStyleSheet(!error                             ? QString()
                           : Theme::instance().highContrast() ? QStringLiteral("color: #ff8a80;")
                                                              : QStringLiteral("color: #b00020;"));
  m_message->setVisible(!text.isEmpty());
}
