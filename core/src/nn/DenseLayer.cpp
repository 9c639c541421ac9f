#include "neurona/core/nn/DenseLayer.h"

#include "neurona/core/nn/Activation.h"
#include "neurona/core/nn/Initializer.h"

#include <algorithm>
#include <type_traits>

// A portable build (no -march) still uses AVX2/FMA for the narrow float kernels when the CPU has them,
// chosen at run time. With NEURONA_NATIVE (or any -mavx2 -mfma) Eigen's own packets are already that wide.
#if defined(__GNUC__) && defined(__x86_64__) && !(defined(__AVX2__) && defined(__FMA__))
#define NEURONA_AVX2_DISPATCH 1
#include <immintrin.h>
#else
#define NEURONA_AVX2_DISPATCH 0
#endif

namespace neurona {
namespace {

using Eigen::Index;

namespace ei = Eigen::internal;

#if NEURONA_AVX2_DISPATCH
bool cpuHasAvx2Fma() {
  static const bool has = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
  return has;
}

// The AVX2/FMA twins of columnCombineK and weightGradBlock below (float only; same arithmetic order,
// fused multiply-adds).
template <int K>
__attribute__((target("avx2,fma"))) void columnCombineAvx2(const Eigen::Ref<const MatrixF>& in, const float* m,
                                                           Index mStride, Index outCols, bool transposeM,
                                                           const float* c, MatrixF& out, MatrixF* relu) {
  const Index n = in.rows();
  auto coef = [&](Index kk, Index j) { return transposeM ? m[kk * mStride + j] : m[j * mStride + kk]; };
  const float* cols[K];
  for (Index kk = 0; kk < K; ++kk) cols[kk] = in.col(kk).data();
  const __m256 zero = _mm256_setzero_ps();
  for (Index j = 0; j < outCols; j += 2) {
    const Index j1 = std::min(j + 1, outCols - 1);
    __m256 w0[K], w1[K];
    for (Index kk = 0; kk < K; ++kk) {
      w0[kk] = _mm256_set1_ps(coef(kk, j));
      w1[kk] = _mm256_set1_ps(coef(kk, j1));
    }
    const float c0s = c ? c[j] : 0.0f, c1s = c ? c[j1] : 0.0f;
    const __m256 c0 = _mm256_set1_ps(c0s), c1 = _mm256_set1_ps(c1s);
    float* o0 = out.col(j).data();
    float* o1 = out.col(j1).data();
    float* a0 = relu ? relu->col(j).data() : nullptr;
    float* a1 = relu ? relu->col(j1).data() : nullptr;
    Index r = 0;
    for (; r + 8 <= n; r += 8) {
      __m256 s0 = c0, s1 = c1;
      for (Index kk = 0; kk < K; ++kk) {
        const __m256 v = _mm256_loadu_ps(cols[kk] + r);
        s0 = _mm256_fmadd_ps(w0[kk], v, s0);
        s1 = _mm256_fmadd_ps(w1[kk], v, s1);
      }
      _mm256_storeu_ps(o1 + r, s1);
      _mm256_storeu_ps(o0 + r, s0);
      if (a0) {
        _mm256_storeu_ps(a1 + r, _mm256_max_ps(s1, zero));
        _mm256_storeu_ps(a0 + r, _mm256_max_ps(s0, zero));
      }
    }
    for (; r < n; ++r) {
      float s0 = c0s, s1 = c1s;
      for (Index kk = 0; kk < K; ++kk) {
        s0 += coef(kk, j) * cols[kk][r];
        s1 += coef(kk, j1) * cols[kk][r];
      }
      o1[r] = s1;
      o0[r] = s0;
      if (a0) {
        a1[r] = std::max(s1, 0.0f);
        a0[r] = std::max(s0, 0.0f);
      }
    }
  }
}

template <int NJ>
__attribute__((target("avx2,fma"))) void weightGradAvx2(const Eigen::Ref<const MatrixF>& x,
                                                        const Eigen::Ref<const MatrixF>& dz, Index j0, MatrixF& dw) {
  const Index n = x.rows();
  const float* d[NJ];
  for (int q = 0; q < NJ; ++q) d[q] = dz.col(j0 + q).data();
  for (Index i = 0; i < x.cols(); ++i) {
    const float* xc = x.col(i).data();
    __m256 acc[NJ];
    for (int q = 0; q < NJ; ++q) acc[q] = _mm256_setzero_ps();
    Index r = 0;
    for (; r + 8 <= n; r += 8) {
      const __m256 xp = _mm256_loadu_ps(xc + r);
      for (int q = 0; q < NJ; ++q) acc[q] = _mm256_fmadd_ps(xp, _mm256_loadu_ps(d[q] + r), acc[q]);
    }
    for (int q = 0; q < NJ; ++q) {
      __m128 h = _mm_add_ps(_mm256_castps256_ps128(acc[q]), _mm256_extractf128_ps(acc[q], 1));
      h = _mm_add_ps(h, _mm_movehl_ps(h, h));
      h = _mm_add_ss(h, _mm_shuffle_ps(h, h, 1));
      float sum = _mm_cvtss_f32(h);
      for (Index rr = r; rr < n; ++rr) sum += xc[rr] * d[q][rr];
      dw(i, j0 + q) = sum;
    }
  }
}
#endif

// Narrow-layer kernels. With a tiny inner dimension a GEMM spends its time packing; instead each output
// column is a short sum of scaled input columns, computed one SIMD register of samples at a time so the
// running sum never leaves a register:  out_j = c_j + Σ_k M_kj · in_k   (M: k × j).
// When `relu` is given, relu(out) is written there in the same pass (the common hidden layer).
// K, the inner dimension, is a template parameter so that the inner loop unrolls and the coefficients
// stay in registers.
template <class T, int K>
void columnCombineK(const Eigen::Ref<const MatrixT<T>>& in, const T* m, Eigen::Index mStride, Eigen::Index outCols,
                    bool transposeM, const T* c, MatrixT<T>& out, MatrixT<T>* relu) {
  using P = typename ei::packet_traits<T>::type;
  constexpr Eigen::Index W = ei::packet_traits<T>::size;
  const Eigen::Index n = in.rows();
  constexpr Eigen::Index k = K;
  // coefficient (kk, j) of M, stored inputs × units (forward) or read transposed (∂L/∂x = dz · Wᵀ)
  auto coef = [&](Eigen::Index kk, Eigen::Index j) { return transposeM ? m[kk * mStride + j] : m[j * mStride + kk]; };
  const T* cols[K];
  for (Eigen::Index kk = 0; kk < k; ++kk) cols[kk] = in.col(kk).data();
  const P zero = ei::pset1<P>(T(0));
  // Two output columns per pass, so each load of an input column feeds two sums.
  for (Eigen::Index j = 0; j < outCols; j += 2) {
    const Eigen::Index j1 = std::min(j + 1, outCols - 1); // an odd last column is computed twice
    P w0[K], w1[K];
    for (Eigen::Index kk = 0; kk < k; ++kk) {
      w0[kk] = ei::pset1<P>(coef(kk, j));
      w1[kk] = ei::pset1<P>(coef(kk, j1));
    }
    const T c0s = c ? c[j] : T(0), c1s = c ? c[j1] : T(0);
    const P c0 = ei::pset1<P>(c0s), c1 = ei::pset1<P>(c1s);
    T* o0 = out.col(j).data();
    T* o1 = out.col(j1).data();
    T* a0 = relu ? relu->col(j).data() : nullptr;
    T* a1 = relu ? relu->col(j1).data() : nullptr;
    Eigen::Index r = 0;
    for (; r + W <= n; r += W) {
      P s0 = c0, s1 = c1;
      for (Eigen::Index kk = 0; kk < k; ++kk) {
        const P v = ei::ploadu<P>(cols[kk] + r);
        s0 = ei::pmadd(w0[kk], v, s0);
        s1 = ei::pmadd(w1[kk], v, s1);
      }
      ei::pstoreu(o1 + r, s1);
      ei::pstoreu(o0 + r, s0);
      if (a0) {
        ei::pstoreu(a1 + r, ei::pmax(s1, zero));
        ei::pstoreu(a0 + r, ei::pmax(s0, zero));
      }
    }
    for (; r < n; ++r) {
      T s0 = c0s, s1 = c1s;
      for (Eigen::Index kk = 0; kk < k; ++kk) {
        s0 += coef(kk, j) * cols[kk][r];
        s1 += coef(kk, j1) * cols[kk][r];
      }
      o1[r] = s1;
      o0[r] = s0;
      if (a0) {
        a1[r] = std::max(s1, T(0));
        a0[r] = std::max(s0, T(0));
      }
    }
  }
}

template <class T>
void columnCombine(const Eigen::Ref<const MatrixT<T>>& in, const T* m, Eigen::Index mStride, Eigen::Index outCols,
                   bool transposeM, const T* c, MatrixT<T>& out, MatrixT<T>* relu = nullptr) {
  static_assert(BasicDenseLayer<T>::kNarrow == 16);
#if NEURONA_AVX2_DISPATCH
  if constexpr (std::is_same_v<T, float>) {
    if (cpuHasAvx2Fma()) {
      switch (in.cols()) {
#define NEURONA_COMBINE_CASE(K)                                                                                     \
  case K: columnCombineAvx2<K>(in, m, mStride, outCols, transposeM, c, out, relu); return;
        NEURONA_COMBINE_CASE(1) NEURONA_COMBINE_CASE(2) NEURONA_COMBINE_CASE(3) NEURONA_COMBINE_CASE(4)
        NEURONA_COMBINE_CASE(5) NEURONA_COMBINE_CASE(6) NEURONA_COMBINE_CASE(7) NEURONA_COMBINE_CASE(8)
        NEURONA_COMBINE_CASE(9) NEURONA_COMBINE_CASE(10) NEURONA_COMBINE_CASE(11) NEURONA_COMBINE_CASE(12)
        NEURONA_COMBINE_CASE(13) NEURONA_COMBINE_CASE(14) NEURONA_COMBINE_CASE(15) NEURONA_COMBINE_CASE(16)
#undef NEURONA_COMBINE_CASE
      default: return;
      }
    }
  }
#endif
  switch (in.cols()) {
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

// ∂L/∂W = xᵀ · dz for narrow shapes: NJ dot products share each load of an x column.
template <class T, int NJ>
void weightGradBlock(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& dz, Eigen::Index j0,
                     MatrixT<T>& dw) {
  using P = typename ei::packet_traits<T>::type;
  constexpr Eigen::Index W = ei::packet_traits<T>::size;
  const Eigen::Index n = x.rows();
  const T* d[NJ];
  for (int q = 0; q < NJ; ++q) d[q] = dz.col(j0 + q).data();
  for (Eigen::Index i = 0; i < x.cols(); ++i) {
    const T* xc = x.col(i).data();
    P acc[NJ];
    for (int q = 0; q < NJ; ++q) acc[q] = ei::pset1<P>(T(0));
    Eigen::Index r = 0;
    for (; r + W <= n; r += W) {
      const P xp = ei::ploadu<P>(xc + r);
      for (int q = 0; q < NJ; ++q) acc[q] = ei::pmadd(xp, ei::ploadu<P>(d[q] + r), acc[q]);
    }
    for (int q = 0; q < NJ; ++q) {
      T sum = ei::predux(acc[q]);
      for (Eigen::Index rr = r; rr < n; ++rr) sum += xc[rr] * d[q][rr];
      dw(i, j0 + q) = sum;
    }
  }
}

template <class T>
void narrowWeightGrad(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& dz, MatrixT<T>& dw) {
  const Eigen::Index units = dz.cols();
  Eigen::Index j = 0;
#if NEURONA_AVX2_DISPATCH
  if constexpr (std::is_same_v<T, float>) {
    if (cpuHasAvx2Fma()) {
      for (; j + 4 <= units; j += 4) weightGradAvx2<4>(x, dz, j, dw);
      if (j + 2 <= units) {
        weightGradAvx2<2>(x, dz, j, dw);
        j += 2;
      }
      if (j < units) weightGradAvx2<1>(x, dz, j, dw);
      return;
    }
  }
#endif
  for (; j + 4 <= units; j += 4) weightGradBlock<T, 4>(x, dz, j, dw);
  if (j + 2 <= units) {
    weightGradBlock<T, 2>(x, dz, j, dw);
    j += 2;
  }
  if (j < units) weightGradBlock<T, 1>(x, dz, j, dw);
}

// z = x · W + b
template <class T>
void linearForward(const Eigen::Ref<const MatrixT<T>>& x, const MatrixT<T>& w, const VectorT<T>& b, MatrixT<T>& z) {
  const Index in = w.rows(), units = w.cols();
  z.resize(x.rows(), units);
  if (in <= BasicDenseLayer<T>::kNarrow) {
    columnCombine<T>(x, w.data(), w.rows(), units, false, b.data(), z);
  } else {
    z.noalias() = x * w;
    z.rowwise() += b.transpose();
  }
}

} // namespace

template <class T>
BasicDenseLayer<T>::BasicDenseLayer(const LayerSpec& spec, int inputs, Rng& rng)
    : BasicLayer<T>(spec.id, inputs), m_units(spec.units), m_activation(spec.activation),
      m_alpha(static_cast<T>(spec.activationAlpha())), m_l1(spec.l1), m_l2(spec.l2) {
  MatrixD w(inputs, m_units);
  initialize(spec.weightInit, inputs, m_units, w, rng);
  MatrixD b(m_units, 1);
  initialize(spec.biasInit, inputs, m_units, b, rng);
  m_w = w.cast<T>();
  m_b = b.col(0).cast<T>();
  m_dw.setZero(inputs, m_units);
  m_db.setZero(m_units);
}

template <class T> void BasicDenseLayer<T>::linear(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& z) const {
  linearForward<T>(x, m_w, m_b, z);
}

template <class T> void BasicDenseLayer<T>::forward(const Eigen::Ref<const MatrixT<T>>& x, Mode, Rng&) {
  if (m_activation == ActivationKind::Relu && m_w.rows() <= kNarrow) {
    m_z.resize(x.rows(), m_units);
    m_a.resize(x.rows(), m_units);
    columnCombine<T>(x, m_w.data(), m_w.rows(), m_units, false, m_b.data(), m_z, &m_a);
    return;
  }
  linearForward<T>(x, m_w, m_b, m_z);
  activationForward<T>(m_activation, m_alpha, m_z, m_a);
}

template <class T> void BasicDenseLayer<T>::infer(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const {
  linearForward<T>(x, m_w, m_b, out);
  if (m_activation != ActivationKind::Linear) activationForward<T>(m_activation, m_alpha, out, out);
}

template <class T>
void BasicDenseLayer<T>::backward(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& dOut,
                                  MatrixT<T>* dx) {
  activationBackward<T>(m_activation, m_alpha, m_z, m_a, dOut, m_dz);
  backwardFromLogits(x, m_dz, dx);
}

template <class T>
void BasicDenseLayer<T>::backwardFromLogits(const Eigen::Ref<const MatrixT<T>>& x,
                                            const Eigen::Ref<const MatrixT<T>>& dz, MatrixT<T>* dx) {
  const Index in = m_w.rows(), units = m_w.cols();
  // ∂L/∂W = xᵀ · dz (inputs × units), ∂L/∂b = Σ_samples dz
  if (in <= kNarrow || units <= kNarrow)
    narrowWeightGrad<T>(x, dz, m_dw);
  else
    m_dw.noalias() = x.transpose() * dz;
  m_db = dz.colwise().sum().transpose();
  if (!dx) return;
  // ∂L/∂x = dz · Wᵀ
  dx->resize(x.rows(), in);
  if (units <= kNarrow)
    columnCombine<T>(dz, m_w.data(), m_w.rows(), in, true, nullptr, *dx);
  else
    dx->noalias() = dz * m_w.transpose();
}

template <class T> void BasicDenseLayer<T>::appendSlots(std::vector<ParamSlot<T>>& paramSlots) {
  paramSlots.push_back({m_w.data(), m_dw.data(), m_w.size(), true, this->m_id, m_l1, m_l2});
  paramSlots.push_back({m_b.data(), m_db.data(), m_b.size(), false, this->m_id, 0.0, 0.0});
}

template <class T> LayerParams BasicDenseLayer<T>::params() const {
  LayerParams p;
  p.id = this->m_id;
  p.weights = m_w.template cast<double>();
  p.bias = m_b.template cast<double>();
  return p;
}

template <class T> bool BasicDenseLayer<T>::setParams(const LayerParams& p) {
  if (p.id != this->m_id || p.weights.rows() != m_w.rows() || p.weights.cols() != m_w.cols() ||
      p.bias.size() != m_b.size())
    return false;
  m_w = p.weights.cast<T>();
  m_b = p.bias.cast<T>();
  return true;
}

template class BasicDenseLayer<float>;
template class BasicDenseLayer<double>;

} // namespace neurona
