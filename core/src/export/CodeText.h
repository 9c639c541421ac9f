#pragma once
// Private helpers of the source-code exporters: number literals and the parts the Python exports share.
#include "neurona/core/io/Model.h"

#include <string>

namespace neurona::codetext {

// Shortest text that reads back to the same double, always with a '.' or an exponent, so that it is
// a floating-point literal in Python and C++ alike ("2.0", "0.1", "1e-05").
std::string number(double v);
// "[a, b, c]" and "[[..], [..]]" (Python list syntax; also valid inside a C++ brace list after edits).
std::string list(const Eigen::Ref<const VectorD>& v);
std::string rows(const Eigen::Ref<const MatrixD>& m, const std::string& indent);
std::string quoted(const std::string& s); // a double-quoted Python/C++ string literal

// Python: the module docstring head, the imports the NumPy part needs, the constants (INPUTS, CLASSES,
// TASK, the preprocessing) and `features(X)`, which turns raw inputs into network inputs.
std::string pythonPreamble(const Model& model, const std::string& title);
// Python: reading a CSV given on the command line and printing predict()'s outputs as CSV.
std::string pythonMain();

} // namespace neurona::codetext
