#pragma once
// What training has made of a project: the learned values after `epoch` epochs and one history record
// per epoch. Empty while untrained (a run then starts from weights drawn from the seed). The values are
// shared and never changed in place, so the document, the undo steps and the training snapshots can
// hold the same ones without copying.
#include "neurona/core/nn/LayerParams.h"
#include "neurona/core/train/TrainingObserver.h"

#include <memory>
#include <vector>

struct TrainingState {
  std::shared_ptr<const neurona::ModelParams> params; // null: untrained
  int epoch = 0;
  std::vector<neurona::EpochRecord> history;

  bool isEmpty() const { return !params && history.empty(); }
};
