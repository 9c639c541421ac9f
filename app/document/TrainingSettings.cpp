#include "document/TrainingSettings.h"

#include <algorithm>

TrainingSettings::TrainingSettings(QObject* parent) : QObject(parent) {}

bool TrainingSettings::needsReset(const neurona::TrainingConfig& a, const neurona::TrainingConfig& b) {
  neurona::TrainingConfig x = a;
  x.optimizer.learningRate = b.optimizer.learningRate;
  x.l1 = b.l1;
  x.l2 = b.l2;
  x.epochs = b.epochs;
  return !(x == b);
}

void TrainingSettings::setConfig(const neurona::TrainingConfig& config) {
  if (config == m_config) return;
  const bool reset = needsReset(m_config, config);
  m_config = config;
  if (reset)
    emit resetNeeded();
  else
    emit liveChanged();
  emit changed();
}

void TrainingSettings::setLearningRate(double lr) {
  neurona::TrainingConfig c = m_config;
  c.optimizer.learningRate = lr;
  setConfig(c);
}

void TrainingSettings::setL1(double l1) {
  neurona::TrainingConfig c = m_config;
  c.l1 = l1;
  setConfig(c);
}

void TrainingSettings::setL2(double l2) {
  neurona::TrainingConfig c = m_config;
  c.l2 = l2;
  setConfig(c);
}

void TrainingSettings::setStopAtEpoch(int epochs) {
  epochs = std::max(0, epochs);
  if (epochs == m_stopAt) return;
  m_stopAt = epochs;
  m_config.epochs = epochs;
  emit liveChanged();
  emit changed();
}

void TrainingSettings::setEpochsPerFrame(int epochs) {
  epochs = std::max(0, epochs);
  if (epochs == m_epochsPerFrame) return;
  m_epochsPerFrame = epochs;
  emit liveChanged();
  emit changed();
}
