#include "neurona/core/optim/Adagrad.h"

namespace neurona {

template <class T> int BasicAdagrad<T>::stateVectors() const { return 1; }

template <class T>
void BasicAdagrad<T>::update(Eigen::Map<VectorT<T>> p, Eigen::Map<const VectorT<T>> g0,
                             std::vector<VectorT<T>>& state, long long t) {
  const OptimizerConfig& c = this->m_config;
  const T wd = static_cast<T>(c.weightDecay), eps = static_cast<T>(c.eps);
  const T clr = static_cast<T>(c.learningRate / (1.0 + static_cast<double>(t - 1) * c.lrDecay));
  VectorT<T>& sum = state[0];
  if (wd != T(0)) {
    auto g = (g0 + wd * p).array(); // coefficient-wise, so reading p while updating it is safe
    sum.array() += g.square();
    p.array() -= clr * g / (sum.array().sqrt() + eps);
  } else {
    sum.array() += g0.array().square(); // s ← s + g²
    p.array() -= clr * g0.array() / (sum.array().sqrt() + eps);
  }
}

template class BasicAdagrad<float>;
template class BasicAdagrad<double>;

} // namespace neurona
