#pragma once
// A project's training run as from-scratch NumPy code (neurona-cli export --format numpy-train, the app's
// code view): readable top to bottom like a tutorial, it holds (1) the data as the trainer gets it (the
// training and validation rows, already split, transformed and preprocessed, embedded as arrays), (2) the
// layers, (3) the initial values (the project's model when training would continue from it, else those
// the training seed draws), (4) the activations and their derivatives, (5) the forward pass, (6) the
// loss, (7) backpropagation written layer by layer, (8) the optimizer's update written out, with L1/L2,
// clipping and the learning-rate schedule, and (9) the training loop, which prints the loss of every
// epoch. It computes in float32 as Neurona does, takes its batches in the trainer's order (the script
// runs Neurona's random engine, std::mt19937_64, when the rows are shuffled or dropout draws masks) and
// stops early as the trainer does, so that its losses are `neurona-cli train --history`'s to rounding.
//
//   python3 train.py [--epochs N] [--history H.csv]
//
// It prints "epoch,loss" (with validation rows "epoch,loss,val_loss") and then one line per epoch;
// --history writes the same lines to a file. Epochs are numbered as neurona-cli train numbers them (on
// from the project's last one when training continues from its model).
//
// The comments are sentences chosen by CodeComment and worded by the caller (the app translates them;
// englishCodeComment is the default). A sentence goes into the code only as comment text: control
// characters, line and paragraph separators and bidirectional controls become spaces, bytes that are not
// UTF-8 become U+FFFD, so that no sentence can end its comment line. Names from the project (inputs,
// classes) appear only as escaped string literals of printable ASCII.
#include "neurona/core/Error.h"
#include "neurona/core/io/Project.h"

#include <filesystem>
#include <functional>
#include <string>

namespace neurona {

// One id per sentence the generator writes as a comment.
enum class CodeComment {
  Title,              // what the file is
  Usage,              // how to run it (the command line follows on its own line)
  OutputFormat,       // what it prints
  Float32,            // it computes in float32 as Neurona
  SectionData,        // 1. the data
  DataNames,          // the names of the inputs and classes, for reference
  DataTrain,          // the training rows as the trainer gets them
  TargetsBinary,      // Y for one sigmoid output: 1 for the second class
  TargetsOneHot,      // Y one-hot
  TargetsRegression,  // Y the target value
  DataValidation,     // the validation rows, prepared the same way
  NoValidation,       // the project keeps no validation rows
  SectionNetwork,     // 2. the network
  Architecture,       // the layers in order
  Settings,           // the training settings
  SectionInitial,     // 3. the initial values
  InitialFromSeed,    // the values drawn from the training seed
  InitialFromModel,   // the project's trained values, continued from
  WeightShape,        // W: one row per input, one column per unit
  BatchNormValues,    // gamma, beta, running statistics
  SectionActivations, // 4. activations and derivatives
  ActivationBackward, // what *_backward returns
  SectionForward,     // 5. the forward pass
  ForwardDense,       // z = x @ W + b, a = activation(z)
  ForwardDropout,     // inverted dropout, identity at inference
  ForwardBatchNorm,   // batch statistics in training, running ones at inference
  SectionLoss,        // 6. the loss
  LossMse,
  LossMae,
  LossHuber,
  LossBce,
  LossCce,
  LossGradient,      // dL/da of the output, divided by the count the mean divides by
  LossGradientFused, // with this loss dL/dz = (a - y) / n
  SectionBackward,   // 7. backpropagation
  BackwardDense,     // delta, dW, db, dL/dx
  BackwardDropout,   // through the same mask
  BackwardBatchNorm, // gamma, beta and dL/dx through the batch statistics
  Penalties,         // L1/L2 on the weights' gradients
  Clipping,          // gradient clipping by the global norm
  SectionOptimizer,  // 8. the optimizer
  OptimizerSgd,
  OptimizerMomentum,
  OptimizerNesterov,
  OptimizerAdam,
  OptimizerAdamW,
  OptimizerRmsProp,
  OptimizerAdagrad,
  WeightDecay,     // wd · value added to the gradient
  Schedule,        // the learning rate of each epoch
  SectionTraining, // 9. training
  RandomEngine,    // std::mt19937_64 written out
  RandomSkip,      // skip the draws that gave the initial values
  FullBatch,       // one step on all rows per epoch
  BatchesInOrder,  // mini-batches in row order
  BatchesShuffled, // mini-batches shuffled by the engine
  EpochLoss,       // the mean of the batches' losses weighted by size
  Divergence,      // a value that is not finite stops the run
  ValidationLoss,  // forward pass in inference mode on the validation rows
  EarlyStopping,   // stop when the monitored loss stops improving
  CommandLine,     // --epochs, --history
};

// The English sentence for `id` (the CLI's, and the app's before translation). Plain text, one line.
std::string englishCodeComment(CodeComment id);
using CodeCommentText = std::function<std::string(CodeComment)>;

// The most training plus validation rows the code embeds (kept readable and fast to load).
inline constexpr std::int64_t kMaxNumpyTrainRows = 5000;

class NumpyTrainExporter {
public:
  // The code for `project`, whose relative CSV path (if any) is taken from `projectDir`. Errors: those of
  // ProjectData::prepare (the data cannot be loaded or prepared) and of Trainer::check (a run could not
  // start); TooManyRowsForCode (actual = training plus validation rows, expected = kMaxNumpyTrainRows);
  // UnsupportedInCode with detail "layer-after-output" (a dropout or batch normalisation layer after the
  // output layer, which validate() reports too). Validate the network first for diagnostics a person can
  // act on.
  static Result<std::string> generate(const Project& project, const std::filesystem::path& projectDir,
                                      const CodeCommentText& comments = englishCodeComment);
};

} // namespace neurona
