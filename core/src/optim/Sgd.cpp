#include "neurona/core/optim/Sgd.h"

#include "optim/OptimizerUpdate.h"

namespace neurona {

template <class T> int BasicSgd<T>::stateVectors() const { return this->m_config.momentum != 0.0 ? 1 : 0; }

template <class T>
bool BasicSgd<T>::update(Eigen::Map<VectorT<T>> p, Eigen::Map<const VectorT<T>> g, std::vector<VectorT<T>>& state,
                         long long t, T* previous) {
  const OptimizerConfig& c = this->m_config;
  kernels::OptimizerStep<T> s;
  s.kind = kernels::OptimizerKind::Sgd;
  s.lr = static_cast<T>(c.learningRate);
  s.weightDecay = static_cast<T>(c.weightDecay);
  s.momentum = static_cast<T>(c.momentum);
  s.dampening = static_cast<T>(c.dampening);
  s.nesterov = c.nesterov;
  s.firstStep = t == 1; // the momentum buffer starts as the first gradient
  return runOptimizerKernel<T>(s, p, g, state, previous);
}

template class BasicSgd<float>;
template class BasicSgd<double>;

} // namespace neurona
