#pragma once
// Writes a project's unsaved work to its recovery file every minute, and drops that file once the work
// is saved or discarded, so a crash or a killed process loses at most a minute. The next start offers
// orphaned recovery files back (RecoveryStore::orphans). QtCore only.
#include "model/files/RecoveryStore.h"

#include <QObject>

#include <memory>

class Project;
class QTimer;

class Autosave : public QObject {
  Q_OBJECT
public:
  static constexpr int kIntervalMs = 60'000;

  // `dir`: the recovery folder (default: RecoveryStore::defaultDir()).
  explicit Autosave(Project* project, const QString& dir = QString(), QObject* parent = nullptr);

  void setInterval(int ms);
  int interval() const;
  RecoveryStore& store() { return *m_store; }
  void setDir(const QString& dir); // another folder (tests; a portable install); drops the current file

  // Writes the recovery file when there is unsaved work not yet written; discards it when the project
  // is saved. False when the write failed (failed() says why).
  bool saveNow();
  // The window is closing for good: the work was saved or the user discarded it.
  void discard() { m_store->discard(); }

signals:
  void failed(const neurona::Error& error);

private:
  Project* m_project;
  std::unique_ptr<RecoveryStore> m_store;
  QTimer* m_timer;
  bool m_pending = false; // changed since the last recovery write
};
