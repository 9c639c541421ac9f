#include "neurona/core/optim/RmsProp.h"

namespace neurona {

template <class T> int BasicRmsProp<T>::stateVectors() const { return 4; }

template <class T>
void BasicRmsProp<T>::update(Eigen::Map<VectorT<T>> p, Eigen::Map<const VectorT<T>> g0,
                             std::vector<VectorT<T>>& state, long long) {
  const OptimizerConfig& c = this->m_config;
  const T lr = static_cast<T>(c.learningRate), a = static_cast<T>(c.alpha), eps = static_cast<T>(c.eps);
  const T wd = static_cast<T>(c.weightDecay), mu = static_cast<T>(c.momentum);
  VectorT<T>& sq = state[0];
  VectorT<T>& gavg = state[1];
  VectorT<T>& buf = state[2];
  VectorT<T>& avg = state[3]; // scratch: the denominator of this step (kept to avoid an allocation)
  auto g = (g0 + wd * p).array();
  sq.array() = a * sq.array() + (T(1) - a) * g.square(); // s ← α s + (1 − α) g²
  if (c.centered) {
    gavg.array() += (T(1) - a) * (g - gavg.array()); // ḡ ← lerp(ḡ, g, 1 − α)
    avg = (sq.array() - gavg.array().square()).sqrt() + eps;
  } else {
    avg = sq.array().sqrt() + eps;
  }
  if (mu > T(0)) {
    buf.array() = mu * buf.array() + g / avg.array();
    p.noalias() -= lr * buf;
  } else {
    p.array() -= lr * g / avg.array();
  }
}

template class BasicRmsProp<float>;
template class BasicRmsProp<double>;

} // namespace neurona
