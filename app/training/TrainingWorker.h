#pragma once
// The training loop that runs on the controller's worker thread. It owns its own network (inside a
// core Trainer) built from a frozen TrainingJob; no other thread ever touches it. Other threads talk
// to it only through atomics (play, pause, step, stop), a small mailbox for live settings, and the
// SnapshotSlot it publishes to — at most every kPublishInterval (40 ms: 25 pictures a second), and at every pause, step and end.
#include "training/SnapshotSlot.h"
#include "training/TrainingJob.h"

#include "neurona/core/Error.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <string>

namespace neurona {
class Trainer;
}

class TrainingWorker {
public:
  static constexpr std::chrono::milliseconds kPublishInterval{40};

  TrainingWorker(TrainingJobPtr job, std::shared_ptr<SnapshotSlot> slot, quint64 run);
  ~TrainingWorker();
  TrainingWorker(const TrainingWorker&) = delete;
  TrainingWorker& operator=(const TrainingWorker&) = delete;

  // The thread body: prepares the data and the trainer, publishes epoch 0, then trains while playing.
  void run();

  // --- thread-safe commands ---
  void play();
  void pause();
  void step();          // one epoch, then paused
  void requestStop();   // ends run() soon, also in the middle of an epoch
  void setLive(const LiveSettings& live);

  bool isPlaying() const { return m_playing.load(std::memory_order_acquire); }
  // Set once run() has failed before training (e.g. ErrorCode::InputMismatch); ok() otherwise.
  neurona::Error error() const;

private:
  bool prepare();
  void applyMailbox(bool force);
  void publish(std::vector<neurona::EpochRecord> records);
  bool waitForWork(); // false when stopping

  TrainingJobPtr m_job;
  std::shared_ptr<SnapshotSlot> m_slot;
  quint64 m_run;

  std::atomic<bool> m_playing{false};
  std::atomic<int> m_steps{0};
  std::atomic<bool> m_stop{false};
  std::mutex m_waitMutex;
  std::condition_variable m_wake;

  mutable std::mutex m_mailboxMutex; // guards m_mailbox and m_error
  LiveSettings m_mailbox;
  std::atomic<quint64> m_mailboxVersion{0};
  quint64 m_seenVersion = 0;
  neurona::Error m_error;

  // Worker-thread state.
  struct State;
  std::unique_ptr<State> m_state;
};
