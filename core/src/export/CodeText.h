#pragma once
// Private helpers of the source-code exporters: number literals and the parts the Python exports share.
#include "neurona/core/io/Model.h"

#include <string>
#include <string_view>

namespace neurona::codetext {

// Neurona's random engine, std::mt19937_64, bit for bit, as Python: MASK64 and the class Mt19937_64 with
// its constructor, _twist and __call__. The training scripts (pytorch-train, numpy-train) append the
// methods they draw with (indented by four spaces) right after it.
inline constexpr std::string_view kPythonMt19937_64 = R"NEURONA_PY(MASK64 = (1 << 64) - 1


class Mt19937_64:
    """std::mt19937_64, Neurona's random engine, bit for bit (seeded as std::mt19937_64(seed))."""

    def __init__(self, seed):
        mt = [seed & MASK64]
        for i in range(1, 312):
            prev = mt[-1]
            mt.append((6364136223846793005 * (prev ^ (prev >> 62)) + i) & MASK64)
        self.mt = mt
        self.index = 312

    def _twist(self):
        mt = self.mt
        for i in range(312):
            x = (mt[i] & 0xFFFFFFFF80000000) | (mt[(i + 1) % 312] & 0x7FFFFFFF)
            y = x >> 1
            if x & 1:
                y ^= 0xB5026F5AA96619E9
            mt[i] = mt[(i + 156) % 312] ^ y
        self.index = 0

    def __call__(self):
        if self.index >= 312:
            self._twist()
        y = self.mt[self.index]
        self.index += 1
        y ^= (y >> 29) & 0x5555555555555555
        y ^= (y << 17) & 0x71D67FFFEDA60000
        y ^= (y << 37) & 0xFFF7EEE000000000
        y ^= y >> 43
        return y & MASK64
)NEURONA_PY";

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
