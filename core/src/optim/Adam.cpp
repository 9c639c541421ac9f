#include "neurona/core/optim/Adam.h"

#include <cmath>

namespace neurona {

template <class T> int BasicAdam<T>::stateVectors() const { return this->m_config.amsgrad ? 3 : 2; }

template <class T>
void BasicAdam<T>::update(Eigen::Map<VectorT<T>> p, Eigen::Map<const VectorT<T>> g, std::vector<VectorT<T>>& state,
                          long long t) {
  adamStep(p, g, state, t, static_cast<T>(this->m_config.weightDecay));
}

template <class T>
void BasicAdam<T>::adamStep(Eigen::Map<VectorT<T>> p, Eigen::Map<const VectorT<T>> g, std::vector<VectorT<T>>& state,
                            long long t, T wd) {
  const OptimizerConfig& c = this->m_config;
  const T b1 = static_cast<T>(c.beta1), b2 = static_cast<T>(c.beta2), eps = static_cast<T>(c.eps);
  VectorT<T>& m = state[0];
  VectorT<T>& v = state[1];
  auto grad = [&]() { return (g + wd * p).array(); };
  // m ← m + (1 − β1)(g − m) (PyTorch's lerp), v ← β2 v + (1 − β2) g²
  m.array() += (T(1) - b1) * (grad() - m.array());
  v.array() = b2 * v.array() + (T(1) - b2) * grad().square();
  const T bc1 = static_cast<T>(1.0 - std::pow(c.beta1, static_cast<double>(t)));
  const T bc2Sqrt = static_cast<T>(std::sqrt(1.0 - std::pow(c.beta2, static_cast<double>(t))));
  const T stepSize = static_cast<T>(c.learningRate) / bc1;
  if (c.amsgrad) {
    VectorT<T>& vmax = state[2];
    vmax = vmax.cwiseMax(v);
    p.array() -= stepSize * m.array() / (vmax.array().sqrt() / bc2Sqrt + eps);
  } else {
    // p ← p − lr/(1 − β1ᵗ) · m / (√v / √(1 − β2ᵗ) + ε)
    p.array() -= stepSize * m.array() / (v.array().sqrt() / bc2Sqrt + eps);
  }
}

template class BasicAdam<float>;
template class BasicAdam<double>;

} // namespace neurona
