#pragma once
// Basic numeric types shared by the whole engine.
//
// Layout: a batch is a column-major matrix of samples x features, so each feature (or unit) is one
// contiguous column across the batch. Narrow layers then vectorise across samples, and a layer is
// out = act(X · W + b) with W shaped inputs x units, the same orientation the files store.
#include <Eigen/Core>
#include <cstdint>
#include <random>

namespace neurona {

// The one random engine of the project. Every stochastic function takes it by reference, so a run is
// reproducible from its seed (bit for bit on the same build).
using Rng = std::mt19937_64;

template <class T> using MatrixT = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic>;
template <class T> using VectorT = Eigen::Matrix<T, Eigen::Dynamic, 1>;
template <class T> using RowVectorT = Eigen::Matrix<T, 1, Eigen::Dynamic>;

using MatrixD = MatrixT<double>;
using VectorD = VectorT<double>;
using MatrixF = MatrixT<float>;
using VectorF = VectorT<float>;

// Stable identity of a layer in a network description. IDs, not pointers or indices, let the canvas,
// diagnostics and undo commands keep referring to a layer while others are added, moved or removed.
using LayerId = std::uint32_t;
inline constexpr LayerId kNoLayer = 0;

// Exact equality of two Eigen objects, false (not an assertion) when their shapes differ.
template <class A, class B> bool sameValues(const Eigen::DenseBase<A>& a, const Eigen::DenseBase<B>& b) {
  return a.rows() == b.rows() && a.cols() == b.cols() && (a.derived().array() == b.derived().array()).all();
}

} // namespace neurona
