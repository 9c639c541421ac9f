#pragma once
// A model as one Python file that rebuilds the network as torch.nn.Sequential (float64, eval mode) and
// loads the embedded weights; predict(X) and `python3 FILE input.csv` work as in the NumPy export.
#include "neurona/core/io/Model.h"

#include <string>

namespace neurona {

class PytorchExporter {
public:
  static std::string generate(const Model& model);
};

} // namespace neurona
