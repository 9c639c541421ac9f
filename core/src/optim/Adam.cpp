#include "neurona/core/optim/Adam.h"

#include "optim/OptimizerUpdate.h"

#include <cmath>

namespace neurona {

template <class T> int BasicAdam<T>::stateVectors() const { return this->m_config.amsgrad ? 3 : 2; }

template <class T>
bool BasicAdam<T>::update(Eigen::Map<VectorT<T>> p, Eigen::Map<const VectorT<T>> g, std::vector<VectorT<T>>& state,
                          long long t, T* previous) {
  return adamStep(p, g, state, t, previous, static_cast<T>(this->m_config.weightDecay), T(1));
}

template <class T>
bool BasicAdam<T>::adamStep(Eigen::Map<VectorT<T>> p, Eigen::Map<const VectorT<T>> g, std::vector<VectorT<T>>& state,
                            long long t, T* previous, T wd, T decay) {
  const OptimizerConfig& c = this->m_config;
  kernels::OptimizerStep<T> s;
  s.kind = kernels::OptimizerKind::Adam;
  s.weightDecay = wd;
  s.decay = decay;
  s.beta1 = static_cast<T>(c.beta1);
  s.beta2 = static_cast<T>(c.beta2);
  s.eps = static_cast<T>(c.eps);
  s.amsgrad = c.amsgrad;
  if (t != m_biasStep) { // bias corrections: 1 − β1ᵗ and √(1 − β2ᵗ)
    m_bc1 = 1.0 - std::pow(c.beta1, static_cast<double>(t));
    m_bc2Sqrt = std::sqrt(1.0 - std::pow(c.beta2, static_cast<double>(t)));
    m_biasStep = t;
  }
  s.bc2Sqrt = static_cast<T>(m_bc2Sqrt);
  s.stepSize = static_cast<T>(c.learningRate) / static_cast<T>(m_bc1);
  return runOptimizerKernel<T>(s, p, g, state, previous);
}

template class BasicAdam<float>;
template class BasicAdam<double>;

} // namespace neurona
