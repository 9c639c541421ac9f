#pragma once
// Help that explains the idea behind a control, not only the control: a control attached to a
// Concepts entry gets that entry as its What's This text (Shift+F1, or the Help menu's pointer), a
// tooltip naming the concept when it has none of its own, and focusing it shows the entry in the
// Concepts dock. Panels attach their controls; MainWindow connects conceptRequested to the dock.
#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

class ControlHelp : public QObject {
  Q_OBJECT
public:
  static ControlHelp* instance();
  // Attaching again (a combo box whose choice changed) moves the control to another entry.
  static void attach(QWidget* control, const QString& conceptKey);
  static QString conceptOf(const QWidget* control);

signals:
  void conceptRequested(const QString& key);

protected:
  bool eventFilter(QObject* watched, QEvent* event) override;

private:
  explicit ControlHelp(QObject* parent = nullptr) : QObject(parent) {}
  static void apply(QWidget* control);
};
