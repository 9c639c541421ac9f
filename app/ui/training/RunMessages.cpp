#include "ui/training/RunMessages.h"

#include "model/Project.h"
#include "ui/style/NumberFormat.h"
#include "ui/text/ErrorText.h"

#include <QMainWindow>
#include <QMessageBox>
#include <QStatusBar>

RunMessages::RunMessages(Project* project, TrainingController* controller, QMainWindow* window)
    : QObject(window), m_project(project), m_controller(controller), m_window(window) {
  connect(controller, &TrainingController::finished, this, [this](neurona::TrainingStatus s) {
    if (s == neurona::TrainingStatus::Completed)
      show(tr("Training reached epoch %1, the limit you set.").arg(m_controller->epoch()), 6000);
    else if (s == neurona::TrainingStatus::EarlyStopped)
      show(tr("Early stopping: the validation loss stopped improving (epoch %1).").arg(m_controller->epoch()),
           6000);
  });
  connect(controller, &TrainingController::diverged, this, &RunMessages::onDiverged);
  connect(controller, &TrainingController::startFailed, this,
          [this](TrainingController::Problem p, bool requested) {
            if (!requested) return; // an edit: the Problems dock tells what is wrong, Play will tell it here
            m_cannotStart = tr("Training cannot start: %1").arg(problemText(p, m_controller->engineError()));
            show(m_cannotStart, 8000);
          });
  connect(controller, &TrainingController::runPrepared, this, [this] {
    // The reason no longer holds (a fix, another data set): a sentence saying otherwise would be stale.
    if (!m_cannotStart.isEmpty() && m_window->statusBar()->currentMessage() == m_cannotStart)
      m_window->statusBar()->clearMessage();
    m_cannotStart.clear();
    const auto rows = m_project->prepared().train.samples();
    const int batch = m_project->settings().batchSize;
    if (batch > rows)
      show(tr("The batch size %1 is larger than the %2 training samples, so each epoch is one batch of all "
              "%2.")
               .arg(batch)
               .arg(rows),
           8000);
  });
  // An edit that started training again says so once, and how to get the trained network back.
  connect(project, &Project::trainingCleared, this, [this] {
    show(tr("Training starts again from epoch 0 after this change. Undo (Ctrl+Z) brings the trained network "
            "back."),
         6000);
  });
}

void RunMessages::show(const QString& text, int ms) { m_window->statusBar()->showMessage(text, ms); }

QString RunMessages::problemText(TrainingController::Problem problem, const neurona::Error& engineError) {
  switch (problem) {
  case TrainingController::Problem::None: return {};
  case TrainingController::Problem::NetworkInvalid:
    return tr("The network has a problem that stops training; see the Problems panel.");
  case TrainingController::Problem::NoTrainingData:
    return tr("There is no training data. Generate or load a data set first.");
  case TrainingController::Problem::Engine: return ErrorText::sentence(engineError);
  }
  return {};
}

void RunMessages::onDiverged(int epoch, double learningRate) {
  const QString text =
      tr("Training diverged at epoch %1: the loss became infinite. The plots show the last good "
         "state. Try a lower learning rate (now %2), for example %3, then press Reset.")
          .arg(epoch)
          .arg(NumberFormat::number(learningRate, 3), NumberFormat::number(learningRate / 10.0, 3));
  show(tr("Training diverged at epoch %1: lower the learning rate.").arg(epoch), 0);
  if (!m_divergedBox) {
    m_divergedBox =
        new QMessageBox(QMessageBox::Warning, tr("Training Diverged"), QString(), QMessageBox::Ok, m_window);
    m_divergedBox->setObjectName(QStringLiteral("divergedMessage"));
    m_divergedBox->setModal(false);
    m_divergedBox->setAttribute(Qt::WA_DeleteOnClose);
  }
  m_divergedBox->setText(text);
  m_divergedBox->show();
}
