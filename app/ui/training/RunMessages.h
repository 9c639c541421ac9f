#pragma once
// What the training run has to tell, in plain words: that it reached its limit or stopped early, that
// it diverged (in a window that does not block, with a learning rate to try), that it cannot start and
// why, and that the batch is larger than the data.
#include "training/TrainingController.h"

#include <QObject>
#include <QPointer>

class Project;
class QMainWindow;
class QMessageBox;

class RunMessages : public QObject {
  Q_OBJECT
public:
  RunMessages(Project* project, TrainingController* controller, QMainWindow* window);

  // The sentence for why a run could not start.
  static QString problemText(TrainingController::Problem problem, const neurona::Error& engineError);

private:
  void onDiverged(int epoch, double learningRate);
  void show(const QString& text, int ms);

  Project* m_project;
  TrainingController* m_controller;
  QMainWindow* m_window;
  QPointer<QMessageBox> m_divergedBox;
  QString m_cannotStart; // the last "cannot start" sentence shown, taken back once a run can start
};
