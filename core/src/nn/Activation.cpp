#include "neurona/core/nn/Activation.h"

#include "kernels/Views.h"

namespace neurona {

template <class T>
void activationForward(ActivationKind kind, T alpha, const Eigen::Ref<const MatrixT<T>>& z, MatrixT<T>& a) {
  a.resize(z.rows(), z.cols());
  kernels::table<T>().activationForward(kind, alpha, kernels::input<T>(z), kernels::output(a));
}

template <class T>
void activationBackward(ActivationKind kind, T alpha, const Eigen::Ref<const MatrixT<T>>& z,
                        const Eigen::Ref<const MatrixT<T>>& a, const Eigen::Ref<const MatrixT<T>>& da,
                        MatrixT<T>& dz) {
  dz.resize(z.rows(), z.cols());
  kernels::table<T>().activationBackward(kind, alpha, kernels::input<T>(z), kernels::input<T>(a),
                                         kernels::input<T>(da), kernels::output(dz));
}

template void activationForward<float>(ActivationKind, float, const Eigen::Ref<const MatrixF>&, MatrixF&);
template void activationForward<double>(ActivationKind, double, const Eigen::Ref<const MatrixD>&, MatrixD&);
template void activationBackward<float>(ActivationKind, float, const Eigen::Ref<const MatrixF>&,
                                        const Eigen::Ref<const MatrixF>&, const Eigen::Ref<const MatrixF>&, MatrixF&);
template void activationBackward<double>(ActivationKind, double, const Eigen::Ref<const MatrixD>&,
                                         const Eigen::Ref<const MatrixD>&, const Eigen::Ref<const MatrixD>&,
                                         MatrixD&);

} // namespace neurona
