#pragma once
// The status bar's summary of the run: its epoch, training and validation loss, and accuracy (or R²),
// from the newest picture of the open project's run, in the current language. Empty while no run shows
// anything, so a project just opened never shows the numbers of the one before.
#include "training/Snapshot.h"

#include <QLabel>

class Project;
class TrainingController;

class StatusSummary : public QLabel {
  Q_OBJECT
public:
  StatusSummary(Project* project, TrainingController* controller, QWidget* parent = nullptr);

protected:
  void changeEvent(QEvent* e) override;

private:
  void showSnapshot(const SnapshotPtr& s);
  void refresh();

  Project* m_project;
  SnapshotPtr m_snapshot;
};
