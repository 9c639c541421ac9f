#pragma once
// The frozen inputs of one training run: copies of the network description, the prepared data (split
// and fitted pipeline, made by core's ProjectData exactly as neurona-cli makes them) and the training
// settings, taken from the documents when the run starts. The worker builds the network and the trainer
// on its own thread.
#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/io/ProjectData.h"
#include "training/CoreTraining.h"
#include "neurona/core/train/TrainingConfig.h"

#include <memory>
#include <optional>
#include <vector>

// Settings that may change while a run goes on; the worker picks them up at epoch boundaries.
struct LiveSettings {
  double learningRate = 0.01;
  double l1 = 0.0;
  double l2 = 0.0;
  int epochsPerFrame = 0;  // 0: as many as fit in a frame
  int stopAtEpoch = 0;     // 0: no limit
  int gridResolution = 128; // nx = ny
  bool neuronGrids = true;  // also evaluate every layer over the plane (canvas heatmaps)
  bool operator==(const LiveSettings&) const = default;
};

struct TrainingJob {
  neurona::NetworkSpec spec;
  neurona::TrainingConfig config; // config.epochs is ignored: LiveSettings::stopAtEpoch decides
  neurona::PreparedData data;     // raw rows, split, fitted pipeline and the prepared parts
  std::optional<neurona::ModelParams> initial; // trained values to continue from (a saved model)
  neurona::GridSpec grid;         // the plane shown by the boundary plot; nx/ny come from LiveSettings
  LiveSettings live;              // the values at the start of the run
};

using TrainingJobPtr = std::shared_ptr<const TrainingJob>;
