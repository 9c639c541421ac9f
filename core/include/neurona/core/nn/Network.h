#pragma once
// A runnable network built from a NetworkSpec: the layers in spec order, each owning its parameters.
// A straight stack runs each layer on the previous one's output. A graph (NetworkSpec::isGraph) runs the
// layers in list order too (inputs come first), each on its sources' outputs side by side; backward sums
// the gradients a layer receives from every layer that reads it.
// T = float trains (fast path); T = double serves gradient checks and exact predictions for exports.
//
// Typical use:
//   Rng rng(seed);
//   Network net(spec, inputs, rng);            // weights drawn per the spec's initialisers
//   net.setParams(modelParams);                // or load learned values (doubles, W inputs × units)
//   net.predict(X, out);                       // inference: dropout off, batchnorm running statistics
//   T loss = net.forwardBackward(X, Y, LossKind::Bce, rng); // training step: gradients in paramSlots()
#include "neurona/core/graph/Validation.h"
#include "neurona/core/nn/BatchNormLayer.h"
#include "neurona/core/nn/Conv2dLayer.h"
#include "neurona/core/nn/DenseLayer.h"
#include "neurona/core/nn/DropoutLayer.h"
#include "neurona/core/nn/FlattenLayer.h"
#include "neurona/core/nn/Layer.h"
#include "neurona/core/nn/MergeLayer.h"
#include "neurona/core/nn/Pool2dLayer.h"

#include <memory>
#include <span>
#include <vector>

namespace neurona {

// Scratch buffers for BasicNetwork::predict/activations; one per thread when threads share a network.
template <class T> struct NetworkWorkspace {
  MatrixT<T> a, b;
  std::vector<MatrixT<T>> perLayer; // graph networks: every layer's output
  MatrixT<T> gathered;              // graph networks: a merge layer's inputs side by side
};

template <class T> class BasicNetwork {
public:
  // Preconditions (std::invalid_argument otherwise, a programming error): the spec has a dense layer,
  // inputs >= 1, an inputShape (when set) holds exactly `inputs` features, and every layer's shape can be
  // inferred (inferShapes: no ShapeIssue). Trainer::check reports them as ErrorCode::NoOutputLayer /
  // EmptyDataset; callers validate() first to get diagnostics.
  BasicNetwork(const NetworkSpec& spec, int inputs, Rng& rng);
  BasicNetwork(const BasicNetwork& other);
  BasicNetwork& operator=(const BasicNetwork& other);
  BasicNetwork(BasicNetwork&&) noexcept = default;
  BasicNetwork& operator=(BasicNetwork&&) noexcept = default;
  ~BasicNetwork();

  // The same spec and values in another scalar type (e.g. the trained float network as double).
  template <class U> BasicNetwork<U> convert() const;

  const NetworkSpec& spec() const { return m_spec; }
  int inputs() const { return m_inputs; }
  int outputs() const { return m_layers.back()->outputs(); }
  int layerCount() const { return static_cast<int>(m_layers.size()); }
  BasicLayer<T>& layer(int i) { return *m_layers[static_cast<std::size_t>(i)]; }
  const BasicLayer<T>& layer(int i) const { return *m_layers[static_cast<std::size_t>(i)]; }
  const BasicDenseLayer<T>& outputLayer() const { return *m_output; }
  ActivationKind outputActivation() const { return m_output->activation(); }
  // Per-layer output shape and parameter count, and the total (same as summarize(spec, inputs)).
  const NetworkSummary& summary() const { return m_summary; }
  std::int64_t parameterCount() const { return m_summary.totalParams; }

  // Learned values as doubles, one entry per spec layer (dropout: only the id).
  ModelParams params() const;
  // false (and nothing changed) when the count, ids or shapes do not match the spec.
  bool setParams(const ModelParams& params);

  // Inference (dropout off, batchnorm running statistics). X: samples × inputs, out: samples × outputs.
  // The two-argument form uses a workspace inside the network (one caller at a time); threads sharing
  // a network pass their own workspace.
  void predict(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out) const;
  void predict(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& out, NetworkWorkspace<T>& ws) const;
  // Inference that also returns the output layer's pre-activation (logits), for losses computed from it.
  void predictWithLogits(const Eigen::Ref<const MatrixT<T>>& x, MatrixT<T>& logits, MatrixT<T>& out,
                         NetworkWorkspace<T>& ws) const;
  // Inference keeping every layer's output: perLayer[i] is samples × layer(i).outputs() (dense: after
  // the activation). Buffers are reused when their shapes already fit.
  void activations(const Eigen::Ref<const MatrixT<T>>& x, std::vector<MatrixT<T>>& perLayer) const;

  // Training-path forward (mode Train: dropout draws masks from rng, batchnorm uses batch statistics and
  // updates its running ones). Returns the output (valid until the next forward).
  const MatrixT<T>& forward(const Eigen::Ref<const MatrixT<T>>& x, Mode mode, Rng& rng);
  // Loss of the last forward() against y (data loss only, without L1/L2).
  T loss(LossKind loss, const Eigen::Ref<const MatrixT<T>>& y) const;
  // Gradients of the data loss of the last forward() into every slot's grad; returns the data loss.
  // Precondition: a fused loss (BCE, CCE) has its activation on the last layer (Trainer::check), else
  // std::invalid_argument.
  T backward(LossKind loss, const Eigen::Ref<const MatrixT<T>>& y);
  // forward(Train) + backward. Returns the data loss.
  T forwardBackward(const Eigen::Ref<const MatrixT<T>>& x, const Eigen::Ref<const MatrixT<T>>& y,
                    LossKind loss, Rng& rng);

  // Penalty Σ over dense weights of (l1 + layer.l1)·|w| + (l2 + layer.l2)·½w², and its gradient added
  // into the paramSlots' grads (sign(0) = 0).
  T penalty(double l1, double l2) const;
  void addPenaltyGradient(double l1, double l2);

  // Every learnable tensor in a fixed order (layer by layer: W then b, or gamma then beta).
  std::span<const ParamSlot<T>> paramSlots() const { return m_slots; }
  // Whether every parameter and batchnorm running statistic is finite.
  bool parametersFinite() const;
  // Whether every batchnorm running statistic is finite (true without batchnorm layers).
  bool runningStatisticsFinite() const;
  // All parameter values concatenated in slot order (for snapshots, backups, gradient checks).
  void copyParameters(VectorT<T>& flat) const;
  void loadParameters(const Eigen::Ref<const VectorT<T>>& flat);
  // The batchnorm running statistics (mean, then variance, layer by layer), flat, without allocating once
  // `flat` has its size (empty without batchnorm layers).
  void copyRunningStatistics(VectorT<T>& flat) const;
  void loadRunningStatistics(const Eigen::Ref<const VectorT<T>>& flat);
  // The parameters and then the running statistics: everything inference depends on.
  void copyState(VectorT<T>& flat) const;
  void loadState(const Eigen::Ref<const VectorT<T>>& flat);
  void copyGradients(VectorT<T>& flat) const;

  // For tests: fix the keep-mask of the dropout layer at index i (0/1, samples × features).
  void setDropoutMask(int layerIndex, const MatrixT<T>& keep);

private:
  void rebuildSlots();
  Eigen::Index statisticsSize() const;
  void writeStatistics(T* flat) const;
  void readStatistics(const T* flat);
  const MatrixT<T>& runForward(const Eigen::Ref<const MatrixT<T>>& x, Mode mode, Rng& rng);
  T runBackward(const Eigen::Ref<const MatrixT<T>>& x, LossKind loss, const Eigen::Ref<const MatrixT<T>>& y);
  // Graph networks: the input of layer i (its source's output, or its sources' outputs gathered into
  // `gathered`), given the network input and every layer's output so far.
  template <class Outputs>
  Eigen::Ref<const MatrixT<T>> inputOf(int i, const Eigen::Ref<const MatrixT<T>>& x, const Outputs& outputs,
                                       MatrixT<T>& gathered) const;
  const MatrixT<T>& runGraphForward(const Eigen::Ref<const MatrixT<T>>& x, Mode mode, Rng& rng);
  T runGraphBackward(const Eigen::Ref<const MatrixT<T>>& x, LossKind loss,
                     const Eigen::Ref<const MatrixT<T>>& y);
  void graphActivations(const Eigen::Ref<const MatrixT<T>>& x, std::vector<MatrixT<T>>& perLayer,
                        MatrixT<T>& gathered, int upTo) const;

  NetworkSpec m_spec;
  int m_inputs = 0;
  NetworkSummary m_summary;
  std::vector<std::unique_ptr<BasicLayer<T>>> m_layers;
  BasicDenseLayer<T>* m_output = nullptr; // the last dense layer
  int m_outputIndex = -1;
  std::vector<ParamSlot<T>> m_slots;
  bool m_graph = false;
  std::vector<std::vector<int>> m_sources; // graph: each layer's sources (-1: the network input)
  std::vector<int> m_widths;               // each layer's output width
  std::vector<MatrixT<T>> m_gathered;      // graph: a multi-source layer's input of the last forward
  std::vector<MatrixT<T>> m_grads;         // graph: ∂L/∂(each layer's output), summed over its readers
  std::vector<char> m_reached;             // graph: whether m_grads[i] holds anything this backward
  MatrixT<T> m_inputCopy;                  // the input of the last training forward() (for backward())
  MatrixT<T> m_dA, m_dB, m_dOut;           // backward scratch
  mutable NetworkWorkspace<T> m_ws;
};

using Network = BasicNetwork<float>;
using NetworkD = BasicNetwork<double>;

extern template class BasicNetwork<float>;
extern template class BasicNetwork<double>;
extern template BasicNetwork<double> BasicNetwork<float>::convert<double>() const;
extern template BasicNetwork<float> BasicNetwork<double>::convert<float>() const;
extern template BasicNetwork<float> BasicNetwork<float>::convert<float>() const;
extern template BasicNetwork<double> BasicNetwork<double>::convert<double>() const;

} // namespace neurona
