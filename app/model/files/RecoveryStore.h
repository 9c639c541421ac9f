#pragma once
// The autosave side of a running Neurona: every instance writes its unsaved work to its own recovery
// file in the app's data folder, and holds a lock file while it runs. A recovery file whose lock is
// free (its process ended without discarding it, i.e. crashed or was killed) is an orphan that the
// next start offers to restore. QtCore only.
#include "neurona/core/Error.h"
#include "neurona/core/io/Project.h"

#include <QDateTime>
#include <QList>
#include <QLockFile>
#include <QString>

#include <memory>

class RecoveryStore {
public:
  struct Entry {
    QString projectFile; // the autosaved project
    QString infoFile;    // JSON beside it: the original path and when it was written
    QString lockFile;
    QString originalPath; // empty for an untitled project
    QDateTime savedAt;
  };

  // `dir` defaults to <app data>/recovery.
  explicit RecoveryStore(const QString& dir = QString());
  ~RecoveryStore(); // unlocks but keeps the files: work not explicitly discarded stays recoverable
  RecoveryStore(const RecoveryStore&) = delete;
  RecoveryStore& operator=(const RecoveryStore&) = delete;

  static QString defaultDir();
  QString dir() const { return m_dir; }

  // Writes this instance's recovery file (atomically, as every save).
  neurona::Error write(const neurona::Project& project, const QString& originalPath);
  bool hasFile() const;
  // The work is safe elsewhere (saved, or the user chose to discard it): the file goes.
  void discard();

  // Recovery files left by instances that are no longer running, newest first.
  QList<Entry> orphans() const;
  // Deletes an orphan's files (after it was restored, or the user declined it).
  static void remove(const Entry& entry);

private:
  void ensureLocked();

  QString m_dir;
  QString m_base; // <dir>/<session id>
  std::unique_ptr<QLockFile> m_lock;
};
