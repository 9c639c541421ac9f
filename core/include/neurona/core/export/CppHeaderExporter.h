#pragma once
// A model as one dependency-free C++ header (only <cmath>): after #include, the global
// predict(const float* x, float* out) computes the outputs (in double inside) from raw inputs.
#include "neurona/core/io/Model.h"

#include <string>

namespace neurona {

class CppHeaderExporter {
public:
  static std::string generate(const Model& model);
};

} // namespace neurona
