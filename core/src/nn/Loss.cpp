#include "neurona/core/nn/Loss.h"

#include "kernels/Views.h"

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

template <class T> T reductionCount(LossKind loss, Eigen::Index rows, Eigen::Index cols) {
  // PyTorch's mean: CrossEntropyLoss averages over samples, the others over every element.
  return static_cast<T>(loss == LossKind::Cce ? rows : rows * cols);
}

} // namespace

template <class T>
T lossValue(LossKind loss, const Eigen::Ref<const MatrixT<T>>& z, const Eigen::Ref<const MatrixT<T>>& a,
            const Eigen::Ref<const MatrixT<T>>& y) {
  if (a.size() == 0) return T(0);
  const double sum =
      kernels::table<T>().lossSum(loss, kernels::input<T>(z), kernels::input<T>(a), kernels::input<T>(y));
  return static_cast<T>(sum / static_cast<double>(reductionCount<T>(loss, a.rows(), a.cols())));
}

template <class T>
T lossGradientOutput(LossKind loss, const Eigen::Ref<const MatrixT<T>>& a, const Eigen::Ref<const MatrixT<T>>& y,
                     MatrixT<T>& da) {
  if (lossIsFused(loss)) return lossGradientLogits<T>(loss, a, a, y, da); // not reached by the network
  const T inv = T(1) / reductionCount<T>(loss, a.rows(), a.cols());
  da.resize(a.rows(), a.cols());
  const double sum =
      kernels::table<T>().lossGradientOutput(loss, kernels::input<T>(a), kernels::input<T>(y), inv, kernels::output(da));
  return static_cast<T>(sum * static_cast<double>(inv));
}

template <class T>
T lossGradientLogits(LossKind loss, const Eigen::Ref<const MatrixT<T>>& z, const Eigen::Ref<const MatrixT<T>>& a,
                     const Eigen::Ref<const MatrixT<T>>& y, MatrixT<T>& dz) {
  const T inv = T(1) / reductionCount<T>(loss, a.rows(), a.cols());
  const T value = lossValue<T>(loss, z, a, y);
  dz.resize(a.rows(), a.cols());
  kernels::table<T>().lossGradientLogits(loss, kernels::input<T>(a), kernels::input<T>(y), inv, kernels::output(dz));
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
