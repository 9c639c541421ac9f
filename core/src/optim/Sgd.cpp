#include "neurona/core/optim/Sgd.h"

namespace neurona {

template <class T> int BasicSgd<T>::stateVectors() const { return this->m_config.momentum != 0.0 ? 1 : 0; }

template <class T>
void BasicSgd<T>::update(Eigen::Map<VectorT<T>> p, Eigen::Map<const VectorT<T>> g, std::vector<VectorT<T>>& state,
                         long long t) {
  const OptimizerConfig& c = this->m_config;
  const T lr = static_cast<T>(c.learningRate), wd = static_cast<T>(c.weightDecay);
  const T mu = static_cast<T>(c.momentum), damp = static_cast<T>(c.dampening);
  if (mu == T(0)) {
    // p ← p − lr·(g + wd·p)
    if (wd != T(0))
      p.array() -= lr * (g.array() + wd * p.array());
    else
      p.noalias() -= lr * g;
    return;
  }
  VectorT<T>& buf = state[0];
  // d = g + wd·p; buf ← d on the first step, else μ·buf + (1 − dampening)·d
  if (t == 1)
    buf = g + wd * p;
  else
    buf = mu * buf + (T(1) - damp) * (g + wd * p);
  if (c.nesterov)
    p.array() -= lr * ((g + wd * p).array() + mu * buf.array()); // d + μ·buf
  else
    p.noalias() -= lr * buf;
}

template class BasicSgd<float>;
template class BasicSgd<double>;

} // namespace neurona
