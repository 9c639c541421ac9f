#pragma once
// rmsprop: s ← α s + (1−α) g²; (centered: ḡ ← α ḡ + (1−α) g, s̃ = s − ḡ²); d = √s̃ + ε; momentum μ>0: buf ← μ buf + g/d, p ← p − lr·buf; else p ← p − lr·g/d
// Weight decay (PyTorch L2 style, g ← g + wd·p) is applied first, except for adamw (decoupled).
#include "neurona/core/optim/Optimizer.h"

namespace neurona {

template <class T> class BasicRmsProp : public BasicOptimizer<T> {
public:
  explicit BasicRmsProp(const OptimizerConfig& config) : BasicOptimizer<T>(config) {}

protected:
  bool update(Eigen::Map<VectorT<T>> value, Eigen::Map<const VectorT<T>> grad, std::vector<VectorT<T>>& state,
              long long t, T* previous) override;
  int stateVectors() const override;
};

extern template class BasicRmsProp<float>;
extern template class BasicRmsProp<double>;

} // namespace neurona
