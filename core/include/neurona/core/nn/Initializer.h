#pragma once
// Weight and bias initialisers. fanIn/fanOut are the layer's inputs and units.
//   uniform        U(−1, 1) (the classic NumPy tutorial)
//   glorot_uniform U(−l, l), l = √(6 / (fanIn + fanOut));  glorot_normal N(0, 2 / (fanIn + fanOut))
//   he_uniform     U(−l, l), l = √(6 / fanIn);             he_normal     N(0, 2 / fanIn)
//   zeros
// Values are drawn in column-major order from the explicit Rng, so a seed fixes them bit for bit.
#include "neurona/core/Types.h"
#include "neurona/core/graph/Kinds.h"

namespace neurona {

void initialize(InitKind kind, int fanIn, int fanOut, Eigen::Ref<MatrixD> values, Rng& rng);

// Deterministic uniform double in [0, 1) from the top 53 bits of one engine draw (same on every platform,
// unlike std::uniform_real_distribution).
inline double uniform01(Rng& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

} // namespace neurona
