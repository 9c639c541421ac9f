#include "ui/experiments/RunStatusText.h"

QString RunStatusText::text(neurona::TrainingStatus status) {
  switch (status) {
  case neurona::TrainingStatus::Completed: return tr("completed");
  case neurona::TrainingStatus::Diverged: return tr("diverged");
  case neurona::TrainingStatus::EarlyStopped: return tr("stopped early");
  default: return tr("stopped");
  }
}

QColor RunStatusText::color(neurona::TrainingStatus status) {
  switch (status) {
  case neurona::TrainingStatus::Completed: return {0x2e, 0x7d, 0x32};
  case neurona::TrainingStatus::Diverged: return {0xc6, 0x28, 0x28};
  case neurona::TrainingStatus::EarlyStopped: return {0x15, 0x65, 0xc0};
  default: return {0x75, 0x75, 0x75};
  }
}
