#include "training/SnapshotSlot.h"

void SnapshotSlot::setListener(std::function<void()> listener) { m_listener = std::move(listener); }

void SnapshotSlot::publish(SnapshotPtr snapshot, std::vector<neurona::EpochRecord> newRecords) {
  {
    std::lock_guard lock(m_mutex);
    m_pending = snapshot;
    m_latest = std::move(snapshot);
    m_records.insert(m_records.end(), std::make_move_iterator(newRecords.begin()),
                     std::make_move_iterator(newRecords.end()));
  }
  if (m_listener) m_listener();
}

void SnapshotSlot::appendRecords(std::vector<neurona::EpochRecord> newRecords) {
  std::lock_guard lock(m_mutex);
  m_records.insert(m_records.end(), std::make_move_iterator(newRecords.begin()),
                   std::make_move_iterator(newRecords.end()));
}

SnapshotSlot::Taken SnapshotSlot::take() {
  Taken t;
  std::lock_guard lock(m_mutex);
  t.snapshot = std::move(m_pending);
  m_pending.reset();
  t.records.swap(m_records);
  return t;
}

SnapshotPtr SnapshotSlot::peek() const {
  std::lock_guard lock(m_mutex);
  return m_latest;
}
