#include "model/TrainingSettings.h"

#include "neurona/core/optim/OptimizerConfig.h"

#include <algorithm>
#include <cmath>

using neurona::ScheduleKind;
using neurona::TrainingConfig;

std::span<const SettingKey> TrainingSettings::allKeys() {
  static constexpr SettingKey keys[] = {
      SettingKey::Loss,     SettingKey::Optimizer,  SettingKey::LearningRate, SettingKey::Momentum,
      SettingKey::Beta1,    SettingKey::Beta2,      SettingKey::WeightDecay,  SettingKey::Schedule,
      SettingKey::StepSize, SettingKey::Gamma,      SettingKey::TMax,         SettingKey::BatchSize,
      SettingKey::Seed,     SettingKey::L1,         SettingKey::L2,           SettingKey::EpochLimit,
      SettingKey::Patience, SettingKey::RestoreBest};
  return keys;
}

QVariant TrainingSettings::value(const TrainingConfig& c, SettingKey key) {
  switch (key) {
  case SettingKey::Loss: return static_cast<int>(c.loss);
  case SettingKey::Optimizer: return QString::fromStdString(c.optimizer.name);
  case SettingKey::LearningRate: return c.optimizer.learningRate;
  case SettingKey::Momentum: return c.optimizer.momentum;
  case SettingKey::Beta1: return c.optimizer.beta1;
  case SettingKey::Beta2: return c.optimizer.beta2;
  case SettingKey::WeightDecay: return c.optimizer.weightDecay;
  case SettingKey::Schedule: return static_cast<int>(c.schedule.kind);
  case SettingKey::StepSize: return c.schedule.stepSize;
  case SettingKey::Gamma: return c.schedule.gamma;
  case SettingKey::TMax: return c.schedule.tMax;
  case SettingKey::BatchSize: return c.batchSize;
  case SettingKey::Seed: return static_cast<qulonglong>(c.seed);
  case SettingKey::L1: return c.l1;
  case SettingKey::L2: return c.l2;
  case SettingKey::EpochLimit: return c.epochs;
  case SettingKey::Patience: return c.earlyStopping.patience;
  case SettingKey::RestoreBest: return c.earlyStopping.restoreBest;
  }
  return {};
}

void TrainingSettings::setValue(TrainingConfig& c, SettingKey key, const QVariant& v) {
  switch (key) {
  case SettingKey::Loss: c.loss = static_cast<neurona::LossKind>(v.toInt()); break;
  case SettingKey::Optimizer: {
    // A new optimizer starts from PyTorch's defaults for it, keeping the chosen learning rate.
    const auto defaults = neurona::OptimizerConfig::defaults(v.toString().toStdString());
    if (!defaults) break;
    const double lr = c.optimizer.learningRate;
    c.optimizer = *defaults;
    c.optimizer.learningRate = lr;
    break;
  }
  case SettingKey::LearningRate: c.optimizer.learningRate = v.toDouble(); break;
  case SettingKey::Momentum: c.optimizer.momentum = v.toDouble(); break;
  case SettingKey::Beta1: c.optimizer.beta1 = v.toDouble(); break;
  case SettingKey::Beta2: c.optimizer.beta2 = v.toDouble(); break;
  case SettingKey::WeightDecay: c.optimizer.weightDecay = v.toDouble(); break;
  case SettingKey::Schedule: c.schedule.kind = static_cast<ScheduleKind>(v.toInt()); break;
  case SettingKey::StepSize: c.schedule.stepSize = v.toInt(); break;
  case SettingKey::Gamma: c.schedule.gamma = v.toDouble(); break;
  case SettingKey::TMax: c.schedule.tMax = v.toInt(); break;
  case SettingKey::BatchSize: c.batchSize = std::max(0, v.toInt()); break;
  case SettingKey::Seed: c.seed = v.toULongLong(); break;
  case SettingKey::L1: c.l1 = v.toDouble(); break;
  case SettingKey::L2: c.l2 = v.toDouble(); break;
  case SettingKey::EpochLimit: c.epochs = std::max(0, v.toInt()); break;
  case SettingKey::Patience: c.earlyStopping.patience = std::max(0, v.toInt()); break;
  case SettingKey::RestoreBest: c.earlyStopping.restoreBest = v.toBool(); break;
  }
}

bool TrainingSettings::isValid(SettingKey key, const QVariant& value) {
  bool ok = false;
  const double v = value.toDouble(&ok);
  switch (key) {
  case SettingKey::Optimizer:
    return neurona::OptimizerConfig::defaults(value.toString().toStdString()).has_value();
  case SettingKey::Loss:
  case SettingKey::Schedule:
  case SettingKey::RestoreBest: return true;
  default: break;
  }
  if (!ok || !std::isfinite(v)) return false;
  switch (key) {
  case SettingKey::LearningRate:
  case SettingKey::Gamma: return v > 0.0;
  case SettingKey::Beta1:
  case SettingKey::Beta2: return v >= 0.0 && v < 1.0;
  case SettingKey::StepSize:
  case SettingKey::TMax: return v >= 1.0;
  default: return v >= 0.0;
  }
}

bool TrainingSettings::isLive(SettingKey key) {
  return key == SettingKey::LearningRate || key == SettingKey::L1 || key == SettingKey::L2 ||
         key == SettingKey::EpochLimit;
}

std::optional<Lock> TrainingSettings::lockOf(SettingKey key) {
  switch (key) {
  case SettingKey::Loss: return Lock::Loss;
  case SettingKey::LearningRate: return Lock::LearningRate;
  case SettingKey::BatchSize: return Lock::BatchSize;
  case SettingKey::L1:
  case SettingKey::L2: return Lock::Regularisation;
  case SettingKey::Optimizer:
  case SettingKey::Momentum:
  case SettingKey::Beta1:
  case SettingKey::Beta2:
  case SettingKey::WeightDecay:
  case SettingKey::Schedule:
  case SettingKey::StepSize:
  case SettingKey::Gamma:
  case SettingKey::TMax: return Lock::Optimizer;
  case SettingKey::Seed:
  case SettingKey::EpochLimit:
  case SettingKey::Patience:
  case SettingKey::RestoreBest: return std::nullopt;
  }
  return std::nullopt;
}

QString TrainingSettings::name(SettingKey key) {
  switch (key) {
  case SettingKey::Loss: return tr("loss");
  case SettingKey::Optimizer: return tr("optimizer");
  case SettingKey::LearningRate: return tr("learning rate");
  case SettingKey::Momentum: return tr("momentum");
  case SettingKey::Beta1: return tr("β₁");
  case SettingKey::Beta2: return tr("β₂");
  case SettingKey::WeightDecay: return tr("weight decay");
  case SettingKey::Schedule: return tr("schedule");
  case SettingKey::StepSize: return tr("step size");
  case SettingKey::Gamma: return tr("factor γ");
  case SettingKey::TMax: return tr("period");
  case SettingKey::BatchSize: return tr("batch size");
  case SettingKey::Seed: return tr("seed");
  case SettingKey::L1: return tr("L1 penalty");
  case SettingKey::L2: return tr("L2 penalty");
  case SettingKey::EpochLimit: return tr("epoch limit");
  case SettingKey::Patience: return tr("early stopping patience");
  case SettingKey::RestoreBest: return tr("restore best weights");
  }
  return {};
}
