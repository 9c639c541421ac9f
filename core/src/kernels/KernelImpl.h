#pragma once
// Inside one copy of the kernels: Eigen views of the caller's memory and the kernels' declarations.
// Only the files of this folder include it; they are compiled once per kernel set with NEURONA_KERNEL_NS
// naming the copy's namespace (and, for the wider sets, Eigen renamed; see core/CMakeLists.txt).
// Nothing here may use the standard library beyond what inlines to plain arithmetic (<cmath>, std::min):
// an out-of-line copy of a shared template compiled for AVX-512 could be picked by the linker for every
// caller. tests/tools/CheckKernelSymbols.cmake checks the objects for that.
#include "kernels/KernelTable.h"

#include <Eigen/Core>

#ifndef NEURONA_KERNEL_NS
#error "NEURONA_KERNEL_NS names the kernel set this file is compiled for"
#endif

namespace neurona::kernels::NEURONA_KERNEL_NS {

template <class T> using Mat = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>;
template <class T> using Vec = Eigen::Matrix<T, Eigen::Dynamic, 1>;
template <class T> using MapC = Eigen::Map<const Mat<T>, Eigen::Unaligned, Eigen::OuterStride<>>;
template <class T> using MapM = Eigen::Map<Mat<T>, Eigen::Unaligned, Eigen::OuterStride<>>;
template <class T> using VecC = Eigen::Map<const Vec<T>>;
template <class T> using VecM = Eigen::Map<Vec<T>>;

template <class T> MapC<T> map(ConstView<T> v) {
  return MapC<T>(v.data, v.rows, v.cols, Eigen::OuterStride<>(v.stride));
}
template <class T> MapM<T> map(MatrixView<T> v) {
  return MapM<T>(v.data, v.rows, v.cols, Eigen::OuterStride<>(v.stride));
}
template <class T> ConstView<T> constView(MatrixView<T> v) { return {v.data, v.rows, v.cols, v.stride}; }

// The kernels of KernelTable, for T = float and double.
template <class T>
void denseForward(ConstView<T> x, ConstView<T> w, const T* b, ActivationKind act, T alpha, MatrixView<T> z,
                  MatrixView<T> a);
template <class T>
void denseBackward(ConstView<T> x, ConstView<T> w, ConstView<T> dz, MatrixView<T> dw, T* db, MatrixView<T> dx,
                   ConstView<T> mask);
template <class T> void activationForward(ActivationKind act, T alpha, ConstView<T> z, MatrixView<T> a);
template <class T>
void activationBackward(ActivationKind act, T alpha, ConstView<T> z, ConstView<T> a, ConstView<T> da,
                        MatrixView<T> dz);
template <class T> double lossSum(LossKind loss, ConstView<T> z, ConstView<T> a, ConstView<T> y);
template <class T>
double lossGradientOutput(LossKind loss, ConstView<T> a, ConstView<T> y, T scale, MatrixView<T> da);
template <class T>
void lossGradientLogits(LossKind loss, ConstView<T> a, ConstView<T> y, T scale, MatrixView<T> dz);
template <class T>
void batchNormTrain(ConstView<T> x, const T* gamma, const T* beta, T eps, T momentum, T* runningMean,
                    T* runningVar, T* invStd, MatrixView<T> xhat, MatrixView<T> out);
template <class T>
void batchNormInfer(ConstView<T> x, const T* gamma, const T* beta, const T* runningMean, const T* runningVar,
                    T eps, MatrixView<T> out);
template <class T>
void batchNormBackward(ConstView<T> xhat, ConstView<T> dOut, const T* gamma, const T* invStd, T* dgamma,
                       T* dbeta, MatrixView<T> dx);
template <class T>
bool optimizerUpdate(const OptimizerStep<T>& step, T* p, const T* g, T* const* state, Index n, T* previous);
template <class T> Index countCorrect(ConstView<T> out, ConstView<T> y);
template <class T>
void maxPoolWindow(const T* const* cells, const T* indices, int count, Index n, T* out, T* from);
template <class T>
void maxPoolRoute(const T* dOut, const T* from, T* const* cells, const T* indices, int count, Index n,
                  bool accumulate);

// This copy's tables (KernelTable.cpp), named after what the compiler targets.
extern const KernelTables kTables;

} // namespace neurona::kernels::NEURONA_KERNEL_NS
