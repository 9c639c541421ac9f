#pragma once
// What the training worker shows the GUI at one moment: an immutable picture of the run. The worker
// builds it, publishes it as std::shared_ptr<const Snapshot> and never touches it again, so the GUI may
// read it without locks for as long as it keeps the pointer.
#include "training/CoreTraining.h"

#include <QMetaType>

#include <memory>
#include <vector>

// Image classification: each raw sample's predicted class and that class's probability, for the gallery.
struct SamplePredictions {
  int epoch = 0; // the epoch whose values made them
  std::vector<int> predicted;
  std::vector<float> confidence;
};

struct Snapshot {
  quint64 run = 0; // which run (the controller starts a new one on every rebuild)
  int epoch = 0;   // completed epochs, counted from the project's first
  neurona::TrainingStatus status = neurona::TrainingStatus::Running;
  bool idle = false; // the worker published while paused or finished: no epoch follows until play/step
  double epochsPerSecond = 0.0;
  double learningRate = 0.0;
  neurona::EpochRecord last; // the newest epoch (at the run's first epoch: the losses of its start)

  // Learned values, one entry per spec layer (dense W is inputs × units); shared with the project.
  std::shared_ptr<const neurona::ModelParams> params;
  // The network over the raw input plane: outputs (nx·ny × outputs), argmax, and, when asked for,
  // every layer's outputs (layers[i] is nx·ny × units of spec layer i).
  neurona::GridResult grid;
  bool hasGrid = false;

  // Inference-mode metrics of the current weights on the training and the held-out data (validation,
  // or test when there is no validation part). Empty/zero when the task does not use them.
  neurona::ClassificationMetrics trainClassification, heldOutClassification;
  neurona::RegressionMetrics trainRegression, heldOutRegression;
  bool hasHeldOut = false;

  // Image classification only (else null): refreshed at most once a second while training, and at rest;
  // snapshots in between share the last ones.
  std::shared_ptr<const SamplePredictions> samples;
};

using SnapshotPtr = std::shared_ptr<const Snapshot>;

Q_DECLARE_METATYPE(SnapshotPtr)
