#pragma once
// The training settings of the open project (loss, optimizer, schedule, batch, penalties, seed, early
// stopping) plus the GUI's own run controls (stop at N epochs, epochs per frame). Changes are sorted
// into live ones (learning rate, L1/L2, speed, limit), which a run takes without a reset, and the
// others, which only a new run can use.
#include "neurona/core/train/TrainingConfig.h"

#include <QObject>

class TrainingSettings : public QObject {
  Q_OBJECT
public:
  explicit TrainingSettings(QObject* parent = nullptr);

  const neurona::TrainingConfig& config() const { return m_config; }
  double learningRate() const { return m_config.optimizer.learningRate; }
  int stopAtEpoch() const { return m_stopAt; }
  int epochsPerFrame() const { return m_epochsPerFrame; }

  void setConfig(const neurona::TrainingConfig& config);
  void setLearningRate(double lr);
  void setL1(double l1);
  void setL2(double l2);
  void setStopAtEpoch(int epochs); // 0: no limit
  void setEpochsPerFrame(int epochs); // 0: as fast as possible

  // True when going from `a` to `b` needs a new run (anything but the learning rate and L1/L2).
  static bool needsReset(const neurona::TrainingConfig& a, const neurona::TrainingConfig& b);

signals:
  void liveChanged();  // learning rate, L1/L2, limit or speed
  void resetNeeded();  // loss, optimizer, schedule, batch, seed, shuffle or early stopping changed
  void changed();      // either of the above

private:
  neurona::TrainingConfig m_config;
  int m_stopAt = 0;
  int m_epochsPerFrame = 0;
};
