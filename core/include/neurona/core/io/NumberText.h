#pragma once
// Numbers as files and messages spell them: always '.', whatever the locale.
#include <string>

namespace neurona {

// The shortest decimal text that reads back to exactly v ("0.1", "1e-05", "3"); "nan", "inf", "-inf"
// for the non-finite values.
std::string shortestText(double v);

} // namespace neurona
