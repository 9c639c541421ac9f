// Optimizer updates, PyTorch 1.13's rules, element-wise over a parameter tensor. Adam (and AdamW), the
// common case, is one pass that reads each value, gradient and moment once, keeps the old value (when
// asked), writes the new ones and checks them. The others take the tensor in blocks that stay in L1 while
// the block's old values are kept, updated, and checked.
#include "kernels/PacketLoop.h"

namespace neurona::kernels::NEURONA_KERNEL_NS {

namespace {

constexpr Index kBlock = 512;
template <class T> using Scratch = Eigen::Array<T, Eigen::Dynamic, 1, 0, kBlock, 1>; // on the stack

template <class T> void sgd(const OptimizerStep<T>& s, VecM<T> p, VecC<T> g, T* buf0) {
  const T lr = s.lr, wd = s.weightDecay, mu = s.momentum;
  if (mu == T(0)) {
    // p ← p − lr·(g + wd·p)
    if (wd != T(0))
      p.array() -= lr * (g.array() + wd * p.array());
    else
      p.noalias() -= lr * g;
    return;
  }
  VecM<T> buf(buf0, p.size());
  // d = g + wd·p; buf ← d on the first step, else μ·buf + (1 − dampening)·d
  if (s.firstStep)
    buf = g + wd * p;
  else
    buf = mu * buf + (T(1) - s.dampening) * (g + wd * p);
  if (s.nesterov)
    p.array() -= lr * ((g + wd * p).array() + mu * buf.array()); // d + μ·buf
  else
    p.noalias() -= lr * buf;
}

// Adam, AdamW: p ← decay·p (AdamW), g ← g + wd·p (Adam's L2 style),
//   m ← m + (1 − β1)(g − m) (PyTorch's lerp), v ← β2 v + (1 − β2) g², (amsgrad: v̂ ← max(v̂, v))
//   p ← p − lr/(1 − β1ᵗ) · m / (√v · 1/√(1 − β2ᵗ) + ε)
// in that order, one register of values at a time.
template <class T> struct AdamPass {
  const OptimizerStep<T>& s;
  T *p, *m, *v, *vmax, *previous;
  const T* g;
  T invBc2; // 1/√(1 − β2ᵗ)
  bool finite = true;

  template <class P> Index span(Index i, Index n) {
    constexpr Index W = packetSize<P>();
    if (n - i < W) return i; // not one whole register left
    const P decay = ei::pset1<P>(s.decay), wd = ei::pset1<P>(s.weightDecay), oneMinusB1 = ei::pset1<P>(T(1) - s.beta1);
    const P b2 = ei::pset1<P>(s.beta2), oneMinusB2 = ei::pset1<P>(T(1) - s.beta2), inv = ei::pset1<P>(invBc2);
    const P eps = ei::pset1<P>(s.eps), stepSize = ei::pset1<P>(s.stepSize), zero = ei::pset1<P>(T(0));
    P nonFinite = zero;
    for (; i + W <= n; i += W) {
      const P old = ei::ploadu<P>(p + i);
      if (previous) ei::pstoreu(previous + i, old);
      const P pd = s.decay != T(1) ? ei::pmul(old, decay) : old;
      const P grad = s.weightDecay != T(0) ? ei::padd(ei::ploadu<P>(g + i), ei::pmul(wd, pd)) : ei::ploadu<P>(g + i);
      P mm = ei::ploadu<P>(m + i);
      mm = ei::padd(mm, ei::pmul(oneMinusB1, ei::psub(grad, mm)));
      const P vv = ei::padd(ei::pmul(b2, ei::ploadu<P>(v + i)), ei::pmul(oneMinusB2, ei::pmul(grad, grad)));
      ei::pstoreu(m + i, mm);
      ei::pstoreu(v + i, vv);
      P second = vv;
      if (s.amsgrad) {
        second = ei::pmax(ei::ploadu<P>(vmax + i), vv);
        ei::pstoreu(vmax + i, second);
      }
      const P pn = ei::psub(pd, ei::pdiv(ei::pmul(stepSize, mm), ei::padd(ei::pmul(ei::psqrt(second), inv), eps)));
      ei::pstoreu(p + i, pn);
      nonFinite = ei::padd(nonFinite, ei::pmul(pn, zero)); // 0·x is NaN for x = ±∞ or NaN, and NaN stays
    }
    finite = finite && ei::predux(nonFinite) == T(0);
    return i;
  }
};

template <class T> void rmsProp(const OptimizerStep<T>& s, VecM<T> p, VecC<T> g0, T* sq0, T* gavg0, T* buf0) {
  const Index n = p.size();
  const T lr = s.lr, a = s.alpha, eps = s.eps, wd = s.weightDecay, mu = s.momentum;
  VecM<T> sq(sq0, n);
  Scratch<T> avg(n); // the denominator of this step
  auto g = (g0 + wd * p).array();
  sq.array() = a * sq.array() + (T(1) - a) * g.square(); // s ← α s + (1 − α) g²
  if (s.centered) {
    VecM<T> gavg(gavg0, n);
    gavg.array() += (T(1) - a) * (g - gavg.array()); // ḡ ← lerp(ḡ, g, 1 − α)
    avg = (sq.array() - gavg.array().square()).sqrt() + eps;
  } else {
    avg = sq.array().sqrt() + eps;
  }
  if (mu > T(0)) {
    VecM<T> buf(buf0, n);
    buf.array() = mu * buf.array() + g / avg;
    p.noalias() -= lr * buf;
  } else {
    p.array() -= lr * g / avg;
  }
}

template <class T> void adagrad(const OptimizerStep<T>& s, VecM<T> p, VecC<T> g0, T* sum0) {
  const T wd = s.weightDecay, eps = s.eps, clr = s.lr;
  VecM<T> sum(sum0, p.size());
  if (wd != T(0)) {
    auto g = (g0 + wd * p).array(); // coefficient-wise, so reading p while updating it is safe
    sum.array() += g.square();
    p.array() -= clr * g / (sum.array().sqrt() + eps);
  } else {
    sum.array() += g0.array().square(); // s ← s + g²
    p.array() -= clr * g0.array() / (sum.array().sqrt() + eps);
  }
}

} // namespace

template <class T>
bool optimizerUpdate(const OptimizerStep<T>& s, T* p, const T* g, T* const* state, Index n, T* previous) {
  if (s.kind == OptimizerKind::Adam) {
    AdamPass<T> pass{s, p, state[0], state[1], state[2], previous, g, T(1) / s.bc2Sqrt};
    forLanes<T>(n, pass);
    return pass.finite;
  }
  bool finite = true;
  for (Index at = 0; at < n; at += kBlock) {
    const Index len = n - at < kBlock ? n - at : kBlock;
    VecM<T> pb(p + at, len);
    const VecC<T> gb(g + at, len);
    if (previous) VecM<T>(previous + at, len) = pb;
    auto st = [&](int k) { return state[k] ? state[k] + at : nullptr; };
    switch (s.kind) {
    case OptimizerKind::Sgd: sgd<T>(s, pb, gb, st(0)); break;
    case OptimizerKind::Adam: break; // AdamPass, above
    case OptimizerKind::RmsProp: rmsProp<T>(s, pb, gb, st(0), st(1), st(2)); break;
    case OptimizerKind::Adagrad: adagrad<T>(s, pb, gb, st(0)); break;
    }
    // 0·p is 0 for every finite value and NaN for ±∞ and NaN, and a NaN survives the sum
    finite = finite && (pb.array() * T(0)).sum() == T(0);
  }
  return finite;
}

template bool optimizerUpdate<float>(const OptimizerStep<float>&, float*, const float*, float* const*, Index, float*);
template bool optimizerUpdate<double>(const OptimizerStep<double>&, double*, const double*, double* const*, Index,
                                      double*);

} // namespace neurona::kernels::NEURONA_KERNEL_NS
