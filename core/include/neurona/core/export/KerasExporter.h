#pragma once
// A model as one Python file that builds a keras.Sequential model (float64) and calls set_weights with
// the embedded weights; predict(X) and `python3 FILE input.csv` work as in the NumPy export.
#include "neurona/core/io/Model.h"

#include <string>

namespace neurona {

class KerasExporter {
public:
  static std::string generate(const Model& model);
};

} // namespace neurona
