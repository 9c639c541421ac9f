#pragma once
// Element-wise activations, out = act(z), and their backward pass dz = act'(z) ⊙ da.
// softmax is row-wise (each sample's units sum to 1); its backward is the Jacobian-vector product
//   dz = a ⊙ (da − rowsum(da ⊙ a)).
#include "neurona/core/Types.h"
#include "neurona/core/graph/Kinds.h"

namespace neurona {

// SELU's fixed constants (Klambauer et al. 2017, as PyTorch).
inline constexpr double kSeluScale = 1.0507009873554804934193349852946;
inline constexpr double kSeluAlpha = 1.6732632423543772848170429916717;

// a = act(z). `alpha` is the leaky_relu slope or the elu alpha (ignored by the others).
// a may be the matrix z refers to (in place).
template <class T>
void activationForward(ActivationKind kind, T alpha, const Eigen::Ref<const MatrixT<T>>& z, MatrixT<T>& a);

// dz = ∂L/∂z given da = ∂L/∂a, the pre-activation z and the activation a = act(z).
template <class T>
void activationBackward(ActivationKind kind, T alpha, const Eigen::Ref<const MatrixT<T>>& z,
                        const Eigen::Ref<const MatrixT<T>>& a, const Eigen::Ref<const MatrixT<T>>& da,
                        MatrixT<T>& dz);

extern template void activationForward<float>(ActivationKind, float, const Eigen::Ref<const MatrixF>&, MatrixF&);
extern template void activationForward<double>(ActivationKind, double, const Eigen::Ref<const MatrixD>&, MatrixD&);
extern template void activationBackward<float>(ActivationKind, float, const Eigen::Ref<const MatrixF>&,
                                               const Eigen::Ref<const MatrixF>&, const Eigen::Ref<const MatrixF>&,
                                               MatrixF&);
extern template void activationBackward<double>(ActivationKind, double, const Eigen::Ref<const MatrixD>&,
                                                const Eigen::Ref<const MatrixD>&, const Eigen::Ref<const MatrixD>&,
                                                MatrixD&);

} // namespace neurona
