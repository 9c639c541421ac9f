#include "model/Locks.h"

std::span<const Lock> Locks::all() {
  static constexpr Lock locks[] = {Lock::Network,   Lock::Data, Lock::Optimizer,     Lock::LearningRate,
                                   Lock::BatchSize, Lock::Loss, Lock::Regularisation};
  return locks;
}

QString Locks::fileName(Lock lock) {
  switch (lock) {
  case Lock::Network: return QStringLiteral("network");
  case Lock::Data: return QStringLiteral("data");
  case Lock::Optimizer: return QStringLiteral("optimizer");
  case Lock::LearningRate: return QStringLiteral("learningRate");
  case Lock::BatchSize: return QStringLiteral("batchSize");
  case Lock::Loss: return QStringLiteral("loss");
  case Lock::Regularisation: return QStringLiteral("regularisation");
  }
  return {};
}

std::optional<Lock> Locks::fromFileName(const QString& name) {
  for (Lock l : all())
    if (fileName(l) == name) return l;
  return std::nullopt;
}

QStringList Locks::fileNames() {
  QStringList names;
  for (Lock l : all()) names << fileName(l);
  return names;
}

QString Locks::displayName(Lock lock) {
  switch (lock) {
  case Lock::Network: return tr("the network");
  case Lock::Data: return tr("the data");
  case Lock::Optimizer: return tr("the optimizer");
  case Lock::LearningRate: return tr("the learning rate");
  case Lock::BatchSize: return tr("the batch size");
  case Lock::Loss: return tr("the loss function");
  case Lock::Regularisation: return tr("the L1 and L2 penalties");
  }
  return {};
}
