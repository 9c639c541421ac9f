#include "neurona/core/nn/Conv2dLayer.h"

#include "neurona/core/nn/Activation.h"
#include "neurona/core/nn/Initializer.h"

#include "kernels/Views.h"

#include <algorithm>

namespace neurona {
namespace {

// to += from over n values; restrict, so that the compiler vectorises the loop
template <class T> void conv2dAccumulate(const T* __restrict from, T* __restrict to, Eigen::Index n) {
  for (Eigen::Index i = 0; i < n; ++i) to[i] += from[i];
}

} // namespace

template <class T>
BasicConv2dLayer<T>::BasicConv2dLayer(const LayerSpec& spec, const TensorShape& input, Rng& rng)
    : BasicLayer<T>(spec.id, input.features), m_geometry(WindowGeometry::of(spec, input)),
      m_filters(spec.filters), m_activation(spec.activation), m_alpha(static_cast<T>(spec.activationAlpha())),
      m_l1(spec.l1), m_l2(spec.l2) {
  if (m_filters < 1) throw std::invalid_argument("Conv2dLayer: fewer than 1 filter");
  // Keras's fans for a convolution: each output sees KH·KW·C_in inputs, each input feeds KH·KW·F outputs.
  const int receptive = m_geometry.windowHeight * m_geometry.windowWidth;
  const int rows = receptive * m_geometry.channels;
  MatrixD w(rows, m_filters);
  initialize(spec.weightInit, rows, receptive * m_filters, w, rng);
  MatrixD b(m_filters, 1);
  initialize(spec.biasInit, rows, receptive * m_filters, b, rng);
  m_w = w.cast<T>();
  m_b = b.col(0).cast<T>();
  m_dw.setZero(rows, m_filters);
  m_db.setZero(m_filters);
}

template <class T>
void BasicConv2dLayer<T>::unfold(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& patches) const {
  const WindowGeometry& g = m_geometry;
  const Eigen::Index n = x.rows();
  const Eigen::Index xStride = x.outerStride();
  const Eigen::Index outWidth = g.outWidth;
  patches.resize(n * g.positions(), m_w.rows());
  // Every copy is one pixel-channel's column over the batch: n contiguous values on both sides. Raw
  // pointers: the copies are short (one batch), and Eigen's per-block set-up would cost as much as them.
  for (int kh = 0; kh < g.windowHeight; ++kh)
    for (int kw = 0; kw < g.windowWidth; ++kw)
      for (int c = 0; c < g.channels; ++c) {
        const Eigen::Index k = (static_cast<Eigen::Index>(kh) * g.windowWidth + kw) * g.channels + c;
        T* column = patches.col(k).data();
        for (int oh = 0; oh < g.outHeight; ++oh) {
          const int h = g.inputRow(oh, kh);
          T* row = column + oh * outWidth * n;
          if (h < 0 || h >= g.inHeight) {
            std::fill(row, row + outWidth * n, T(0)); // a padding row
            continue;
          }
          for (int ow = 0; ow < g.outWidth; ++ow) {
            const int w = g.inputColumn(ow, kw);
            T* to = row + ow * n;
            if (w < 0 || w >= g.inWidth)
              std::fill(to, to + n, T(0)); // padding
            else
              std::copy_n(x.data() + g.feature(h, w, c) * xStride, n, to);
          }
        }
      }
}

template <class T>
void BasicConv2dLayer<T>::convolve(const MatrixT<T>& patches, MatrixT<T>* z, MatrixT<T>& a) const {
  // Z = P·W + b, A = act(Z): the dense layer's product (GEMM, or the narrow column kernels)
  a.resize(patches.rows(), m_filters);
  kernels::MatrixView<T> av = kernels::output(a);
  // Without z: relu writes only its activations (the backward pass reads its derivative from them), any
  // other activation computes in place.
  kernels::MatrixView<T> zv = m_activation == ActivationKind::Relu ? kernels::MatrixView<T>{} : av;
  if (z) {
    z->resize(patches.rows(), m_filters);
    zv = kernels::output(*z);
  }
  kernels::table<T>().denseForward(kernels::input(patches), kernels::input(m_w), m_b.data(), m_activation,
                                   m_alpha, zv, av);
}

template <class T>
void BasicConv2dLayer<T>::toBatch(const MatrixT<T>& a, Eigen::Index samples, MatrixT<T>& out) const {
  const Eigen::Index positions = m_geometry.positions();
  out.resize(samples, positions * m_filters);
  // out(n, p·F + f) = a(p·N + n, f): whole columns of one batch each
  for (Eigen::Index p = 0; p < positions; ++p)
    for (Eigen::Index f = 0; f < m_filters; ++f)
      std::copy_n(a.data() + f * a.rows() + p * samples, samples, out.data() + (p * m_filters + f) * samples);
}

template <class T> void BasicConv2dLayer<T>::forward(const Eigen::Ref<const MatrixT<T>>& x, Mode, Rng&) {
  unfold(x, m_patches);
  convolve(m_patches, m_activation == ActivationKind::Relu ? nullptr : &m_z, m_a);
  toBatch(m_a, x.rows(), m_out);
}

template <class T>
void BasicConv2dLayer<T>::infer(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const {
  MatrixT<T> patches, a;
  unfold(x, patches);
  convolve(patches, nullptr, a);
  toBatch(a, x.rows(), out);
}

template <class T>
void BasicConv2dLayer<T>::backward(const Eigen::Ref<const MatrixT<T>>& x,
                                   const Eigen::Ref<const MatrixT<T>>& dOut, MatrixT<T>* dx) {
  const WindowGeometry& g = m_geometry;
  const Eigen::Index n = x.rows();
  const Eigen::Index positions = g.positions();
  // ∂L/∂Z in the patches' row order, dZ(p·N + n, f) = act'(Z) ⊙ dOut(n, p·F + f). For relu one kernel pass
  // per position reorders and rectifies at once, its derivative read from the activations beside dOut
  // (relu(z) > 0 ⇔ z > 0); the other activations go through ∂L/∂A in patch order.
  const bool relu = m_activation == ActivationKind::Relu;
  MatrixT<T>& reordered = relu ? m_dz : m_da;
  reordered.resize(n * positions, m_filters);
  for (Eigen::Index p = 0; p < positions; ++p) {
    const Eigen::Index column = p * m_filters;
    const kernels::ConstView<T> from{dOut.data() + column * dOut.outerStride(), n, m_filters,
                                     dOut.outerStride()};
    const kernels::MatrixView<T> to{reordered.data() + p * n, n, m_filters, reordered.rows()};
    if (relu) {
      const kernels::ConstView<T> a{m_out.data() + column * n, n, m_filters, n};
      kernels::table<T>().activationBackward(ActivationKind::Relu, T(0), a, a, from, to);
    } else {
      for (Eigen::Index f = 0; f < m_filters; ++f)
        std::copy_n(from.data + f * from.stride, n, to.data + f * to.stride);
    }
  }
  if (!relu) activationBackward<T>(m_activation, m_alpha, m_z, m_a, m_da, m_dz); // dZ = act'(Z) ⊙ dA
  // dW = Pᵀ·dZ, db = Σ rows of dZ, dP = dZ·Wᵀ
  kernels::MatrixView<T> dpv;
  if (dx) {
    m_dpatches.resize(m_patches.rows(), m_patches.cols());
    dpv = kernels::output(m_dpatches);
  }
  kernels::table<T>().denseBackward(kernels::input(m_patches), kernels::input(m_w), kernels::input(m_dz),
                                    kernels::output(m_dw), m_db.data(), dpv, kernels::ConstView<T>{});
  if (!dx) return;
  // col2im: every patch value goes back onto the pixel it was read from; overlapping windows add up.
  dx->setZero(n, g.inputFeatures());
  const Eigen::Index dxStride = dx->outerStride();
  for (int kh = 0; kh < g.windowHeight; ++kh)
    for (int kw = 0; kw < g.windowWidth; ++kw)
      for (int c = 0; c < g.channels; ++c) {
        const Eigen::Index k = (static_cast<Eigen::Index>(kh) * g.windowWidth + kw) * g.channels + c;
        const T* column = m_dpatches.col(k).data();
        for (int oh = 0; oh < g.outHeight; ++oh) {
          const int h = g.inputRow(oh, kh);
          if (h < 0 || h >= g.inHeight) continue;
          for (int ow = 0; ow < g.outWidth; ++ow) {
            const int w = g.inputColumn(ow, kw);
            if (w < 0 || w >= g.inWidth) continue;
            conv2dAccumulate(column + (static_cast<Eigen::Index>(oh) * g.outWidth + ow) * n,
                             dx->data() + g.feature(h, w, c) * dxStride, n);
          }
        }
      }
}

template <class T> void BasicConv2dLayer<T>::appendSlots(std::vector<ParamSlot<T>>& paramSlots) {
  paramSlots.push_back({m_w.data(), m_dw.data(), m_w.size(), true, this->m_id, m_l1, m_l2});
  paramSlots.push_back({m_b.data(), m_db.data(), m_b.size(), false, this->m_id, 0.0, 0.0});
}

template <class T> LayerParams BasicConv2dLayer<T>::params() const {
  LayerParams p;
  p.id = this->m_id;
  p.weights = m_w.template cast<double>();
  p.bias = m_b.template cast<double>();
  return p;
}

template <class T> bool BasicConv2dLayer<T>::setParams(const LayerParams& p) {
  if (p.id != this->m_id || p.weights.rows() != m_w.rows() || p.weights.cols() != m_w.cols() ||
      p.bias.size() != m_b.size())
    return false;
  m_w = p.weights.cast<T>();
  m_b = p.bias.cast<T>();
  return true;
}

template class BasicConv2dLayer<float>;
template class BasicConv2dLayer<double>;

} // namespace neurona
