#include "neurona/core/optim/Adagrad.h"

#include "optim/OptimizerUpdate.h"

namespace neurona {

template <class T> int BasicAdagrad<T>::stateVectors() const { return 1; }

template <class T>
bool BasicAdagrad<T>::update(Eigen::Map<VectorT<T>> p, Eigen::Map<const VectorT<T>> g, std::vector<VectorT<T>>& state,
                             long long t, T* previous) {
  const OptimizerConfig& c = this->m_config;
  kernels::OptimizerStep<T> s;
  s.kind = kernels::OptimizerKind::Adagrad;
  s.weightDecay = static_cast<T>(c.weightDecay);
  s.eps = static_cast<T>(c.eps);
  // the decayed rate lr / (1 + (t − 1)·lr_decay)
  s.lr = static_cast<T>(c.learningRate / (1.0 + static_cast<double>(t - 1) * c.lrDecay));
  return runOptimizerKernel<T>(s, p, g, state, previous);
}

template class BasicAdagrad<float>;
template class BasicAdagrad<double>;

} // namespace neurona
