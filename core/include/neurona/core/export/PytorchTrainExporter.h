#pragma once
// A project's training run as one standalone PyTorch script (neurona-cli export --format pytorch-train):
// the same data (embedded for generated and painted data sets; for a CSV data set its path and the
// reading options Neurona detected), the same stratified split, transforms and preprocessing fitted on the
// training rows, the same initial values (the project's model when training would continue from it, else
// those the training seed draws), loss, optimizer, schedule, batch size, shuffle order (the script runs
// Neurona's random engine, std::mt19937_64, so the batches and dropout masks are the same), L1/L2,
// clipping and early stopping. Everything the script needs is one JSON document embedded as a string
// literal of printable ASCII: no text from a file enters the code otherwise.
//
//   python3 train.py [--epochs N] [--history H.csv] [--out MODEL.pt] [--neurona-model M.json]
//                    [--device cpu|cuda] [--data FILE.csv] [--quiet]
//   torchrun --nproc_per_node=N train.py ...   (DistributedDataParallel: gloo on CPU, nccl on GPU)
#include "neurona/core/Error.h"
#include "neurona/core/io/Project.h"

#include <filesystem>
#include <string>

namespace neurona {

class PytorchTrainExporter {
public:
  // The script for `project`, whose relative CSV path (if any) is taken from `projectDir`. Errors: those
  // of ProjectData::prepare (the data cannot be loaded or prepared) and of Trainer::check (a run could not
  // start). Validate the network first (validate()) for diagnostics a person can act on.
  static Result<std::string> generate(const Project& project, const std::filesystem::path& projectDir);
};

} // namespace neurona
