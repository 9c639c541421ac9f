#include "training/SnapshotSlot.h"

void SnapshotSlot::publish(SnapshotPtr snapshot, std::vector<neurona::EpochRecord> newRecords) {
  std::lock_guard lock(m_mutex);
  m_pending = snapshot;
  m_latest = std::move(snapshot);
  if (m_records.empty())
    m_records = std::move(newRecords);
  else
    m_records.insert(m_records.end(), newRecords.begin(), newRecords.end());
}

void SnapshotSlot::appendRecords(std::vector<neurona::EpochRecord> newRecords) {
  std::lock_guard lock(m_mutex);
  m_records.insert(m_records.end(), newRecords.begin(), newRecords.end());
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

void SnapshotSlot::clear() {
  std::lock_guard lock(m_mutex);
  m_pending.reset();
  m_latest.reset();
  m_records.clear();
}
