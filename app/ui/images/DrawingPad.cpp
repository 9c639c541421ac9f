#include "ui/images/DrawingPad.h"

#include "ui/forms/FlowLayout.h"
#include "ui/images/PadCanvas.h"
#include "ui/images/ProbabilityBars.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QVBoxLayout>

DrawingPad::DrawingPad(QWidget* parent) : QWidget(parent) {
  setObjectName(QStringLiteral("drawingPad"));
  m_canvas = new PadCanvas(this);
  m_addMode = new QPushButton(this);
  m_addMode->setObjectName(QStringLiteral("padAddMode"));
  m_testMode = new QPushButton(this);
  m_testMode->setObjectName(QStringLiteral("padTestMode"));
  // Two checkable buttons kept exclusive by setMode, not by an exclusive QButtonGroup: Tab would then
  // stop only at the checked one, as for radio buttons, and keyboard users would not find the other.
  for (QPushButton* b : {m_addMode, m_testMode}) b->setCheckable(true);
  m_addMode->setChecked(true);
  m_eraser = new QPushButton(this);
  m_eraser->setObjectName(QStringLiteral("padEraser"));
  m_eraser->setCheckable(true);
  m_clear = new QPushButton(this);
  m_clear->setObjectName(QStringLiteral("padClear"));
  m_hint = new QLabel(this);
  m_hint->setWordWrap(true);

  m_addPanel = new QWidget(this);
  m_classLabel = new QLabel(m_addPanel);
  m_class = new QComboBox(m_addPanel);
  m_class->setObjectName(QStringLiteral("padClass"));
  m_class->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  m_classLabel->setBuddy(m_class);
  m_add = new QPushButton(m_addPanel);
  m_add->setObjectName(QStringLiteral("padAddSample"));
  // The class and the button wrap under each other in a narrow dock (a projector's 1280 × 720).
  auto* classPair = new QWidget(m_addPanel);
  auto* pairRow = new QHBoxLayout(classPair);
  pairRow->setContentsMargins(0, 0, 0, 0);
  pairRow->addWidget(m_classLabel);
  pairRow->addWidget(m_class);
  auto* addRow = new FlowLayout(m_addPanel);
  addRow->setContentsMargins(0, 0, 0, 0);
  addRow->addWidget(classPair);
  addRow->addWidget(m_add);

  m_testPanel = new QWidget(this);
  m_testLabel = new QLabel(m_testPanel);
  m_bars = new ProbabilityBars(m_testPanel);
  auto* testColumn = new QVBoxLayout(m_testPanel);
  testColumn->setContentsMargins(0, 0, 0, 0);
  testColumn->addWidget(m_testLabel);
  testColumn->addWidget(m_bars);

  auto* modeRow = new QHBoxLayout;
  modeRow->addWidget(m_addMode);
  modeRow->addWidget(m_testMode);
  modeRow->addStretch(1);
  auto* toolRow = new QHBoxLayout;
  toolRow->addWidget(m_eraser);
  toolRow->addWidget(m_clear);
  toolRow->addStretch(1);
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(2, 2, 2, 2);
  layout->addLayout(modeRow);
  layout->addWidget(m_canvas, 1);
  layout->addLayout(toolRow);
  layout->addWidget(m_hint);
  layout->addWidget(m_addPanel);
  layout->addWidget(m_testPanel);
  m_testPanel->hide();
  setTabOrder(m_addMode, m_testMode);
  setTabOrder(m_testMode, m_canvas);
  setTabOrder(m_canvas, m_eraser);
  setTabOrder(m_eraser, m_clear);
  setTabOrder(m_clear, m_class);
  setTabOrder(m_class, m_add);

  m_coalesce = new QTimer(this);
  m_coalesce->setSingleShot(true);
  m_coalesce->setInterval(kCoalesceMs);
  connect(m_coalesce, &QTimer::timeout, this, [this] {
    if (m_mode == Mode::Test) emit drawingChanged(pixels());
  });
  connect(m_canvas, &PadCanvas::pixelsChanged, this, &DrawingPad::onPixelsChanged);
  connect(m_addMode, &QPushButton::clicked, this, [this] { setMode(Mode::Add); });
  connect(m_testMode, &QPushButton::clicked, this, [this] { setMode(Mode::Test); });
  connect(m_eraser, &QPushButton::toggled, m_canvas, &PadCanvas::setErasing);
  connect(m_clear, &QPushButton::clicked, this, &DrawingPad::clear);
  connect(m_add, &QPushButton::clicked, this, &DrawingPad::addSample);
  connect(m_class, &QComboBox::currentIndexChanged, this, &DrawingPad::updateControls);
  auto* erase = new QShortcut(QKeySequence(Qt::Key_Delete), this, this, &DrawingPad::clear);
  erase->setContext(Qt::WidgetWithChildrenShortcut);
  for (int key : {Qt::Key_Return, Qt::Key_Enter}) {
    auto* enter = new QShortcut(QKeySequence(key), this, this, &DrawingPad::onEnter);
    enter->setContext(Qt::WidgetWithChildrenShortcut);
  }
  retranslateUi();
  updateControls();
}

void DrawingPad::setImageShape(int height, int width, int channels) {
  m_channels = channels > 0 ? channels : 1;
  m_canvas->setImageSize(height, width);
  retranslateUi(); // the canvas's accessible name gives the size
}

int DrawingPad::imageHeight() const { return m_canvas->imageHeight(); }
int DrawingPad::imageWidth() const { return m_canvas->imageWidth(); }

void DrawingPad::setClassNames(const std::vector<QString>& names) {
  const int previous = m_class->currentIndex();
  {
    const QSignalBlocker block(m_class);
    m_class->clear();
    for (int k = 0; k < static_cast<int>(names.size()); ++k) {
      const QString& name = names[static_cast<std::size_t>(k)];
      m_class->addItem(name.isEmpty() ? QString::number(k) : name, k);
    }
    m_class->setCurrentIndex(previous >= 0 && previous < m_class->count() ? previous
                                                                          : (m_class->count() > 0 ? 0 : -1));
  }
  m_bars->setClassNames(names);
  updateControls();
}

void DrawingPad::setMode(Mode mode) {
  // The buttons follow even when the mode stays (a click on the checked one unchecks it).
  m_addMode->setChecked(mode == Mode::Add);
  m_testMode->setChecked(mode == Mode::Test);
  if (mode == m_mode) return;
  m_mode = mode;
  m_addPanel->setVisible(mode == Mode::Add);
  m_testPanel->setVisible(mode == Mode::Test);
  retranslateUi();
  // Entering Test mode: what is on the pad already deserves an answer.
  if (mode == Mode::Test) m_coalesce->start();
  emit modeChanged(mode);
}

void DrawingPad::setProbabilities(const std::vector<double>& probabilities) {
  m_bars->setProbabilities(probabilities);
}

std::vector<double> DrawingPad::pixels() const {
  const std::vector<double>& gray = m_canvas->pixels();
  if (m_channels == 1) return gray;
  std::vector<double> out;
  out.reserve(gray.size() * static_cast<std::size_t>(m_channels));
  // Channels-last: pixel i's channels are features i·C … i·C + C − 1.
  for (double v : gray) out.insert(out.end(), static_cast<std::size_t>(m_channels), v);
  return out;
}

void DrawingPad::clear() { m_canvas->clear(); }

void DrawingPad::onPixelsChanged() {
  updateControls();
  // Coalesced: the first change starts the clock and the drawing as it is then goes out, so a stroke
  // sends at most one picture per interval and its last state always arrives.
  if (m_mode == Mode::Test && !m_coalesce->isActive()) m_coalesce->start();
}

void DrawingPad::addSample() {
  if (m_mode != Mode::Add || m_class->currentIndex() < 0 || m_canvas->isBlank()) return;
  emit sampleDrawn(m_class->currentData().toInt(), pixels());
  clear();
}

void DrawingPad::onEnter() {
  // Enter on another button presses that button, as it would without the shortcut.
  auto* button = qobject_cast<QPushButton*>(QApplication::focusWidget());
  if (button && button != m_add && isAncestorOf(button)) {
    button->animateClick();
    return;
  }
  addSample();
}

void DrawingPad::updateControls() {
  const bool blank = m_canvas->isBlank();
  m_add->setEnabled(!blank && m_class->currentIndex() >= 0);
  m_clear->setEnabled(!blank);
}

void DrawingPad::changeEvent(QEvent* e) {
  if (e->type() == QEvent::LanguageChange) retranslateUi();
  QWidget::changeEvent(e);
}

void DrawingPad::retranslateUi() {
  m_addMode->setText(tr("&Add samples"));
  m_addMode->setAccessibleName(tr("Add samples mode"));
  m_addMode->setAccessibleDescription(
      tr("What you draw is added to the data as a sample of the chosen class"));
  m_addMode->setToolTip(m_addMode->accessibleDescription());
  m_testMode->setText(tr("&Test the network"));
  m_testMode->setAccessibleName(tr("Test mode"));
  m_testMode->setAccessibleDescription(tr("The network classifies what you draw while you draw it"));
  m_testMode->setToolTip(m_testMode->accessibleDescription());
  m_eraser->setText(tr("&Eraser"));
  m_eraser->setAccessibleName(tr("Eraser"));
  m_eraser->setAccessibleDescription(
      tr("When on, the left mouse button and the keyboard pen erase instead of drawing"));
  m_eraser->setToolTip(m_eraser->accessibleDescription());
  m_clear->setText(tr("&Clear"));
  m_clear->setAccessibleName(tr("Clear the drawing"));
  m_clear->setAccessibleDescription(tr("Erases the whole drawing (Delete)"));
  m_clear->setToolTip(m_clear->accessibleDescription());
  m_classLabel->setText(tr("Add to c&lass:"));
  m_class->setAccessibleName(tr("Class of the drawn sample"));
  m_class->setAccessibleDescription(tr("The class the drawing is added to"));
  m_add->setText(tr("Add &sample"));
  m_add->setAccessibleName(tr("Add sample"));
  m_add->setAccessibleDescription(
      tr("Adds the drawing to the data as a sample of the chosen class, then clears the pad (Enter)"));
  m_add->setToolTip(m_add->accessibleDescription());
  m_testLabel->setText(tr("What the network says:"));
  m_hint->setText(m_mode == Mode::Add
                      ? tr("Draw with the left mouse button (the right button erases), or with the arrow "
                           "keys after Space.")
                      : tr("Draw, and watch the network's probabilities change as you draw."));
  m_canvas->setAccessibleName(
      tr("Drawing pad, %1 × %2 pixels").arg(m_canvas->imageWidth()).arg(m_canvas->imageHeight()));
  m_canvas->setAccessibleDescription(
      tr("Draw a sample with the mouse (the left button draws, the right button erases) or with the "
         "keyboard (the arrow keys move the pen, Space puts it down or lifts it). Delete clears it."));
}
