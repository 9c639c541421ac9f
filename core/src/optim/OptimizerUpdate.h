#pragma once
// The optimizers' one call into the kernels: one slot's step with the scalars the optimizer computed.
#include "kernels/KernelTable.h"
#include "neurona/core/Types.h"

#include <vector>

namespace neurona {

template <class T>
bool runOptimizerKernel(const kernels::OptimizerStep<T>& step, Eigen::Map<VectorT<T>> value,
                        Eigen::Map<const VectorT<T>> grad, std::vector<VectorT<T>>& state, T* previous) {
  T* vectors[3] = {nullptr, nullptr, nullptr};
  for (std::size_t i = 0; i < state.size() && i < 3; ++i) vectors[i] = state[i].data();
  return kernels::table<T>().optimizerUpdate(step, value.data(), grad.data(), vectors, value.size(), previous);
}

} // namespace neurona
