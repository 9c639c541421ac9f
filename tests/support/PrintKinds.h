#pragma once
// gtest prints a parameterised test's value in listings and failures; these print the engine's kinds by
// their file names ("relu", "bce") instead of their bytes. In namespace neurona so that gtest finds them.
#include "neurona/core/graph/Kinds.h"

#include <ostream>

namespace neurona {

inline void PrintTo(ActivationKind k, std::ostream* os) { *os << toString(k); }
inline void PrintTo(LossKind k, std::ostream* os) { *os << toString(k); }
inline void PrintTo(LayerType k, std::ostream* os) { *os << toString(k); }
inline void PrintTo(PaddingKind k, std::ostream* os) { *os << toString(k); }

} // namespace neurona
