// Dense layer kernels: z = x·W + b forward, dW = xᵀ·dz, db = Σ dz and dx = dz·Wᵀ backward.
// Narrow layers (inner dimension ≤ kNarrow) use column kernels that vectorise across the batch: with a
// tiny inner dimension a GEMM spends its time packing, whereas here each output column is a short sum of
// scaled input columns, one SIMD register of samples at a time, so the running sum never leaves a
// register. Wider layers use Eigen's GEMM.
#include "kernels/PacketLoop.h"

namespace neurona::kernels::NEURONA_KERNEL_NS {

namespace {

// Two output columns j, j1 of  out_j = c_j + Σ_k M_kj · in_k  (and relu(out_j) into a_j when a0 is set),
// so each load of an input column feeds two sums. K, the inner dimension, is a template parameter so that
// the inner loop unrolls and the coefficients stay in registers.
template <class T, int K> struct CombinePair {
  const T* cols[K];
  T w0[K], w1[K];
  T c0, c1;
  T *o0, *o1, *a0, *a1;

  template <class P> Index span(Index r, Index n) const {
    constexpr Index W = packetSize<P>();
    P pw0[K], pw1[K];
    for (int k = 0; k < K; ++k) {
      pw0[k] = ei::pset1<P>(w0[k]);
      pw1[k] = ei::pset1<P>(w1[k]);
    }
    const P pc0 = ei::pset1<P>(c0), pc1 = ei::pset1<P>(c1), zero = ei::pset1<P>(T(0));
    for (; r + W <= n; r += W) {
      P s0 = pc0, s1 = pc1;
      for (int k = 0; k < K; ++k) {
        const P v = ei::ploadu<P>(cols[k] + r);
        s0 = ei::pmadd(pw0[k], v, s0);
        s1 = ei::pmadd(pw1[k], v, s1);
      }
      // j1 first: an odd last column is computed as both, and out may be a itself (in-place relu)
      ei::pstoreu(o1 + r, s1);
      ei::pstoreu(o0 + r, s0);
      if (a0) {
        ei::pstoreu(a1 + r, ei::pmax(s1, zero));
        ei::pstoreu(a0 + r, ei::pmax(s0, zero));
      }
    }
    return r;
  }
};

// out = c + in · M (M: K × outCols, read as M_kj = m[j·stride + k], or transposed m[k·stride + j]).
template <class T, int K>
void columnCombineK(ConstView<T> in, const T* m, Index mStride, Index outCols, bool transposeM, const T* c,
                    MatrixView<T> out, MatrixView<T> relu) {
  const Index n = in.rows;
  auto coef = [&](Index k, Index j) { return transposeM ? m[k * mStride + j] : m[j * mStride + k]; };
  CombinePair<T, K> pair;
  for (int k = 0; k < K; ++k) pair.cols[k] = in.data + k * in.stride;
  for (Index j = 0; j < outCols; j += 2) {
    const Index j1 = j + 1 < outCols ? j + 1 : outCols - 1;
    for (int k = 0; k < K; ++k) {
      pair.w0[k] = coef(k, j);
      pair.w1[k] = coef(k, j1);
    }
    pair.c0 = c ? c[j] : T(0);
    pair.c1 = c ? c[j1] : T(0);
    pair.o0 = out.data + j * out.stride;
    pair.o1 = out.data + j1 * out.stride;
    pair.a0 = relu.data ? relu.data + j * relu.stride : nullptr;
    pair.a1 = relu.data ? relu.data + j1 * relu.stride : nullptr;
    for (Index r = forPackets<T>(0, n, pair); r < n; ++r) {
      T s0 = pair.c0, s1 = pair.c1;
      for (int k = 0; k < K; ++k) {
        s0 += pair.w0[k] * pair.cols[k][r];
        s1 += pair.w1[k] * pair.cols[k][r];
      }
      pair.o1[r] = s1;
      pair.o0[r] = s0;
      if (pair.a0) {
        pair.a1[r] = s1 > T(0) ? s1 : T(0);
        pair.a0[r] = s0 > T(0) ? s0 : T(0);
      }
    }
  }
}

template <class T>
void columnCombine(ConstView<T> in, const T* m, Index mStride, Index outCols, bool transposeM, const T* c,
                   MatrixView<T> out, MatrixView<T> relu = {}) {
  static_assert(kNarrow == 16);
  switch (in.cols) {
#define NEURONA_COMBINE_CASE(K)                                                                                     \
  case K: columnCombineK<T, K>(in, m, mStride, outCols, transposeM, c, out, relu); break;
    NEURONA_COMBINE_CASE(1) NEURONA_COMBINE_CASE(2) NEURONA_COMBINE_CASE(3) NEURONA_COMBINE_CASE(4)
    NEURONA_COMBINE_CASE(5) NEURONA_COMBINE_CASE(6) NEURONA_COMBINE_CASE(7) NEURONA_COMBINE_CASE(8)
    NEURONA_COMBINE_CASE(9) NEURONA_COMBINE_CASE(10) NEURONA_COMBINE_CASE(11) NEURONA_COMBINE_CASE(12)
    NEURONA_COMBINE_CASE(13) NEURONA_COMBINE_CASE(14) NEURONA_COMBINE_CASE(15) NEURONA_COMBINE_CASE(16)
#undef NEURONA_COMBINE_CASE
  default: break;
  }
}

// NJ dot products of one x column with NJ dz columns, sharing each load of x.
template <class T, int NJ> struct DotColumns {
  const T* xc;
  const T* d[NJ];
  T sum[NJ];

  template <class P> Index span(Index r, Index n) {
    constexpr Index W = packetSize<P>();
    P acc[NJ];
    for (int q = 0; q < NJ; ++q) acc[q] = ei::pset1<P>(T(0));
    for (; r + W <= n; r += W) {
      const P xp = ei::ploadu<P>(xc + r);
      for (int q = 0; q < NJ; ++q) acc[q] = ei::pmadd(xp, ei::ploadu<P>(d[q] + r), acc[q]);
    }
    for (int q = 0; q < NJ; ++q) sum[q] += ei::predux(acc[q]);
    return r;
  }
};

// dW(:, j0 … j0+NJ−1) = xᵀ · dz(:, j0 … j0+NJ−1)
template <class T, int NJ> void weightGradBlock(ConstView<T> x, ConstView<T> dz, Index j0, MatrixView<T> dw) {
  const Index n = x.rows;
  DotColumns<T, NJ> dot;
  for (int q = 0; q < NJ; ++q) dot.d[q] = dz.data + (j0 + q) * dz.stride;
  for (Index i = 0; i < x.cols; ++i) {
    dot.xc = x.data + i * x.stride;
    for (int q = 0; q < NJ; ++q) dot.sum[q] = T(0);
    for (Index r = forPackets<T>(0, n, dot); r < n; ++r)
      for (int q = 0; q < NJ; ++q) dot.sum[q] += dot.xc[r] * dot.d[q][r];
    for (int q = 0; q < NJ; ++q) dw.data[i + (j0 + q) * dw.stride] = dot.sum[q];
  }
}

template <class T> void narrowWeightGrad(ConstView<T> x, ConstView<T> dz, MatrixView<T> dw) {
  const Index units = dz.cols;
  Index j = 0;
  for (; j + 4 <= units; j += 4) weightGradBlock<T, 4>(x, dz, j, dw);
  if (j + 2 <= units) {
    weightGradBlock<T, 2>(x, dz, j, dw);
    j += 2;
  }
  if (j < units) weightGradBlock<T, 1>(x, dz, j, dw);
}

} // namespace

template <class T>
void denseForward(ConstView<T> x, ConstView<T> w, const T* b, ActivationKind act, T alpha, MatrixView<T> z,
                  MatrixView<T> a) {
  const Index in = w.rows, units = w.cols;
  if (in <= kNarrow) {
    const bool fuseRelu = a.data && act == ActivationKind::Relu;
    columnCombine<T>(x, w.data, w.stride, units, false, b, z, fuseRelu ? a : MatrixView<T>{});
    if (fuseRelu) return;
  } else {
    MapM<T> zm = map(z);
    // z = b (every row), then z += x·W inside the GEMM
    zm = VecC<T>(b, units).transpose().replicate(x.rows, 1);
    zm.noalias() += map(x) * map(w);
  }
  if (a.data && !(act == ActivationKind::Linear && a.data == z.data)) activationForward<T>(act, alpha, constView(z), a);
}

template <class T>
void denseBackward(ConstView<T> x, ConstView<T> w, ConstView<T> dz, MatrixView<T> dw, T* db, MatrixView<T> dx) {
  const Index in = w.rows, units = w.cols;
  const MapC<T> dzm = map(dz);
  // ∂L/∂W = xᵀ · dz (inputs × units), ∂L/∂b = Σ_samples dz
  if (in <= kNarrow || units <= kNarrow)
    narrowWeightGrad<T>(x, dz, dw);
  else
    map(dw).noalias() = map(x).transpose() * dzm;
  VecM<T>(db, units) = dzm.colwise().sum().transpose();
  if (!dx.data) return;
  // ∂L/∂x = dz · Wᵀ
  if (units <= kNarrow)
    columnCombine<T>(dz, w.data, w.stride, in, true, nullptr, dx);
  else
    map(dx).noalias() = dzm * map(w).transpose();
}

template void denseForward<float>(ConstView<float>, ConstView<float>, const float*, ActivationKind, float,
                                  MatrixView<float>, MatrixView<float>);
template void denseForward<double>(ConstView<double>, ConstView<double>, const double*, ActivationKind, double,
                                   MatrixView<double>, MatrixView<double>);
template void denseBackward<float>(ConstView<float>, ConstView<float>, ConstView<float>, MatrixView<float>, float*,
                                   MatrixView<float>);
template void denseBackward<double>(ConstView<double>, ConstView<double>, ConstView<double>, MatrixView<double>,
                                    double*, MatrixView<double>);

} // namespace neurona::kernels::NEURONA_KERNEL_NS
