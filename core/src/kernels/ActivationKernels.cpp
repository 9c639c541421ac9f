// Element-wise activations a = act(z) and their backward pass dz = act'(z) ⊙ da; softmax is row-wise
// (each sample's units sum to 1), its backward the Jacobian-vector product dz = a ⊙ (da − rowsum(da ⊙ a)).
#include "kernels/PacketLoop.h"

#include <unsupported/Eigen/SpecialFunctions>

#include <cmath>

namespace neurona::kernels::NEURONA_KERNEL_NS {

namespace {

// SELU's fixed constants (Klambauer et al. 2017, as PyTorch; the same as neurona/core/nn/Activation.h).
constexpr double kSeluScale = 1.0507009873554804934193349852946;
constexpr double kSeluAlpha = 1.6732632423543772848170429916717;

// out = (z > 0 ? v : slope·v) for one column: a compare-and-blend per SIMD register (Eigen 3.4's select()
// and GCC's if-conversion both leave this loop scalar).
template <class T> struct Rectify {
  const T *z, *v;
  T* out;
  T slope;

  template <class P> Index span(Index i, Index n) const {
    constexpr Index W = packetSize<P>();
    if (n - i < W) return i; // not one whole register left
    const P zero = ei::pset1<P>(T(0)), s = ei::pset1<P>(slope);
    if (slope == T(0)) { // relu: v where z > 0, else 0, as a bit mask
      for (; i + W <= n; i += W)
        ei::pstoreu(out + i, ei::pand(ei::pcmp_lt(zero, ei::ploadu<P>(z + i)), ei::ploadu<P>(v + i)));
      return i;
    }
    for (; i + W <= n; i += W) {
      const P vp = ei::ploadu<P>(v + i);
      ei::pstoreu(out + i, ei::pselect(ei::pcmp_lt(zero, ei::ploadu<P>(z + i)), vp, ei::pmul(s, vp)));
    }
    return i;
  }
};

template <class T> void rectify(T slope, ConstView<T> z, ConstView<T> v, MatrixView<T> out) {
  const Index n = z.rows;
  for (Index j = 0; j < z.cols; ++j) {
    Rectify<T> r{z.data + j * z.stride, v.data + j * v.stride, out.data + j * out.stride, slope};
    for (Index i = forPackets<T>(0, n, r); i < n; ++i)
      r.out[i] = r.z[i] > T(0) ? r.v[i] : (slope == T(0) ? T(0) : slope * r.v[i]);
  }
}

template <class T> void softmaxRows(ConstView<T> zv, MatrixView<T> av) {
  // a = exp(z − max_row) / Σ exp(z − max_row): the shift keeps exp finite at any logit.
  // Per-thread scratch: no allocation per batch once the batch size is known.
  thread_local Vec<T> m;
  const MapC<T> z = map(zv);
  MapM<T> a = map(av);
  m = z.rowwise().maxCoeff();
  a = (z.colwise() - m).array().exp().matrix();
  m = a.rowwise().sum().cwiseInverse();
  a = m.asDiagonal() * a;
}

} // namespace

template <class T> void activationForward(ActivationKind kind, T alpha, ConstView<T> zv, MatrixView<T> av) {
  const MapC<T> z = map(zv);
  MapM<T> a = map(av);
  auto za = z.array();
  auto aa = a.array();
  const T half = T(0.5);
  switch (kind) {
  case ActivationKind::Linear: aa = za; break;
  case ActivationKind::Sigmoid: aa = za.logistic(); break;
  case ActivationKind::Tanh: aa = za.tanh(); break;
  case ActivationKind::Relu: aa = za.max(T(0)); break;
  case ActivationKind::LeakyRelu: rectify<T>(alpha, zv, zv, av); break;
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
  case ActivationKind::Softmax: softmaxRows<T>(zv, av); break;
  }
}

template <class T>
void activationBackward(ActivationKind kind, T alpha, ConstView<T> zv, ConstView<T> av, ConstView<T> dav,
                        MatrixView<T> dzv) {
  const MapC<T> z = map(zv), a = map(av), da = map(dav);
  MapM<T> dz = map(dzv);
  auto za = z.array();
  auto aa = a.array();
  auto g = da.array();
  auto d = dz.array();
  switch (kind) {
  case ActivationKind::Linear: d = g; break;
  case ActivationKind::Sigmoid: d = g * aa * (T(1) - aa); break; // σ' = σ(1 − σ)
  case ActivationKind::Tanh: d = g * (T(1) - aa.square()); break; // tanh' = 1 − tanh²
  case ActivationKind::Relu: rectify<T>(T(0), zv, dav, dzv); break;
  case ActivationKind::LeakyRelu: rectify<T>(alpha, zv, dav, dzv); break;
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
    thread_local Vec<T> s; // scratch, as in softmaxRows
    s = (g * aa).rowwise().sum();
    d = aa * (g.colwise() - s.array());
    break;
  }
  }
}

template void activationForward<float>(ActivationKind, float, ConstView<float>, MatrixView<float>);
template void activationForward<double>(ActivationKind, double, ConstView<double>, MatrixView<double>);
template void activationBackward<float>(ActivationKind, float, ConstView<float>, ConstView<float>, ConstView<float>,
                                        MatrixView<float>);
template void activationBackward<double>(ActivationKind, double, ConstView<double>, ConstView<double>,
                                         ConstView<double>, MatrixView<double>);

} // namespace neurona::kernels::NEURONA_KERNEL_NS
