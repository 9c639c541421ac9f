#pragma once
// The training settings of a project, one key per setting, as LayerProperties does for layers: the
// undo commands, the training panel and the lesson locks name a setting by its key, and every change of
// one control changes exactly one key. Live keys (learning rate, L1/L2, the epoch limit) apply to a run
// in progress; a change of any other key starts training again.
#include "model/Locks.h"

#include "neurona/core/train/TrainingConfig.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <optional>
#include <span>

enum class SettingKey {
  Loss,
  Optimizer, // value: the optimizer's file name ("adam"); choosing one resets its own settings to PyTorch's
  LearningRate,
  Momentum,
  Beta1,
  Beta2,
  WeightDecay,
  Schedule, // value: (int)ScheduleKind
  StepSize,
  Gamma,
  TMax,
  BatchSize,
  Seed,
  L1,
  L2,
  EpochLimit, // stop at this epoch; 0: never
  Patience,
  RestoreBest,
};

class TrainingSettings {
  Q_DECLARE_TR_FUNCTIONS(TrainingSettings)
public:
  static std::span<const SettingKey> allKeys();
  // Enums travel as int, the optimizer as its name.
  static QVariant value(const neurona::TrainingConfig& config, SettingKey key);
  static void setValue(neurona::TrainingConfig& config, SettingKey key, const QVariant& value);
  // Whether a value can be a setting at all (finite, in range: a learning rate above 0, a β below 1…);
  // the project refuses the others, from a panel or a file.
  static bool isValid(SettingKey key, const QVariant& value);
  // Applied to a run in progress without starting it again.
  static bool isLive(SettingKey key);
  // The lesson lock that covers this setting, if any.
  static std::optional<Lock> lockOf(SettingKey key);
  static QString name(SettingKey key); // "learning rate", for undo texts
};
