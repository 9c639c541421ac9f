#pragma once
// How a run ended, in words and as the colour of its frame in a sweep's grid; one place for both views.
#include "neurona/core/train/TrainingObserver.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class RunStatusText {
  Q_DECLARE_TR_FUNCTIONS(RunStatusText)
public:
  static QString text(neurona::TrainingStatus status); // "completed", "diverged", "stopped early", "stopped"
  static QColor color(neurona::TrainingStatus status); // green, red, blue, grey
};
