#include "neurona/core/nn/DenseLayer.h"

#include "neurona/core/nn/Initializer.h"

#include "kernels/Views.h"

namespace neurona {

static_assert(BasicDenseLayer<float>::kNarrow == kernels::kNarrow);

template <class T>
BasicDenseLayer<T>::BasicDenseLayer(const LayerSpec& spec, int inputs, Rng& rng)
    : BasicLayer<T>(spec.id, inputs), m_units(spec.units), m_activation(spec.activation),
      m_alpha(static_cast<T>(spec.activationAlpha())), m_l1(spec.l1), m_l2(spec.l2) {
  MatrixD w(inputs, m_units);
  initialize(spec.weightInit, inputs, m_units, w, rng);
  MatrixD b(m_units, 1);
  initialize(spec.biasInit, inputs, m_units, b, rng);
  m_w = w.cast<T>();
  m_b = b.col(0).cast<T>();
  m_dw.setZero(inputs, m_units);
  m_db.setZero(m_units);
}

template <class T> void BasicDenseLayer<T>::linear(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& z) const {
  z.resize(x.rows(), m_units);
  kernels::table<T>().denseForward(kernels::input<T>(x), kernels::input(m_w), m_b.data(), m_activation, m_alpha,
                                   kernels::output(z), {});
}

template <class T> void BasicDenseLayer<T>::forward(const Eigen::Ref<const MatrixT<T>>& x, Mode, Rng&) {
  // relu: only the output (see preActivation())
  const bool relu = m_activation == ActivationKind::Relu;
  if (relu)
    m_z.resize(0, 0);
  else
    m_z.resize(x.rows(), m_units);
  m_a.resize(x.rows(), m_units);
  kernels::table<T>().denseForward(kernels::input<T>(x), kernels::input(m_w), m_b.data(), m_activation, m_alpha,
                                   relu ? kernels::MatrixView<T>{} : kernels::output(m_z), kernels::output(m_a));
}

template <class T> void BasicDenseLayer<T>::infer(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const {
  out.resize(x.rows(), m_units);
  kernels::MatrixView<T> o = kernels::output(out);
  kernels::table<T>().denseForward(kernels::input<T>(x), kernels::input(m_w), m_b.data(), m_activation, m_alpha, o, o);
}

template <class T>
void BasicDenseLayer<T>::backward(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& dOut,
                                  MatrixT<T>* dx) {
  backwardInto(x, dOut, false, dx, nullptr);
}

template <class T>
void BasicDenseLayer<T>::backwardFromLogits(const Eigen::Ref<const MatrixT<T>>& x,
                                            const Eigen::Ref<const MatrixT<T>>& dz, MatrixT<T>* dx) {
  backwardInto(x, dz, true, dx, nullptr);
}

template <class T>
void BasicDenseLayer<T>::backwardInto(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& grad,
                                      bool gradIsLogits, MatrixT<T>* dx, const MatrixT<T>* reluBelow) {
  const kernels::KernelTable<T>& k = kernels::table<T>();
  kernels::ConstView<T> dz = kernels::input<T>(grad);
  if (!gradIsLogits) {
    // dz = act'(z) ⊙ ∂L/∂a; relu reads its mask from the output (positive where z is)
    m_dz.resize(m_a.rows(), m_a.cols());
    const bool relu = m_activation == ActivationKind::Relu;
    k.activationBackward(m_activation, m_alpha, kernels::input(relu ? m_a : m_z), kernels::input(m_a), dz,
                         kernels::output(m_dz));
    dz = kernels::input(m_dz);
  }
  kernels::MatrixView<T> dxv;
  if (dx) {
    dx->resize(x.rows(), m_w.rows());
    dxv = kernels::output(*dx);
  }
  k.denseBackward(kernels::input<T>(x), kernels::input(m_w), dz, kernels::output(m_dw), m_db.data(), dxv,
                  reluBelow ? kernels::input(*reluBelow) : kernels::ConstView<T>{});
}

template <class T> void BasicDenseLayer<T>::appendSlots(std::vector<ParamSlot<T>>& paramSlots) {
  paramSlots.push_back({m_w.data(), m_dw.data(), m_w.size(), true, this->m_id, m_l1, m_l2});
  paramSlots.push_back({m_b.data(), m_db.data(), m_b.size(), false, this->m_id, 0.0, 0.0});
}

template <class T> LayerParams BasicDenseLayer<T>::params() const {
  LayerParams p;
  p.id = this->m_id;
  p.weights = m_w.template cast<double>();
  p.bias = m_b.template cast<double>();
  return p;
}

template <class T> bool BasicDenseLayer<T>::setParams(const LayerParams& p) {
  if (p.id != this->m_id || p.weights.rows() != m_w.rows() || p.weights.cols() != m_w.cols() ||
      p.bias.size() != m_b.size())
    return false;
  m_w = p.weights.cast<T>();
  m_b = p.bias.cast<T>();
  return true;
}

template class BasicDenseLayer<float>;
template class BasicDenseLayer<double>;

} // namespace neurona
