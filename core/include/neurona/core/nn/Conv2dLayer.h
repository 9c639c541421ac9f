#pragma once
// 2-D convolution over channels-last images (Keras Conv2D, TensorFlow's "same"/"valid" padding):
//   a[n, oh, ow, f] = act(b[f] + Σ_{kh, kw, c} x[n, oh·SH + kh − padTop, ow·SW + kw − padLeft, c] · W[kh, kw,
//   c, f])
// with cells outside the image counting as 0. W is stored as a (KH·KW·C_in) × F matrix, row (kh·KW + kw)·C_in
// + c, the file's nested [KH][KW][C_in][F] flattened.
//
// The batch is unfolded once (im2col) into patches P, (N·OH·OW) × (KH·KW·C_in), row p·N + n for output
// position p = oh·OW + ow, so the whole layer is one dense product Z = P·W + b through the dense kernels
// (and their dispatch); Z's rows are then laid out as the batch, N × (OH·OW·F). Backward: dW = Pᵀ·dZ,
// db = Σ rows of dZ, and ∂L/∂x by scattering dP = dZ·Wᵀ back onto the pixels each patch read (col2im).
#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/graph/Shapes.h"
#include "neurona/core/nn/Layer.h"
#include "neurona/core/nn/WindowGeometry.h"

namespace neurona {

template <class T> class BasicConv2dLayer final : public BasicLayer<T> {
public:
  // Throws std::invalid_argument when `input` is not an image the kernel fits.
  BasicConv2dLayer(const LayerSpec& spec, const TensorShape& input, Rng& rng);
  std::unique_ptr<BasicLayer<T>> clone() const override { return std::make_unique<BasicConv2dLayer>(*this); }
  LayerType type() const override { return LayerType::Conv2d; }
  int outputs() const override { return m_geometry.positions() * m_filters; }
  const WindowGeometry& geometry() const { return m_geometry; }
  int filters() const { return m_filters; }
  ActivationKind activation() const { return m_activation; }

  void forward(const Eigen::Ref<const MatrixT<T>>& x, Mode mode, Rng& rng) override;
  const MatrixT<T>& output() const override { return m_out; }
  void backward(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& dOut,
                MatrixT<T>* dx) override;
  void infer(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const override;

  void appendSlots(std::vector<ParamSlot<T>>& paramSlots) override;
  LayerParams params() const override;
  bool setParams(const LayerParams& p) override;
  std::int64_t parameterCount() const override { return m_w.size() + m_b.size(); }

  MatrixT<T>& weights() { return m_w; }
  const MatrixT<T>& weights() const { return m_w; }
  VectorT<T>& bias() { return m_b; }
  const VectorT<T>& bias() const { return m_b; }
  const MatrixT<T>& weightGrad() const { return m_dw; }
  const VectorT<T>& biasGrad() const { return m_db; }

private:
  // P from x (N × input features): rows p·N + n, column (kh·KW + kw)·C + c; 0 outside the image.
  void unfold(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& patches) const;
  // z = P·W + b and a = act(z) (a may be z), both (N·OH·OW) × F.
  void convolve(const MatrixT<T>& patches, MatrixT<T>* z, MatrixT<T>& a) const;
  // out(n, p·F + f) = a(p·N + n, f).
  void toBatch(const MatrixT<T>& a, Eigen::Index samples, MatrixT<T>& out) const;

  WindowGeometry m_geometry;
  int m_filters;
  ActivationKind m_activation;
  T m_alpha;
  double m_l1, m_l2;
  MatrixT<T> m_w, m_dw;
  VectorT<T> m_b, m_db;
  MatrixT<T> m_patches, m_z, m_a, m_out; // of the last training forward
  MatrixT<T> m_da, m_dz, m_dpatches;     // backward scratch
};

extern template class BasicConv2dLayer<float>;
extern template class BasicConv2dLayer<double>;

} // namespace neurona
