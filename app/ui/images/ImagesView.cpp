#include "ui/images/ImagesView.h"

#include "model/Project.h"
#include "training/TrainingController.h"
#include "ui/concepts/ControlHelp.h"
#include "ui/images/DrawingPad.h"
#include "ui/images/SampleGallery.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

ImagesView::ImagesView(Project* project, TrainingController* controller, QWidget* parent)
    : QWidget(parent), m_project(project), m_controller(controller) {
  setObjectName(QStringLiteral("imagesView"));
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  m_tabs = new QTabWidget(this);
  m_tabs->setObjectName(QStringLiteral("imagesTabs"));
  m_gallery = new SampleGallery(m_tabs);
  auto* drawPage = new QWidget(m_tabs);
  auto* drawLayout = new QVBoxLayout(drawPage);
  m_pad = new DrawingPad(drawPage);
  m_padMessage = new QLabel(drawPage);
  m_padMessage->setWordWrap(true);
  m_padMessage->setObjectName(QStringLiteral("padMessage"));
  drawLayout->addWidget(m_pad, 1);
  drawLayout->addWidget(m_padMessage);
  m_tabs->addTab(m_gallery, QString());
  m_tabs->addTab(drawPage, QString());
  layout->addWidget(m_tabs);

  connect(m_gallery, &SampleGallery::sampleSelected, this, [this](int row) {
    const neurona::Dataset& raw = m_project->rawData();
    if (row >= 0 && row < raw.samples()) emit focusChanged(raw.features.row(row).transpose());
  });
  connect(m_pad, &DrawingPad::drawingChanged, this, &ImagesView::testDrawing);
  connect(m_pad, &DrawingPad::sampleDrawn, this, &ImagesView::addDrawing);
  connect(m_pad, &DrawingPad::modeChanged, this, [this](DrawingPad::Mode mode) {
    m_padMessage->clear();
    if (mode == DrawingPad::Mode::Test) {
      testDrawing(m_pad->pixels());
    } else if (const int row = m_gallery->selectedSample();
               row >= 0 && row < m_project->rawData().samples()) {
      emit focusChanged(m_project->rawData().features.row(row).transpose()); // back to the chosen sample
    }
  });
  for (auto signal : {&Project::dataChanged, &Project::loaded})
    connect(project, signal, this, &ImagesView::showData);
  connect(controller, &TrainingController::snapshotReady, this, &ImagesView::showSnapshot);
  retranslateUi();
  // After retranslateUi, so the widgets' own tooltips stay: every control explains pictures as data.
  for (QWidget* w : std::initializer_list<QWidget*>{
           m_gallery->trueClassFilter(), m_gallery->predictedClassFilter(), m_gallery->mistakesOnlyBox(),
           m_pad->addModeButton(), m_pad->testModeButton(), m_pad->eraserButton(), m_pad->clearButton(),
           m_pad->classBox(), m_pad->addButton()})
    ControlHelp::attach(w, QStringLiteral("concept/pictures"));
  showData();
}

bool ImagesView::showsImages(const Project& project) {
  const neurona::Dataset& raw = project.rawData();
  return raw.imageShape.has_value() && neurona::isClassification(raw.task);
}

void ImagesView::showData() {
  m_shown.reset();
  m_probe.clear();
  if (!showsImages(*m_project)) {
    m_gallery->setData({});
    return;
  }
  const neurona::Dataset& raw = m_project->rawData();
  const auto [h, w, c] = *raw.imageShape;
  GalleryData data;
  data.height = h;
  data.width = w;
  data.channels = c;
  data.pixels = std::make_shared<const neurona::MatrixD>(raw.features);
  data.trueClass.assign(raw.labels.data(), raw.labels.data() + raw.labels.size());
  std::vector<QString> names;
  for (const std::string& n : raw.classNames) names.push_back(QString::fromStdString(n));
  data.classNames = names;
  m_gallery->setData(std::move(data));
  m_pad->setImageShape(h, w, c);
  m_pad->setClassNames(names);
  m_padMessage->clear();
  showSnapshot(m_controller->snapshot());
}

void ImagesView::showSnapshot(const SnapshotPtr& snapshot) {
  if (!snapshot || !showsImages(*m_project)) return;
  const auto samples = snapshot->samples;
  if (samples && samples != m_shown &&
      samples->predicted.size() == static_cast<std::size_t>(m_project->rawData().samples())) {
    m_shown = samples;
    m_gallery->setPredictions(samples->predicted,
                              std::vector<double>(samples->confidence.begin(), samples->confidence.end()));
  }
  // The drawing under test is judged again by the newer values.
  if (m_pad->mode() == DrawingPad::Mode::Test && !m_drawing.empty()) testDrawing(m_drawing);
}

void ImagesView::testDrawing(const std::vector<double>& pixels) {
  m_drawing = pixels;
  const neurona::VectorD raw =
      Eigen::Map<const neurona::VectorD>(pixels.data(), static_cast<Eigen::Index>(pixels.size()));
  emit focusChanged(raw);
  const SnapshotPtr snapshot = m_controller->snapshot();
  const bool ready =
      snapshot && m_project->canTrain() &&
      m_probe.setModel(m_project->runnableNetwork(), m_project->prepared().pipeline,
                       static_cast<int>(m_project->rawData().featureCount()), snapshot->params);
  const auto outputs = ready ? m_probe.outputs(raw) : std::nullopt;
  if (!outputs) {
    m_pad->setProbabilities({});
    m_padMessage->setText(tr("The network cannot judge drawings yet: fix the problems, or press Step."));
    return;
  }
  std::vector<double> p = *outputs;
  if (p.size() == 1) p = {1.0 - p[0], p[0]}; // one sigmoid output: the two classes' probabilities
  m_pad->setProbabilities(p);
  m_padMessage->clear();
}

void ImagesView::addDrawing(int classIndex, const std::vector<double>& pixels) {
  if (m_project->addDrawnSample(classIndex, pixels))
    m_padMessage->setText(tr("Added to the data: %n sample(s) in all.", nullptr,
                             static_cast<int>(m_project->rawData().samples())));
  else
    m_padMessage->setText(tr("This drawing could not be added: the data set is locked or is not pictures."));
}

void ImagesView::retranslateUi() {
  m_tabs->setTabText(0, tr("Samples"));
  m_tabs->setTabText(1, tr("Draw"));
  m_tabs->setTabToolTip(0, tr("Every picture of the data, with the network's answer; click one to see its "
                              "feature maps on the canvas."));
  m_tabs->setTabToolTip(1, tr("Draw a picture with the mouse: add it to the data, or test what the network "
                              "says about it."));
}

void ImagesView::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(e);
}
