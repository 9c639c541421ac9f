#pragma once
// sgd: buf ← μ·buf + (1 − dampening)·g (buf = g on the first step); g ← g + μ·buf if nesterov else buf; p ← p − lr·g
// Weight decay (PyTorch L2 style, g ← g + wd·p) is applied first, except for adamw (decoupled).
#include "neurona/core/optim/Optimizer.h"

namespace neurona {

template <class T> class BasicSgd : public BasicOptimizer<T> {
public:
  explicit BasicSgd(const OptimizerConfig& config) : BasicOptimizer<T>(config) {}

protected:
  bool update(Eigen::Map<VectorT<T>> value, Eigen::Map<const VectorT<T>> grad, std::vector<VectorT<T>>& state,
              long long t, T* previous) override;
  int stateVectors() const override;
};

extern template class BasicSgd<float>;
extern template class BasicSgd<double>;

} // namespace neurona
