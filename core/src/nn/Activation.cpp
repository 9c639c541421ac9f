#include "neurona/core/nn/Activation.h"

#include <unsupported/Eigen/SpecialFunctions>

#include <cmath>
#include <type_traits>

#if defined(__GNUC__) && defined(__x86_64__) && !defined(__AVX2__)
#define NEURONA_AVX2_DISPATCH 1
#include <immintrin.h>
#else
#define NEURONA_AVX2_DISPATCH 0
#endif

namespace neurona {
namespace {

template <class T> void softmaxRows(const Eigen::Ref<const MatrixT<T>>& z, MatrixT<T>& a) {
  // a = exp(z − max_row) / Σ exp(z − max_row): the shift keeps exp finite at any logit.
  // Per-thread scratch: no allocation per batch once the batch size is known.
  thread_local VectorT<T> m;
  m = z.rowwise().maxCoeff();
  a = (z.colwise() - m).array().exp().matrix();
  m = a.rowwise().sum().cwiseInverse();
  a = m.asDiagonal() * a;
}

#if NEURONA_AVX2_DISPATCH
bool cpuHasAvx2() {
  static const bool has = __builtin_cpu_supports("avx2");
  return has;
}

// The AVX2 twin of rectify() below, chosen at run time by a portable build.
__attribute__((target("avx2"))) void rectifyAvx2(float slope, const Eigen::Ref<const MatrixF>& z,
                                                 const Eigen::Ref<const MatrixF>& v, MatrixF& out) {
  const __m256 zero = _mm256_setzero_ps(), s = _mm256_set1_ps(slope);
  const Eigen::Index n = z.rows();
  for (Eigen::Index j = 0; j < z.cols(); ++j) {
    const float* zc = z.col(j).data();
    const float* vc = v.col(j).data();
    float* oc = out.col(j).data();
    Eigen::Index i = 0;
    for (; i + 8 <= n; i += 8) {
      const __m256 vp = _mm256_loadu_ps(vc + i);
      const __m256 positive = _mm256_cmp_ps(_mm256_loadu_ps(zc + i), zero, _CMP_GT_OQ);
      _mm256_storeu_ps(oc + i, _mm256_blendv_ps(_mm256_mul_ps(s, vp), vp, positive));
    }
    for (; i < n; ++i) oc[i] = zc[i] > 0.0f ? vc[i] : slope * vc[i];
  }
}
#endif

// out = (z > 0 ? v : slope·v), column by column with Eigen's packet primitives: a compare-and-blend per
// SIMD register (Eigen 3.4's select() and GCC's if-conversion both leave this loop scalar).
template <class T>
void rectify(T slope, const Eigen::Ref<const MatrixT<T>>& z, const Eigen::Ref<const MatrixT<T>>& v, MatrixT<T>& out) {
#if NEURONA_AVX2_DISPATCH
  if constexpr (std::is_same_v<T, float>) {
    if (cpuHasAvx2()) {
      rectifyAvx2(slope, z, v, out);
      return;
    }
  }
#endif
  namespace ei = Eigen::internal;
  using P = typename ei::packet_traits<T>::type;
  constexpr Eigen::Index W = ei::packet_traits<T>::size;
  const P zero = ei::pset1<P>(T(0)), s = ei::pset1<P>(slope);
  const Eigen::Index n = z.rows();
  for (Eigen::Index j = 0; j < z.cols(); ++j) {
    const T* zc = z.col(j).data();
    const T* vc = v.col(j).data();
    T* oc = out.col(j).data();
    Eigen::Index i = 0;
    for (; i + W <= n; i += W) {
      const P vp = ei::ploadu<P>(vc + i);
      ei::pstoreu(oc + i, ei::pselect(ei::pcmp_lt(zero, ei::ploadu<P>(zc + i)), vp, ei::pmul(s, vp)));
    }
    for (; i < n; ++i) oc[i] = zc[i] > T(0) ? vc[i] : slope * vc[i];
  }
}

} // namespace

template <class T>
void activationForward(ActivationKind kind, T alpha, const Eigen::Ref<const MatrixT<T>>& z, MatrixT<T>& a) {
  a.resize(z.rows(), z.cols());
  auto za = z.array();
  auto aa = a.array();
  const T half = T(0.5);
  switch (kind) {
  case ActivationKind::Linear: aa = za; break;
  case ActivationKind::Sigmoid: aa = za.logistic(); break;
  case ActivationKind::Tanh: aa = za.tanh(); break;
  case ActivationKind::Relu: aa = za.max(T(0)); break;
  case ActivationKind::LeakyRelu: rectify<T>(alpha, z, z, a); break;
  case ActivationKind::Elu: aa = (za > T(0)).select(za, alpha * (za.exp() - T(1))); break;
  case ActivationKind::Selu:
    aa = T(kSeluScale) * (za > T(0)).select(za, T(kSeluAlpha) * (za.exp() - T(1)));
    break;
  case ActivationKind::Gelu: // x·Φ(x), Φ(x) = ½(1 + erf(x/√2))
    aa = za * half * (T(1) + (za * T(M_SQRT1_2)).erf());
    break;
  case ActivationKind::Swish: aa = za * za.logistic(); break;
  case ActivationKind::Softplus: // log(1 + eˣ) = max(x, 0) + log1p(e^−|x|), finite everywhere
    aa = za.max(T(0)) + (-za.abs()).exp().log1p();
    break;
  case ActivationKind::Softmax: softmaxRows<T>(z, a); break;
  }
}

template <class T>
void activationBackward(ActivationKind kind, T alpha, const Eigen::Ref<const MatrixT<T>>& z,
                        const Eigen::Ref<const MatrixT<T>>& a, const Eigen::Ref<const MatrixT<T>>& da,
                        MatrixT<T>& dz) {
  dz.resize(z.rows(), z.cols());
  auto za = z.array();
  auto aa = a.array();
  auto g = da.array();
  auto d = dz.array();
  switch (kind) {
  case ActivationKind::Linear: d = g; break;
  case ActivationKind::Sigmoid: d = g * aa * (T(1) - aa); break; // σ' = σ(1 − σ)
  case ActivationKind::Tanh: d = g * (T(1) - aa.square()); break; // tanh' = 1 − tanh²
  case ActivationKind::Relu: rectify<T>(T(0), z, da, dz); break;
  case ActivationKind::LeakyRelu: rectify<T>(alpha, z, da, dz); break;
  case ActivationKind::Elu: d = (za > T(0)).select(g, g * (aa + alpha)); break; // α eᶻ = a + α for z ≤ 0
  case ActivationKind::Selu:
    d = (za > T(0)).select(T(kSeluScale) * g, g * (aa + T(kSeluScale * kSeluAlpha)));
    break;
  case ActivationKind::Gelu: { // Φ(z) + z φ(z), φ(z) = e^{−z²/2}/√(2π)
    const T invSqrt2Pi = T(0.39894228040143267793994605993438);
    d = g * (T(0.5) * (T(1) + (za * T(M_SQRT1_2)).erf()) + za * invSqrt2Pi * (T(-0.5) * za.square()).exp());
    break;
  }
  case ActivationKind::Swish: { // σ + z σ (1 − σ)
    d = g * (za.logistic() * (T(1) + za * (T(1) - za.logistic())));
    break;
  }
  case ActivationKind::Softplus: d = g * za.logistic(); break;
  case ActivationKind::Softmax: { // a ⊙ (da − rowsum(da ⊙ a))
    thread_local VectorT<T> s; // scratch, as in softmaxRows
    s = (g * aa).rowwise().sum();
    d = aa * (g.colwise() - s.array());
    break;
  }
  }
}

template void activationForward<float>(ActivationKind, float, const Eigen::Ref<const MatrixF>&, MatrixF&);
template void activationForward<double>(ActivationKind, double, const Eigen::Ref<const MatrixD>&, MatrixD&);
template void activationBackward<float>(ActivationKind, float, const Eigen::Ref<const MatrixF>&,
                                        const Eigen::Ref<const MatrixF>&, const Eigen::Ref<const MatrixF>&, MatrixF&);
template void activationBackward<double>(ActivationKind, double, const Eigen::Ref<const MatrixD>&,
                                         const Eigen::Ref<const MatrixD>&, const Eigen::Ref<const MatrixD>&,
                                         MatrixD&);

} // namespace neurona
