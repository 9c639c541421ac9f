#include "ui/shell/PresentationController.h"

#include "ui/style/Theme.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QKeySequence>
#include <QMainWindow>
#include <QMenu>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QWindow>
#include <QWindowStateChangeEvent>

#include <algorithm>
#include <cmath>

namespace {
constexpr auto kScaleKey = "presentation/scale";
constexpr auto kHighContrastKey = "presentation/highContrast";
constexpr auto kColorBlindKey = "presentation/colorBlindSafe";
} // namespace

PresentationController::PresentationController(QMainWindow* window, QObject* parent)
    : QObject(parent ? parent : window), m_window(window) {
  // The font and palette the application had before any controller changed them: a second window
  // (or a test) must not take an already scaled font as its base.
  static const QFont originalFont = QApplication::font();
  static const QPalette originalPalette = QApplication::palette();
  static const QString originalStyleSheet = qApp->styleSheet();
  m_baseFont = originalFont;
  m_basePalette = originalPalette;
  m_baseStyleSheet = originalStyleSheet;
  m_fullScreen = new QAction(this);
  m_fullScreen->setObjectName(QStringLiteral("fullScreenAction"));
  m_fullScreen->setCheckable(true);
  m_fullScreen->setShortcut(QKeySequence(Qt::Key_F11));
  m_fullScreen->setShortcutContext(Qt::ApplicationShortcut);
  connect(m_fullScreen, &QAction::triggered, this, &PresentationController::setFullScreen);

  // Ctrl+= is Ctrl+Plus without Shift on most keyboards; both work, as does the numeric keypad.
  m_zoomIn = new QAction(this);
  m_zoomIn->setObjectName(QStringLiteral("zoomInAction"));
  m_zoomIn->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence(Qt::CTRL | Qt::Key_Plus)});
  m_zoomIn->setShortcutContext(Qt::ApplicationShortcut);
  connect(m_zoomIn, &QAction::triggered, this, &PresentationController::zoomIn);

  m_zoomOut = new QAction(this);
  m_zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
  m_zoomOut->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
  m_zoomOut->setShortcutContext(Qt::ApplicationShortcut);
  connect(m_zoomOut, &QAction::triggered, this, &PresentationController::zoomOut);

  m_resetZoom = new QAction(this);
  m_resetZoom->setObjectName(QStringLiteral("resetZoomAction"));
  m_resetZoom->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
  m_resetZoom->setShortcutContext(Qt::ApplicationShortcut);
  connect(m_resetZoom, &QAction::triggered, this, &PresentationController::resetZoom);

  m_highContrast = new QAction(this);
  m_highContrast->setObjectName(QStringLiteral("highContrastAction"));
  m_highContrast->setCheckable(true);
  connect(m_highContrast, &QAction::triggered, this, &PresentationController::setHighContrast);

  m_colorBlind = new QAction(this);
  m_colorBlind->setObjectName(QStringLiteral("colorBlindAction"));
  m_colorBlind->setCheckable(true);
  connect(m_colorBlind, &QAction::triggered, this, &PresentationController::setColorBlindSafe);

  if (m_window) {
    // The shortcuts must work in full screen too, where the menu bar may be hidden.
    m_window->addActions({m_fullScreen, m_zoomIn, m_zoomOut, m_resetZoom});
    m_window->installEventFilter(this);
  }
  connect(&Theme::instance(), &Theme::scaleChanged, this, &PresentationController::scaleChanged);

  const QSettings settings;
  setColorBlindSafe(settings.value(kColorBlindKey, Theme::instance().colorBlindSafe()).toBool());
  setHighContrast(settings.value(kHighContrastKey, false).toBool());
  setScale(settings.value(kScaleKey, 1.0).toDouble());
  retranslateUi();
}

void PresentationController::addActionsTo(QMenu* menu) const {
  menu->addAction(m_fullScreen);
  menu->addAction(m_zoomIn);
  menu->addAction(m_zoomOut);
  menu->addAction(m_resetZoom);
  menu->addSeparator();
  menu->addAction(m_highContrast);
  menu->addAction(m_colorBlind);
}

double PresentationController::scale() const { return Theme::instance().scale(); }
bool PresentationController::isFullScreen() const { return m_window && m_window->isFullScreen(); }
bool PresentationController::highContrast() const { return Theme::instance().highContrast(); }
bool PresentationController::colorBlindSafe() const { return Theme::instance().colorBlindSafe(); }

void PresentationController::setFullScreen(bool on) {
  if (!m_window) return;
  if (on == m_window->isFullScreen()) {
    m_fullScreen->setChecked(on);
    return;
  }
  // Full screen keeps the maximised flag aside, so leaving it returns to the previous state.
  m_window->setWindowState(on ? (m_window->windowState() | Qt::WindowFullScreen)
                              : (m_window->windowState() & ~Qt::WindowFullScreen));
  m_fullScreen->setChecked(on);
}

void PresentationController::setScale(double scale) {
  if (!std::isfinite(scale)) scale = 1.0;
  scale = qBound(kMinScale, scale, kMaxScale);
  // Snap near 1 so that Ctrl+= then Ctrl+- returns exactly to the original size.
  if (std::abs(scale - 1.0) < 1e-6) scale = 1.0;
  applyFont(scale);
  Theme::instance().setScale(scale);
  QSettings().setValue(kScaleKey, scale);
  // After the widgets have laid themselves out in the new size.
  QTimer::singleShot(0, this, &PresentationController::keepWindowOnScreen);
}

double PresentationController::scaleAtStep(int step) const {
  if (step <= 0) return std::pow(kStep, step);
  // The base text in pixels: 9 pt on a 96 dpi screen is 12 px, and one step of kStep would make it 13.8.
  const QScreen* screen = QGuiApplication::primaryScreen();
  const double dpi = screen ? screen->logicalDotsPerInchY() : 96.0;
  const double px =
      m_baseFont.pointSizeF() > 0 ? m_baseFont.pointSizeF() * dpi / 72.0 : m_baseFont.pixelSize();
  const double projector = px > 0 ? kProjectorTextPx / px : 1.0;
  return std::max(std::pow(kStep, step), projector * std::pow(kStep, step - 1));
}

int PresentationController::nearestStep(double scale) const {
  int best = 0;
  for (int step = -12; step <= 24; ++step)
    if (std::abs(std::log(scaleAtStep(step) / scale)) < std::abs(std::log(scaleAtStep(best) / scale)))
      best = step;
  return best;
}

// Step through the same sizes in both directions, so zooming in and out lands where it started.
void PresentationController::zoomIn() { setScale(scaleAtStep(nearestStep(scale()) + 1)); }

void PresentationController::zoomOut() { setScale(scaleAtStep(nearestStep(scale()) - 1)); }

void PresentationController::keepWindowOnScreen() {
  // Larger text makes the panels ask for more room; a window that is not maximised must still end at the
  // screen's edge (the panels scroll or wrap inside it instead).
  if (!m_window || !m_window->isVisible() || m_window->isMaximized() || m_window->isFullScreen()) return;
  const QScreen* screen = m_window->screen();
  if (!screen) return;
  const QRect available = screen->availableGeometry();
  const QRect frame = m_window->frameGeometry();
  const QSize extra = frame.size() - m_window->size();
  const QSize fits(std::min(m_window->width(), available.width() - extra.width()),
                   std::min(m_window->height(), available.height() - extra.height()));
  if (fits != m_window->size()) m_window->resize(fits);
  if (!available.contains(m_window->frameGeometry()))
    m_window->move(std::clamp(frame.x(), available.left(),
                              std::max(available.left(), available.right() - frame.width())),
                   std::clamp(frame.y(), available.top(),
                              std::max(available.top(), available.bottom() - frame.height())));
}

void PresentationController::applyFont(double scale) {
  QFont font = m_baseFont;
  if (m_baseFont.pointSizeF() > 0)
    font.setPointSizeF(m_baseFont.pointSizeF() * scale);
  else
    font.setPixelSize(qMax(1, qRound(m_baseFont.pixelSize() * scale)));
  QApplication::setFont(font);
}

void PresentationController::setHighContrast(bool on) {
  QApplication::setPalette(on ? Theme::highContrastPalette() : m_basePalette);
  // The style draws check boxes with a frame a shade darker than the window, which on black is black:
  // an unticked box would vanish. In high contrast they get a white frame, and yellow when ticked.
  qApp->setStyleSheet(
      on ? QStringLiteral(
               "QCheckBox::indicator, QRadioButton::indicator { width: 13px; height: 13px; "
               "border: 2px solid white; background: black; }"
               "QRadioButton::indicator { border-radius: 8px; }"
               "QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: yellow; }"
               "QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: #9e9e9e; }")
         : m_baseStyleSheet);
  Theme::instance().setHighContrast(on);
  m_highContrast->setChecked(on);
  QSettings().setValue(kHighContrastKey, on);
}

void PresentationController::setColorBlindSafe(bool on) {
  Theme::instance().setColorBlindSafe(on);
  m_colorBlind->setChecked(on);
  QSettings().setValue(kColorBlindKey, on);
}

bool PresentationController::eventFilter(QObject* watched, QEvent* event) {
  // The window is told of a language change; its actions are ours to retranslate.
  if (watched == m_window && event->type() == QEvent::LanguageChange) retranslateUi();
  // The window manager (or Esc in some desktops) may leave full screen behind our back.
  if (watched == m_window && event->type() == QEvent::WindowStateChange) {
    const bool on = m_window->isFullScreen();
    if (m_fullScreen->isChecked() != on) m_fullScreen->setChecked(on);
    const auto* change = static_cast<QWindowStateChangeEvent*>(event);
    if (change->oldState().testFlag(Qt::WindowFullScreen) != on) emit fullScreenChanged(on);
  }
  return QObject::eventFilter(watched, event);
}

void PresentationController::retranslateUi() {
  m_fullScreen->setText(tr("&Full Screen"));
  m_fullScreen->setStatusTip(tr("Fill the whole screen, for a projector or a smart board"));
  m_zoomIn->setText(tr("&Larger Text"));
  m_zoomIn->setStatusTip(tr("Make every text in the window larger, so the back rows can read it"));
  m_zoomOut->setText(tr("&Smaller Text"));
  m_zoomOut->setStatusTip(tr("Make every text in the window smaller"));
  m_resetZoom->setText(tr("&Normal Text Size"));
  m_resetZoom->setStatusTip(tr("Return the text to its usual size"));
  m_highContrast->setText(tr("&High Contrast"));
  m_highContrast->setStatusTip(tr("White text on a black background, for bright rooms and low vision"));
  m_colorBlind->setText(tr("&Colour-Blind-Safe Colours"));
  m_colorBlind->setStatusTip(tr("Draw classes and the decision boundary with colours that people with colour "
                                "blindness can tell apart"));
  for (QAction* a : {m_fullScreen, m_zoomIn, m_zoomOut, m_resetZoom, m_highContrast, m_colorBlind})
    a->setToolTip(a->statusTip());
}
