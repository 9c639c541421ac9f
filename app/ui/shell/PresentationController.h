#pragma once
// Presentation mode for a classroom projector: full screen (F11), larger or smaller fonts for the
// whole application (Ctrl+= / Ctrl+- / Ctrl+0), the high-contrast palette and colour-blind-safe
// colours. The choices (except full screen) are remembered in QSettings and applied at start.
// Fonts are scaled through QApplication::setFont; widgets that draw their own text (plots, canvas)
// follow Theme::scaleChanged.
#include <QFont>
#include <QObject>
#include <QPalette>

class QAction;
class QMainWindow;
class QMenu;

class PresentationController : public QObject {
  Q_OBJECT
public:
  static constexpr double kMinScale = 0.75;
  static constexpr double kMaxScale = 3.0;
  static constexpr double kStep = 1.15; // each Ctrl+= after the first multiplies the font size by this
  // The first Ctrl+= makes the text at least this tall (in pixels): the size a projector's back rows read.
  static constexpr double kProjectorTextPx = 16.0;

  // Reads the saved scale, contrast and palette choice and applies them to the application at once.
  explicit PresentationController(QMainWindow* window, QObject* parent = nullptr);

  // The View-menu entries, in order, with a separator before the colour options.
  void addActionsTo(QMenu* menu) const;
  QAction* fullScreenAction() const { return m_fullScreen; }
  QAction* zoomInAction() const { return m_zoomIn; }
  QAction* zoomOutAction() const { return m_zoomOut; }
  QAction* resetZoomAction() const { return m_resetZoom; }
  QAction* highContrastAction() const { return m_highContrast; }
  QAction* colorBlindAction() const { return m_colorBlind; }

  double scale() const;
  // The scale of the n-th Ctrl+= step (negative: Ctrl+-). Below 1 and above the first step the steps are
  // powers of kStep; the first step up reaches kProjectorTextPx, or kStep if the text is that large already.
  double scaleAtStep(int step) const;
  bool isFullScreen() const;
  bool highContrast() const;
  bool colorBlindSafe() const;
  // The application font before any scaling (the one scale 1 restores).
  QFont baseFont() const { return m_baseFont; }

  void retranslateUi(); // also called on the window's QEvent::LanguageChange

public slots:
  void setFullScreen(bool on);
  void toggleFullScreen() { setFullScreen(!isFullScreen()); }
  void setScale(double scale); // clamped to [kMinScale, kMaxScale]
  void zoomIn();
  void zoomOut();
  void resetZoom() { setScale(1.0); }
  void setHighContrast(bool on);
  void setColorBlindSafe(bool on);

signals:
  void scaleChanged(double scale); // same as Theme::scaleChanged
  void fullScreenChanged(bool on);

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  void applyFont(double scale);
  int nearestStep(double scale) const;
  void keepWindowOnScreen();

  QMainWindow* m_window;
  QFont m_baseFont;
  QPalette m_basePalette;
  QString m_baseStyleSheet;
  QAction* m_fullScreen;
  QAction* m_zoomIn;
  QAction* m_zoomOut;
  QAction* m_resetZoom;
  QAction* m_highContrast;
  QAction* m_colorBlind;
};
