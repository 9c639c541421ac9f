#pragma once
// Batch normalisation per feature (PyTorch BatchNorm1d).
//   train:     x̂ = (x − μ_B) / √(σ²_B + ε), y = γ x̂ + β, σ²_B biased;
//              running = (1 − momentum)·running + momentum·batch, with the unbiased batch variance
//   inference: x̂ = (x − running mean) / √(running var + ε)
#include "neurona/core/graph/NetworkSpec.h"
#include "neurona/core/nn/Layer.h"

namespace neurona {

template <class T> class BasicBatchNormLayer final : public BasicLayer<T> {
public:
  BasicBatchNormLayer(const LayerSpec& spec, int inputs);
  std::unique_ptr<BasicLayer<T>> clone() const override { return std::make_unique<BasicBatchNormLayer>(*this); }
  LayerType type() const override { return LayerType::BatchNorm; }

  void forward(const Eigen::Ref<const MatrixT<T>>& x, Mode mode, Rng& rng) override;
  const MatrixT<T>& output() const override { return m_out; }
  void backward(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& dOut,
                MatrixT<T>* dx) override;
  void infer(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const override;

  void appendSlots(std::vector<ParamSlot<T>>& paramSlots) override;
  LayerParams params() const override;
  bool setParams(const LayerParams& p) override;
  std::int64_t parameterCount() const override { return m_gamma.size() + m_beta.size(); }

  const VectorT<T>& runningMean() const { return m_runningMean; }
  const VectorT<T>& runningVar() const { return m_runningVar; }
  // Sizes must match the layer's width.
  void setRunningStatistics(const Eigen::Ref<const VectorT<T>>& mean, const Eigen::Ref<const VectorT<T>>& var) {
    m_runningMean = mean;
    m_runningVar = var;
  }

private:
  double m_momentum, m_epsilon;
  VectorT<T> m_gamma, m_beta, m_dgamma, m_dbeta, m_runningMean, m_runningVar;
  VectorT<T> m_invStd;      // 1/σ per feature, of the last training batch
  MatrixT<T> m_xhat, m_out; // of the last training forward
  bool m_lastTrain = false;
};

extern template class BasicBatchNormLayer<float>;
extern template class BasicBatchNormLayer<double>;

} // namespace neurona
