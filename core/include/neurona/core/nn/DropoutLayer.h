#pragma once
// Inverted dropout: in training each value is kept with probability 1 − rate and scaled by 1/(1 − rate);
// in inference the layer is the identity. Tests may fix the keep-mask (1 keep, 0 drop).
#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/nn/Layer.h"

#include <optional>

namespace neurona {

template <class T> class BasicDropoutLayer final : public BasicLayer<T> {
public:
  BasicDropoutLayer(const LayerSpec& spec, int inputs);
  std::unique_ptr<BasicLayer<T>> clone() const override { return std::make_unique<BasicDropoutLayer>(*this); }
  LayerType type() const override { return LayerType::Dropout; }
  double rate() const { return m_rate; }

  void forward(const Eigen::Ref<const MatrixT<T>>& x, Mode mode, Rng& rng) override;
  const MatrixT<T>& output() const override { return m_out; }
  void backward(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& dOut,
                MatrixT<T>* dx) override;
  void infer(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const override { out = x; }

  // A fixed keep-mask (samples × features of 0/1) used by every training forward instead of random draws.
  void setFixedMask(const MatrixT<T>& keep) { m_fixedKeep = keep; }
  void clearFixedMask() { m_fixedKeep.reset(); }
  const MatrixT<T>& scaledMask() const { return m_mask; } // keep / (1 − rate) of the last training forward

private:
  double m_rate;
  std::optional<MatrixT<T>> m_fixedKeep;
  MatrixT<T> m_mask, m_out;
  bool m_lastTrain = false;
};

extern template class BasicDropoutLayer<float>;
extern template class BasicDropoutLayer<double>;

} // namespace neurona
