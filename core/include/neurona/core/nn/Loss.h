#pragma once
// Mean-reduced losses exactly as PyTorch's defaults, evaluated on the output layer.
//   mse   = mean((a − y)²)                    over samples × outputs
//   mae   = mean(|a − y|)
//   huber = mean(½d² if |d| < 1 else |d| − ½), d = a − y (delta 1)
//   bce   = mean(max(z,0) − z·y + log(1 + e^−|z|)) from the logits z of a sigmoid output: finite at ±1000
//   cce   = mean over samples of −Σ_k y_k (z_k − logsumexp(z)) from the logits of a softmax output
// The backward pass returns ∂L/∂z for the output layer's pre-activation: bce and cce are fused
// (σ(z) − y and softmax(z)·Σy − y, over the reduction count), the others go through act'.
#include "neurona/core/Types.h"
#include "neurona/core/graph/Kinds.h"

namespace neurona {

// True when the loss reads the logits itself (bce needs a sigmoid output, cce a softmax output).
bool lossIsFused(LossKind loss);
// Does this loss fit an output layer with this activation (bce ⇔ sigmoid, cce ⇔ softmax)?
bool lossFitsOutput(LossKind loss, ActivationKind outputActivation);

// The loss value. z: the output layer's pre-activation, a = act(z), y: targets (same shape).
template <class T>
T lossValue(LossKind loss, const Eigen::Ref<const MatrixT<T>>& z, const Eigen::Ref<const MatrixT<T>>& a,
            const Eigen::Ref<const MatrixT<T>>& y);

// ∂L/∂a for the non-fused losses (mse, mae, huber). Returns the loss value as well.
template <class T>
T lossGradientOutput(LossKind loss, const Eigen::Ref<const MatrixT<T>>& a, const Eigen::Ref<const MatrixT<T>>& y,
                     MatrixT<T>& da);

// ∂L/∂z for the fused losses (bce, cce); a is σ(z) or softmax(z). Returns the loss value as well.
template <class T>
T lossGradientLogits(LossKind loss, const Eigen::Ref<const MatrixT<T>>& z, const Eigen::Ref<const MatrixT<T>>& a,
                     const Eigen::Ref<const MatrixT<T>>& y, MatrixT<T>& dz);

#define NEURONA_LOSS_EXTERN(T)                                                                                      \
  extern template T lossValue<T>(LossKind, const Eigen::Ref<const MatrixT<T>>&, const Eigen::Ref<const MatrixT<T>>&, \
                                 const Eigen::Ref<const MatrixT<T>>&);                                              \
  extern template T lossGradientOutput<T>(LossKind, const Eigen::Ref<const MatrixT<T>>&,                            \
                                          const Eigen::Ref<const MatrixT<T>>&, MatrixT<T>&);                         \
  extern template T lossGradientLogits<T>(LossKind, const Eigen::Ref<const MatrixT<T>>&,                            \
                                          const Eigen::Ref<const MatrixT<T>>&, const Eigen::Ref<const MatrixT<T>>&,  \
                                          MatrixT<T>&);
NEURONA_LOSS_EXTERN(float)
NEURONA_LOSS_EXTERN(double)
#undef NEURONA_LOSS_EXTERN

} // namespace neurona
