#pragma once
// Ends an image's shape: the values are already flattened channels-last (feature (h·W + w)·C + c, the order
// Keras's Flatten gives), so the layer copies them through and passes the gradient back unchanged.
#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/nn/Layer.h"

namespace neurona {

template <class T> class BasicFlattenLayer final : public BasicLayer<T> {
public:
  BasicFlattenLayer(const LayerSpec& spec, int inputs) : BasicLayer<T>(spec.id, inputs) {}
  std::unique_ptr<BasicLayer<T>> clone() const override { return std::make_unique<BasicFlattenLayer>(*this); }
  LayerType type() const override { return LayerType::Flatten; }

  void forward(const Eigen::Ref<const MatrixT<T>>& x, Mode, Rng&) override { m_out = x; }
  const MatrixT<T>& output() const override { return m_out; }
  void backward(const Eigen::Ref<const MatrixT<T>>&, const Eigen::Ref<const MatrixT<T>>& dOut,
                MatrixT<T>* dx) override {
    if (dx) *dx = dOut;
  }
  void infer(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const override { out = x; }

private:
  MatrixT<T> m_out;
};

} // namespace neurona
