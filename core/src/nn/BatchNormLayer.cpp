#include "neurona/core/nn/BatchNormLayer.h"

#include "kernels/Views.h"

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
  m_xhat.resize(x.rows(), x.cols());
  m_out.resize(x.rows(), x.cols());
  m_invStd.resize(x.cols());
  kernels::table<T>().batchNormTrain(kernels::input<T>(x), m_gamma.data(), m_beta.data(), static_cast<T>(m_epsilon),
                                     static_cast<T>(m_momentum), m_runningMean.data(), m_runningVar.data(),
                                     m_invStd.data(), kernels::output(m_xhat), kernels::output(m_out));
}

template <class T>
void BasicBatchNormLayer<T>::infer(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const {
  out.resize(x.rows(), x.cols());
  kernels::table<T>().batchNormInfer(kernels::input<T>(x), m_gamma.data(), m_beta.data(), m_runningMean.data(),
                                     m_runningVar.data(), static_cast<T>(m_epsilon), kernels::output(out));
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
  kernels::MatrixView<T> dxv;
  if (dx) {
    dx->resize(dOut.rows(), dOut.cols());
    dxv = kernels::output(*dx);
  }
  kernels::table<T>().batchNormBackward(kernels::input(m_xhat), kernels::input<T>(dOut), m_gamma.data(),
                                        m_invStd.data(), m_dgamma.data(), m_dbeta.data(), dxv);
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
