#pragma once
// The training loop that runs on the controller's worker thread. It owns its own network (inside a
// core Trainer) built from a frozen TrainingJob; no other thread ever touches it. Other threads talk
// to it only through the trainer's StopToken (play, pause, step, stop: the engine's one run-control
// mechanism), a small mailbox for live settings, and the SnapshotSlot it publishes to — at most every
// kFrameInterval (the app's refresh clock: every live view draws once per published frame), and at
// every pause, step and end.
#include "training/SnapshotSlot.h"
#include "training/TrainingJob.h"

#include "neurona/core/Error.h"
#include "neurona/core/train/StopToken.h"

#include <atomic>
#include <chrono>
#include <memory>
#include <mutex>
#include <optional>

namespace neurona {
class Trainer;
}

class TrainingWorker {
public:
  // 30 ms: about 33 pictures a second, as smooth as a projector shows, and far less than an epoch of
  // the larger networks takes, so a frame never waits for one.
  static constexpr std::chrono::milliseconds kFrameInterval{30};

  TrainingWorker(TrainingJobPtr job, std::shared_ptr<SnapshotSlot> slot, quint64 run);
  ~TrainingWorker();
  TrainingWorker(const TrainingWorker&) = delete;
  TrainingWorker& operator=(const TrainingWorker&) = delete;

  // The thread body: prepares the data and the trainer, publishes the starting picture, then trains
  // while the token lets it.
  void run();

  // --- thread-safe commands ---
  neurona::StopToken& token() { return *m_token; }
  void play() { m_token->resume(); }
  void pause() { m_token->pause(); }
  void step() { m_token->step(1); } // one epoch, then paused
  void requestStop() { m_token->stop(); }
  void setLive(const LiveSettings& live);

  // Set once run() has failed before training: the engine's reason (e.g. ErrorCode::InputMismatch).
  neurona::Error error() const;

private:
  bool prepare();
  void applyMailbox(bool force);
  void publish(std::vector<neurona::EpochRecord> records);
  std::vector<neurona::EpochRecord> newRecords();
  bool idle() const { return m_token->pauseRequested() && m_token->pendingSteps() == 0; }

  TrainingJobPtr m_job;
  std::shared_ptr<SnapshotSlot> m_slot;
  quint64 m_run;
  std::shared_ptr<neurona::StopToken> m_token;

  mutable std::mutex m_mailboxMutex; // guards m_mailbox and m_error
  LiveSettings m_mailbox;
  std::atomic<quint64> m_mailboxVersion{0};
  quint64 m_seenVersion = 0;
  neurona::Error m_error;

  // Worker-thread state.
  struct State;
  std::unique_ptr<State> m_state;
};
