#include "neurona/core/nn/Loss.h"

#include <cmath>

namespace neurona {

bool lossIsFused(LossKind loss) { return loss == LossKind::Bce || loss == LossKind::Cce; }

bool lossFitsOutput(LossKind loss, ActivationKind act) {
  switch (loss) {
  case LossKind::Bce: return act == ActivationKind::Sigmoid;
  case LossKind::Cce: return act == ActivationKind::Softmax;
  default: return true;
  }
}

namespace {

// Σ over the matrix of the per-element loss, in double so that the mean of a large batch stays exact.
template <class T>
double sumPerElement(LossKind loss, const Eigen::Ref<const MatrixT<T>>& z, const Eigen::Ref<const MatrixT<T>>& a,
                     const Eigen::Ref<const MatrixT<T>>& y) {
  switch (loss) {
  case LossKind::Mse: return static_cast<double>((a - y).array().square().sum());
  case LossKind::Mae: return static_cast<double>((a - y).array().abs().sum());
  case LossKind::Huber: {
    const auto d = (a - y).array().abs();
    return static_cast<double>((d < T(1)).select(T(0.5) * d.square(), d - T(0.5)).sum());
  }
  case LossKind::Bce: // max(z,0) − z·y + log1p(e^−|z|)
    return static_cast<double>(
        (z.array().max(T(0)) - z.array() * y.array() + (-z.array().abs()).exp().log1p()).sum());
  case LossKind::Cce: { // Σ_k y_k (logsumexp(z) − z_k)
    thread_local VectorT<T> m, lse; // per-thread scratch: no allocation per batch
    m = z.rowwise().maxCoeff();
    lse = (z.colwise() - m).array().exp().rowwise().sum().log().matrix() + m;
    return static_cast<double>((y.array() * ((-z).colwise() + lse).array()).sum());
  }
  }
  return 0.0;
}

template <class T> T reductionCount(LossKind loss, Eigen::Index rows, Eigen::Index cols) {
  // PyTorch's mean: CrossEntropyLoss averages over samples, the others over every element.
  return static_cast<T>(loss == LossKind::Cce ? rows : rows * cols);
}

} // namespace

template <class T>
T lossValue(LossKind loss, const Eigen::Ref<const MatrixT<T>>& z, const Eigen::Ref<const MatrixT<T>>& a,
            const Eigen::Ref<const MatrixT<T>>& y) {
  if (a.size() == 0) return T(0);
  return static_cast<T>(sumPerElement<T>(loss, z, a, y) /
                        static_cast<double>(reductionCount<T>(loss, a.rows(), a.cols())));
}

template <class T>
T lossGradientOutput(LossKind loss, const Eigen::Ref<const MatrixT<T>>& a, const Eigen::Ref<const MatrixT<T>>& y,
                     MatrixT<T>& da) {
  const T inv = T(1) / reductionCount<T>(loss, a.rows(), a.cols());
  da.resize(a.rows(), a.cols());
  double sum = 0.0;
  switch (loss) {
  case LossKind::Mse:
    da = a - y;
    sum = static_cast<double>(da.squaredNorm());
    da *= T(2) * inv; // ∂/∂a mean(d²) = 2d/n
    break;
  case LossKind::Mae:
    da = a - y;
    sum = static_cast<double>(da.array().abs().sum());
    da = da.array().sign() * inv; // sign(0) = 0, as PyTorch
    break;
  case LossKind::Huber: {
    da = a - y;
    const auto d = da.array();
    sum = static_cast<double>((d.abs() < T(1)).select(T(0.5) * d.square(), d.abs() - T(0.5)).sum());
    da = d.max(T(-1)).min(T(1)) * inv; // d inside [−1, 1], sign(d) outside
    break;
  }
  case LossKind::Bce:
  case LossKind::Cce: return lossGradientLogits<T>(loss, a, a, y, da); // not reached by the network
  }
  return static_cast<T>(sum * static_cast<double>(inv));
}

template <class T>
T lossGradientLogits(LossKind loss, const Eigen::Ref<const MatrixT<T>>& z, const Eigen::Ref<const MatrixT<T>>& a,
                     const Eigen::Ref<const MatrixT<T>>& y, MatrixT<T>& dz) {
  const T inv = T(1) / reductionCount<T>(loss, a.rows(), a.cols());
  const T value = lossValue<T>(loss, z, a, y);
  if (loss == LossKind::Cce) {
    // ∂/∂z_k Σ_j y_j (lse − z_j) = softmax_k · Σ_j y_j − y_k
    thread_local VectorT<T> ysum; // per-thread scratch
    ysum = y.rowwise().sum();
    dz = (a.array().colwise() * ysum.array() - y.array()) * inv;
  } else {
    dz = (a - y) * inv; // bce: σ(z) − y
  }
  return value;
}

#define NEURONA_LOSS_INSTANTIATE(T)                                                                                 \
  template T lossValue<T>(LossKind, const Eigen::Ref<const MatrixT<T>>&, const Eigen::Ref<const MatrixT<T>>&,        \
                          const Eigen::Ref<const MatrixT<T>>&);                                                     \
  template T lossGradientOutput<T>(LossKind, const Eigen::Ref<const MatrixT<T>>&,                                   \
                                   const Eigen::Ref<const MatrixT<T>>&, MatrixT<T>&);                                \
  template T lossGradientLogits<T>(LossKind, const Eigen::Ref<const MatrixT<T>>&, const Eigen::Ref<const MatrixT<T>>&, \
                                   const Eigen::Ref<const MatrixT<T>>&, MatrixT<T>&);
NEURONA_LOSS_INSTANTIATE(float)
NEURONA_LOSS_INSTANTIATE(double)

} // namespace neurona
