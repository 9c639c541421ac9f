#include "neurona/core/optim/AdamW.h"

namespace neurona {

template <class T>
bool BasicAdamW<T>::update(Eigen::Map<VectorT<T>> p, Eigen::Map<const VectorT<T>> g, std::vector<VectorT<T>>& state,
                           long long t, T* previous) {
  // Decoupled decay: p ← p·(1 − lr·wd), then Adam on the plain gradient.
  const T decay = static_cast<T>(1.0 - this->m_config.learningRate * this->m_config.weightDecay);
  return this->adamStep(p, g, state, t, previous, T(0), decay);
}

template class BasicAdamW<float>;
template class BasicAdamW<double>;

} // namespace neurona
