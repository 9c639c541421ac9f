#pragma once
// adamw: p ← p·(1 − lr·wd) first, then the Adam step without weight decay in g
// Weight decay (PyTorch L2 style, g ← g + wd·p) is applied first, except for adamw (decoupled).
#include "neurona/core/optim/Adam.h"

namespace neurona {

template <class T> class BasicAdamW : public BasicAdam<T> {
public:
  explicit BasicAdamW(const OptimizerConfig& config) : BasicAdam<T>(config) {}

protected:
  bool update(Eigen::Map<VectorT<T>> value, Eigen::Map<const VectorT<T>> grad, std::vector<VectorT<T>>& state,
              long long t, T* previous) override;
};

extern template class BasicAdamW<float>;
extern template class BasicAdamW<double>;

} // namespace neurona
