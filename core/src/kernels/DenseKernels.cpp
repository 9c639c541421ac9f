// Dense layer kernels: z = x·W + b forward, dW = xᵀ·dz, db = Σ dz and dx = dz·Wᵀ backward.
// Narrow layers (inner dimension ≤ kNarrow) use column kernels that vectorise across the batch: with a
// tiny inner dimension a GEMM spends its time packing, whereas here each output column is a short sum of
// scaled input columns, one SIMD register of samples at a time, so the running sum never leaves a
// register. Wider layers use Eigen's GEMM.
#include "kernels/PacketLoop.h"

namespace neurona::kernels::NEURONA_KERNEL_NS {

namespace {

// Batches of one register of rows up to this many rows take SmallProduct; larger ones (the grid
// evaluator's chunks, full-batch training on big data) Eigen's GEMM, and smaller ones its GEMV.
constexpr Index kSmallRows = 128;

// Where the sums of a column combination go: `out` (the sums; with `mask`, the sums ⊙ [mask > 0], the relu
// of the layer below folded into ∂L/∂x), and/or `relu` (max(sum, 0)). Unset views are not written.
template <class T> struct CombineTarget {
  MatrixView<T> out, relu;
  ConstView<T> mask;
};

// Two output columns j, j1 of  out_j = c_j + Σ_k M_kj · in_k, so each load of an input column feeds two
// sums (Two = false: column j alone, for an odd last column). K, the inner dimension, is a template
// parameter so that the inner loop unrolls and the coefficients stay in registers.
template <class T, int K, bool Two = true> struct CombinePair {
  const T* cols[K];
  T w0[K], w1[K];
  T c0, c1;
  T *o0, *o1, *a0, *a1;
  const T *k0, *k1;

  // U registers of rows per step: each sum is a chain of K dependent multiply-adds, so one register of
  // rows per step would leave the FPU waiting on each chain's latency; U·(Two ? 2 : 1) chains in flight
  // keep it busy. Every element still adds its terms in the order k = 0 … K−1.
  template <class P, int U> Index rows(Index r, Index n, const P* pw0, const P* pw1, P pc0, P pc1) const {
    constexpr Index W = packetSize<P>();
    const P zero = ei::pset1<P>(T(0));
    for (; r + U * W <= n; r += U * W) {
      P s0[U], s1[U];
      for (int u = 0; u < U; ++u) {
        s0[u] = pc0;
        if constexpr (Two) s1[u] = pc1;
      }
      for (int k = 0; k < K; ++k)
        for (int u = 0; u < U; ++u) {
          const P v = ei::ploadu<P>(cols[k] + r + u * W);
          s0[u] = ei::pmadd(pw0[k], v, s0[u]);
          if constexpr (Two) s1[u] = ei::pmadd(pw1[k], v, s1[u]);
        }
      for (int u = 0; u < U; ++u) {
        const Index ru = r + u * W;
        if (k0) {
          s0[u] = ei::pand(ei::pcmp_lt(zero, ei::ploadu<P>(k0 + ru)), s0[u]);
          if constexpr (Two) s1[u] = ei::pand(ei::pcmp_lt(zero, ei::ploadu<P>(k1 + ru)), s1[u]);
        }
        if (o0) {
          ei::pstoreu(o0 + ru, s0[u]);
          if constexpr (Two) ei::pstoreu(o1 + ru, s1[u]);
        }
        if (a0) {
          ei::pstoreu(a0 + ru, ei::pmax(s0[u], zero));
          if constexpr (Two) ei::pstoreu(a1 + ru, ei::pmax(s1[u], zero));
        }
      }
    }
    return r;
  }

  template <class P> Index span(Index r, Index n) const {
    constexpr Index W = packetSize<P>();
    if (n - r < W) return r; // not one whole register left
    P pw0[K], pw1[K];
    for (int k = 0; k < K; ++k) {
      pw0[k] = ei::pset1<P>(w0[k]);
      pw1[k] = ei::pset1<P>(w1[k]);
    }
    const P pc0 = ei::pset1<P>(c0), pc1 = ei::pset1<P>(c1);
    // Four registers of rows while the coefficients leave room for the sums, then one at a time.
    if constexpr (2 * K + 8 <= 30) r = rows<P, 4>(r, n, pw0, pw1, pc0, pc1);
    return rows<P, 1>(r, n, pw0, pw1, pc0, pc1);
  }

  void scalar(Index r) const {
    T s0 = c0, s1 = c1;
    for (int k = 0; k < K; ++k) {
      s0 += w0[k] * cols[k][r];
      if constexpr (Two) s1 += w1[k] * cols[k][r];
    }
    if (k0) {
      s0 = k0[r] > T(0) ? s0 : T(0);
      if constexpr (Two) s1 = k1[r] > T(0) ? s1 : T(0);
    }
    if (o0) {
      o0[r] = s0;
      if constexpr (Two) o1[r] = s1;
    }
    if (a0) {
      a0[r] = s0 > T(0) ? s0 : T(0);
      if constexpr (Two) a1[r] = s1 > T(0) ? s1 : T(0);
    }
  }
};

template <class T> T* column(MatrixView<T> v, Index j) { return v.data ? v.data + j * v.stride : nullptr; }

// The pair (or single column) starting at column j.
template <class T, int K, bool Two>
void combineColumns(const CombinePair<T, K, Two>& shape, Index n, Index j, const T* m, Index mStride,
                    bool transposeM, const T* c, const CombineTarget<T>& to) {
  CombinePair<T, K, Two> pair = shape;
  auto coef = [&](Index k, Index col) { return transposeM ? m[k * mStride + col] : m[col * mStride + k]; };
  const Index j1 = Two ? j + 1 : j;
  for (int k = 0; k < K; ++k) {
    pair.w0[k] = coef(k, j);
    pair.w1[k] = coef(k, j1);
  }
  pair.c0 = c ? c[j] : T(0);
  pair.c1 = c ? c[j1] : T(0);
  pair.o0 = column(to.out, j);
  pair.o1 = column(to.out, j1);
  pair.a0 = column(to.relu, j);
  pair.a1 = column(to.relu, j1);
  pair.k0 = column(to.mask, j);
  pair.k1 = column(to.mask, j1);
  for (Index r = forPackets<T>(0, n, pair); r < n; ++r) pair.scalar(r);
}

// sums = c + in · M (M: K × outCols, read as M_kj = m[j·stride + k], or transposed m[k·stride + j]).
template <class T, int K>
void columnCombineK(ConstView<T> in, const T* m, Index mStride, Index outCols, bool transposeM, const T* c,
                    const CombineTarget<T>& to) {
  CombinePair<T, K, true> two;
  for (int k = 0; k < K; ++k) two.cols[k] = in.data + k * in.stride;
  Index j = 0;
  for (; j + 2 <= outCols; j += 2) combineColumns<T, K, true>(two, in.rows, j, m, mStride, transposeM, c, to);
  if (j < outCols) {
    CombinePair<T, K, false> one;
    for (int k = 0; k < K; ++k) one.cols[k] = two.cols[k];
    combineColumns<T, K, false>(one, in.rows, j, m, mStride, transposeM, c, to);
  }
}

template <class T>
void columnCombine(ConstView<T> in, const T* m, Index mStride, Index outCols, bool transposeM, const T* c,
                   const CombineTarget<T>& to) {
  static_assert(kNarrow == 16);
  switch (in.cols) {
#define NEURONA_COMBINE_CASE(K)                                                                              \
  case K: columnCombineK<T, K>(in, m, mStride, outCols, transposeM, c, to); break;
    // clang-format off
    NEURONA_COMBINE_CASE(1)  NEURONA_COMBINE_CASE(2)  NEURONA_COMBINE_CASE(3)  NEURONA_COMBINE_CASE(4)
    NEURONA_COMBINE_CASE(5)  NEURONA_COMBINE_CASE(6)  NEURONA_COMBINE_CASE(7)  NEURONA_COMBINE_CASE(8)
    NEURONA_COMBINE_CASE(9)  NEURONA_COMBINE_CASE(10) NEURONA_COMBINE_CASE(11) NEURONA_COMBINE_CASE(12)
    NEURONA_COMBINE_CASE(13) NEURONA_COMBINE_CASE(14) NEURONA_COMBINE_CASE(15) NEURONA_COMBINE_CASE(16)
    default: break;
    // clang-format on
#undef NEURONA_COMBINE_CASE
  }
}

// out ⊙= [mask > 0], column by column
template <class T> struct MaskColumn {
  const T* mask;
  T* out;
  template <class P> Index span(Index i, Index n) const {
    constexpr Index W = packetSize<P>();
    if (n - i < W) return i; // not one whole register left
    const P zero = ei::pset1<P>(T(0));
    for (; i + W <= n; i += W)
      ei::pstoreu(out + i, ei::pand(ei::pcmp_lt(zero, ei::ploadu<P>(mask + i)), ei::ploadu<P>(out + i)));
    return i;
  }
};

template <class T> void applyMask(ConstView<T> mask, MatrixView<T> out) {
  for (Index j = 0; j < out.cols; ++j) {
    MaskColumn<T> m{mask.data + j * mask.stride, out.data + j * out.stride};
    for (Index i = forPackets<T>(0, out.rows, m); i < out.rows; ++i)
      if (!(m.mask[i] > T(0))) m.out[i] = T(0);
  }
}

// The NI × NJ dot products of NI x columns with NJ dz columns: each load of x feeds NJ sums and each load
// of dz NI sums, so that a tall batch (a convolution's patches) is not one load per multiply-add. With
// ColumnSums, also the sums of the dz columns (the bias gradient) from the same loads. Every dot product
// adds its terms in the same order whatever NI and NJ are.
template <class T, int NI, int NJ, bool ColumnSums> struct DotTile {
  const T* x[NI];
  const T* d[NJ];
  T sum[NI][NJ], dsum[NJ];

  template <class P> Index span(Index r, Index n) {
    constexpr Index W = packetSize<P>();
    if (n - r < W) return r; // not one whole register left
    P acc[NI][NJ], dacc[NJ];
    for (int q = 0; q < NJ; ++q) {
      dacc[q] = ei::pset1<P>(T(0));
      for (int p = 0; p < NI; ++p) acc[p][q] = ei::pset1<P>(T(0));
    }
    for (; r + W <= n; r += W) {
      P xp[NI];
      for (int p = 0; p < NI; ++p) xp[p] = ei::ploadu<P>(x[p] + r);
      for (int q = 0; q < NJ; ++q) {
        const P dq = ei::ploadu<P>(d[q] + r);
        for (int p = 0; p < NI; ++p) acc[p][q] = ei::pmadd(xp[p], dq, acc[p][q]);
        if constexpr (ColumnSums) dacc[q] = ei::padd(dacc[q], dq);
      }
    }
    for (int q = 0; q < NJ; ++q) {
      for (int p = 0; p < NI; ++p) sum[p][q] += ei::predux(acc[p][q]);
      if constexpr (ColumnSums) dsum[q] += ei::predux(dacc[q]);
    }
    return r;
  }
};

// dW(i, j) = Σ_r x(r, i)·dz(r, j) for the NI columns i0 … and the NJ columns j0 …, and, with the first x
// column, db(j) = Σ_r dz(r, j).
template <class T, int NI, int NJ, bool ColumnSums>
void weightGradTile(ConstView<T> x, ConstView<T> dz, Index i0, Index j0, MatrixView<T> dw, T* db) {
  const Index n = x.rows;
  DotTile<T, NI, NJ, ColumnSums> dot;
  for (int p = 0; p < NI; ++p) dot.x[p] = x.data + (i0 + p) * x.stride;
  for (int q = 0; q < NJ; ++q) {
    dot.d[q] = dz.data + (j0 + q) * dz.stride;
    dot.dsum[q] = T(0);
    for (int p = 0; p < NI; ++p) dot.sum[p][q] = T(0);
  }
  for (Index r = forPackets<T>(0, n, dot); r < n; ++r)
    for (int q = 0; q < NJ; ++q) {
      for (int p = 0; p < NI; ++p) dot.sum[p][q] += dot.x[p][r] * dot.d[q][r];
      if constexpr (ColumnSums) dot.dsum[q] += dot.d[q][r];
    }
  for (int q = 0; q < NJ; ++q) {
    for (int p = 0; p < NI; ++p) dw.data[i0 + p + (j0 + q) * dw.stride] = dot.sum[p][q];
    if constexpr (ColumnSums) db[j0 + q] = dot.dsum[q];
  }
}

// dW(:, j0 … j0+NJ−1) = xᵀ · dz(:, j0 … j0+NJ−1), and db for the same columns: the first x column alone
// (with the bias sums), then tiles of four x columns over tall batches (one column over short ones, where
// the registers would not fill), then the rest one by one.
template <class T, int NJ>
void weightGradBlock(ConstView<T> x, ConstView<T> dz, Index j0, MatrixView<T> dw, T* db) {
  weightGradTile<T, 1, NJ, true>(x, dz, 0, j0, dw, db);
  Index i = 1;
  if (x.rows > kSmallRows)
    for (; i + 4 <= x.cols; i += 4) weightGradTile<T, 4, NJ, false>(x, dz, i, j0, dw, db);
  for (; i < x.cols; ++i) weightGradTile<T, 1, NJ, false>(x, dz, i, j0, dw, db);
}

template <class T> void narrowWeightGrad(ConstView<T> x, ConstView<T> dz, MatrixView<T> dw, T* db) {
  const Index units = dz.cols;
  Index j = 0;
  for (; j + 4 <= units; j += 4) weightGradBlock<T, 4>(x, dz, j, dw, db);
  if (j + 2 <= units) {
    weightGradBlock<T, 2>(x, dz, j, dw, db);
    j += 2;
  }
  if (j < units) weightGradBlock<T, 1>(x, dz, j, dw, db);
}

// C = A·B (+ a value per column of C, the bias) for a small A, without the packing a GEMM does: A (m × k,
// column-major) stays in L1 and each block of C (RB registers of rows × NR columns) is summed in
// registers over k, A's column block loaded once per k for NR broadcasts of B. For the batches of
// training (m ≤ kSmallRows), where packing would cost as much as the product.
//   A(r, kk) = a[r + kk·lda],  B(kk, j) = b[kk·bk + j·bj],  C(r, j) = c[r + j·ldc]
template <class T> struct SmallProduct {
  const T* a;
  Index lda;
  const T* b;
  Index bk, bj;
  const T* init; // C(:, j) starts at init[j]; 0 when null
  T* c;
  Index ldc, m, n, k;
  const T* mask = nullptr; // when set, C(r, j) is zeroed where mask[r + j·ldmask] ≤ 0
  Index ldmask = 0;

  template <class P, int RB, int NR> Index block(Index r, Index j) const {
    constexpr Index W = packetSize<P>();
    for (; r + RB * W <= m; r += RB * W) {
      P acc[RB][NR];
      for (int q = 0; q < NR; ++q) {
        const P start = ei::pset1<P>(init ? init[j + q] : T(0));
        for (int rb = 0; rb < RB; ++rb) acc[rb][q] = start;
      }
      const T* ap = a + r;
      const T* bp = b + j * bj;
      for (Index kk = 0; kk < k; ++kk, ap += lda, bp += bk) {
        P av[RB];
        for (int rb = 0; rb < RB; ++rb) av[rb] = ei::ploadu<P>(ap + rb * W);
        for (int q = 0; q < NR; ++q) {
          const P bv = ei::pset1<P>(bp[q * bj]);
          for (int rb = 0; rb < RB; ++rb) acc[rb][q] = ei::pmadd(av[rb], bv, acc[rb][q]);
        }
      }
      if (mask) {
        const P zero = ei::pset1<P>(T(0));
        for (int q = 0; q < NR; ++q)
          for (int rb = 0; rb < RB; ++rb)
            acc[rb][q] =
                ei::pand(ei::pcmp_lt(zero, ei::ploadu<P>(mask + (j + q) * ldmask + r + rb * W)), acc[rb][q]);
      }
      for (int q = 0; q < NR; ++q)
        for (int rb = 0; rb < RB; ++rb) ei::pstoreu(c + (j + q) * ldc + r + rb * W, acc[rb][q]);
    }
    return r;
  }

  // Columns j … j+NR−1: two registers of rows at a time, then one, then the narrower registers, then
  // scalars.
  template <int NR> void columns(Index j) const {
    using P1 = typename ei::packet_traits<T>::type;
    using P2 = HalfPacket<P1>;
    using P3 = HalfPacket<P2>;
    // Four registers of rows where there are 32 of them (AVX-512: 16 sums, 4 rows and a broadcast in
    // registers, so each broadcast of B feeds four multiply-adds); two with 16.
    Index r = 0;
    if constexpr (sizeof(P1) >= 64) r = block<P1, 4, NR>(r, j);
    r = block<P1, 2, NR>(r, j);
    r = block<P1, 1, NR>(r, j);
    if constexpr (packetSize<P2>() < packetSize<P1>()) {
      r = block<P2, 1, NR>(r, j);
      if constexpr (packetSize<P3>() < packetSize<P2>()) r = block<P3, 1, NR>(r, j);
    }
    for (; r < m; ++r)
      for (int q = 0; q < NR; ++q) {
        T sum = init ? init[j + q] : T(0);
        for (Index kk = 0; kk < k; ++kk) sum += a[r + kk * lda] * b[kk * bk + (j + q) * bj];
        c[(j + q) * ldc + r] = !mask || mask[(j + q) * ldmask + r] > T(0) ? sum : T(0);
      }
  }

  void runBlock() const {
    constexpr int kCols = 4;
    Index j = 0;
    for (; j + kCols <= n; j += kCols) columns<kCols>(j);
    for (; j < n; ++j) columns<1>(j);
  }

  // Over a tall A (a convolution's patches), kSmallRows rows at a time, so that the rows every column
  // block reads stay in L1 rather than streaming A from L2 once per block of C's columns.
  void run() const {
    for (Index r0 = 0; r0 < m; r0 += kSmallRows) {
      SmallProduct rows = *this;
      rows.a += r0;
      rows.c += r0;
      if (mask) rows.mask += r0;
      rows.m = std::min(kSmallRows, m - r0);
      rows.runBlock();
    }
  }
};

template <class T> bool smallProduct(Index rows) {
  return rows >= ei::packet_traits<T>::size && rows <= kSmallRows;
}

} // namespace

template <class T>
void denseForward(ConstView<T> x, ConstView<T> w, const T* b, ActivationKind act, T alpha, MatrixView<T> z,
                  MatrixView<T> a) {
  const Index in = w.rows, units = w.cols;
  const bool relu = a.data && act == ActivationKind::Relu;
  // Relu without z (z.data unset): the sums go straight into a.
  MatrixView<T> sums = z.data ? z : a;
  if (in <= kNarrow) {
    CombineTarget<T> to;
    to.out = z; // unset: relu only
    if (relu) to.relu = a;
    columnCombine<T>(x, w.data, w.stride, units, false, b, to);
    if (relu) return;
  } else if (smallProduct<T>(x.rows) || (units <= kNarrow && x.rows > kSmallRows)) {
    // z = b + x·W: a batch, or a tall x with few units (a convolution), where a GEMM would spend its time
    // packing x
    SmallProduct<T>{x.data, x.stride, w.data, 1, w.stride, b, sums.data, sums.stride, x.rows, units, in}
        .run();
  } else {
    MapM<T> zm = map(sums);
    // z = b (every row), then z += x·W inside the GEMM
    zm = VecC<T>(b, units).transpose().replicate(x.rows, 1);
    zm.noalias() += map(x) * map(w);
  }
  if (a.data && !(act == ActivationKind::Linear && a.data == sums.data))
    activationForward<T>(act, alpha, constView(sums), a);
}

template <class T>
void denseBackward(ConstView<T> x, ConstView<T> w, ConstView<T> dz, MatrixView<T> dw, T* db, MatrixView<T> dx,
                   ConstView<T> mask) {
  const Index in = w.rows, units = w.cols;
  const MapC<T> dzm = map(dz);
  // ∂L/∂W = xᵀ · dz (inputs × units), ∂L/∂b = Σ_samples dz
  if (in <= kNarrow || units <= kNarrow) {
    narrowWeightGrad<T>(x, dz, dw, db);
  } else {
    if (smallProduct<T>(x.rows)) {
      // xᵀ made contiguous once (per-thread scratch), so that its columns are A's
      thread_local Mat<T> xt;
      xt = map(x).transpose();
      SmallProduct<T>{xt.data(), in, dz.data, 1, dz.stride, nullptr, dw.data, dw.stride, in, units, x.rows}
          .run();
    } else {
      map(dw).noalias() = map(x).transpose() * dzm;
    }
    VecM<T>(db, units) = dzm.colwise().sum().transpose();
  }
  if (!dx.data) return;
  // ∂L/∂x = dz · Wᵀ (⊙ [mask > 0]). A narrow layer over a tall batch with many inputs (a convolution's
  // patches: thousands of rows, KH·KW·C inputs) takes the row-blocked product, which keeps each block of dz
  // in L1 where the column kernel would stream every dz column once per pair of inputs, and which packs
  // nothing where a GEMM would.
  if (units <= kNarrow && !(in > kNarrow && dz.rows > kSmallRows)) {
    CombineTarget<T> to;
    to.out = dx;
    to.mask = mask;
    columnCombine<T>(dz, w.data, w.stride, in, true, nullptr, to);
  } else if (smallProduct<T>(dz.rows) || units <= kNarrow) { // B(unit, input) = W(input, unit)
    SmallProduct<T> product{dz.data, dz.stride, w.data,  w.stride, 1,    nullptr,
                            dx.data, dx.stride, dz.rows, in,       units};
    product.mask = mask.data;
    product.ldmask = mask.stride;
    product.run();
  } else {
    map(dx).noalias() = dzm * map(w).transpose();
    if (mask.data) applyMask<T>(mask, dx);
  }
}

template void denseForward<float>(ConstView<float>, ConstView<float>, const float*, ActivationKind, float,
                                  MatrixView<float>, MatrixView<float>);
template void denseForward<double>(ConstView<double>, ConstView<double>, const double*, ActivationKind,
                                   double, MatrixView<double>, MatrixView<double>);
template void denseBackward<float>(ConstView<float>, ConstView<float>, ConstView<float>, MatrixView<float>,
                                   float*, MatrixView<float>, ConstView<float>);
template void denseBackward<double>(ConstView<double>, ConstView<double>, ConstView<double>,
                                    MatrixView<double>, double*, MatrixView<double>, ConstView<double>);

} // namespace neurona::kernels::NEURONA_KERNEL_NS
