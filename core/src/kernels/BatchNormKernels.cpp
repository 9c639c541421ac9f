// Batch normalisation per feature (PyTorch BatchNorm1d), one column at a time.
//   train:     x̂ = (x − μ_B) / √(σ²_B + ε), y = γ x̂ + β, σ²_B biased;
//              running = (1 − momentum)·running + momentum·batch, with the unbiased batch variance
//   inference: y = x·s + (β − μ·s), s = γ / √(running var + ε)
#include "kernels/KernelImpl.h"

#include <cmath>

namespace neurona::kernels::NEURONA_KERNEL_NS {

template <class T>
void batchNormTrain(ConstView<T> xv, const T* gamma, const T* beta, T eps, T momentum, T* runningMean, T* runningVar,
                    T* invStd, MatrixView<T> xhatv, MatrixView<T> outv) {
  const MapC<T> x = map(xv);
  MapM<T> xhat = map(xhatv), out = map(outv);
  const Index n = x.rows();
  // Running statistics use the unbiased variance, as PyTorch (n = 1 keeps the biased one).
  const T unbias = n > 1 ? static_cast<T>(n) / static_cast<T>(n - 1) : T(1);
  for (Index j = 0; j < x.cols(); ++j) {
    const T mean = x.col(j).mean();
    xhat.col(j) = x.col(j).array() - mean;
    const T var = xhat.col(j).squaredNorm() / static_cast<T>(n);
    invStd[j] = T(1) / std::sqrt(var + eps);
    xhat.col(j) *= invStd[j];
    out.col(j) = (gamma[j] * xhat.col(j).array() + beta[j]).matrix();
    runningMean[j] = (T(1) - momentum) * runningMean[j] + momentum * mean;
    runningVar[j] = (T(1) - momentum) * runningVar[j] + momentum * unbias * var;
  }
}

template <class T>
void batchNormInfer(ConstView<T> xv, const T* gamma, const T* beta, const T* runningMean, const T* runningVar, T eps,
                    MatrixView<T> outv) {
  const MapC<T> x = map(xv);
  MapM<T> out = map(outv);
  for (Index j = 0; j < x.cols(); ++j) {
    const T s = gamma[j] / std::sqrt(runningVar[j] + eps);
    out.col(j) = (x.col(j).array() * s + (beta[j] - runningMean[j] * s)).matrix();
  }
}

template <class T>
void batchNormBackward(ConstView<T> xhatv, ConstView<T> dOutv, const T* gamma, const T* invStd, T* dgamma, T* dbeta,
                       MatrixView<T> dxv) {
  const MapC<T> xhat = map(xhatv), dOut = map(dOutv);
  const T n = static_cast<T>(xhat.rows());
  for (Index j = 0; j < xhat.cols(); ++j) {
    // dβ = Σ dy, dγ = Σ dy·x̂
    dbeta[j] = dOut.col(j).sum();
    dgamma[j] = xhat.col(j).dot(dOut.col(j));
    if (!dxv.data) continue;
    // dx = γ/(n·σ) · (n·dy − Σdy − x̂·Σ(dy·x̂))
    const T factor = gamma[j] * invStd[j] / n;
    map(dxv).col(j) = (factor * ((n * dOut.col(j).array() - dbeta[j]) - xhat.col(j).array() * dgamma[j])).matrix();
  }
}

#define NEURONA_BATCHNORM_KERNELS(T)                                                                                \
  template void batchNormTrain<T>(ConstView<T>, const T*, const T*, T, T, T*, T*, T*, MatrixView<T>, MatrixView<T>); \
  template void batchNormInfer<T>(ConstView<T>, const T*, const T*, const T*, const T*, T, MatrixView<T>);           \
  template void batchNormBackward<T>(ConstView<T>, ConstView<T>, const T*, const T*, T*, T*, MatrixView<T>);
NEURONA_BATCHNORM_KERNELS(float)
NEURONA_BATCHNORM_KERNELS(double)
#undef NEURONA_BATCHNORM_KERNELS

} // namespace neurona::kernels::NEURONA_KERNEL_NS
