#pragma once
// The run controls' bar in the main window's toolbar: its groups (the buttons, the epoch and speed
// readouts, the speed choice) side by side in one row, or in two where the window is narrower than
// one row (presentation mode's large text on a small screen). So the toolbar never makes the window
// wider than the screen and never hides a control behind its » menu.
#include <QWidget>

class FlowLayout;

class RunBar : public QWidget {
  Q_OBJECT
public:
  explicit RunBar(QWidget* parent = nullptr);

  // Adds a group that stays in one piece.
  void addGroup(const QList<QWidget*>& widgets);

  QSize sizeHint() const override;        // one row, or the rows the window's width allows
  QSize minimumSizeHint() const override; // the widest group

protected:
  bool event(QEvent* e) override;
  bool eventFilter(QObject* watched, QEvent* e) override;

private:
  FlowLayout* m_flow;
  QWidget* m_watched = nullptr; // the window whose width the rows follow
};
