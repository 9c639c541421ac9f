#pragma once
// adam: m ← β1 m + (1−β1) g; v ← β2 v + (1−β2) g²; p ← p − lr/(1−β1ᵗ) · m / (√v / √(1−β2ᵗ) + ε); amsgrad keeps max v
// Weight decay (PyTorch L2 style, g ← g + wd·p) is applied first, except for adamw (decoupled).
#include "neurona/core/optim/Optimizer.h"

namespace neurona {

template <class T> class BasicAdam : public BasicOptimizer<T> {
public:
  explicit BasicAdam(const OptimizerConfig& config) : BasicOptimizer<T>(config) {}

protected:
  bool update(Eigen::Map<VectorT<T>> value, Eigen::Map<const VectorT<T>> grad, std::vector<VectorT<T>>& state,
              long long t, T* previous) override;
  int stateVectors() const override;
  // The Adam step, after p ← decay·p (AdamW's decoupled decay; Adam passes 1) and with weight decay `wd`
  // folded into the gradient (AdamW passes 0).
  bool adamStep(Eigen::Map<VectorT<T>> value, Eigen::Map<const VectorT<T>> grad, std::vector<VectorT<T>>& state,
                long long t, T* previous, T wd, T decay);

private:
  // The bias corrections 1 − β1ᵗ and √(1 − β2ᵗ) of step m_biasStep: two pow() calls per step, not per tensor.
  long long m_biasStep = 0;
  double m_bc1 = 1.0, m_bc2Sqrt = 1.0;
};

extern template class BasicAdam<float>;
extern template class BasicAdam<double>;

} // namespace neurona
