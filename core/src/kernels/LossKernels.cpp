// Losses on the output layer, as PyTorch's mean-reduced defaults (the caller divides by the count):
//   mse  (a − y)²,  mae  |a − y|,  huber  ½d² if |d| < 1 else |d| − ½ (d = a − y),
//   bce  max(z,0) − z·y + log(1 + e^−|z|) from the logits z of a sigmoid output (finite at ±1000),
//   cce  Σ_k y_k (logsumexp(z) − z_k) per sample from the logits of a softmax output.
#include "kernels/PacketLoop.h"

namespace neurona::kernels::NEURONA_KERNEL_NS {

namespace {

template <class T> struct CountAgreeing {
  const T *o, *y;
  Index count = 0;

  // Whether (o ≥ ½) equals (y ≥ ½), one register at a time: the two masks' equality, counted in lanes.
  template <class P> Index span(Index r, Index n) {
    constexpr Index W = packetSize<P>();
    if (n - r < W) return r; // not one whole register left
    const P half = ei::pset1<P>(T(0.5)), one = ei::pset1<P>(T(1));
    P acc = ei::pset1<P>(T(0));
    for (; r + W <= n; r += W) {
      const P po = ei::pcmp_le(half, ei::ploadu<P>(o + r)), py = ei::pcmp_le(half, ei::ploadu<P>(y + r));
      // pxor of the masks is all-ones where they differ; pandnot keeps 1 where they agree
      acc = ei::padd(acc, ei::pandnot(one, ei::pxor(po, py)));
    }
    count += static_cast<Index>(ei::predux(acc));
    return r;
  }
};

} // namespace

template <class T> double lossSum(LossKind loss, ConstView<T> zv, ConstView<T> av, ConstView<T> yv) {
  const MapC<T> z = map(zv), a = map(av), y = map(yv);
  switch (loss) {
  case LossKind::Mse: return static_cast<double>((a - y).array().square().sum());
  case LossKind::Mae: return static_cast<double>((a - y).array().abs().sum());
  case LossKind::Huber: {
    const auto d = (a - y).array().abs();
    return static_cast<double>((d < T(1)).select(T(0.5) * d.square(), d - T(0.5)).sum());
  }
  case LossKind::Bce: // max(z,0) − z·y + log1p(e^−|z|)
    return static_cast<double>(
        (z.array().max(T(0)) - z.array() * y.array() + (-z.array().abs()).exp().log1p()).sum());
  case LossKind::Cce: { // Σ_k y_k (logsumexp(z) − z_k)
    thread_local Vec<T> m, lse; // per-thread scratch: no allocation per batch
    m = z.rowwise().maxCoeff();
    lse = (z.colwise() - m).array().exp().rowwise().sum().log().matrix() + m;
    return static_cast<double>((y.array() * ((-z).colwise() + lse).array()).sum());
  }
  }
  return 0.0;
}

template <class T> double lossGradientOutput(LossKind loss, ConstView<T> av, ConstView<T> yv, T scale, MatrixView<T> dv) {
  const MapC<T> a = map(av), y = map(yv);
  MapM<T> da = map(dv);
  double sum = 0.0;
  switch (loss) {
  case LossKind::Mse:
    da = a - y;
    sum = static_cast<double>(da.squaredNorm());
    da *= T(2) * scale; // ∂/∂a mean(d²) = 2d/n
    break;
  case LossKind::Mae:
    da = a - y;
    sum = static_cast<double>(da.array().abs().sum());
    da = da.array().sign() * scale; // sign(0) = 0, as PyTorch
    break;
  case LossKind::Huber: {
    da = a - y;
    const auto d = da.array();
    sum = static_cast<double>((d.abs() < T(1)).select(T(0.5) * d.square(), d.abs() - T(0.5)).sum());
    da = d.max(T(-1)).min(T(1)) * scale; // d inside [−1, 1], sign(d) outside
    break;
  }
  case LossKind::Bce:
  case LossKind::Cce: lossGradientLogits<T>(loss, av, yv, scale, dv); break; // not reached by the network
  }
  return sum;
}

template <class T> void lossGradientLogits(LossKind loss, ConstView<T> av, ConstView<T> yv, T scale, MatrixView<T> dv) {
  const MapC<T> a = map(av), y = map(yv);
  MapM<T> dz = map(dv);
  if (loss == LossKind::Cce) {
    // ∂/∂z_k Σ_j y_j (lse − z_j) = softmax_k · Σ_j y_j − y_k
    thread_local Vec<T> ysum; // per-thread scratch
    ysum = y.rowwise().sum();
    dz = (a.array().colwise() * ysum.array() - y.array()) * scale;
  } else {
    dz = (a - y) * scale; // bce: σ(z) − y
  }
}

template <class T> Index countCorrect(ConstView<T> ov, ConstView<T> yv) {
  const Index n = ov.rows;
  if (ov.cols == 1) {
    CountAgreeing<T> c{ov.data, yv.data};
    Index r = forPackets<T>(0, n, c);
    for (; r < n; ++r) c.count += (ov.data[r] >= T(0.5)) == (yv.data[r] >= T(0.5)) ? 1 : 0;
    return c.count;
  }
  const MapC<T> o = map(ov), y = map(yv);
  Index correct = 0;
  for (Index r = 0; r < n; ++r) {
    Index po = 0, py = 0;
    o.row(r).maxCoeff(&po);
    y.row(r).maxCoeff(&py);
    correct += po == py ? 1 : 0;
  }
  return correct;
}

#define NEURONA_LOSS_KERNELS(T)                                                                                     \
  template double lossSum<T>(LossKind, ConstView<T>, ConstView<T>, ConstView<T>);                                   \
  template double lossGradientOutput<T>(LossKind, ConstView<T>, ConstView<T>, T, MatrixView<T>);                    \
  template void lossGradientLogits<T>(LossKind, ConstView<T>, ConstView<T>, T, MatrixView<T>);                      \
  template Index countCorrect<T>(ConstView<T>, ConstView<T>);
NEURONA_LOSS_KERNELS(float)
NEURONA_LOSS_KERNELS(double)
#undef NEURONA_LOSS_KERNELS

} // namespace neurona::kernels::NEURONA_KERNEL_NS
