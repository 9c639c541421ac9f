#include "neurona/core/optim/AdamW.h"

namespace neurona {

template <class T>
void BasicAdamW<T>::update(Eigen::Map<VectorT<T>> p, Eigen::Map<const VectorT<T>> g, std::vector<VectorT<T>>& state,
                           long long t) {
  // Decoupled decay: p ← p·(1 − lr·wd), then Adam on the plain gradient.
  p *= static_cast<T>(1.0 - this->m_config.learningRate * this->m_config.weightDecay);
  this->adamStep(p, g, state, t, T(0));
}

template class BasicAdamW<float>;
template class BasicAdamW<double>;

} // namespace neurona
