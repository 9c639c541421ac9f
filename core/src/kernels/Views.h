#pragma once
// The engine's Eigen matrices as the kernels see them (kernels/KernelTable.h): input() for what a kernel
// reads, output() for what it writes (sized by the caller first). For the engine's classes only: the
// kernels themselves never include this header (their Eigen may be another namespace).
#include "kernels/KernelTable.h"
#include "neurona/core/Types.h"

namespace neurona::kernels {

template <class T> ConstView<T> input(const Eigen::Ref<const MatrixT<T>>& m) {
  return {m.data(), m.rows(), m.cols(), m.outerStride()};
}
template <class T> ConstView<T> input(const MatrixT<T>& m) { return {m.data(), m.rows(), m.cols(), m.rows()}; }
template <class T> MatrixView<T> output(MatrixT<T>& m) { return {m.data(), m.rows(), m.cols(), m.rows()}; }

} // namespace neurona::kernels
