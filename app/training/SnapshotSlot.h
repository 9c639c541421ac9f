#pragma once
// The one place where the training thread hands results to the GUI thread. The worker publishes a
// snapshot plus the epoch records finished since its previous publication; the GUI takes the newest
// snapshot and every record it has not seen yet. Both sides hold the mutex only to move pointers and
// append to a short vector, so neither ever waits on the other's work. A listener (the controller) is
// told of each publication, so that the GUI looks only when there is something to see.
#include "training/Snapshot.h"

#include <functional>
#include <mutex>
#include <vector>

class SnapshotSlot {
public:
  struct Taken {
    SnapshotPtr snapshot;                      // null when nothing new was published
    std::vector<neurona::EpochRecord> records; // in epoch order, never repeated
  };

  // Called on the worker's thread after every publish(); it must only post a note to the GUI thread.
  void setListener(std::function<void()> listener);
  void publish(SnapshotPtr snapshot, std::vector<neurona::EpochRecord> newRecords);
  void appendRecords(std::vector<neurona::EpochRecord> newRecords); // no new picture, no note
  Taken take();
  SnapshotPtr peek() const; // the newest snapshot ever published (also after take())

private:
  mutable std::mutex m_mutex;
  SnapshotPtr m_pending;
  SnapshotPtr m_latest;
  std::vector<neurona::EpochRecord> m_records;
  std::function<void()> m_listener; // set before the worker starts
};
