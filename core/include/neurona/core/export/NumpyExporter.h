#pragma once
// A model as one standalone Python file that needs only NumPy: the weights are embedded, predict(X)
// maps raw inputs (n x inputs) to outputs, and `python3 FILE input.csv` prints the outputs as CSV.
#include "neurona/core/io/Model.h"

#include <string>

namespace neurona {

class NumpyExporter {
public:
  static std::string generate(const Model& model);
};

} // namespace neurona
