#pragma once
// The one place where the training thread hands results to the GUI thread. The worker publishes a
// snapshot plus the epoch records finished since its previous publication; the GUI takes the newest
// snapshot and every record it has not seen yet. Both sides hold the mutex only to move pointers and
// append to a short vector, so neither ever waits on the other's work.
#include "training/Snapshot.h"

#include <mutex>
#include <vector>

class SnapshotSlot {
public:
  struct Taken {
    SnapshotPtr snapshot;                       // null when nothing new was published
    std::vector<neurona::EpochRecord> records;  // in epoch order, never repeated
  };

  void publish(SnapshotPtr snapshot, std::vector<neurona::EpochRecord> newRecords);
  void appendRecords(std::vector<neurona::EpochRecord> newRecords); // no new picture
  Taken take();
  SnapshotPtr peek() const; // the newest snapshot ever published (also after take())
  void clear();

private:
  mutable std::mutex m_mutex;
  SnapshotPtr m_pending;
  SnapshotPtr m_latest;
  std::vector<neurona::EpochRecord> m_records;
};
