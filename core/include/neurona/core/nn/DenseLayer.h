#pragma once
// Fully connected layer: a = act(x · W + b), W inputs × units, b units.
// Narrow layers (inner dimension ≤ kNarrow) use column kernels that vectorise across the batch (and, in a
// portable build, switch to AVX2/FMA at run time when the CPU has them); wider ones use Eigen's GEMM.
#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/nn/Layer.h"

namespace neurona {

template <class T> class BasicDenseLayer final : public BasicLayer<T> {
public:
  static constexpr int kNarrow = 16;

  BasicDenseLayer(const LayerSpec& spec, int inputs, Rng& rng);
  std::unique_ptr<BasicLayer<T>> clone() const override { return std::make_unique<BasicDenseLayer>(*this); }
  LayerType type() const override { return LayerType::Dense; }
  int outputs() const override { return m_units; }
  ActivationKind activation() const { return m_activation; }
  T alpha() const { return m_alpha; }

  void forward(const Eigen::Ref<const MatrixT<T>>& x, Mode mode, Rng& rng) override;
  const MatrixT<T>& output() const override { return m_a; }
  // z of the last training forward. A relu layer does not keep it (its backward pass needs only the output,
  // which is positive exactly where z is): empty then.
  const MatrixT<T>& preActivation() const { return m_z; }
  void backward(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& dOut,
                MatrixT<T>* dx) override;
  // Backward from ∂L/∂z (a fused loss on the output layer already went through the activation).
  void backwardFromLogits(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& dz,
                          MatrixT<T>* dx);
  // Backward from ∂L/∂a, or from ∂L/∂z when gradIsLogits. With reluBelow, the output of a relu layer that
  // feeds this one, dx is that layer's ∂L/∂z: (∂L/∂x) ⊙ [reluBelow > 0], its activation folded in here.
  void backwardInto(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& grad, bool gradIsLogits,
                    MatrixT<T>* dx, const MatrixT<T>* reluBelow);
  void infer(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const override;
  // z = x · W + b only (inference).
  void linear(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& z) const;

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
  int m_units;
  ActivationKind m_activation;
  T m_alpha;
  double m_l1, m_l2;
  MatrixT<T> m_w, m_dw;
  VectorT<T> m_b, m_db;
  MatrixT<T> m_z, m_a, m_dz; // batch buffers, reused while the batch size stays the same
};

extern template class BasicDenseLayer<float>;
extern template class BasicDenseLayer<double>;

} // namespace neurona
