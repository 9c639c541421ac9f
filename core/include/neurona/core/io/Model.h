#pragma once
// A trained model as a plain value: everything needed to go from raw inputs to outputs. It is what a
// `neurona-model` file holds, what a project keeps under "model", and what every exporter reads.
//   raw inputs (named) -> append transforms -> preprocessing -> network (spec + learned values)
#include "neurona/core/data/FeaturePipeline.h"
#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/nn/LayerParams.h"

#include <string>
#include <vector>

namespace neurona {

struct Model {
  std::vector<std::string> inputs; // raw feature names, before transforms
  FeaturePipeline pipeline;        // transforms appended after the inputs, then preprocessing
  TaskKind task = TaskKind::BinaryClassification;
  std::vector<std::string> classes; // class names in class order (classification only)
  NetworkSpec spec;
  ModelParams params; // one entry per spec layer

  int inputCount() const { return static_cast<int>(inputs.size()); }
  int featureCount() const { return static_cast<int>(pipeline.inputCount(inputCount())); } // network inputs
  int outputCount() const; // units of the output (last dense) layer, 0 without one

  bool operator==(const Model&) const = default;
};

// Outputs of the model for raw inputs (samples x inputCount), computed in double precision:
// samples x outputCount. Probabilities for sigmoid/softmax outputs. The reference every export matches;
// it runs the engine's own BasicNetwork<double>. Precondition: the model is consistent (as read).
MatrixD predictModel(const Model& model, const Eigen::Ref<const MatrixD>& rawInputs);

// Class index per sample from the outputs: argmax, or output >= 0.5 for one sigmoid unit.
// Empty for regression.
Eigen::VectorXi predictedClasses(const Model& model, const Eigen::Ref<const MatrixD>& outputs);

} // namespace neurona
