#pragma once
// Add and concat: the layers that join branches of a graph network. The network hands a merge layer its
// inputs side by side (the gathered input, samples × Σ widths, in the order of the layer's inputs), so
// that every layer has one input matrix:
//   concat  z = [x₁ x₂ …]                (the gathered input itself)
//   add     z = x₁ + x₂ + …              (k blocks of equal width w)
// and then a = f(z). No parameters.
#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/nn/Layer.h"

#include <vector>

namespace neurona {

template <class T> class BasicMergeLayer final : public BasicLayer<T> {
public:
  // blockWidths: the width of each input, in order (their sum is the gathered input's width).
  BasicMergeLayer(const LayerSpec& spec, std::vector<int> blockWidths);
  std::unique_ptr<BasicLayer<T>> clone() const override { return std::make_unique<BasicMergeLayer>(*this); }
  LayerType type() const override { return m_type; }
  int outputs() const override { return m_outputs; }
  ActivationKind activation() const { return m_activation; }

  void forward(const Eigen::Ref<const MatrixT<T>>& x, Mode mode, Rng& rng) override;
  const MatrixT<T>& output() const override { return m_a; }
  void backward(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& dOut,
                MatrixT<T>* dx) override;
  void infer(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const override;

private:
  void merge(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& z) const;

  LayerType m_type;
  ActivationKind m_activation;
  T m_alpha;
  std::vector<int> m_blocks;
  int m_outputs;
  MatrixT<T> m_z, m_a, m_dz;
};

extern template class BasicMergeLayer<float>;
extern template class BasicMergeLayer<double>;

} // namespace neurona
