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
// Text from files (names of inputs and classes) enters generated code only through these two: the
// result is one literal whose value is exactly `s`, made of printable ASCII only, so that no byte of
// it can end the literal, a comment or a line.
// A double-quoted Python str literal: escapes for quotes, backslash, controls and every non-ASCII code
// point (\uXXXX, \UXXXXXXXX); a byte that is not UTF-8 becomes U+FFFD.
std::string quoted(const std::string& s);
// A double-quoted C++ narrow string literal with the same bytes: every byte outside printable ASCII,
// and the quote, backslash and '?' (trigraphs), as a three-digit octal escape, which never takes in
// the character after it (a hex escape would).
std::string cppQuoted(const std::string& s);
// Text for a comment line (after "# " or "// "): valid UTF-8 in which every control character, the line
// and paragraph separators (U+0085, U+2028, U+2029) and the bidirectional controls became a space and every
// byte that is not UTF-8 became U+FFFD, so that nothing in it can end the comment or reorder the code
// around it on screen.
std::string commentText(const std::string& s);

// How many draws of the engine initialising `spec` on `features` inputs takes: a training script skips
// them before its first shuffle, as the trainer's engine has drawn them when training starts.
std::uint64_t initialisationDraws(const NetworkSpec& spec, int features);

// Python: the module docstring head, the imports the NumPy part needs, the constants (INPUTS, CLASSES,
// TASK, the preprocessing) and `features(X)`, which turns raw inputs into network inputs.
std::string pythonPreamble(const Model& model, const std::string& title);
// Python: reading a CSV given on the command line and printing predict()'s outputs as CSV.
std::string pythonMain();

} // namespace neurona::codetext
