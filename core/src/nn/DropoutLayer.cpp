#include "neurona/core/nn/DropoutLayer.h"

#include "neurona/core/nn/Initializer.h"

namespace neurona {

template <class T>
BasicDropoutLayer<T>::BasicDropoutLayer(const LayerSpec& spec, int inputs)
    : BasicLayer<T>(spec.id, inputs), m_rate(spec.rate) {}

template <class T> void BasicDropoutLayer<T>::forward(const Eigen::Ref<const MatrixT<T>>& x, Mode mode, Rng& rng) {
  m_lastTrain = mode == Mode::Train && m_rate > 0.0;
  if (!m_lastTrain) {
    m_out = x;
    return;
  }
  const T scale = static_cast<T>(1.0 / (1.0 - m_rate)); // inverted dropout keeps E[out] = x
  if (m_fixedKeep && m_fixedKeep->rows() == x.rows() && m_fixedKeep->cols() == x.cols()) {
    m_mask = *m_fixedKeep * scale;
  } else {
    m_mask.resize(x.rows(), x.cols());
    for (Eigen::Index j = 0; j < x.cols(); ++j)
      for (Eigen::Index i = 0; i < x.rows(); ++i) m_mask(i, j) = uniform01(rng) < m_rate ? T(0) : scale;
  }
  m_out = x.cwiseProduct(m_mask);
}

template <class T>
void BasicDropoutLayer<T>::backward(const Eigen::Ref<const MatrixT<T>>&, const Eigen::Ref<const MatrixT<T>>& dOut,
                                    MatrixT<T>* dx) {
  if (!dx) return;
  if (m_lastTrain)
    *dx = dOut.cwiseProduct(m_mask);
  else
    *dx = dOut;
}

template class BasicDropoutLayer<float>;
template class BasicDropoutLayer<double>;

} // namespace neurona
