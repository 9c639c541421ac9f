#pragma once
// The frozen inputs of one training run: copies of the project's network, prepared data (split and
// fitted pipeline, made by core's ProjectData exactly as neurona-cli makes them), settings and learned
// values, taken when the run starts. The worker builds the network and the trainer on its own thread and
// never sees the project.
#include "training/CoreTraining.h"

#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/io/ProjectData.h"
#include "neurona/core/train/TrainingConfig.h"

#include <memory>

// What may change while a run goes on; the worker picks it up at epoch boundaries through its mailbox.
// The learning rate, penalties and limit come from the project's settings; the speed, grid resolution
// and neuron maps are the views' wishes.
struct LiveSettings {
  double learningRate = 0.01;
  double l1 = 0.0;
  double l2 = 0.0;
  int epochsPerFrame = 0;   // 0: as many as fit in a frame
  int stopAtEpoch = 0;      // 0: no limit
  int gridResolution = 128; // nx = ny
  bool neuronGrids = true;  // also evaluate every layer over the plane (canvas heatmaps)
  bool operator==(const LiveSettings&) const = default;
};

struct TrainingJob {
  neurona::NetworkSpec spec;
  neurona::TrainingConfig config; // config.epochs is ignored: LiveSettings::stopAtEpoch decides
  neurona::PreparedData data;     // raw rows, split, fitted pipeline and the prepared parts
  std::shared_ptr<const neurona::ModelParams> initial; // trained values to go on from (null: from the seed)
  int startEpoch = 0;     // epochs `initial` was trained for; the next record is startEpoch + 1
  neurona::GridSpec grid; // the plane shown by the boundary plot; nx/ny come from LiveSettings
  LiveSettings live;      // the values at the start of the run
};

using TrainingJobPtr = std::shared_ptr<const TrainingJob>;
