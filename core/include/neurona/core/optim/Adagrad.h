#pragma once
// adagrad: s ← s + g²; p ← p − lr/(1 + (t−1)·lr_decay) · g / (√s + ε)
// Weight decay (PyTorch L2 style, g ← g + wd·p) is applied first, except for adamw (decoupled).
#include "neurona/core/optim/Optimizer.h"

namespace neurona {

template <class T> class BasicAdagrad : public BasicOptimizer<T> {
public:
  explicit BasicAdagrad(const OptimizerConfig& config) : BasicOptimizer<T>(config) {}

protected:
  bool update(Eigen::Map<VectorT<T>> value, Eigen::Map<const VectorT<T>> grad, std::vector<VectorT<T>>& state,
              long long t, T* previous) override;
  int stateVectors() const override;
  T initialState(int) const override { return static_cast<T>(this->m_config.initialAccumulatorValue); }
};

extern template class BasicAdagrad<float>;
extern template class BasicAdagrad<double>;

} // namespace neurona
