#include "neurona/core/nn/BatchNormLayer.h"

#include <cmath>

namespace neurona {

template <class T>
BasicBatchNormLayer<T>::BasicBatchNormLayer(const LayerSpec& spec, int inputs)
    : BasicLayer<T>(spec.id, inputs), m_momentum(spec.momentum), m_epsilon(spec.epsilon) {
  m_gamma.setOnes(inputs);
  m_beta.setZero(inputs);
  m_dgamma.setZero(inputs);
  m_dbeta.setZero(inputs);
  m_runningMean.setZero(inputs);
  m_runningVar.setOnes(inputs);
}

template <class T> void BasicBatchNormLayer<T>::forward(const Eigen::Ref<const MatrixT<T>>& x, Mode mode, Rng&) {
  m_lastTrain = mode == Mode::Train;
  if (!m_lastTrain) {
    infer(x, m_out);
    return;
  }
  const Eigen::Index n = x.rows();
  const T eps = static_cast<T>(m_epsilon), mom = static_cast<T>(m_momentum);
  m_mean = x.colwise().mean();
  m_xhat = x.rowwise() - m_mean;
  m_var = m_xhat.colwise().squaredNorm() / static_cast<T>(n); // biased σ²_B
  m_invStd = (m_var.array() + eps).rsqrt().matrix();
  m_xhat = m_xhat * m_invStd.asDiagonal();
  m_out = (m_xhat * m_gamma.asDiagonal()).rowwise() + m_beta.transpose();
  // Running statistics use the unbiased variance, as PyTorch (n = 1 keeps the biased one).
  const T unbias = n > 1 ? static_cast<T>(n) / static_cast<T>(n - 1) : T(1);
  m_runningMean = (T(1) - mom) * m_runningMean + mom * m_mean.transpose();
  m_runningVar = (T(1) - mom) * m_runningVar + mom * unbias * m_var.transpose();
}

template <class T>
void BasicBatchNormLayer<T>::infer(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const {
  // y = x·s + (β − μ·s), s = γ / √(var + ε)
  const VectorT<T> s = m_gamma.array() * (m_runningVar.array() + static_cast<T>(m_epsilon)).rsqrt();
  const VectorT<T> shift = m_beta.array() - m_runningMean.array() * s.array();
  out = (x * s.asDiagonal()).rowwise() + shift.transpose();
}

template <class T>
void BasicBatchNormLayer<T>::backward(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& dOut,
                                      MatrixT<T>* dx) {
  if (!m_lastTrain) {
    // Inference-mode backward (not used in training): a per-feature affine map.
    const VectorT<T> s = m_gamma.array() * (m_runningVar.array() + static_cast<T>(m_epsilon)).rsqrt();
    const RowVectorT<T> mu = m_runningMean.transpose();
    const RowVectorT<T> inv = (m_runningVar.array() + static_cast<T>(m_epsilon)).rsqrt().matrix().transpose();
    m_dbeta = dOut.colwise().sum().transpose();
    m_dgamma = ((x.rowwise() - mu) * inv.asDiagonal()).cwiseProduct(dOut).colwise().sum().transpose();
    if (dx) *dx = dOut * s.asDiagonal();
    return;
  }
  const T n = static_cast<T>(x.rows());
  // dβ = Σ dy, dγ = Σ dy·x̂
  m_dbeta = dOut.colwise().sum().transpose();
  m_dgamma = m_xhat.cwiseProduct(dOut).colwise().sum().transpose();
  if (!dx) return;
  // dx = γ/(n·σ) · (n·dy − Σdy − x̂·Σ(dy·x̂))
  m_mean = (m_gamma.array() * m_invStd.transpose().array() / n).matrix().transpose(); // reused as the factor
  dx->resize(dOut.rows(), dOut.cols());
  dx->noalias() = ((n * dOut).rowwise() - m_dbeta.transpose()) - m_xhat * m_dgamma.asDiagonal();
  *dx = *dx * m_mean.asDiagonal();
}

template <class T> void BasicBatchNormLayer<T>::appendSlots(std::vector<ParamSlot<T>>& paramSlots) {
  paramSlots.push_back({m_gamma.data(), m_dgamma.data(), m_gamma.size(), false, this->m_id, 0.0, 0.0});
  paramSlots.push_back({m_beta.data(), m_dbeta.data(), m_beta.size(), false, this->m_id, 0.0, 0.0});
}

template <class T> LayerParams BasicBatchNormLayer<T>::params() const {
  LayerParams p;
  p.id = this->m_id;
  p.gamma = m_gamma.template cast<double>();
  p.beta = m_beta.template cast<double>();
  p.runningMean = m_runningMean.template cast<double>();
  p.runningVar = m_runningVar.template cast<double>();
  return p;
}

template <class T> bool BasicBatchNormLayer<T>::setParams(const LayerParams& p) {
  const Eigen::Index n = m_gamma.size();
  if (p.id != this->m_id || p.gamma.size() != n || p.beta.size() != n || p.runningMean.size() != n ||
      p.runningVar.size() != n)
    return false;
  m_gamma = p.gamma.cast<T>();
  m_beta = p.beta.cast<T>();
  m_runningMean = p.runningMean.cast<T>();
  m_runningVar = p.runningVar.cast<T>();
  return true;
}

template class BasicBatchNormLayer<float>;
template class BasicBatchNormLayer<double>;

} // namespace neurona
