// Optimizer updates, PyTorch 1.13's rules, element-wise over a parameter tensor. The tensor is taken in
// blocks that stay in L1 while the block's old values are kept (when asked), updated, and checked.
#include "kernels/KernelImpl.h"

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

template <class T> void adam(const OptimizerStep<T>& s, VecM<T> p, VecC<T> g, T* m0, T* v0, T* vmax0) {
  const Index n = p.size();
  const T b1 = s.beta1, b2 = s.beta2, wd = s.weightDecay;
  if (s.decay != T(1)) p *= s.decay; // AdamW: p ← p·(1 − lr·wd), then Adam on the plain gradient
  VecM<T> m(m0, n), v(v0, n);
  auto grad = [&]() { return (g + wd * p).array(); };
  // m ← m + (1 − β1)(g − m) (PyTorch's lerp), v ← β2 v + (1 − β2) g²
  m.array() += (T(1) - b1) * (grad() - m.array());
  v.array() = b2 * v.array() + (T(1) - b2) * grad().square();
  if (s.amsgrad) {
    VecM<T> vmax(vmax0, n);
    vmax = vmax.cwiseMax(v);
    p.array() -= s.stepSize * m.array() / (vmax.array().sqrt() / s.bc2Sqrt + s.eps);
  } else {
    // p ← p − lr/(1 − β1ᵗ) · m / (√v / √(1 − β2ᵗ) + ε)
    p.array() -= s.stepSize * m.array() / (v.array().sqrt() / s.bc2Sqrt + s.eps);
  }
}

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
  bool finite = true;
  for (Index at = 0; at < n; at += kBlock) {
    const Index len = n - at < kBlock ? n - at : kBlock;
    VecM<T> pb(p + at, len);
    const VecC<T> gb(g + at, len);
    if (previous) VecM<T>(previous + at, len) = pb;
    auto st = [&](int k) { return state[k] ? state[k] + at : nullptr; };
    switch (s.kind) {
    case OptimizerKind::Sgd: sgd<T>(s, pb, gb, st(0)); break;
    case OptimizerKind::Adam: adam<T>(s, pb, gb, st(0), st(1), st(2)); break;
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
