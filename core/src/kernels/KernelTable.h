#pragma once
// What the engine and its numeric kernels share. The kernels (the other files of this folder) are compiled
// once per kernel set (see neurona/core/cpu/KernelSet.h and core/CMakeLists.txt), each copy in its own
// namespace and, for the wider sets, with Eigen's namespace renamed, so that no inline function of one
// copy can stand in for another's at link time. Hence plain pointers here and no Eigen types: this header
// is the one thing every copy and the rest of the engine agree on.
//
// Memory always belongs to the caller, which sizes every output before the call: a kernel never
// allocates or frees what it is given (each copy has its own allocator alignment).
#include "neurona/core/cpu/KernelSet.h"
#include "neurona/core/graph/Kinds.h"

#include <cstddef>

namespace neurona::kernels {

using Index = std::ptrdiff_t;

// A dense layer whose inner dimension is at most this many uses the column kernels rather than a GEMM
// (BasicDenseLayer::kNarrow).
inline constexpr Index kNarrow = 16;

// A column-major matrix in the caller's memory: element (i, j) is data[i + j·stride].
template <class T> struct MatrixView {
  T* data = nullptr;
  Index rows = 0, cols = 0, stride = 0;
};
template <class T> using ConstView = MatrixView<const T>;

enum class OptimizerKind { Sgd, Adam, RmsProp, Adagrad };

// The scalars of one optimizer step (PyTorch 1.13's rules), computed once per step by the optimizer.
template <class T> struct OptimizerStep {
  OptimizerKind kind = OptimizerKind::Sgd;
  T lr = 0, weightDecay = 0, eps = 0;
  T decay = 1; // p ← decay·p first (AdamW's decoupled weight decay); 1 = none
  // sgd
  T momentum = 0, dampening = 0;
  bool nesterov = false, firstStep = false;
  // adam, adamw: p ← p − stepSize · m / (√v / bc2Sqrt + ε), stepSize = lr / (1 − β1ᵗ)
  T beta1 = 0, beta2 = 0, stepSize = 0, bc2Sqrt = 1;
  bool amsgrad = false;
  // rmsprop
  T alpha = 0;
  bool centered = false;
};

template <class T> struct KernelTable {
  // z = x·W + b (W: inputs × units). When a.data is set, also a = act(z); a may be z itself. A relu layer
  // may leave z unset: then only a is written.
  void (*denseForward)(ConstView<T> x, ConstView<T> w, const T* b, ActivationKind act, T alpha,
                       MatrixView<T> z, MatrixView<T> a);
  // dW = xᵀ·dz, db = Σ over rows of dz, and dx = dz·Wᵀ when dx.data is set; with a mask (the output of a
  // relu layer below), dx = (dz·Wᵀ) ⊙ [mask > 0], that layer's ∂L/∂z.
  void (*denseBackward)(ConstView<T> x, ConstView<T> w, ConstView<T> dz, MatrixView<T> dw, T* db,
                        MatrixView<T> dx, ConstView<T> mask);
  // a = act(z) (a may be z); dz = act'(z) ⊙ da given a = act(z).
  void (*activationForward)(ActivationKind act, T alpha, ConstView<T> z, MatrixView<T> a);
  void (*activationBackward)(ActivationKind act, T alpha, ConstView<T> z, ConstView<T> a, ConstView<T> da,
                             MatrixView<T> dz);
  // Σ of the per-element loss (cce: per sample), in double.
  double (*lossSum)(LossKind loss, ConstView<T> z, ConstView<T> a, ConstView<T> y);
  // mse, mae, huber: da = ∂L/∂a with L = scale · Σ loss; returns Σ loss.
  double (*lossGradientOutput)(LossKind loss, ConstView<T> a, ConstView<T> y, T scale, MatrixView<T> da);
  // bce, cce: dz = ∂L/∂z from a = σ(z) or softmax(z), with L = scale · Σ loss.
  void (*lossGradientLogits)(LossKind loss, ConstView<T> a, ConstView<T> y, T scale, MatrixView<T> dz);
  // Batch normalisation per column (feature). Training: batch statistics into xhat and invStd (per
  // column), out = γ·x̂ + β, and the running statistics updated with the unbiased variance.
  void (*batchNormTrain)(ConstView<T> x, const T* gamma, const T* beta, T eps, T momentum, T* runningMean,
                         T* runningVar, T* invStd, MatrixView<T> xhat, MatrixView<T> out);
  void (*batchNormInfer)(ConstView<T> x, const T* gamma, const T* beta, const T* runningMean,
                         const T* runningVar, T eps, MatrixView<T> out);
  // dγ, dβ, and dx when dx.data is set, from the last training forward's x̂ and 1/σ.
  void (*batchNormBackward)(ConstView<T> xhat, ConstView<T> dOut, const T* gamma, const T* invStd, T* dgamma,
                            T* dbeta, MatrixView<T> dx);
  // One optimizer step over n values. state: the optimizer's vectors (as many as it keeps). When previous
  // is set, the values before the step are written there. Returns false when a new value is not finite.
  bool (*optimizerUpdate)(const OptimizerStep<T>& step, T* p, const T* g, T* const* state, Index n,
                          T* previous);
  // Rows where the prediction is right: one output, (o ≥ ½) = (y ≥ ½); several, argmax o = argmax y.
  Index (*countCorrect)(ConstView<T> out, ConstView<T> y);
  // Max pooling of one window over n samples: cells[c] is the window's c-th input column, indices[c] its
  // feature index. out = the largest cell (a later cell only when strictly greater: the first on ties) and,
  // when from is set, from = that cell's index.
  void (*maxPoolWindow)(const T* const* cells, const T* indices, int count, Index n, T* out, T* from);
  // Its backward: cells[c] = (or += when accumulate, for windows that overlap) dOut ⊙ [from = indices[c]].
  void (*maxPoolRoute)(const T* dOut, const T* from, T* const* cells, const T* indices, int count, Index n,
                       bool accumulate);
};

// Every kernel of one set, for both scalar types.
struct KernelTables {
  KernelSet set;
  KernelTable<float> f;
  KernelTable<double> d;
};

// The tables of the set in use.
const KernelTables& activeTables();
template <class T> const KernelTable<T>& table();
template <> inline const KernelTable<float>& table<float>() { return activeTables().f; }
template <> inline const KernelTable<double>& table<double>() { return activeTables().d; }

} // namespace neurona::kernels
