#include "neurona/core/optim/RmsProp.h"

#include "optim/OptimizerUpdate.h"

namespace neurona {

// square average, gradient average (centered), momentum buffer
template <class T> int BasicRmsProp<T>::stateVectors() const { return 3; }

template <class T>
bool BasicRmsProp<T>::update(Eigen::Map<VectorT<T>> p, Eigen::Map<const VectorT<T>> g, std::vector<VectorT<T>>& state,
                             long long, T* previous) {
  const OptimizerConfig& c = this->m_config;
  kernels::OptimizerStep<T> s;
  s.kind = kernels::OptimizerKind::RmsProp;
  s.lr = static_cast<T>(c.learningRate);
  s.alpha = static_cast<T>(c.alpha);
  s.eps = static_cast<T>(c.eps);
  s.weightDecay = static_cast<T>(c.weightDecay);
  s.momentum = static_cast<T>(c.momentum);
  s.centered = c.centered;
  return runOptimizerKernel<T>(s, p, g, state, previous);
}

template class BasicRmsProp<float>;
template class BasicRmsProp<double>;

} // namespace neurona
